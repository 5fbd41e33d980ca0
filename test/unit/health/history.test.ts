import type { SupervisorHistoryEntry } from '../../../src/druid/payloads.js';
import { describeHistory } from '../../../src/health/history.js';
import { realBody, realHistory } from '../../support/druid-real.js';

describe('Druid’s spec history in words', () => {
  test('the real 33.0 history of fx-main: created, suspended, resumed, two topic changes', () => {
    expect(describeHistory(realHistory())).toBe(
      '2026-11-25T10:22:36.981Z spec changed, 2026-11-25T10:22:36.946Z spec changed, 2026-11-25T10:22:29.357Z resumed, 2026-11-25T10:22:18.970Z suspended, 2026-11-25T10:21:27.325Z created',
    );
  });

  test('a terminate is its tombstone ({"type":"noop"} on 33.0); only the newest five are listed', () => {
    const history = realBody<SupervisorHistoryEntry[]>('supervisor-history-id-after-terminate');
    expect(describeHistory(history)).toMatch(/^2026-11-25T10:24:32\.379Z terminated, .*, and 1 older$/);
  });
});
