/**
 * What Druid's Jackson constructors do beyond plain defaults, as rules on model nodes: shorthands
 * expanded (a dimension written as a name), values copied from other fields
 * (indexSpecForIntermediatePersists from indexSpec), sets Druid sorts, and the dimension exclusions
 * DataSchema adds. Each rule cites the model note or the capture it follows; the walk in
 * defaults.ts applies them (`before` on the value as written, `after` on the walked value).
 */
import { canonicalPeriod, millisToDruidDuration } from '../duration.js';
import { isPlainObject } from '../../common/json.js';
import { aggregator } from './aggregators.js';
import { autoScalerConfig } from './autoscaler.js';
import { compactionTuningConfig } from './compaction-config.js';
import { dataSchema } from './data-schema.js';
import { dimension, dimensionsSpec } from './dimensions.js';
import { dimensionSpec, dimensionSpecObject, stringComparator } from './extraction-fns.js';
import { withDimensionExclusions } from './dimension-exclusions.js';
import { dimFilter } from './filters.js';
import { flattenField } from './flatten-spec.js';
import { GRANULARITY_NAMES, granularity, granularityObject } from './granularity.js';
import { inputFormat } from './input-formats.js';
import { ioConfig } from './io-config.js';
import { parser } from './parser.js';
import { retentionRule } from './retention-rules.js';
import { tuningConfig } from './tuning-config.js';
import type { Node } from './vocabulary.js';
import { atLeast } from './version.js';

type Json = Record<string, unknown>;

/** What a rule may ask of the walk: some values are filled in only in the effective form or on some releases. */
export interface RuleContext {
  readonly form: 'effective' | 'stored';
  readonly druidVersion: string;
}

export interface ConstructorRule {
  /** Druid stores the value exactly as submitted (the legacy parser is only parsed by tasks). */
  asWritten?: true;
  before?(value: unknown, context: RuleContext): unknown;
  after?(value: unknown, context: RuleContext): unknown;
}

const rules = new Map<Node, ConstructorRule>();
export const CONSTRUCTOR_RULES: ReadonlyMap<Node, ConstructorRule> = rules;

/** Rules for object results only; other shapes pass through untouched. */
function onObject(change: (value: Json, context: RuleContext) => unknown): ConstructorRule['after'] {
  return (value, context) => (isPlainObject(value) ? change({ ...value }, context) : value);
}

const variantOf = (node: Node, name: string): Node => {
  if (node.kind !== 'typed' || !node.variants[name]) throw new Error(`model has no variant ${name}`);
  return node.variants[name];
};

// DataSchema keeps `parser` as a raw map: stored and returned as submitted (model: parser.ts).
rules.set(parser, { asWritten: true });

// A dimension written as a name is a string dimension (DimensionSchema: StringDimensionSchema).
rules.set(dimension, {
  before: (value) => (typeof value === 'string' ? { type: 'string', name: value } : value),
});

// Legacy spatialDimensions become "spatial" dimensions after the others; the key is not written back.
rules.set(dimensionsSpec, {
  before: (value) => {
    if (!isPlainObject(value) || !Array.isArray(value.spatialDimensions)) return value;
    const { spatialDimensions, ...rest } = value;
    const converted = spatialDimensions.map((item: unknown) =>
      isPlainObject(item) ? { type: 'spatial', name: item.dimName, dims: item.dims } : item,
    );
    const dimensions = Array.isArray(rest.dimensions) ? rest.dimensions : [];
    return { ...rest, dimensions: [...dimensions, ...converted] };
  },
});

// DataSchema adds the timestamp column, __time and every metric input and output name to the
// dimension exclusions (real 33.0 capture; dimension-exclusions.ts).
rules.set(dataSchema, { after: onObject(withDimensionExclusions) });

