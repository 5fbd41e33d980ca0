/**
 * Laws of the retention checks, over random rule lists and segments: a rule reported dead never
 * decides a segment (deleting it changes nothing), and a list reported as not falling through
 * matches every segment.
 */
import fc from 'fast-check';
import { matchingRule } from '../../../src/spec/retention-match.js';
import { checkRetentionRules } from '../../../src/validate/retention-semantics.js';

const NOW = Date.parse('2026-03-31T12:00:00Z');
const HOUR = 3_600_000;
const period = fc.constantFrom('PT6H', 'P1D', 'P7D', 'P30D', 'P1M', 'P3M', 'P1Y');
const interval = fc
  .tuple(fc.integer({ min: -400 * 24, max: 48 }), fc.integer({ min: 1, max: 90 * 24 }))
  .map(([start, length]) => {
    const from = NOW + start * HOUR;
    return `${new Date(from).toISOString()}/${new Date(from + length * HOUR).toISOString()}`;
  });
const rule = fc.oneof(
  fc.record({
    type: fc.constantFrom('loadByPeriod', 'broadcastByPeriod', 'dropByPeriod'),
    period,
    includeFuture: fc.boolean(),
  }),
  fc.record({ type: fc.constant('dropBeforeByPeriod'), period }),
  fc.record({ type: fc.constantFrom('loadByInterval', 'dropByInterval', 'broadcastByInterval'), interval }),
  fc.record({ type: fc.constantFrom('loadForever', 'dropForever', 'broadcastForever') }),
);
const segment = fc
  .tuple(fc.integer({ min: -800 * 24, max: 72 }), fc.constantFrom(1, 24, 24 * 7))
  .map(([start, hours]) => ({ start: NOW + start * HOUR, end: NOW + (start + hours) * HOUR }));

test('a rule reported dead never decides a segment', () => {
  fc.assert(
    fc.property(
      fc.array(rule, { maxLength: 5 }),
      fc.array(segment, { minLength: 1, maxLength: 20 }),
      (rules, segments) => {
        const dead = new Set(
          checkRetentionRules(rules, NOW)
            .filter((finding) => finding.rule === 'retention/dead-rule')
            .map((finding) => Number(finding.pointer.slice(1))),
        );
        for (const item of segments) {
          const match = matchingRule(rules, item, NOW);
          if (match.by === 'rule') expect(dead.has(match.index)).toBe(false);
        }
      },
    ),
    { numRuns: 200 },
  );
});

test('a list without a fall-through finding matches every segment near now', () => {
  fc.assert(
    fc.property(
      fc.array(rule, { minLength: 1, maxLength: 5 }),
      fc.array(segment, { minLength: 1, maxLength: 20 }),
      (rules, segments) => {
        const fallsThrough = checkRetentionRules(rules, NOW).some(
          (finding) => finding.rule === 'retention/falls-through',
        );
        if (fallsThrough) return;
        // Hour segments are what the check samples; longer ones can straddle rule edges differently.
        for (const item of segments.filter((s) => s.end - s.start === HOUR && s.start % HOUR === 0))
          expect(matchingRule(rules, item, NOW).by).not.toBe('none');
      },
    ),
    { numRuns: 200 },
  );
});
