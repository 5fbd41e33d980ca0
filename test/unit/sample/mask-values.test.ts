import fc from 'fast-check';
import { maskValues } from '../../../src/sample/mask-values.js';

const NAMES = new Set(['event_ts', 'user_id', 'region', 'latency', 'session', 'user_id_d']);

describe("Druid's parse errors with the row's values masked", () => {
  test.each([
    [
      'a record that is not JSON (live)',
      'Unable to parse row [not json at all 0] into JSON',
      'Unable to parse row […] into JSON',
    ],
    [
      'the same, replayed (a line number added)',
      'Unable to parse row [{"email": "a@b.example", "x": [1, 2]}] into JSON (Line: 81)',
      'Unable to parse row [{…}] into JSON (Line: 81)',
    ],
    [
      'a missing timestamp: the event keeps its column names, not its values',
      'Timestamp[null] is unparseable! Event: {event_ts=2026-01-01T00:00:00.000Z, user_id=u0, region=eu, latency=0, session=s0}',
      'Timestamp[null] is unparseable! Event: {event_ts=…, user_id=…, region=…, latency=…, session=…}',
    ],
    [
      'an unparseable timestamp value',
      'Timestamp[2026-01-01T00:00:00.000Z] is unparseable! Event: {event_ts=2026-01-01T00:00:00.000Z}',
      'Timestamp[…] is unparseable! Event: {event_ts=…}',
    ],
    [
      'an event Druid cut at 100 characters',
      'Timestamp[null] is unparseable! Event: {event_ts=x, user_id=vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv, second_fiel...',
      'Timestamp[null] is unparseable! Event: {event_ts=…, user_id=… …',
    ],
    [
      'a column that does not convert: the dimension is named, the value is not',
      'Found unparseable columns in row: [SamplerInputRow{row={timestamp=2026-01-01T00:00:00.000Z, event={event_ts=2026-01-01T00:00:00.000Z, user_id=u0, region=eu}, dimensions=[user_id, region, user_id_d]}}], exceptions: [Could not convert value [eu] to long for dimension [region].]',
      'Found unparseable columns in row: [SamplerInputRow{row={timestamp=…, event={event_ts=…, user_id=…, region=…}, dimensions=[user_id, region, user_id_d]}}], exceptions: [Could not convert value […] to long for dimension [region].]',
    ],
    [
      'keys that are not known columns are masked too (they may be data)',
      'Event: {user_id=u0, alice@example.com=1, region=eu}',
      'Event: {user_id=…, …=…, region=…}',
    ],
    ['quoted strings', 'For input string: "4111 1111 1111 1111"', 'For input string: "…"'],
  ])('%s', (_what, message, masked) => {
    expect(maskValues(message, NAMES)).toBe(masked);
  });

  test('no value of the row survives masking, whatever it holds', () => {
    // Values with a digit, so none is a word of Druid's messages or a column name.
    const value = fc.stringMatching(/^[A-Za-z0-9@.:+-]{6,20}$/).filter((text) => /\d/.test(text));
    fc.assert(
      fc.property(value, value, fc.constantFrom(...NAMES), (first, second, column) => {
        const messages = [
          `Unable to parse row [${first} ${second}] into JSON`,
          `Timestamp[${first}] is unparseable! Event: {${column}=${first}, region=${second}}`,
          `Found unparseable columns in row: [SamplerInputRow{row={timestamp=${first}, event={${column}=${second}}, dimensions=[${column}]}}], exceptions: [Could not convert value [${second}] to long for dimension [${column}].]`,
          `Timestamp[null] is unparseable! Event: {${column}=${first}, ${second}=x...`,
        ];
        for (const message of messages) {
          const masked = maskValues(message, NAMES);
          expect(masked).not.toContain(first);
          expect(masked).not.toContain(second);
        }
      }),
    );
  });
});
