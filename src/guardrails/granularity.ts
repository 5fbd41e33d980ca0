/**
 * Granularities as lengths of time, so rules can compare them: Druid's names (case-insensitive),
 * `{"type": "period"}`, `{"type": "duration"}`, `{"type": "all"}` and `{"type": "none"}`. Months
 * and years have no fixed length; an average is close enough to order them.
 */
import { parsePeriod } from '../spec/duration.js';
import { isPlainObject } from '../common/json.js';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const MONTH = 30.44 * DAY;
const YEAR = 365.25 * DAY;

const NAMED: Readonly<Record<string, number>> = {
  NONE: 1,
  SECOND,
  MINUTE,
  FIVE_MINUTE: 5 * MINUTE,
  TEN_MINUTE: 10 * MINUTE,
  FIFTEEN_MINUTE: 15 * MINUTE,
  THIRTY_MINUTE: 30 * MINUTE,
  HOUR,
  SIX_HOUR: 6 * HOUR,
  EIGHT_HOUR: 8 * HOUR,
  DAY,
  WEEK: 7 * DAY,
  MONTH,
  QUARTER: 3 * MONTH,
  YEAR,
  ALL: Number.POSITIVE_INFINITY,
};

export interface Granularity {
  /** As a person would name it: "HOUR", "PT2H", "ALL". */
  name: string;
  /** Length of one bucket in milliseconds (Infinity for ALL, 1 for NONE). */
  millis: number;
}

export function readGranularity(value: unknown): Granularity | undefined {
  if (typeof value === 'string') {
    const name = value.toUpperCase();
    const millis = NAMED[name];
    return millis === undefined ? undefined : { name, millis };
  }
  if (!isPlainObject(value) || typeof value.type !== 'string') return undefined;
  switch (value.type.toLowerCase()) {
    case 'all':
      return { name: 'ALL', millis: NAMED.ALL as number };
    case 'none':
      return { name: 'NONE', millis: 1 };
    case 'duration':
      return typeof value.duration === 'number' && value.duration > 0
        ? { name: `${value.duration} ms`, millis: value.duration }
        : undefined;
    case 'period': {
      const period = typeof value.period === 'string' ? parsePeriod(value.period) : undefined;
      if (!period) return undefined;
      const millis = period.years * YEAR + period.months * MONTH + period.millis;
      return millis > 0 ? { name: String(value.period).toUpperCase(), millis } : undefined;
    }
    default:
      return undefined;
  }
}

/** A granularity name given as a rule parameter ("HOUR"); throws on a name Druid does not know. */
export function namedGranularity(name: string): Granularity {
  const granularity = readGranularity(name);
  if (!granularity) throw new Error(`"${name}" is not a Druid granularity name`);
  return granularity;
}

export function isGranularityName(name: string): boolean {
  return NAMED[name.toUpperCase()] !== undefined;
}