// Granularity.fromString upper-cases names; NONE and ALL are objects when written back.
rules.set(granularity, {
  before: (value) => {
    if (typeof value !== 'string') return value;
    const name = value.toUpperCase();
    if (name === 'NONE' || name === 'ALL') return { type: name.toLowerCase() };
    return (GRANULARITY_NAMES as readonly string[]).includes(name) ? name : value;
  },
  // PeriodGranularity.serialize: a standard period in UTC without origin is written as its name
  // (GranularityType.isStandard compares the Period field by field: PT60M is not HOUR).
  after: (value) => {
    if (!isPlainObject(value) || value.type !== 'period' || typeof value.period !== 'string') return value;
    if ((value.timeZone ?? 'UTC') !== 'UTC' || (value.origin ?? null) !== null) return value;
    return STANDARD_PERIODS[canonicalPeriod(value.period) ?? ''] ?? value;
  },
});

const STANDARD_PERIODS: Readonly<Record<string, string>> = {
  PT1S: 'SECOND',
  PT1M: 'MINUTE',
  PT5M: 'FIVE_MINUTE',
  PT10M: 'TEN_MINUTE',
  PT15M: 'FIFTEEN_MINUTE',
  PT30M: 'THIRTY_MINUTE',
  PT1H: 'HOUR',
  PT6H: 'SIX_HOUR',
  PT8H: 'EIGHT_HOUR',
  P1D: 'DAY',
  P1W: 'WEEK',
  P1M: 'MONTH',
  P3M: 'QUARTER',
  P1Y: 'YEAR',
};

// DurationGranularity keeps its origin modulo the duration (model: granularity.ts).
rules.set(variantOf(granularityObject, 'duration'), {
  after: onObject((value) => {
    const origin = typeof value.origin === 'string' ? Date.parse(value.origin) : Number.NaN;
    if (typeof value.duration !== 'number' || value.duration <= 0 || Number.isNaN(origin)) return value;
    return { ...value, origin: new Date(origin % value.duration).toISOString() };
  }),
});

// A flattenSpec field written as a name is a root field, whose expr defaults to the name.
rules.set(flattenField, {
  before: (value) => (typeof value === 'string' ? { type: 'root', name: value } : value),
});
rules.set(flattenField.variants[1] as Node, {
  after: onObject((value) =>
    value.type === 'root' && value.expr === undefined ? { ...value, expr: value.name } : value,
  ),
});

// A dimension spec written as a name is a default spec; outputName defaults to the dimension.
rules.set(dimensionSpec, {
  before: (value) => (typeof value === 'string' ? { type: 'default', dimension: value } : value),
});
const outputNameFromDimension = onObject((value) =>
  value.outputName === undefined ? { ...value, outputName: value.dimension } : value,
);
for (const name of ['default', 'extraction'])
  rules.set(variantOf(dimensionSpecObject, name), { after: outputNameFromDimension });

// A string comparator written as a name is written back as {"type": name}.
rules.set(stringComparator, {
  before: (value) => (typeof value === 'string' ? { type: value.toLowerCase() } : value),
});

/** Renames an old property to the one Druid reads now (only when the new one is not set). */
function alias(from: string, to: string): ConstructorRule {
  return {
    before: (value) => {
      if (!isPlainObject(value) || !Object.hasOwn(value, from)) return value;
      const { [from]: old, ...rest } = value;
      return rest[to] === undefined || rest[to] === null ? { ...rest, [to]: old } : rest;
    },
  };
}
rules.set(variantOf(inputFormat, 'csv'), alias('hasHeaderRow', 'findColumnsFromHeader'));
rules.set(variantOf(inputFormat, 'tsv'), alias('hasHeaderRow', 'findColumnsFromHeader'));
rules.set(variantOf(dimFilter, 'extraction'), alias('dimExtractionFn', 'extractionFn'));
const extractionSpecRule: ConstructorRule = {
  ...alias('dimExtractionFn', 'extractionFn'),
  after: outputNameFromDimension,
};
rules.set(variantOf(dimensionSpecObject, 'extraction'), extractionSpecRule);

