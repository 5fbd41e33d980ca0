/**
 * What a list of retention rules does as a whole, beyond each rule's type: a rule that an earlier
 * one always beats (the Coordinator stops at the first match, so it never decides anything), and
 * segments that no rule matches (they fall through to the cluster's `_default` rules, which Druid
 * ships as loadForever: kept forever, although the list looks like it drops old data).
 */
import type { Finding } from '../common/finding.js';
import { millisToReadablePeriod } from '../spec/duration.js';
import { DROP_RULE_TYPES } from '../spec/model/retention-rules.js';
import { matchingRule, ruleType, shadows, type TimeInterval } from '../spec/retention-match.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export function checkRetentionRules(rules: readonly unknown[], now: number): Finding[] {
  const findings: Finding[] = [];
  for (const [index, rule] of rules.entries()) {
    const winner = rules.slice(0, index).findIndex((earlier) => shadows(earlier, rule, now));
    if (winner === -1) continue;
    const what = DROP_RULE_TYPES.has(ruleType(rule) ?? '') ? 'drops nothing' : 'loads nothing';
    findings.push({
      rule: 'retention/dead-rule',
      severity: 'warning',
      pointer: `/${index}`,
      message: `Rule ${index + 1} (${ruleType(rule)}) can never apply: rule ${winner + 1} (${ruleType(rules[winner])}) matches every segment it would match, and the first matching rule wins, so it ${what}. Move it above rule ${winner + 1} or delete it.`,
    });
  }
  const unmatched = samples(now).find(({ segment }) => matchingRule(rules, segment, now).by === 'none');
  if (unmatched && rules.length > 0) {
    findings.push({
      rule: 'retention/falls-through',
      severity: 'warning',
      pointer: `/${rules.length - 1}`,
      message: `${describe(unmatched.age)} matches none of these rules, so the cluster's _default rules decide (loadForever with 2 replicas as Druid ships them: kept forever). End the list with dropForever, or with loadForever to keep the rest on purpose.`,
    });
  }
  return findings;
}

/** Hour segments from a day ahead to fifty years back, denser near now where rules differ most. */
function samples(now: number): Array<{ age: number; segment: TimeInterval }> {
  const hour = Math.floor(now / HOUR) * HOUR;
  const ages = [
    ...Array.from({ length: 72 }, (_, i) => (i - 24) * HOUR),
    ...Array.from({ length: 800 }, (_, i) => (i + 3) * DAY),
    ...Array.from({ length: 50 }, (_, i) => (i + 3) * 365 * DAY),
  ];
  return ages.map((age) => ({ age, segment: { start: hour - age, end: hour - age + HOUR } }));
}

function describe(age: number): string {
  if (age < 0) return `A segment of the hour starting ${millisToReadablePeriod(-age)} from now`;
  return age === 0
    ? 'A segment of the current hour'
    : `A segment of an hour ${millisToReadablePeriod(age)} ago`;
}
