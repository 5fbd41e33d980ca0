import fc from 'fast-check';
import { parseTree, type Node as JsonNode } from 'jsonc-parser';
import { stringify as toYaml } from 'yaml';
import { readSpec } from '../../../src/spec/load.js';
import { parseSpecText } from '../../../src/spec/parse.js';
import { get, join, split } from '../../../src/spec/pointer.js';

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

  test('for JSON: missing pointers land on the nearest ancestor, and the last of duplicate keys wins', () => {
    // Reference: jsonc-parser's full position tree, walked as JSON.parse resolves keys.
    const reference = (text: string, pointer: string): number => {
      let node = parseTree(text) as JsonNode;
      for (const token of split(pointer)) {
        const next =
          node.type === 'object'
            ? node.children?.filter((property) => property.children?.[0]?.value === token).at(-1)
                ?.children?.[1]
            : node.type === 'array' && /^\d+$/.test(token)
              ? node.children?.[Number(token)]
              : undefined;
        if (!next) break;
        node = next;
      }
      return node.offset;
    };
    const members = fc.array(
      fc.tuple(fc.constantFrom('a', 'b', 'a/b', 'q"x', '~'), fc.jsonValue({ maxDepth: 2 })),
      {
        minLength: 1,
        maxLength: 6,
      },
    );
    fc.assert(
      fc.property(members, fc.constantFrom('', ' ', '\n  '), (entries, space) => {
        const text = `{${space}${entries.map(([key, item]) => `${JSON.stringify(key)}${space}:${space}${JSON.stringify(item)}`).join(`,${space}`)}${space}}`;
        const { document } = parseSpecText(text, 'json');
        if (!document) return;
        const lines = text.split('\n');
        const offsetOf = ({ line, column }: { line: number; column: number }): number =>
          lines.slice(0, line - 1).reduce((sum, content) => sum + content.length + 1, 0) + column - 1;
        const candidates = [
          ...pointers(document.value).map(([pointer]) => pointer),
          '/missing',
          '/a/9/x',
          '/b/0/zz',
        ];
        for (const pointer of candidates)
          expect(offsetOf(document.locate(pointer))).toBe(reference(text, pointer));
      }),
      { numRuns: 300 },
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
