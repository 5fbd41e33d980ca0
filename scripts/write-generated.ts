/** `npm run generate`: writes every generated file (see scripts/generated.ts). */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { generatedFiles } from './generated.js';

for (const [file, content] of Object.entries(generatedFiles())) {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, content);
  console.log(`wrote ${file} (${content.length} characters)`);
}
