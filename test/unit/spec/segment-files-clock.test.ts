/**
 * Retention checks read period rules at a moment: P1M reaches back 28 to 31 days, so whether a
 * later P30D rule can ever apply depends on the date. readSegmentFile takes that moment.
 */
import { readSegmentFile } from '../../../src/check/segment-check.js';

const rules =
  '- type: loadByPeriod\n  period: P1M\n- type: loadByPeriod\n  period: P30D\n- type: dropForever\n';
const deadRules = (now: number): string[] =>
  readSegmentFile('retention', 'retention/events.yaml', new TextEncoder().encode(rules), '33.0.0', now)
    .findings.filter((finding) => finding.rule === 'retention/dead-rule')
    .map((finding) => finding.pointer);

test('a P30D rule after P1M is dead when the month before had 30 days, not when it had 28', () => {
  expect(deadRules(Date.UTC(2026, 4, 15))).toEqual(['/1']);
  expect(deadRules(Date.UTC(2026, 2, 15))).toEqual([]);
});