// BoundDimFilter: alphaNumeric is the old spelling of ordering "alphanumeric".
rules.set(variantOf(dimFilter, 'bound'), {
  before: (value) => {
    if (!isPlainObject(value) || !Object.hasOwn(value, 'alphaNumeric')) return value;
    const { alphaNumeric, ...rest } = value;
    const ordering = rest.ordering ?? (alphaNumeric === true ? { type: 'alphanumeric' } : undefined);
    return ordering === undefined ? rest : { ...rest, ordering };
  },
});

// InDimFilter keeps its values in a sorted set (ValuesSet: natural order, nulls first).
rules.set(variantOf(dimFilter, 'in'), {
  after: onObject((value) =>
    Array.isArray(value.values) ? { ...value, values: sortedSet(value.values) } : value,
  ),
});

// TypedInFilter writes its values back sorted, as sortedValues (model: filters.ts).
rules.set(variantOf(dimFilter, 'inType'), {
  after: onObject((value) => {
    if (!Array.isArray(value.values) || value.sortedValues !== undefined) return value;
    const { values, ...rest } = value;
    return { ...rest, sortedValues: sortedSet(values) };
  }),
});

function sortedSet(values: unknown[]): unknown[] {
  const unique = [...new Map(values.map((item) => [JSON.stringify(item ?? null), item ?? null])).values()];
  return unique.sort((a, b) => {
    if (a === null || b === null) return a === null ? (b === null ? 0 : -1) : 1;
    if (typeof a === 'number' && typeof b === 'number') return a - b;
    const [left, right] = [String(a), String(b)];
    return left < right ? -1 : left > right ? 1 : 0;
  });
}

// FilteredAggregatorFactory: the name defaults to the wrapped aggregator's.
rules.set(variantOf(aggregator, 'filtered'), {
  after: onObject((value) =>
    value.name === undefined && isPlainObject(value.aggregator) && value.aggregator.name !== undefined
      ? { ...value, name: value.aggregator.name }
      : value,
  ),
});

// ExpressionLambdaAggregatorFactory: combine settings default to their aggregate counterparts.
rules.set(variantOf(aggregator, 'expression'), {
  after: onObject((value) => ({
    ...value,
    ...(value.initialCombineValue === undefined && value.initialValue !== undefined
      ? { initialCombineValue: value.initialValue }
      : {}),
    ...(value.shouldCombineAggregateNullInputs === undefined
      ? { shouldCombineAggregateNullInputs: value.shouldAggregateNullInputs }
      : {}),
  })),
});

// JsonInputFormat: keepNullColumns unset means flattenSpec.useFieldDiscovery (false without a
// flattenSpec). GET omits it when unset (31.0+), so only the effective form fills it in.
rules.set(variantOf(inputFormat, 'json'), {
  after: onObject((value, context) => {
    if (context.form !== 'effective' || value.keepNullColumns !== undefined) return value;
    const flatten = value.flattenSpec;
    return { ...value, keepNullColumns: isPlainObject(flatten) && flatten.useFieldDiscovery === true };
  }),
});

// SeekableStreamSupervisorIOConfig has no type property: an "ioConfig.type" (as the docs show) is
// read past and not written back (real 33.0 capture). With the autoscaler on, the task count Druid
// starts with depends on the release (SeekableStreamSupervisorIOConfig's constructor): before 37.0.0
// taskCountStart, else taskCountMin (a written taskCount is ignored); 37.0.0 taskCountStart, else
// taskCount, else taskCountMin (#19091); from 38.0.0 a written taskCount is kept, else taskCountStart,
// else taskCountMin (#19417). serverPriorityToReplicas (37.0.0+) replaces replicas with its sum. The
// stored spec also carries stream and useEarliestSequenceNumber copies.
rules.set(ioConfig, {
  before: (value, context) => {
    if (!isPlainObject(value)) return value;
    const { type: _ignored, ...rest } = value;
    const scaler = rest.autoScalerConfig;
    if (!isPlainObject(scaler) || !isTrue(scaler.enableTaskAutoScaler)) return rest;
    const start = scaler.taskCountStart ?? undefined;
    const written = rest.taskCount ?? undefined;
    const min = scaler.taskCountMin ?? undefined;
    const taskCount = atLeast(context.druidVersion, '38.0.0')
      ? (written ?? start ?? min)
      : atLeast(context.druidVersion, '37.0.0')
        ? (start ?? written ?? min)
        : (start ?? min);
    return taskCount === undefined ? rest : { ...rest, taskCount };
  },
  after: onObject((value, context) => {
    const priorities = value.serverPriorityToReplicas;
    if (isPlainObject(priorities)) {
      const counts = Object.values(priorities);
      if (counts.every((count) => typeof count === 'number'))
        value.replicas = (counts as number[]).reduce((sum, count) => sum + count, 0);
    }
    if (context.form === 'stored') {
      value.stream = value.topic ?? value.topicPattern ?? null;
      value.useEarliestSequenceNumber = value.useEarliestOffset;
    }
    return value;
  }),
});

