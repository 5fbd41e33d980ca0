/**
 * InputSourceSampler.sample, for the records one sampler request reads: each record through the
 * input format, the timestamp, the transforms and the filter, the dimensions and metrics, rollup;
 * then the answer (SamplerResponse) with Druid's counts, column lists and rows. Sources:
 * InputSourceSampler, MapInputRowParser, TimestampSpec/TimestampParser, DimensionHandlerUtils
 * (33.0.0); the shapes, orders and messages follow test/fixtures/druid-real/sampler-*.json.
 */
import { dateTimeMillis } from '../spec/date-time.js';
import { isObject, isoTime, type Json, type JsonObject } from './json.js';
import { javaString, lineSuffixed, notEmulated, readRecord, type RecordSource } from './sampler-formats.js';
import { applyTransforms, passesFilter } from './sampler-transforms.js';

interface Dimension {
  name: string;
  type: 'string' | 'long' | 'float' | 'double' | 'auto' | 'json';
}

interface Metric {
  name: string;
  type: string;
  fieldName?: string;
}

/** Druid's rawMapToPrint: a row's event, cut to 100 characters. */
const EVENT_PRINTED = 100;

const METRIC_TYPES: Record<string, string> = {
  count: 'LONG',
  longSum: 'LONG',
  longMin: 'LONG',
  longMax: 'LONG',
  doubleSum: 'DOUBLE',
  doubleMin: 'DOUBLE',
  doubleMax: 'DOUBLE',
  floatSum: 'FLOAT',
  floatMin: 'FLOAT',
  floatMax: 'FLOAT',
};

const GRANULARITY_MS: Record<string, number> = {
  SECOND: 1000,
  MINUTE: 60_000,
  FIVE_MINUTE: 300_000,
  TEN_MINUTE: 600_000,
  FIFTEEN_MINUTE: 900_000,
  THIRTY_MINUTE: 1_800_000,
  HOUR: 3_600_000,
  SIX_HOUR: 21_600_000,
  EIGHT_HOUR: 28_800_000,
  DAY: 86_400_000,
};

/** Reads rows from `records` until `numRows` rows (the filter's drops not counted) were read. */
export function sampleRows(
  records: Iterable<RecordSource>,
  dataSchema: JsonObject,
  inputFormat: JsonObject,
  numRows: number,
): JsonObject {
  const dimensionsSpec = isObject(dataSchema.dimensionsSpec) ? dataSchema.dimensionsSpec : {};
  const discovery = dimensionsSpec.useSchemaDiscovery === true;
  const declared = declaredDimensions(dimensionsSpec.dimensions);
  const metrics = metricsOf(dataSchema.metricsSpec);
  const excluded = exclusions(dataSchema, dimensionsSpec, metrics);
  const granularity = isObject(dataSchema.granularitySpec) ? dataSchema.granularitySpec : {};
  const truncate = truncation(granularity.queryGranularity ?? 'NONE');
  const rollup = granularity.rollup !== false;
  const timestampSpec = isObject(dataSchema.timestampSpec) ? dataSchema.timestampSpec : {};

  const discovered: Dimension[] = [];
  const data: JsonObject[] = [];
  const groups = new Map<string, JsonObject>();
  let read = 0;
  let indexed = 0;
  for (const record of records) {
    if (read >= numRows) break;
    for (const result of readRecord(inputFormat, record, discovery)) {
      if (read >= numRows) break;
      if (!('event' in result)) {
        read++;
        data.push({
          ...(result.input ? { input: result.input } : {}),
          unparseable: true,
          error: result.error,
        });
        continue;
      }
      const time = timestampOf(result.event, timestampSpec);
      if (typeof time === 'string') {
        read++;
        data.push({ input: result.input, unparseable: true, error: lineSuffixed(time, result.line) });
        continue;
      }
      const row = applyTransforms(result.event, dataSchema.transformSpec);
      if (!passesFilter(row, dataSchema.transformSpec)) continue;
      read++;
      const dimensions = declared.length > 0 ? declared : grow(discovered, row, excluded, discovery);
      const parsed: JsonObject = { __time: truncate(time) };
      const errors: string[] = [];
      for (const dimension of dimensions)
        parsed[dimension.name] = convert(row[dimension.name], dimension, errors);
      for (const metric of metrics) parsed[metric.name] = aggregate(metric, row);
      if (errors.length > 0) {
        const printed = `{timestamp=${isoTime(time)}, event=${javaString(result.event)}, dimensions=[${dimensions.map((d) => d.name).join(', ')}]}`;
        data.push({
          input: result.input,
          parsed,
          unparseable: true,
          // Found while indexing, after the reader: no line number, unlike the reader's errors.
          error: `Found unparseable columns in row: [SamplerInputRow{row=${printed}}], exceptions: [${errors.join(',')}]`,
        });
        continue;
      }
      indexed++;
      const key = JSON.stringify([
        parsed.__time,
        ...dimensions.map((dimension) => parsed[dimension.name] ?? null),
      ]);
      const first = rollup ? groups.get(key) : undefined;
      if (first) {
        for (const metric of metrics)
          first[metric.name] = combine(metric, first[metric.name] ?? null, parsed[metric.name] ?? null);
        continue;
      }
      if (rollup) groups.set(key, parsed);
      data.push({ input: result.input, parsed });
    }
  }
  const dimensions = declared.length > 0 ? declared : discovered;
  return {
    numRowsRead: read,
    numRowsIndexed: indexed,
    logicalDimensions: dimensions.map((dimension) =>
      dimensionSchema(dimension.name, logicalType(dimension, data)),
    ),
    physicalDimensions: dimensions.map((dimension) => dimensionSchema(dimension.name, dimension.type)),
    logicalSegmentSchema: [
      { name: '__time', type: 'LONG' },
      ...dimensions.map((dimension) => ({ name: dimension.name, type: columnType(dimension, data) })),
      ...metrics.map((metric) => ({ name: metric.name, type: METRIC_TYPES[metric.type] as string })),
    ],
    data,
  };
}

