import { readFileSync } from 'node:fs';
import { generatedFiles } from '../../scripts/generated.js';

describe('generated files', () => {
  test.each(Object.entries(generatedFiles()))(
    '%s is what `npm run generate` makes from the source',
    (file, content) => {
      expect(readFileSync(file, 'utf8') === content).toBe(true);
    },
  );
});
