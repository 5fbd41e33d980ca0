import fc from 'fast-check';
import {
  canonicalPeriod,
  millisToDruidDuration,
  millisToPeriod,
  millisToReadablePeriod,
  parsePeriod,
  periodToMillis,
} from '../../../src/spec/duration.js';

describe('ISO-8601 periods', () => {
  test('equal durations compare equal whatever their spelling', () => {
    expect(periodToMillis('PT1H')).toBe(3_600_000);
    expect(periodToMillis('PT60M')).toBe(3_600_000);
    expect(periodToMillis('PT3600S')).toBe(3_600_000);
    expect(periodToMillis('P1W')).toBe(7 * 86_400_000);
    expect(periodToMillis('PT0.5S')).toBe(500);
    expect(periodToMillis('P2147483647D')).toBe(2147483647 * 86_400_000);
  });

  test('years and months have no fixed length, and bad text is not a period', () => {
    expect(periodToMillis('P1M')).toBeUndefined();
    expect(parsePeriod('P1M')).toEqual({ years: 0, months: 1, millis: 0 });
    for (const bad of ['PT', 'P', '10M', 'PT10', 'P1H', 'PT1H30', 'P1DT'])
      expect(parsePeriod(bad)).toBeUndefined();
  });

  test('Joda reads letters in any case, signed numbers and a decimal comma', () => {
    expect(periodToMillis('pt10m')).toBe(600_000);
    expect(periodToMillis('PT-5S')).toBe(-5000);
    expect(periodToMillis('PT1,5S')).toBe(1500);
  });

  test('a kept period prints as Joda prints it: upper case, field by field, zero fields left out', () => {
    expect(canonicalPeriod('pt1h')).toBe('PT1H');
    expect(canonicalPeriod('PT60M')).toBe('PT60M');
    expect(canonicalPeriod('P0DT1H0M')).toBe('PT1H');
    expect(canonicalPeriod('P1Y2M3W4DT5H6M7,25S')).toBe('P1Y2M3W4DT5H6M7.250S');
    expect(canonicalPeriod('PT0S')).toBe('PT0S');
    expect(canonicalPeriod('1 hour')).toBeUndefined();
  });

  test('Druid writes durations in seconds, messages in the shortest form', () => {
    expect(millisToDruidDuration(3_600_000)).toBe('PT3600S');
    // Joda's Duration.toString(): a fraction always has three digits.
    expect(millisToDruidDuration(1500)).toBe('PT1.500S');
    expect(millisToDruidDuration(-500)).toBe('PT-0.500S');
    expect(millisToReadablePeriod(600_000)).toBe('PT10M');
    expect(millisToReadablePeriod(90_061_000)).toBe('P1DT1H1M1S');
  });

  test('a period written as milliseconds comes back as Joda prints new Period(ms): time fields only', () => {
    expect(millisToPeriod(600_000)).toBe('PT10M');
    expect(millisToPeriod(90_000_000)).toBe('PT25H');
    expect(millisToPeriod(3_723_004)).toBe('PT1H2M3.004S');
    expect(millisToPeriod(0)).toBe('PT0S');
  });

  test('readable periods read back as the same milliseconds', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 12 }), (seconds) => {
        const millis = seconds * 1000;
        expect(periodToMillis(millisToReadablePeriod(millis))).toBe(millis);
        expect(periodToMillis(millisToDruidDuration(millis))).toBe(millis);
        expect(periodToMillis(millisToPeriod(millis + (seconds % 1000)))).toBe(millis + (seconds % 1000));
      }),
    );
  });
});