function declaredDimensions(value: Json | undefined): Dimension[] {
  return (Array.isArray(value) ? value : []).map((dimension) => {
    if (typeof dimension === 'string') return { name: dimension, type: 'string' };
    if (!isObject(dimension)) throw notEmulated('a dimension that is neither a name nor an object');
    const type = String(dimension.type ?? 'string');
    if (!['string', 'long', 'float', 'double', 'auto', 'json'].includes(type))
      throw notEmulated(`dimensions of type ${JSON.stringify(type)}`);
    return { name: String(dimension.name), type: type as Dimension['type'] };
  });
}

function metricsOf(value: Json | undefined): Metric[] {
  return (Array.isArray(value) ? value : []).map((metric) => {
    if (!isObject(metric) || !(String(metric.type) in METRIC_TYPES))
      throw notEmulated(`the ${JSON.stringify(isObject(metric) ? metric.type : metric)} aggregator`);
    return {
      name: String(metric.name),
      type: String(metric.type),
      ...(typeof metric.fieldName === 'string' ? { fieldName: metric.fieldName } : {}),
    };
  });
}

/** Columns schemaless ingestion and discovery leave out: the timestamp, metrics, exclusions (DataSchema). */
function exclusions(
  dataSchema: JsonObject,
  dimensionsSpec: JsonObject,
  metrics: readonly Metric[],
): Set<string> {
  const timestamp = isObject(dataSchema.timestampSpec) ? dataSchema.timestampSpec.column : undefined;
  return new Set([
    '__time',
    String(timestamp ?? 'timestamp'),
    ...metrics.flatMap((metric) => [metric.name, ...(metric.fieldName ? [metric.fieldName] : [])]),
    ...(Array.isArray(dimensionsSpec.dimensionExclusions)
      ? dimensionsSpec.dimensionExclusions.map(String)
      : []),
  ]);
}

/** Schemaless (string) or discovered (auto) dimensions, in the order the rows bring them. */
function grow(
  found: Dimension[],
  row: JsonObject,
  excluded: ReadonlySet<string>,
  discovery: boolean,
): Dimension[] {
  for (const name of Object.keys(row))
    if (!excluded.has(name) && !found.some((dimension) => dimension.name === name))
      found.push({ name, type: discovery ? 'auto' : 'string' });
  return found;
}

