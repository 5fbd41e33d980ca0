/**
 * Joda-Time periods and durations as Druid reads and writes them. ioConfig periods are parsed as
 * `Period`, turned into a `Duration` and printed back in seconds ("PT1H" → "PT3600S");
 * tuningConfig periods stay `Period`s and print back as written. A bare number is milliseconds.
 */

export interface Period {
  years: number;
  months: number;
  weeks: number;
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
  millis: number;
}

const PERIOD =
  /^P(?:(-?\d+)Y)?(?:(-?\d+)M)?(?:(-?\d+)W)?(?:(-?\d+)D)?(?:T(?:(-?\d+)H)?(?:(-?\d+)M)?(?:(-?\d+)(?:[.,](\d{1,3}))?S)?)?$/i;

/** Parses like Jackson's Joda PeriodDeserializer; undefined when Joda would say "Invalid format". */
export function parsePeriod(value: string | number): Period | undefined {
  if (typeof value === 'number') return periodFromMillis(Math.trunc(value));
  const m = PERIOD.exec(value);
  if (!m || value.toUpperCase() === 'P' || value.toUpperCase().endsWith('T')) return undefined;
  const n = (i: number): number => (m[i] === undefined ? 0 : Number.parseInt(m[i] ?? '0', 10));
  const fraction = m[8] === undefined ? 0 : Number.parseInt((m[8] ?? '').padEnd(3, '0'), 10);
  const seconds = n(7);
  return {
    years: n(1),
    months: n(2),
    weeks: n(3),
    days: n(4),
    hours: n(5),
    minutes: n(6),
    seconds,
    millis: seconds < 0 || (m[7] ?? '').startsWith('-') ? -fraction : fraction,
  };
}

/** `new Period(long)`: only the precise time fields are filled (hours may exceed 24). */
function periodFromMillis(ms: number): Period {
  const sign = ms < 0 ? -1 : 1;
  let rest = Math.abs(ms);
  const hours = Math.floor(rest / 3_600_000);
  rest -= hours * 3_600_000;
  const minutes = Math.floor(rest / 60_000);
  rest -= minutes * 60_000;
  const seconds = Math.floor(rest / 1000);
  const millis = rest - seconds * 1000;
  return {
    years: 0,
    months: 0,
    weeks: 0,
    days: 0,
    hours: sign * hours,
    minutes: sign * minutes,
    seconds: sign * seconds,
    millis: sign * millis,
  };
}

/** Period.toString() with the ISO standard formatter. */
export function formatPeriod(p: Period): string {
  let out = 'P';
  if (p.years) out += `${p.years}Y`;
  if (p.months) out += `${p.months}M`;
  if (p.weeks) out += `${p.weeks}W`;
  if (p.days) out += `${p.days}D`;
  let time = '';
  if (p.hours) time += `${p.hours}H`;
  if (p.minutes) time += `${p.minutes}M`;
  if (p.seconds || p.millis) time += `${secondsText(p.seconds, p.millis)}S`;
  if (time === '' && out === 'P') return 'PT0S';
  return time === '' ? out : `${out}T${time}`;
}

function secondsText(seconds: number, millis: number): string {
  const negative = seconds < 0 || millis < 0;
  const text = `${Math.abs(seconds)}${millis ? `.${String(Math.abs(millis)).padStart(3, '0')}` : ''}`;
  return negative ? `-${text}` : text;
}

/** Period.toStandardDuration(); throws Joda's message for months and years. */
export function periodToMillis(p: Period): number {
  if (p.years)
    throw new Error('Cannot convert to Duration as this period contains years and years vary in length');
  if (p.months) {
    throw new Error('Cannot convert to Duration as this period contains months and months vary in length');
  }
  return (((p.weeks * 7 + p.days) * 24 + p.hours) * 60 + p.minutes) * 60_000 + p.seconds * 1000 + p.millis;
}

/** Duration.toString(): "PT3600S", "PT0.500S". */
export function formatDuration(ms: number): string {
  const seconds = Math.trunc(ms / 1000);
  const millis = Math.abs(ms % 1000);
  return `PT${ms < 0 && seconds === 0 ? '-' : ''}${seconds}${millis ? `.${String(millis).padStart(3, '0')}` : ''}S`;
}
