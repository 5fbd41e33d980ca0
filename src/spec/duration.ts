/**
 * ISO-8601 periods as Druid (Joda-Time) reads them. Druid turns most of its period fields into
 * durations with Period.toStandardDuration(): weeks are 7 days, days 24 hours, and years or months
 * cannot be converted. Comparing by milliseconds makes `PT1H`, `PT60M` and `PT3600S` equal, which
 * is what the normaliser and the guardrails need.
 */

// Joda's ISOPeriodFormat.standard(): letters in any case, signed numbers, fractional seconds
// with "." or ",". The same grammar as the schema's period patterns (spec/model/schema.ts).
const PERIOD =
  /^P(?=-?\d|T-?\d)(?:(-?\d+)Y)?(?:(-?\d+)M)?(?:(-?\d+)W)?(?:(-?\d+)D)?(?:T(?=-?\d)(?:(-?\d+)H)?(?:(-?\d+)M)?(?:(-?\d+(?:[.,]\d{1,9})?)S)?)?$/i;

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export interface ParsedPeriod {
  years: number;
  months: number;
  /** Milliseconds of the week, day and time parts. */
  millis: number;
}

export function parsePeriod(text: string): ParsedPeriod | undefined {
  const match = PERIOD.exec(text);
  if (!match) return undefined;
  const number = (index: number): number => Number((match[index] ?? '0').replace(',', '.'));
  return {
    years: number(1),
    months: number(2),
    millis:
      number(3) * 7 * DAY +
      number(4) * DAY +
      number(5) * HOUR +
      number(6) * MINUTE +
      Math.round(number(7) * SECOND),
  };
}

/**
 * The period as Joda prints it back (`Period.toString()`): upper case, zero fields left out, seconds
 * with three decimals when they have a fraction, `PT0S` when empty. Druid re-serialises the periods
 * it keeps as periods this way, and compares granularity periods field by field, so `PT60M` stays
 * `PT60M` (it is not HOUR) while `pt1h` becomes `PT1H`.
 */
export function canonicalPeriod(text: string): string | undefined {
  const match = PERIOD.exec(text);
  if (!match) return undefined;
  const part = (index: number, unit: string): string => {
    const value = Number(match[index] ?? '0');
    return value === 0 ? '' : `${value}${unit}`;
  };
  const date = part(1, 'Y') + part(2, 'M') + part(3, 'W') + part(4, 'D');
  const time = part(5, 'H') + part(6, 'M') + secondsPart(match[7]);
  if (date === '' && time === '') return 'PT0S';
  return `P${date}${time === '' ? '' : `T${time}`}`;
}

/** Joda keeps milliseconds: further decimals are dropped, and a fraction prints as three digits. */
function secondsPart(text: string | undefined): string {
  if (text === undefined) return '';
  const [whole = '0', fraction = ''] = text.replace(',', '.').split('.');
  const millis = Number(fraction.slice(0, 3).padEnd(3, '0'));
  const seconds = Math.abs(Number(whole));
  if (seconds === 0 && millis === 0) return '';
  const sign = whole.startsWith('-') ? '-' : '';
  return millis === 0 ? `${sign}${seconds}S` : `${sign}${seconds}.${String(millis).padStart(3, '0')}S`;
}

/** Milliseconds of a period without years or months, as Druid's toStandardDuration() computes. */
export function periodToMillis(text: string): number | undefined {
  const period = parsePeriod(text);
  if (!period || period.years !== 0 || period.months !== 0) return undefined;
  return period.millis;
}

/**
 * Druid writes durations back as seconds (`PT3600S`); this is that form, as Joda's
 * `Duration.toString()` prints it: a fraction as three digits (`PT1.500S`), `PT-0.500S`.
 */
export function millisToDruidDuration(millis: number): string {
  const whole = Math.trunc(millis);
  const sign = whole < 0 ? '-' : '';
  const seconds = Math.floor(Math.abs(whole) / SECOND);
  const fraction = Math.abs(whole) % SECOND;
  return `PT${sign}${seconds}${fraction === 0 ? '' : `.${String(fraction).padStart(3, '0')}`}S`;
}

/**
 * `new Period(millis).toString()`: how Druid writes back a period that was submitted as a number
 * of milliseconds. Only the time fields are filled (hours may exceed 24): 600000 → `PT10M`,
 * 90000000 → `PT25H`.
 */
export function millisToPeriod(millis: number): string {
  const whole = Math.trunc(millis);
  const sign = whole < 0 ? -1 : 1;
  let rest = Math.abs(whole);
  const hours = Math.floor(rest / HOUR);
  rest -= hours * HOUR;
  const minutes = Math.floor(rest / MINUTE);
  rest -= minutes * MINUTE;
  const seconds = (sign * rest) / SECOND;
  const text = `PT${hours ? `${sign * hours}H` : ''}${minutes ? `${sign * minutes}M` : ''}${rest ? `${seconds}S` : ''}`;
  return canonicalPeriod(text === 'PT' ? 'PT0S' : text) ?? 'PT0S';
}

/** The shortest readable period for a number of milliseconds (600000 → PT10M), for messages. */
export function millisToReadablePeriod(millis: number): string {
  if (millis === 0) return 'PT0S';
  let rest = millis;
  let text = 'P';
  const days = Math.floor(rest / DAY);
  rest -= days * DAY;
  if (days) text += `${days}D`;
  if (rest === 0) return text;
  text += 'T';
  const hours = Math.floor(rest / HOUR);
  rest -= hours * HOUR;
  const minutes = Math.floor(rest / MINUTE);
  rest -= minutes * MINUTE;
  if (hours) text += `${hours}H`;
  if (minutes) text += `${minutes}M`;
  if (rest) text += `${rest / SECOND}S`;
  return text;
}
