import type { SupervisorStatusPayload } from '../../../src/druid/payloads.js';
import { lagTrend } from '../../../src/health/lag.js';
import { realStatus } from '../../support/druid-real.js';

const T0 = Date.parse('2026-11-25T10:21:44.630Z');

function running(lag: number, updated: string, end = 1000): SupervisorStatusPayload {
  const payload = realStatus('supervisor-status-running');
  return {
    ...payload,
    latestOffsets: { '0': end, '1': end, '2': end },
    minimumLag: { '0': lag, '1': 0, '2': 0 },
    aggregateLag: lag,
    offsetsLastUpdated: updated,
  };
}

describe('lag and its trend between two samples', () => {
  test('Druid’s aggregateLag 0 while suspended is "unknown", not "caught up" (real 33.0 payload)', () => {
    const payload = realStatus('supervisor-status-suspended');
    expect(payload.aggregateLag).toBe(0);
    expect(
      lagTrend([
        { at: T0, payload },
        { at: T0 + 35_000, payload },
      ]),
    ).toEqual({
      seconds: 35,
      direction: 'unknown',
      reason: 'Druid reports no lag while suspended',
    });
  });

  test('growing, with the rate and the topic’s own growth', () => {
    const trend = lagTrend([
      { at: T0, payload: running(1_000, '2026-11-25T10:21:44.355Z', 10_000) },
      { at: T0 + 35_000, payload: running(4_500, '2026-11-25T10:22:14.355Z', 13_500) },
    ]);
    expect(trend).toMatchObject({
      first: 1_000,
      last: 4_500,
      direction: 'growing',
      perSecond: 100,
      streamPerSecond: 300,
    });
  });

  test('small moves are steady; falling is shrinking', () => {
    const steady = lagTrend([
      { at: T0, payload: running(1_000, 'a') },
      { at: T0 + 35_000, payload: running(1_040, 'b') },
    ]);
    expect(steady.direction).toBe('steady');
    const shrinking = lagTrend([
      { at: T0, payload: running(5_000, 'a') },
      { at: T0 + 35_000, payload: running(1_000, 'b') },
    ]);
    expect(shrinking.direction).toBe('shrinking');
  });

  test('no trend when Druid did not refresh its offsets in between', () => {
    const trend = lagTrend([
      { at: T0, payload: running(1_000, 'same') },
      { at: T0 + 5_000, payload: running(9_000, 'same') },
    ]);
    expect(trend).toMatchObject({ direction: 'unknown', reason: expect.stringContaining('did not refresh') });
  });

  test('one sample gives the lag but no trend', () => {
    expect(lagTrend([{ at: T0, payload: running(7, 'a') }])).toMatchObject({ last: 7, direction: 'unknown' });
  });
});
