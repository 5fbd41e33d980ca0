import type { RetentionRule } from '../../../src/druid/payloads.js';
import { compactionSkipMs, describeRules, newestDataRule } from '../../../src/health/datasource.js';
import { realBody } from '../../support/druid-real.js';

const NOW = Date.parse('2026-03-14T03:00:00Z');
const rule = (type: string, extra: Record<string, unknown> = {}): RetentionRule => ({ type, ...extra });

describe('what the retention rules do with the newest data', () => {
  test('first match wins, top-down', () => {
    expect(newestDataRule([rule('loadByPeriod', { period: 'P30D' }), rule('dropForever')], NOW).loads).toBe(
      true,
    );
    expect(
      newestDataRule([rule('dropBeforeByPeriod', { period: 'P30D' }), rule('loadForever')], NOW).loads,
    ).toBe(true);
    expect(newestDataRule([rule('dropByPeriod', { period: 'P1D' }), rule('loadForever')], NOW)).toEqual({
      loads: false,
      rule: rule('dropByPeriod', { period: 'P1D' }),
    });
    expect(newestDataRule([rule('broadcastForever')], NOW).loads).toBe(true);
  });

  test('interval rules match by overlap; no matching rule means not loaded', () => {
    const old = rule('loadByInterval', { interval: '2020-01-01/2021-01-01' });
    expect(newestDataRule([old], NOW)).toEqual({ loads: false });
    expect(newestDataRule([rule('loadByInterval', { interval: '2026-01-01/2027-01-01' })], NOW).loads).toBe(
      true,
    );
    expect(newestDataRule([], NOW)).toEqual({ loads: false });
  });

  test('a rule type it does not know leaves the answer open', () => {
    expect(newestDataRule([rule('loadSomehow')], NOW).loads).toBeUndefined();
  });

  test('rules in words, as Druid 33 returns them with ?full', () => {
    expect(describeRules(realBody<RetentionRule[]>('coordinator-rules-get-full'))).toBe('loadForever ×2');
    expect(
      describeRules([
        rule('loadByPeriod', { period: 'P30D', tieredReplicants: { hot: 2 } }),
        rule('dropForever'),
      ]),
    ).toBe('loadByPeriod P30D hot×2 → dropForever');
  });

  test('compaction skips P1D unless the config says otherwise (real 33.0 config: PT2H)', () => {
    expect(compactionSkipMs(realBody('coordinator-compaction-get-ds'))).toBe(7_200_000);
    expect(compactionSkipMs({ dataSource: 'x' })).toBe(86_400_000);
  });
});
