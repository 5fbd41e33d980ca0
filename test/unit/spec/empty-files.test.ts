/** An empty file says what it should hold: a supervisor spec, or the segment file's own shape. */
import { parseSpecText } from '../../../src/spec/parse.js';
import { readSegmentFile } from '../../../src/check/segment-check.js';

const messages = (findings: Array<{ rule: string; message: string }>): string[] =>
  findings.filter((finding) => finding.rule === 'parse/empty').map((finding) => finding.message);

test('an empty supervisor spec is told it should be an object (JSON) or a mapping (YAML)', () => {
  expect(messages(parseSpecText('  \n', 'json').findings)).toEqual([
    'The file is empty: a supervisor spec is a JSON object.',
  ]);
  expect(messages(parseSpecText('# only a comment\n', 'yaml').findings)).toEqual([
    'The file holds no YAML value: a supervisor spec is a mapping.',
  ]);
});

test('an empty retention file is told it should be a list of rules', () => {
  const read = (text: string) =>
    readSegmentFile('retention', 'retention/events.yaml', new TextEncoder().encode(text), '33.0.0');
  expect(messages(read('').findings)).toEqual([
    'The file is empty: a retention file is a list of rules, e.g. [{"type": "loadByPeriod", "period": "P30D"}].',
  ]);
  expect(messages(read('# nothing yet\n').findings)).toEqual([
    'The file holds no YAML value: a retention file is a list of rules, e.g. [{"type": "loadByPeriod", "period": "P30D"}].',
  ]);
});
