/**
 * Granularities and the granularitySpec. Sources: processing/.../java/util/common/granularity/
 * (Granularity.fromString, GranularityType, PeriodGranularity, DurationGranularity,
 * AllGranularity, NoneGranularity), processing/.../jackson/GranularityModule.java and
 * processing/.../indexer/granularity/{GranularitySpec,BaseGranularitySpec,UniformGranularitySpec,
 * ArbitraryGranularitySpec}.java.
 */
import { dateTime, period, timeZone, variant } from './scalars.js';
import { array, bool, field, long, str, union, type TypedNode, type UnionNode } from './vocabulary.js';

/** `GranularityType` names; `Granularity.fromString` upper-cases before `valueOf`. */
export const GRANULARITY_NAMES = [
  'SECOND',
  'MINUTE',
  'FIVE_MINUTE',
  'TEN_MINUTE',
  'FIFTEEN_MINUTE',
  'THIRTY_MINUTE',
  'HOUR',
  'SIX_HOUR',
  'EIGHT_HOUR',
  'DAY',
  'WEEK',
  'MONTH',
  'QUARTER',
  'YEAR',
  'ALL',
  'NONE',
] as const;

const GRANULARITY_ID = 'granularity';

/** The object form, registered in GranularityModule; an unknown or missing "type" is a 400. */
export const granularityObject: TypedNode = {
  kind: 'typed',
  id: GRANULARITY_ID,
  unknownType: 'reject',
  variants: {
    period: variant(GRANULARITY_ID, 'period', {
      period: field(
        period(),
        'ISO-8601 period of each bucket, e.g. PT2H. Required and not zero. A standard period in UTC without origin is re-serialised as its name (PT1H comes back as "HOUR").',
        { required: true },
      ),
      timeZone: field(
        timeZone(),
        'Time zone the buckets are aligned in. Druid re-serialises the zone id ("UTC" when absent).',
        { default: 'UTC' },
      ),
      origin: field(
        dateTime(),
        'Start of the first bucket; absent means the epoch in `timeZone`. Re-serialised as null when not set.',
        { nullable: true, default: null },
      ),
    }),
    duration: variant(GRANULARITY_ID, 'duration', {
      duration: field(
        long({ unit: 'milliseconds', exclusiveMinimum: 0 }),
        'Bucket length in milliseconds; must be > 0.',
        {
          required: true,
        },
      ),
      origin: field(
        dateTime(),
        'Bucket origin; Druid keeps it modulo `duration` and re-serialises it as an ISO date-time (1970-01-01T00:00:00.000Z when absent).',
        { default: '1970-01-01T00:00:00.000Z' },
      ),
    }),
    all: variant(GRANULARITY_ID, 'all', {}, { note: 'One bucket for all time.' }),
    none: variant(GRANULARITY_ID, 'none', {}, { note: 'No bucketing (millisecond precision).' }),
  },
};

/**
 * A granularity: a case-insensitive name ("hour", "FIFTEEN_MINUTE") or an object. Druid
 * re-serialises standard period granularities as upper-case names and ALL/NONE as objects
 * (`{"type":"all"}`, `{"type":"none"}`).
 */
export const granularity: UnionNode = union(
  str({ enum: GRANULARITY_NAMES, caseInsensitive: true }),
  granularityObject,
);

const intervals = field(
  array(str({ format: 'interval' })),
  'ISO-8601 intervals of data to ingest. Batch ingestion only: a streaming supervisor ignores them. Re-serialised as [] when absent.',
  { default: [], nullable: true },
);

const rollup = field(
  bool,
  'Whether rows with the same truncated timestamp and dimension values are combined at ingestion time, using metricsSpec.',
  { default: true },
);

const queryGranularity = field(
  granularity,
  'Granularity timestamps are truncated to before rollup. Default NONE, re-serialised as {"type":"none"}.',
  { default: { type: 'none' } },
);

const GRANULARITY_SPEC_ID = 'granularitySpec';

/** `GranularitySpec`: `defaultImpl = UniformGranularitySpec`, so an unknown "type" silently becomes uniform. */
export const granularitySpec: TypedNode = {
  kind: 'typed',
  id: GRANULARITY_SPEC_ID,
  defaultVariant: 'uniform',
  unknownType: 'replace',
  variants: {
    uniform: variant(GRANULARITY_SPEC_ID, 'uniform', {
      segmentGranularity: field(
        granularity,
        'Time span of each segment (segment interval). Standard periods are re-serialised as upper-case names.',
        { default: 'DAY' },
      ),
      queryGranularity,
      rollup,
      intervals,
    }),
    arbitrary: variant(
      GRANULARITY_SPEC_ID,
      'arbitrary',
      { queryGranularity, rollup, intervals },
      { note: 'Segment intervals come from `intervals` (non-overlapping); meant for batch ingestion.' },
    ),
  },
};
