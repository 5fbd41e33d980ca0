// Bundles the action (dist/index.js, dist/post.js) and the CLI (dist/cli.js) into self-contained ES
// modules. esbuild's ESM output has no `require`, which some CommonJS dependencies still call, so the
// banner gives every bundle one made by createRequire.
import { build } from 'esbuild';
import { chmod, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';

const outdirFlag = process.argv.indexOf('--outdir');
const outdir = outdirFlag > 0 ? process.argv[outdirFlag + 1] : 'dist';

const entries = [
  { in: 'src/main.ts', out: 'index' },
  { in: 'src/post.ts', out: 'post' },
  { in: 'src/cli.ts', out: 'cli' },
].filter((entry) => existsSync(entry.in));

const requireShim =
  "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);";

await mkdir(outdir, { recursive: true });
for (const entry of entries) {
  const shebang = entry.out === 'cli' ? '#!/usr/bin/env node\n' : '';
  await build({
    entryPoints: [entry.in],
    outfile: path.join(outdir, `${entry.out}.js`),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    banner: { js: `${shebang}${requireShim}` },
    legalComments: 'eof',
    // Prefer ES module builds: some packages' CommonJS entries are UMD wrappers with dynamic requires.
    mainFields: ['module', 'main'],
    logLevel: 'warning',
  });
}
if (existsSync(path.join(outdir, 'cli.js'))) await chmod(path.join(outdir, 'cli.js'), 0o755);
