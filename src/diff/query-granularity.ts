/**
 * queryGranularity as a set, so that coarsening is a removal: the granularities a query can group
 * by and still get exact buckets. A query bucket is exact when it is a union of stored buckets,
 * i.e. every boundary of the query granularity is a boundary of the stored one. Stored MINUTE
 * serves MINUTE, FIVE_MINUTE, …, YEAR and ALL; stored HOUR no longer serves MINUTE: rows truncated
 * to the hour land at the start of each hour. Comparing these sets orders granularities the way
 * readers feel them, including pairs that are not nested (SIX_HOUR → EIGHT_HOUR loses SIX_HOUR and
 * DAY-aligned six-hour buckets: a removal, although eight hours is only "a bit coarser").
 *
 * Alignment follows Druid's PeriodGranularity in UTC without origin: fixed periods (hours, minutes,
 * days, several weeks) count from the epoch, one WEEK starts on Mondays, months and years count
 * from January. A time zone other than UTC or an explicit origin is compared only with itself.
 */
import { parsePeriod } from '../spec/duration.js';
import { GRANULARITY_NAMES } from '../spec/model/granularity.js';
import { isPlainObject } from '../common/json.js';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;

type Buckets =
  | { kind: 'none' }
  | { kind: 'all' }
  /** Epoch-aligned buckets of a fixed length in UTC. */
  | { kind: 'fixed'; millis: number }
  /** One ISO week, Monday to Monday (UTC). */
  | { kind: 'week' }
  /** A whole number of months counted from January 1970 (UTC). */
  | { kind: 'months'; months: number }
  /** A zone, an origin or a mixed period: comparable only with itself. */
  | { kind: 'other' };

const NAMED: Readonly<Record<string, Buckets>> = {
  NONE: { kind: 'none' },
  ALL: { kind: 'all' },
  SECOND: { kind: 'fixed', millis: SECOND },
  MINUTE: { kind: 'fixed', millis: MINUTE },
  FIVE_MINUTE: { kind: 'fixed', millis: 5 * MINUTE },
  TEN_MINUTE: { kind: 'fixed', millis: 10 * MINUTE },
  FIFTEEN_MINUTE: { kind: 'fixed', millis: 15 * MINUTE },
  THIRTY_MINUTE: { kind: 'fixed', millis: 30 * MINUTE },
  HOUR: { kind: 'fixed', millis: HOUR },
  SIX_HOUR: { kind: 'fixed', millis: 6 * HOUR },
  EIGHT_HOUR: { kind: 'fixed', millis: 8 * HOUR },
  DAY: { kind: 'fixed', millis: DAY },
  WEEK: { kind: 'week' },
  MONTH: { kind: 'months', months: 1 },
  QUARTER: { kind: 'months', months: 3 },
  YEAR: { kind: 'months', months: 12 },
};

export interface QueryGranularity {
  /** One spelling per granularity: a Druid name, or the period/duration with its zone and origin. */
  key: string;
  buckets: Buckets;
}

/** Reads an effective spec's queryGranularity (a name, or the object form as normalised). */
export function readQueryGranularity(value: unknown): QueryGranularity {
  if (value === undefined || value === null) return { key: 'NONE', buckets: { kind: 'none' } };
  if (typeof value === 'string') {
    const name = value.toUpperCase();
    return { key: name, buckets: NAMED[name] ?? { kind: 'other' } };
  }
  if (!isPlainObject(value)) return { key: JSON.stringify(value), buckets: { kind: 'other' } };
  const type = String(value.type).toLowerCase();
  if (type === 'none' || type === 'all') return readQueryGranularity(type);
  const zone = typeof value.timeZone === 'string' ? value.timeZone : 'UTC';
  const origin =
    typeof value.origin === 'string' || typeof value.origin === 'number' ? value.origin : undefined;
  const local = zone === 'UTC' && origin === undefined;
  const suffix = `${local ? '' : ` in ${zone}`}${origin === undefined ? '' : ` from ${String(origin)}`}`;
  if (type === 'duration' && typeof value.duration === 'number') {
    return {
      key: `${value.duration} ms${suffix}`,
      buckets: local ? { kind: 'fixed', millis: value.duration } : { kind: 'other' },
    };
  }
  if (type === 'period' && typeof value.period === 'string') {
    return {
      key: `${value.period}${suffix}`,
      buckets: local ? periodBuckets(value.period) : { kind: 'other' },
    };
  }
  return { key: JSON.stringify(value), buckets: { kind: 'other' } };
}

function periodBuckets(text: string): Buckets {
  const period = parsePeriod(text);
  if (!period) return { kind: 'other' };
  if (period.years === 0 && period.months === 0) {
    // One week is Monday-aligned (dayOfWeek rounding); several weeks count from the epoch.
    if (period.millis === WEEK && /W/i.test(text)) return { kind: 'week' };
    return period.millis > 0 ? { kind: 'fixed', millis: period.millis } : { kind: 'other' };
  }
  const months = period.years * 12 + period.months;
  return period.millis === 0 && months > 0 ? { kind: 'months', months } : { kind: 'other' };
}

/** Whether every bucket of `query` is a union of `stored` buckets (grouping by it is exact). */
function servedBy(query: QueryGranularity, stored: QueryGranularity): boolean {
  const q = query.buckets;
  const s = stored.buckets;
  if (s.kind === 'none' || q.kind === 'all' || query.key === stored.key) return true;
  switch (s.kind) {
    case 'fixed':
      if (q.kind === 'fixed') return q.millis % s.millis === 0;
      // Weeks and months start at a UTC midnight: a boundary of any bucket that divides a day.
      return (q.kind === 'week' || q.kind === 'months') && DAY % s.millis === 0;
    case 'months':
      return q.kind === 'months' && q.months % s.months === 0;
    default:
      return false;
  }
}

/**
 * The granularities a query can group by exactly when rows are stored at `stored`, among Druid's
 * names and the `others` (the granularities on the other side of a comparison), so that a period
 * granularity on one side is placed against the other.
 */
export function exactQueryGranularities(stored: QueryGranularity, others: QueryGranularity[] = []): string[] {
  const universe = new Map<string, QueryGranularity>();
  for (const name of GRANULARITY_NAMES) universe.set(name, readQueryGranularity(name));
  for (const item of [stored, ...others]) universe.set(item.key, item);
  return [...universe.values()].filter((query) => servedBy(query, stored)).map((query) => query.key);
}
