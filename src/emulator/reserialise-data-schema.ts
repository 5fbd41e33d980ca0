import { errorJson } from './http.js';
import { coerceScalar, constructorProblem } from './jackson.js';
import { javaHashSetOrder } from './java-hash-set.js';
import { isObject, type Json, type JsonObject } from './json.js';

/**
 * dataSchema as Druid writes it back: dimension strings become typed objects, the timestamp
 * column, metric inputs and outputs become dimension exclusions, NONE/ALL granularities become
 * objects, absent parts become their defaults.
 */

const DATA_SCHEMA = 'org.apache.druid.segment.indexing.DataSchema';
const GRANULARITIES = [
  'SECOND',
  'MINUTE',
  'FIVE_MINUTE',
  'TEN_MINUTE',
  'FIFTEEN_MINUTE',
  'THIRTY_MINUTE',
  'HOUR',
  'THREE_HOUR',
  'SIX_HOUR',
  'EIGHT_HOUR',
  'DAY',
  'WEEK',
  'MONTH',
  'QUARTER',
  'YEAR',
  'ALL',
  'NONE',
];
const STANDARD_PERIODS: Record<string, string> = {
  PT1S: 'SECOND',
  PT1M: 'MINUTE',
  PT5M: 'FIVE_MINUTE',
  PT10M: 'TEN_MINUTE',
  PT15M: 'FIFTEEN_MINUTE',
  PT30M: 'THIRTY_MINUTE',
  PT1H: 'HOUR',
  PT3H: 'THREE_HOUR',
  PT6H: 'SIX_HOUR',
  PT8H: 'EIGHT_HOUR',
  P1D: 'DAY',
  P1W: 'WEEK',
  P1M: 'MONTH',
  P3M: 'QUARTER',
  P1Y: 'YEAR',
};
const DIMENSION_TYPES = ['string', 'long', 'float', 'double', 'json', 'auto', 'spatial'];
/** Aggregators whose Druid class writes exactly {type, name, fieldName}. */
const SIMPLE_AGGREGATORS = /^(long|double|float)(Sum|Min|Max)$/;

export function reserialiseDataSchema(value: Json | undefined): JsonObject {
  if (!isObject(value))
    throw constructorProblem('org.apache.druid.indexing.kafka.supervisor.KafkaSupervisorSpec', 'dataSchema');
  const dataSource = coerceScalar('java.lang.String', value.dataSource ?? null);
  if (typeof dataSource !== 'string' || dataSource === '') {
    throw constructorProblem(DATA_SCHEMA, 'Invalid value for field [dataSource]: must not be null');
  }
  // IdUtils.validateId, the checks a name is most likely to trip.
  if (dataSource.includes('/')) {
    throw constructorProblem(
      DATA_SCHEMA,
      `Invalid value for field [dataSource]: Value [${dataSource}] cannot contain '/'.`,
    );
  }
  if (dataSource.startsWith('.')) {
    throw constructorProblem(
      DATA_SCHEMA,
      `Invalid value for field [dataSource]: Value [${dataSource}] cannot start with '.'.`,
    );
  }
  const timestampSpec = reserialiseTimestampSpec(value.timestampSpec);
  const metricsSpec = Array.isArray(value.metricsSpec) ? value.metricsSpec.map(reserialiseAggregator) : [];
  const dimensionsSpec = reserialiseDimensionsSpec(value.dimensionsSpec, timestampSpec, metricsSpec);
  return {
    dataSource,
    timestampSpec,
    dimensionsSpec,
    metricsSpec,
    granularitySpec: reserialiseGranularitySpec(value.granularitySpec),
    transformSpec: isObject(value.transformSpec)
      ? { filter: value.transformSpec.filter ?? null, transforms: value.transformSpec.transforms ?? [] }
      : { filter: null, transforms: [] },
  };
}

function reserialiseTimestampSpec(value: Json | undefined): JsonObject {
  const spec = isObject(value) ? value : {};
  return {
    column: coerceScalar('java.lang.String', spec.column ?? 'timestamp'),
    format: coerceScalar('java.lang.String', spec.format ?? 'auto'),
    missingValue: spec.missingValue ?? null,
  };
}

function reserialiseAggregator(value: Json): JsonObject {
  if (!isObject(value) || typeof value.type !== 'string') {
    throw errorJson(
      400,
      "Could not resolve subtype of [simple type, class org.apache.druid.query.aggregation.AggregatorFactory]: missing type id property 'type'",
    );
  }
  if (value.type === 'count') return { type: 'count', name: value.name ?? null };
  if (SIMPLE_AGGREGATORS.test(value.type)) {
    const out: JsonObject = { type: value.type, name: value.name ?? null };
    if (value.fieldName != null) out.fieldName = value.fieldName;
    if (value.expression != null) out.expression = value.expression;
    return out;
  }
  return value;
}

