// Bundles the action (dist/index.js, dist/post.js) and the CLI (dist/cli.js) as ES modules, with
// code splitting: what only some commands or modes need (the Druid client, the emulator, GitHub)
// lives in dist/chunks/ and is loaded when used, so `druid-gitops validate` starts fast.
// esbuild's ESM output has no `require`, which some CommonJS dependencies still call, so the
// banner gives every file one made by createRequire.
import { build } from 'esbuild';
import { chmod, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

const outdirFlag = process.argv.indexOf('--outdir');
const outdir = outdirFlag > 0 ? process.argv[outdirFlag + 1] : 'dist';

const requireShim =
  "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);";

await rm(outdir, { recursive: true, force: true });
await build({
  entryPoints: { index: 'src/main.ts', post: 'src/post.ts', cli: 'src/cli.ts' },
  outdir,
  bundle: true,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  banner: { js: requireShim },
  legalComments: 'eof',
  // Prefer ES module builds: some packages' CommonJS entries are UMD wrappers with dynamic requires.
  mainFields: ['module', 'main'],
  logLevel: 'warning',
});
const cli = path.join(outdir, 'cli.js');
await writeFile(cli, `#!/usr/bin/env node\n${await readFile(cli, 'utf8')}`);
await chmod(cli, 0o755);