// LagBasedAutoScalerConfig (38.0.0+, #19286): minScaleUpDelay and minScaleDownDelay default to
// minTriggerScaleActionFrequencyMillis, and GET always writes them (as a Joda Duration, in seconds).
rules.set(variantOf(autoScalerConfig, 'lagBased'), {
  after: onObject((value, context) => {
    if (!atLeast(context.druidVersion, '38.0.0')) return value;
    const frequency = value.minTriggerScaleActionFrequencyMillis;
    if (typeof frequency !== 'number') return value;
    const delay = millisToDruidDuration(frequency);
    return {
      ...value,
      minScaleUpDelay: value.minScaleUpDelay ?? delay,
      minScaleDownDelay: value.minScaleDownDelay ?? delay,
    };
  }),
});

const isTrue = (value: unknown): boolean =>
  value === true || (typeof value === 'string' && value.trim().toLowerCase() === 'true');

// SeekableStreamIndexTaskTuningConfig: indexSpecForIntermediatePersists defaults to a copy of
// indexSpec (real 33.0 capture); reportParseExceptions forces maxParseExceptions to 0 and at most
// one saved exception; numPersistThreads below 1 becomes 1; maxRowsPerSegment -1 is written back as
// the default (real 33.0 capture); maxTotalRows -1 means no limit, as null does.
rules.set(tuningConfig, {
  after: onObject((value, context) => {
    if (value.indexSpecForIntermediatePersists === undefined && value.indexSpec !== undefined)
      value.indexSpecForIntermediatePersists = structuredClone(value.indexSpec);
    if (value.reportParseExceptions === true) {
      value.maxParseExceptions = 0;
      const saved = value.maxSavedParseExceptions;
      value.maxSavedParseExceptions = typeof saved === 'number' ? Math.min(1, saved) : 0;
    }
    if (typeof value.numPersistThreads === 'number' && value.numPersistThreads < 1)
      value.numPersistThreads = 1;
    if (value.maxRowsPerSegment === -1)
      value.maxRowsPerSegment = tuningConfig.fields.maxRowsPerSegment?.default;
    if (value.maxTotalRows === -1 && context.form === 'effective') delete value.maxTotalRows;
    return value;
  }),
});

// LoadRule.handleNullTieredReplicants: a load rule without tieredReplicants gets two replicas on
// _default_tier while useDefaultTierForNull is true (the default), else no tier (captured on 33.0).
for (const name of ['loadByPeriod', 'loadByInterval', 'loadForever'])
  rules.set(variantOf(retentionRule, name), {
    after: onObject((value) =>
      value.tieredReplicants === undefined
        ? {
            ...value,
            tieredReplicants: value.useDefaultTierForNull === false ? {} : { _default_tier: 2 },
          }
        : value,
    ),
  });

// ClientCompactionTaskQueryTuningConfig.isForceGuaranteedRollup: true for every partitionsSpec but
// dynamic. Written by GET, ignored on input.
rules.set(compactionTuningConfig, {
  after: onObject((value, context) => {
    if (context.form !== 'stored') return value;
    const partitions = value.partitionsSpec;
    return {
      ...value,
      forceGuaranteedRollup: isPlainObject(partitions) && partitions.type !== 'dynamic',
    };
  }),
});