function reserialiseDimension(value: Json): JsonObject {
  const dim: JsonObject = typeof value === 'string' ? { name: value } : isObject(value) ? value : {};
  const type = typeof dim.type === 'string' ? dim.type : 'string';
  if (!DIMENSION_TYPES.includes(type)) {
    throw errorJson(
      400,
      `Could not resolve type id '${type}' as a subtype of \`org.apache.druid.data.input.impl.DimensionSchema\`: known type ids = [${DIMENSION_TYPES.join(', ')}]`,
    );
  }
  const numeric = type === 'long' || type === 'float' || type === 'double';
  const { type: _type, name, multiValueHandling, createBitmapIndex, ...rest } = dim;
  return {
    type: type === 'json' ? 'auto' : type,
    name: name ?? null,
    multiValueHandling:
      typeof multiValueHandling === 'string' ? multiValueHandling.toUpperCase() : 'SORTED_ARRAY',
    createBitmapIndex: numeric ? false : (createBitmapIndex ?? true),
    ...rest,
  };
}

function reserialiseDimensionsSpec(
  value: Json | undefined,
  timestampSpec: JsonObject,
  metrics: JsonObject[],
): JsonObject {
  const spec = isObject(value) ? value : {};
  const dimensions = Array.isArray(spec.dimensions) ? spec.dimensions.map(reserialiseDimension) : [];
  const names = dimensions.map((d) => String(d.name));
  checkUniqueColumns(names, metrics);
  const inputs = [
    String(timestampSpec.column),
    ...metrics.flatMap((m) => (typeof m.fieldName === 'string' ? [m.fieldName] : [])),
  ];
  const outputs = ['__time', ...metrics.map((m) => String(m.name))];
  const given = Array.isArray(spec.dimensionExclusions) ? spec.dimensionExclusions.map(String) : [];
  const computed = [...inputs, ...outputs].filter((f) => !names.includes(f));
  return {
    dimensions,
    dimensionExclusions: javaHashSetOrder([...given, ...computed]),
    includeAllDimensions: coerceScalar('java.lang.Boolean', spec.includeAllDimensions ?? false),
    useSchemaDiscovery: coerceScalar('java.lang.Boolean', spec.useSchemaDiscovery ?? false),
  };
}

/** DataSchema refuses a column that is both a dimension and a metric, or listed twice. */
function checkUniqueColumns(dimensions: string[], metrics: JsonObject[]): void {
  const seen = new Map<string, string[]>();
  for (const d of dimensions) seen.set(d, [...(seen.get(d) ?? []), 'dimensions list']);
  for (const m of metrics)
    seen.set(String(m.name), [...(seen.get(String(m.name)) ?? []), 'metricsSpec list']);
  const errors = [...seen.entries()]
    .filter(([, where]) => where.length > 1)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([name, where]) => `[${name}] seen in ${describe(where)}`);
  if (errors.length > 0)
    throw constructorProblem(DATA_SCHEMA, `Cannot specify a column more than once: ${errors.join('; ')}`);
}

function describe(where: string[]): string {
  const counts = new Map<string, number>();
  for (const w of where) counts.set(w, (counts.get(w) ?? 0) + 1);
  return [...counts.entries()].map(([w, n]) => (n === 1 ? w : `${w} (${n} occurrences)`)).join(', ');
}

function reserialiseGranularitySpec(value: Json | undefined): JsonObject {
  const spec = isObject(value) ? value : {};
  const type = spec.type ?? 'uniform';
  if (type !== 'uniform' && type !== 'arbitrary') {
    throw errorJson(
      400,
      `Could not resolve type id '${String(type)}' as a subtype of \`org.apache.druid.segment.indexing.granularity.GranularitySpec\`: known type ids = [arbitrary, uniform]`,
    );
  }
  return {
    type,
    segmentGranularity: granularity(spec.segmentGranularity ?? 'DAY'),
    queryGranularity: granularity(spec.queryGranularity ?? 'NONE'),
    rollup: coerceScalar('java.lang.Boolean', spec.rollup ?? true),
    intervals: spec.intervals ?? [],
  };
}

/** Standard granularities are written by name, except NONE and ALL, which are objects. */
function granularity(value: Json): Json {
  if (typeof value === 'string') {
    const name = value.toUpperCase();
    if (!GRANULARITIES.includes(name)) {
      throw constructorProblem(
        'org.apache.druid.java.util.common.granularity.Granularity',
        `No enum constant org.apache.druid.java.util.common.granularity.GranularityType.${name}`,
      );
    }
    return name === 'NONE' || name === 'ALL' ? { type: name.toLowerCase() } : name;
  }
  if (isObject(value) && value.type === 'period' && typeof value.period === 'string') {
    const utc = value.timeZone == null || value.timeZone === 'UTC';
    const standard = STANDARD_PERIODS[value.period.toUpperCase()];
    if (standard && utc && value.origin == null) return standard;
    return {
      type: 'period',
      period: value.period,
      timeZone: value.timeZone ?? 'UTC',
      origin: value.origin ?? null,
    };
  }
  return value;
}