/** The timestamp in epoch milliseconds, or Druid's message when it cannot be read. */
function timestampOf(event: JsonObject, spec: JsonObject): number | string {
  const column = String(spec.column ?? 'timestamp');
  const format = String(spec.format ?? 'auto');
  const value = event[column];
  if (value === null || value === undefined) {
    const missing = dateTimeMillis(spec.missingValue);
    if (missing !== undefined) return missing;
  } else {
    const time = parseTime(value, format);
    if (time !== undefined) return time;
  }
  const printed = javaString(event);
  const cut = printed.length > EVENT_PRINTED ? `${printed.slice(0, EVENT_PRINTED)}...` : printed;
  return `Timestamp[${javaString(value ?? null)}] is unparseable! Event: ${cut}`;
}

function parseTime(value: Json, format: string): number | undefined {
  const number =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && /^-?\d+$/.test(value)
        ? Number(value)
        : undefined;
  switch (format.toLowerCase()) {
    case 'auto':
      return number ?? (typeof value === 'string' ? dateTimeMillis(value.replace(' ', 'T')) : undefined);
    case 'iso':
      return typeof value === 'string' ? dateTimeMillis(value) : undefined;
    case 'millis':
      return number;
    case 'posix':
      return number === undefined ? undefined : number * 1000;
    case 'micro':
      return number === undefined ? undefined : Math.floor(number / 1000);
    case 'nano':
      return number === undefined ? undefined : Math.floor(number / 1_000_000);
    default:
      throw notEmulated(`the timestamp format ${JSON.stringify(format)}`);
  }
}

function truncation(granularity: Json): (time: number) => number {
  const name = isObject(granularity) ? String(granularity.type) : String(granularity);
  const upper = name.toUpperCase();
  if (upper === 'NONE') return (time) => time;
  const size = GRANULARITY_MS[upper];
  if (size === undefined) throw notEmulated(`the query granularity ${JSON.stringify(granularity)}`);
  return (time) => Math.floor(time / size) * size;
}

/** DimensionHandlerUtils: a value as the dimension's type; what does not convert is null and an error. */
function convert(value: Json | undefined, dimension: Dimension, errors: string[]): Json {
  if (value === null || value === undefined) return null;
  if (dimension.type === 'auto' || dimension.type === 'json') return value;
  if (dimension.type === 'string') {
    if (Array.isArray(value)) return value.map((item) => javaString(item));
    return javaString(value);
  }
  const number =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && value.trim() !== ''
        ? Number(value)
        : NaN;
  if (Number.isNaN(number)) {
    errors.push(
      `Could not convert value [${javaString(value)}] to ${dimension.type} for dimension [${dimension.name}].`,
    );
    return null;
  }
  return dimension.type === 'long' ? Math.trunc(number) : number;
}

function aggregate(metric: Metric, row: JsonObject): Json {
  if (metric.type === 'count') return 1;
  const value = metric.fieldName === undefined ? null : row[metric.fieldName];
  const number = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;
  if (value === null || value === undefined || Number.isNaN(number)) return null;
  return metric.type.startsWith('long') ? Math.trunc(number) : number;
}

function combine(metric: Metric, a: Json, b: Json): Json {
  if (typeof a !== 'number') return b;
  if (typeof b !== 'number') return a;
  if (metric.type === 'count' || metric.type.endsWith('Sum')) return a + b;
  return metric.type.endsWith('Min') ? Math.min(a, b) : Math.max(a, b);
}

function dimensionSchema(name: string, type: string): JsonObject {
  return {
    type,
    name,
    multiValueHandling: 'SORTED_ARRAY',
    createBitmapIndex: !['long', 'float', 'double'].includes(type),
  };
}

/** Discovery reports the type it found in the rows; declared dimensions keep theirs. */
function logicalType(dimension: Dimension, data: readonly JsonObject[]): string {
  if (dimension.type !== 'auto') return dimension.type;
  const found = valuesOf(dimension, data);
  if (found.every((value) => typeof value === 'string')) return 'string';
  if (found.every((value) => typeof value === 'number' && Number.isInteger(value))) return 'long';
  if (found.every((value) => typeof value === 'number')) return 'double';
  return 'auto';
}

function columnType(dimension: Dimension, data: readonly JsonObject[]): string {
  const logical = logicalType(dimension, data);
  return logical === 'auto' || logical === 'json' ? 'COMPLEX<json>' : logical.toUpperCase();
}

function valuesOf(dimension: Dimension, data: readonly JsonObject[]): Json[] {
  return data.flatMap((row) => {
    const value = isObject(row.parsed) ? row.parsed[dimension.name] : undefined;
    return value === undefined || value === null ? [] : [value];
  });
}
