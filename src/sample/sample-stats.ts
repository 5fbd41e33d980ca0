/**
 * What one spec did to the sampled rows, as counts and column names (values only when the
 * repository opted in). Pure: Druid's sampler answer and the spec in, plain numbers out.
 */
import type { JsonObject } from '../common/json.js';
import { isPlainObject } from '../common/json.js';
import { redactSpec } from '../common/redact.js';
import type { SampledRow, SamplerResponse } from '../druid/index.js';
import { dateTimeMillis } from '../spec/date-time.js';
import { periodToMillis } from '../spec/duration.js';
import { maskValues } from './mask-values.js';

interface SampleError {
  /** Druid's message, values masked unless the repository opted in; at most 300 characters. */
  message: string;
  rows: number;
}

interface SampledColumn {
  name: string;
  /** Druid's column type (`string`, `long`, `auto`, …). */
  type: string;
  /** Rows in which it is null (of `SampleStats.rowsWithColumns`). */
  nulls: number;
}

export interface SampleStats {
  /** Records the spec was given (replay) or rows the sampler read (live). */
  read: number;
  /** Rows Druid would ingest, with or without a column that failed to convert. */
  ingested: number;
  /** Rows thrown away because they could not be parsed at all. */
  unparseable: number;
  /** Rows ingested with a column that did not convert to its type (it is stored as null). */
  columnErrors: number;
  /** Records the transformSpec filter drops; known only when the records were replayed. */
  filtered?: number;
  /** The first distinct errors, with how many rows each. */
  errors: SampleError[];
  /** The rows the column counts are taken over (after rollup, which folds rows together). */
  rowsWithColumns: number;
  columns: SampledColumn[];
  /** Fields of the records no column, metric, transform or exclusion uses (only with explicit dimensions). */
  unusedFields: string[];
  time: SampledTimes;
  /** The first parsed rows, only when the repository opted in to showing values (secrets redacted). */
  examples?: JsonObject[];
}

interface SampledTimes {
  /** Earliest and latest `__time`, epoch milliseconds. */
  min?: number;
  max?: number;
  /** Rows before the late-message window (`lateMessageRejectionPeriod` or `…StartDateTime`). */
  late: number;
  /** Rows after the early-message window (`taskDuration` + `earlyMessageRejectionPeriod`). */
  early: number;
  /** Rows outside `granularitySpec.intervals`, when the spec sets them. */
  outsideIntervals: number;
}

export interface StatsContext {
  /** The spec the rows were sampled with (wrapped layout). */
  dataSchema: JsonObject;
  ioConfig: JsonObject;
  /** Records replayed; undefined when the spec read the topic itself. */
  fed?: number;
  /** When the review ran: the rejection windows are counted from it. */
  now: number;
  showValues: boolean;
}

const ERRORS_KEPT = 5;
const MESSAGE_LENGTH = 300;
const EXAMPLES = 3;

export function sampleStats(answer: SamplerResponse, context: StatsContext): SampleStats {
  const rows = answer.data;
  const unparseable = rows.filter((row) => row.unparseable === true && !row.parsed).length;
  const parsed = rows.flatMap((row) => (row.parsed ? [row.parsed] : []));
  const names = knownNames(rows, answer, context.dataSchema);
  const filtered = context.fed === undefined ? undefined : Math.max(0, context.fed - answer.numRowsRead);
  return {
    read: context.fed ?? answer.numRowsRead,
    ingested: Math.max(0, answer.numRowsRead - unparseable),
    unparseable,
    columnErrors: rows.filter((row) => row.unparseable === true && row.parsed).length,
    ...(filtered === undefined ? {} : { filtered }),
    errors: distinctErrors(rows, (message) => (context.showValues ? message : maskValues(message, names))),
    rowsWithColumns: parsed.length,
    columns: answer.logicalDimensions.map(({ name, type }) => ({
      name,
      type,
      nulls: parsed.filter((row) => isNullish(row[name])).length,
    })),
    unusedFields: unusedFields(rows, context.dataSchema, context.ioConfig),
    time: sampledTimes(parsed, context),
    ...(context.showValues ? { examples: parsed.slice(0, EXAMPLES).map((row) => redactSpec(row)) } : {}),
  };
}

function isNullish(value: unknown): boolean {
  return value === null || value === undefined || (Array.isArray(value) && value.length === 0);
}

/** Errors by message (a replay's `(Line: n)` suffix dropped), in the order they first appear. */
function distinctErrors(rows: readonly SampledRow[], show: (message: string) => string): SampleError[] {
  const counts = new Map<string, number>();
  for (const row of rows) {
    if (row.unparseable !== true) continue;
    const message = show((row.error ?? 'unparseable (Druid gave no message)').replace(/ \(Line: \d+\)$/, ''));
    counts.set(message, (counts.get(message) ?? 0) + 1);
  }
  return [...counts]
    .slice(0, ERRORS_KEPT)
    .map(([message, count]) => ({ message: truncate(message), rows: count }));
}

