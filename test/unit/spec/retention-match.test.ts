/**
 * Druid's first-match retention semantics (Rule.appliesTo per rule type, REFERENCE §6.1) and the
 * list-level checks built on them: dead rules and segments that fall through to _default.
 */
import {
  keepsSegment,
  matchingRule,
  minusPeriod,
  parseInterval,
  ruleApplies,
  shadows,
} from '../../../src/spec/retention-match.js';
import { checkRetentionRules } from '../../../src/validate/retention-semantics.js';

const NOW = Date.parse('2026-03-31T12:00:00Z');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const hourAgo = (hours: number) => ({ start: NOW - hours * HOUR, end: NOW - (hours - 1) * HOUR });
const daysAgo = (days: number) => ({ start: NOW - days * DAY, end: NOW - days * DAY + HOUR });

describe('one rule', () => {
  test('periods subtract calendar months as Joda does (31 March - P1M = 28 February)', () => {
    expect(new Date(minusPeriod(NOW, 'P1M') as number).toISOString()).toBe('2026-02-28T12:00:00.000Z');
    expect(minusPeriod(NOW, 'PT2H')).toBe(NOW - 2 * HOUR);
    expect(minusPeriod(NOW, 'bogus')).toBeUndefined();
  });

  test('intervals are start/end, start/period or period/end', () => {
    expect(parseInterval('2026-01-01/2026-01-02')).toEqual({
      start: Date.parse('2026-01-01T00:00Z'),
      end: Date.parse('2026-01-02T00:00Z'),
    });
    expect(parseInterval('2026-01-01/PT1H')?.end).toBe(Date.parse('2026-01-01T01:00Z'));
    expect(parseInterval('P1D/2026-01-02')?.start).toBe(Date.parse('2026-01-01T00:00Z'));
    expect(parseInterval('2026-01-02/2026-01-01')).toBeUndefined();
  });

  test('loadByPeriod matches a segment that ends after now - period; without includeFuture, not the future', () => {
    const rule = { type: 'loadByPeriod', period: 'P1D' };
    expect(ruleApplies(rule, hourAgo(1), NOW)).toBe(true);
    expect(ruleApplies(rule, daysAgo(2), NOW)).toBe(false);
    const future = { start: NOW + DAY, end: NOW + DAY + HOUR };
    expect(ruleApplies(rule, future, NOW)).toBe(true);
    expect(ruleApplies({ ...rule, includeFuture: false }, future, NOW)).toBe(false);
  });

  test('dropByPeriod needs the segment to start inside the period; dropBeforeByPeriod to end before it', () => {
    const straddling = { start: NOW - DAY - HOUR, end: NOW - DAY + HOUR };
    expect(ruleApplies({ type: 'dropByPeriod', period: 'P1D' }, straddling, NOW)).toBe(false);
    expect(ruleApplies({ type: 'dropByPeriod', period: 'P1D' }, hourAgo(2), NOW)).toBe(true);
    expect(ruleApplies({ type: 'dropBeforeByPeriod', period: 'P1D' }, straddling, NOW)).toBe(false);
    expect(ruleApplies({ type: 'dropBeforeByPeriod', period: 'P1D' }, daysAgo(2), NOW)).toBe(true);
  });

  test('loadByInterval matches overlapping segments, dropByInterval only contained ones', () => {
    const interval = '2026-03-30T00:00Z/2026-03-31T00:00Z';
    const edge = { start: Date.parse('2026-03-30T23:00Z'), end: Date.parse('2026-03-31T01:00Z') };
    expect(ruleApplies({ type: 'loadByInterval', interval }, edge, NOW)).toBe(true);
    expect(ruleApplies({ type: 'dropByInterval', interval }, edge, NOW)).toBe(false);
  });

  test('an unreadable rule gives no answer rather than a guess', () => {
    expect(ruleApplies({ type: 'loadByPeriod' }, hourAgo(1), NOW)).toBeUndefined();
    expect(ruleApplies({ type: 'keepSome' }, hourAgo(1), NOW)).toBeUndefined();
  });
});

describe('a list of rules', () => {
  const rules = [{ type: 'loadByPeriod', period: 'P7D' }, { type: 'dropForever' }];

  test('the first rule that applies decides; none applying leaves it to the _default rules', () => {
    expect(matchingRule(rules, hourAgo(1), NOW)).toEqual({ by: 'rule', index: 0, rule: rules[0] });
    expect(matchingRule(rules, daysAgo(30), NOW)).toMatchObject({ by: 'rule', index: 1 });
    expect(matchingRule(rules.slice(0, 1), daysAgo(30), NOW)).toEqual({ by: 'none' });
    const defaults = [{ type: 'loadForever' }];
    expect(keepsSegment(rules, defaults, daysAgo(30), NOW)).toBe(false);
    expect(keepsSegment(rules.slice(0, 1), defaults, daysAgo(30), NOW)).toBe(true);
  });

  test('shadowing: a forever rule or a wider period rule before a rule makes it dead', () => {
    expect(shadows({ type: 'loadForever' }, { type: 'dropByPeriod', period: 'P1D' }, NOW)).toBe(true);
    expect(
      shadows({ type: 'loadByPeriod', period: 'P1M' }, { type: 'dropByPeriod', period: 'P7D' }, NOW),
    ).toBe(true);
    expect(
      shadows({ type: 'loadByPeriod', period: 'P7D' }, { type: 'dropByPeriod', period: 'P1M' }, NOW),
    ).toBe(false);
    expect(
      shadows(
        { type: 'dropBeforeByPeriod', period: 'P30D' },
        { type: 'dropBeforeByPeriod', period: 'P90D' },
        NOW,
      ),
    ).toBe(true);
    expect(shadows({ type: 'loadByPeriod', period: 'P7D' }, { type: 'dropForever' }, NOW)).toBe(false);
  });
});

describe('retention/dead-rule', () => {
  test('fails: dropForever after loadForever', () => {
    expect(checkRetentionRules([{ type: 'loadForever' }, { type: 'dropForever' }], NOW)).toEqual([
      expect.objectContaining({
        rule: 'retention/dead-rule',
        pointer: '/1',
        message: expect.stringContaining('drops nothing'),
      }),
    ]);
  });
  test('fails: loadByPeriod P1M before dropByPeriod P7D', () => {
    const rules = [
      { type: 'loadByPeriod', period: 'P1M' },
      { type: 'dropByPeriod', period: 'P7D' },
      { type: 'dropForever' },
    ];
    expect(checkRetentionRules(rules, NOW).map((finding) => finding.rule)).toEqual(['retention/dead-rule']);
  });
  test('passes: load the recent past, then drop the rest', () => {
    expect(
      checkRetentionRules([{ type: 'loadByPeriod', period: 'P30D' }, { type: 'dropForever' }], NOW),
    ).toEqual([]);
  });
});

describe('retention/falls-through', () => {
  test('fails: only a loadByPeriod, so older data is kept forever by _default', () => {
    expect(checkRetentionRules([{ type: 'loadByPeriod', period: 'P30D' }], NOW)).toEqual([
      expect.objectContaining({
        rule: 'retention/falls-through',
        message: expect.stringContaining('P31D ago'),
      }),
    ]);
  });
  test('passes: dropBeforeByPeriod then loadForever covers every segment', () => {
    expect(
      checkRetentionRules([{ type: 'dropBeforeByPeriod', period: 'P90D' }, { type: 'loadForever' }], NOW),
    ).toEqual([]);
  });
});
