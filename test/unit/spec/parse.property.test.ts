import fc from 'fast-check';
import { stringify as toYaml } from 'yaml';
import { readSpec } from '../../../src/spec/load.js';
import { parseSpecText } from '../../../src/spec/parse.js';
import { get, join } from '../../../src/spec/pointer.js';

/** Every pointer in a JSON value, with the value it names. */
function pointers(value: unknown, pointer = ''): Array<[string, unknown]> {
  const here: Array<[string, unknown]> = [[pointer, value]];
  if (Array.isArray(value))
    return here.concat(...value.map((item, index) => pointers(item, join(pointer, index))));
  if (value !== null && typeof value === 'object') {
    return here.concat(...Object.entries(value).map(([key, item]) => pointers(item, join(pointer, key))));
  }
  return here;
}

function textAt(lines: string[], line: number, column: number): string {
  return (lines[line - 1] ?? '').slice(column - 1);
}

const documents = fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 3 }), {
  minKeys: 1,
  maxKeys: 8,
});

describe('loading never throws', () => {
  test('on arbitrary bytes, as JSON or YAML', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.constantFrom('a.json', 'a.yaml'), (bytes, name) => {
        const file = readSpec(name, bytes, '35.0.0');
        expect(file.document !== undefined || file.findings.length > 0).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  test('on arbitrary text that looks like specs', () => {
    const fragments = fc.constantFrom(
      '{',
      '}',
      '[',
      ']',
      ':',
      ',',
      '"a"',
      '1',
      'null',
      '\n',
      '  ',
      '- ',
      'a: ',
      '---\n',
      '#c',
      '&x ',
      '*x',
      '!!binary ',
      '.inf',
    );
    fc.assert(
      fc.property(
        fc.array(fragments, { maxLength: 40 }),
        fc.constantFrom('json', 'yaml'),
        (parts, format) => {
          const result = parseSpecText(parts.join(''), format as 'json' | 'yaml');
          for (const finding of result.findings) {
            expect(finding.line).toBeGreaterThanOrEqual(1);
            expect(finding.column).toBeGreaterThanOrEqual(1);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('the pointer → position map is exact', () => {
  test('for JSON: every pointer lands on the first character of its value', () => {
    fc.assert(
      fc.property(documents, fc.constantFrom(0, 2, 4), (value, indent) => {
        const text = JSON.stringify(value, null, indent);
        const lines = text.split('\n');
        const { document } = parseSpecText(text, 'json');
        if (!document) throw new Error('generated JSON did not parse');
        for (const [pointer, item] of pointers(value)) {
          const { line, column } = document.locate(pointer);
          const expected = JSON.stringify(item, null, indent).split('\n')[0] as string;
          expect(textAt(lines, line, column).startsWith(expected.slice(0, 20))).toBe(true);
          expect(get(document.value, pointer)).toEqual(JSON.parse(JSON.stringify(item)));
        }
      }),
      { numRuns: 200 },
    );
  });

  test('for YAML: every pointer lands on its value', () => {
    fc.assert(
      fc.property(documents, (value) => {
        const text = toYaml(value);
        const lines = text.split('\n');
        const { document } = parseSpecText(text, 'yaml');
        if (!document) throw new Error('generated YAML did not parse');
        for (const [pointer, item] of pointers(value)) {
          if (pointer === '') continue;
          const { line, column } = document.locate(pointer);
          const at = textAt(lines, line, column);
          const isEmptyValue = item === null || (typeof item === 'string' && item === '');
          if (Array.isArray(item) && item.length > 0) expect(at.startsWith('-')).toBe(true);
          else if (item !== null && typeof item === 'object' && Object.keys(item).length > 0) {
            expect(at.length).toBeGreaterThan(0);
          } else if (typeof item === 'number' || typeof item === 'boolean') {
            expect(at.startsWith(toYaml(item).trim().split('\n')[0] as string)).toBe(true);
          } else if (!isEmptyValue && typeof item === 'string') {
            // Plain, quoted or block scalar: the value starts here in one of its YAML spellings.
            expect(/^["'|>]/.test(at) || at.startsWith(item.split('\n')[0]?.slice(0, 10) ?? '')).toBe(true);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
