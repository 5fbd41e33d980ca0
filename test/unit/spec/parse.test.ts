import { parseSpecText } from '../../../src/spec/parse.js';

describe('parseSpecText', () => {
  test('locates JSON values by pointer', () => {
    const text = '{\n  "type": "kafka",\n  "spec": {\n    "ioConfig": { "topic": "t" }\n  }\n}\n';
    const { document, findings } = parseSpecText(text, 'json');
    expect(findings).toEqual([]);
    expect(document?.locate('/spec/ioConfig/topic')).toEqual({ line: 4, column: 28 });
    expect(document?.locate('/type')).toEqual({ line: 2, column: 11 });
  });

  test('a missing pointer falls back to the nearest ancestor', () => {
    const text = '{\n  "spec": {\n    "ioConfig": {}\n  }\n}';
    const { document } = parseSpecText(text, 'json');
    expect(document?.locate('/spec/ioConfig/topic')).toEqual({ line: 3, column: 17 });
  });

  test('JSON syntax errors are findings with a position', () => {
    const { document, findings } = parseSpecText('{\n  "a": 1\n  "b": 2\n}', 'json');
    expect(document).toBeUndefined();
    expect(findings).toEqual([
      expect.objectContaining({ rule: 'parse/syntax', severity: 'error', line: 3, column: 3 }),
    ]);
  });

  test('JSON duplicate keys are reported at the second key', () => {
    const { findings } = parseSpecText('{\n  "a": 1,\n  "b": {"c": 1, "c": 2}\n}', 'json');
    expect(findings).toEqual([
      expect.objectContaining({ rule: 'parse/duplicate-key', pointer: '/b/c', line: 3, column: 17 }),
    ]);
  });

  test('keys inside string values are not miscounted as duplicates', () => {
    const { findings } = parseSpecText('{"a": "x\\": y", "b": "\\"c\\":"}', 'json');
    expect(findings).toEqual([]);
  });

  test('YAML duplicate keys, several documents, empty files and non-objects are findings', () => {
    expect(parseSpecText('a: 1\na: 2\n', 'yaml').findings[0]).toMatchObject({
      rule: 'parse/duplicate-key',
      line: 2,
    });
    expect(parseSpecText('a: 1\n---\nb: 2\n', 'yaml').findings[0]).toMatchObject({
      rule: 'parse/multiple-documents',
      line: 3,
    });
    expect(parseSpecText('# only a comment\n', 'yaml').findings[0]).toMatchObject({ rule: 'parse/empty' });
    expect(parseSpecText('', 'json').findings[0]).toMatchObject({ rule: 'parse/empty', line: 1 });
    expect(parseSpecText('- a\n- b\n', 'yaml').findings[0]).toMatchObject({ rule: 'parse/not-an-object' });
    expect(parseSpecText('[1]', 'json').findings[0]).toMatchObject({ rule: 'parse/not-an-object' });
  });

  test('a trailing document separator is not a second document', () => {
    const { document, findings } = parseSpecText('type: kafka\n---\n', 'yaml');
    expect(findings).toEqual([]);
    expect(document?.value).toEqual({ type: 'kafka' });
  });

  test('locates YAML values, including keys with no value', () => {
    const text = 'type: kafka\nspec:\n  ioConfig:\n    topic: events\n    taskCount:\n';
    const { document } = parseSpecText(text, 'yaml');
    expect(document?.locate('/spec/ioConfig/topic')).toEqual({ line: 4, column: 12 });
    expect(document?.locate('/spec/ioConfig/taskCount')).toEqual({ line: 5, column: 5 });
  });

  test('a YAML alias inside the node it names is a finding at the alias, not a stack overflow', () => {
    for (const [text, line, column, pointer] of [
      ['&x\na: *x', 2, 4, '/a'],
      ['a: &y\n  b: *y', 2, 6, '/a/b'],
      ['&x [*x]', 1, 5, '/0'],
    ] as const) {
      const { document, findings } = parseSpecText(text, 'yaml');
      expect(document).toBeUndefined();
      expect(findings).toEqual([expect.objectContaining({ rule: 'parse/not-json', line, column, pointer })]);
    }
    // The same node named twice is a tree, not a cycle.
    expect(parseSpecText('type: kafka\nspec: &s {a: 1}\ncopy: *s', 'yaml').findings).toEqual([]);
  });

  test('integers beyond 2^53 are flagged', () => {
    const { findings } = parseSpecText('{"a": 9223372036854775807}', 'json');
    expect(findings[0]).toMatchObject({ rule: 'parse/unsafe-integer', severity: 'warning', pointer: '/a' });
  });
});
