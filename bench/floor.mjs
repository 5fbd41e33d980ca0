// The floor for validation: a bare Node process that only reads and JSON.parses the same files.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

const folder = process.argv[2];
const files = (await readdir(folder)).filter((name) => name.endsWith('.json')).sort();
let keys = 0;
await Promise.all(
  files.map(async (name) => {
    keys += Object.keys(JSON.parse(await readFile(path.join(folder, name), 'utf8'))).length;
  }),
);
process.stdout.write(`${files.length} files, ${keys} top-level keys\n`);