function truncate(text: string): string {
  return text.length > MESSAGE_LENGTH ? `${text.slice(0, MESSAGE_LENGTH - 1)}…` : text;
}

/** Column names a masked message may show: the spec's, the answer's, and the records' field names. */
function knownNames(
  rows: readonly SampledRow[],
  answer: SamplerResponse,
  dataSchema: JsonObject,
): Set<string> {
  const names = new Set<string>(answer.logicalSegmentSchema.map((column) => column.name));
  for (const row of rows) if (row.input) for (const key of Object.keys(row.input)) names.add(key);
  for (const name of specColumns(dataSchema)) names.add(name);
  return names;
}

/** The timestamp column, dimensions, exclusions, metric names and inputs, transform names. */
function specColumns(dataSchema: JsonObject): string[] {
  const names: string[] = [];
  const timestamp = object(dataSchema.timestampSpec);
  if (typeof timestamp.column === 'string') names.push(timestamp.column);
  const dimensions = object(dataSchema.dimensionsSpec);
  for (const dimension of list(dimensions.dimensions))
    names.push(...strings(typeof dimension === 'string' ? dimension : object(dimension).name));
  names.push(...list(dimensions.dimensionExclusions).flatMap(strings));
  for (const metric of list(dataSchema.metricsSpec).map(object))
    names.push(
      ...strings(metric.name),
      ...strings(metric.fieldName),
      ...list(metric.fieldNames).flatMap(strings),
    );
  for (const transform of list(object(dataSchema.transformSpec).transforms).map(object))
    names.push(...strings(transform.name));
  return names;
}

/**
 * With explicit dimensions and no discovery, Druid ingests only what the spec names: a record's
 * other fields are dropped. A field counts as used when the spec mentions it anywhere it can read
 * one (metrics, transforms, the filter, the flatten spec).
 */
function unusedFields(rows: readonly SampledRow[], dataSchema: JsonObject, ioConfig: JsonObject): string[] {
  const dimensions = object(dataSchema.dimensionsSpec);
  if (dimensions.useSchemaDiscovery === true || dimensions.includeAllDimensions === true) return [];
  if (list(dimensions.dimensions).length === 0) return [];
  const used = new Set(specColumns(dataSchema));
  const mentions = JSON.stringify([
    dataSchema.transformSpec ?? null,
    dataSchema.metricsSpec ?? null,
    object(ioConfig.inputFormat).flattenSpec ?? null,
  ]);
  const seen = new Set<string>();
  for (const row of rows) if (row.input) for (const key of Object.keys(row.input)) seen.add(key);
  return [...seen].filter((field) => !used.has(field) && !mentioned(mentions, field)).sort();
}

function mentioned(text: string, field: string): boolean {
  const escaped = field.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\w])${escaped}([^\\w]|$)`).test(text);
}

function sampledTimes(parsed: readonly JsonObject[], context: StatsContext): SampledTimes {
  const times = parsed.map((row) => row.__time).filter((time): time is number => typeof time === 'number');
  const io = context.ioConfig;
  const lateStart = dateTimeMillis(io.lateMessageRejectionStartDateTime);
  const latePeriod = millisOf(io.lateMessageRejectionPeriod);
  const earlyPeriod = millisOf(io.earlyMessageRejectionPeriod);
  const taskDuration = millisOf(io.taskDuration) ?? 3_600_000;
  const lateBefore = Math.max(
    lateStart ?? -Infinity,
    latePeriod === undefined ? -Infinity : context.now - latePeriod,
  );
  const earlyAfter = earlyPeriod === undefined ? Infinity : context.now + taskDuration + earlyPeriod;
  const intervals = list(object(context.dataSchema.granularitySpec).intervals).flatMap(interval);
  return {
    ...(times.length > 0 ? { min: Math.min(...times), max: Math.max(...times) } : {}),
    late: times.filter((time) => time < lateBefore).length,
    early: times.filter((time) => time > earlyAfter).length,
    outsideIntervals:
      intervals.length === 0
        ? 0
        : times.filter((time) => !intervals.some(([start, end]) => time >= start && time < end)).length,
  };
}

/** A Druid duration: an ISO period, or a number of milliseconds. */
function millisOf(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  return typeof value === 'string' ? periodToMillis(value) : undefined;
}

function interval(value: unknown): Array<[number, number]> {
  if (typeof value !== 'string') return [];
  const [start, end] = value.split('/').map((part) => dateTimeMillis(part));
  return start === undefined || end === undefined ? [] : [[start, end]];
}

function object(value: unknown): JsonObject {
  return isPlainObject(value) ? value : {};
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function strings(value: unknown): string[] {
  return typeof value === 'string' ? [value] : [];
}
