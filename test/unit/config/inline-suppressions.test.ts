import { readInlineSuppressions } from '../../../src/config/inline-suppressions.js';
import { parseSpecText } from '../../../src/spec/parse.js';

function read(text: string, format: 'yaml' | 'json' = 'yaml') {
  const { document } = parseSpecText(text, format);
  if (!document) throw new Error('test spec does not parse');
  return readInlineSuppressions(document);
}

describe('inline suppressions', () => {
  test('a comment at the end of a line covers that line, with its rule ids and reason', () => {
    const { suppressions, findings } = read(
      'a: 1\nb: MINUTE  # druid-gitops-ignore guardrail/fine-segment-granularity, guardrail/replicas: compacted hourly\n',
    );
    expect(findings).toEqual([]);
    expect(suppressions).toEqual([
      {
        rules: ['guardrail/fine-segment-granularity', 'guardrail/replicas'],
        reason: 'compacted hourly',
        lines: [2],
      },
    ]);
  });

  test('a comment on its own line covers the next line with content', () => {
    const { suppressions } = read(
      'a: 1\n# druid-gitops-ignore guardrail/replicas: sandbox\n\n# other\nb: 2\n',
    );
    expect(suppressions[0]?.lines).toEqual([5]);
  });

  test("after a key that opens a block, the block's first line is covered too", () => {
    const { suppressions } = read(
      'tuningConfig:  # druid-gitops-ignore guardrail/parse-exceptions: defaults on purpose\n  type: kafka\n',
    );
    expect(suppressions[0]?.lines).toEqual([1, 2]);
  });

  test('a comment without a reason suppresses nothing and is itself a finding', () => {
    const { suppressions, findings } = read(
      'b: MINUTE  # druid-gitops-ignore guardrail/fine-segment-granularity\n',
    );
    expect(suppressions).toEqual([]);
    expect(findings).toEqual([
      expect.objectContaining({ rule: 'suppression/invalid', severity: 'warning', line: 1, column: 12 }),
    ]);
    expect(findings[0]?.message).toContain('gives no reason');
  });

  test('an unknown or non-configurable rule id is a finding; the known ids still apply', () => {
    const { suppressions, findings } = read(
      'b: 1 # druid-gitops-ignore guardrail/replica, parse/syntax, guardrail/replicas: ok\n',
    );
    expect(suppressions[0]?.rules).toEqual(['guardrail/replicas']);
    expect(findings.map((finding) => finding.message)).toEqual([
      expect.stringContaining('Did you mean "guardrail/replicas"?'),
      expect.stringContaining('"parse/syntax" cannot be configured'),
    ]);
  });

  test('the marker inside a quoted string is not a comment, and JSON has no comments', () => {
    expect(read('a: "# druid-gitops-ignore guardrail/replicas: no"\n')).toEqual({
      suppressions: [],
      findings: [],
    });
    expect(read('{"a": "# druid-gitops-ignore guardrail/replicas: no"}', 'json')).toEqual({
      suppressions: [],
      findings: [],
    });
  });
});
