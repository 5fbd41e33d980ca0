/** The verdict table: which finding, schema item or impact makes a supervisor blocked, breaking, or worth a look. */
import type { Finding } from '../../../src/common/finding.js';
import type { Impact } from '../../../src/diff/impact.js';
import type { SchemaCompatibility } from '../../../src/diff/schema-compat.js';
import type { SchemaItem } from '../../../src/diff/schema-item.js';
import { supervisorVerdict, type Verdict } from '../../../src/diff/verdict.js';

const finding = (severity: Finding['severity'], suppressed = false): Finding => ({
  rule: `test/${severity}`,
  severity,
  message: `a ${severity}`,
  pointer: '',
  ...(suppressed && { suppressed: { reason: 'planned', source: 'config' as const } }),
});
const impact = (severity: Impact['severity']): Impact => ({
  kind: 'restart',
  severity,
  message: `${severity} impact`,
});
const item = (severity: SchemaItem['severity']): SchemaItem => ({
  severity,
  subject: 'column',
  pointer: '/spec/dataSchema/dimensionsSpec/dimensions/0',
  message: `${severity} item`,
});
const schema = (...items: SchemaItem[]): SchemaCompatibility => ({
  overall: items.some((entry) => entry.severity === 'breaking')
    ? 'breaking'
    : items.length > 0
      ? 'compatible'
      : 'unchanged',
  items,
});

interface Row {
  name: string;
  findings?: Finding[];
  items?: SchemaItem[];
  impacts?: Impact[];
  verdict: Verdict;
}

const TABLE: Row[] = [
  { name: 'nothing at all', verdict: 'safe' },
  { name: 'a notice', findings: [finding('notice')], verdict: 'safe' },
  { name: 'a compatible schema change', items: [item('compatible')], verdict: 'safe' },
  { name: 'an informational impact (restart)', impacts: [impact('info')], verdict: 'safe' },
  { name: 'a warning finding', findings: [finding('warning')], verdict: 'needs-attention' },
  { name: 'a warning impact', impacts: [impact('warning')], verdict: 'needs-attention' },
  { name: 'a suppressed warning', findings: [finding('warning', true)], verdict: 'safe' },
  { name: 'a breaking schema item', items: [item('breaking')], verdict: 'breaking' },
  {
    name: 'breaking beats needs-attention',
    findings: [finding('warning')],
    items: [item('breaking')],
    verdict: 'breaking',
  },
  { name: 'an error finding', findings: [finding('error')], verdict: 'blocked' },
  { name: 'a suppressed error', findings: [finding('error', true)], verdict: 'safe' },
  { name: 'a blocking impact', impacts: [impact('blocking')], verdict: 'blocked' },
  {
    name: 'blocked beats breaking',
    items: [item('breaking')],
    impacts: [impact('blocking')],
    verdict: 'blocked',
  },
];

describe('supervisorVerdict', () => {
  test.each(TABLE)('$name → $verdict', ({ findings = [], items = [], impacts = [], verdict }) => {
    expect(supervisorVerdict({ findings, schema: schema(...items), impacts }).verdict).toBe(verdict);
  });

  test('every reason is listed, most severe first, with where it comes from', () => {
    const result = supervisorVerdict({
      findings: [finding('warning'), finding('error'), finding('notice'), finding('error', true)],
      schema: schema(item('compatible'), item('breaking')),
      impacts: [impact('info'), impact('warning'), impact('blocking')],
    });
    expect(result).toEqual({
      verdict: 'blocked',
      reasons: [
        { verdict: 'blocked', source: 'finding', text: 'test/error: a error' },
        { verdict: 'blocked', source: 'impact', text: 'blocking impact' },
        { verdict: 'breaking', source: 'schema', text: 'breaking item' },
        { verdict: 'needs-attention', source: 'finding', text: 'test/warning: a warning' },
        { verdict: 'needs-attention', source: 'impact', text: 'warning impact' },
      ],
    });
  });

  test('a safe supervisor has no reasons', () => {
    expect(supervisorVerdict({ findings: [], schema: schema(), impacts: [impact('info')] })).toEqual({
      verdict: 'safe',
      reasons: [],
    });
  });
});
