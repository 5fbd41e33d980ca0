/**
 * The sampler requests the review sends, built from the specs in git. Pure.
 *
 * Base and head are compared on the same records (docs/sampling.md, "Same records"): one request
 * reads the topic's oldest records as whole lines of text (`captureRequest`, the web console's
 * trick), then each spec parses those lines as inline data (`replayRequest`), so both see exactly
 * the same input and the records a transform filter drops can be counted. A format that cannot be
 * replayed as lines of text (binary formats, the `kafka` format with its key, headers and record
 * timestamp) is sampled straight from the topic instead (`liveRequest`), once per spec.
 */
import type { JsonObject } from '../common/json.js';
import { isPlainObject } from '../common/json.js';
import type { SamplerConfig, SamplerRequest } from '../druid/index.js';

/** Reads one record as one `raw` column, whatever it holds (the web console's WHOLE_ROW_INPUT_FORMAT). */
const WHOLE_RECORD_FORMAT = {
  type: 'regex',
  pattern: '([\\s\\S]*)',
  // A value no record contains, so a record is never split into a multi-value.
  listDelimiter: '56616469-6de2-9da4-efb8-8f416e6e6965',
  columns: ['raw'],
};

/** The column of the capture's rows that holds each record's text. */
const RAW_COLUMN = 'raw';

/** Where a supervisor reads: its topic and the Kafka connection it reads it with. */
export interface TopicSource {
  topic?: unknown;
  topicPattern?: unknown;
  consumerProperties: JsonObject;
  configOverrides?: unknown;
}

/**
 * The oldest `numRows` records of the topic, as text. `useEarliestOffset` is forced: a spec
 * sampled as stored (`false` by default) reads only what arrives while the sampler waits, which is
 * usually nothing.
 */
export function captureRequest(source: TopicSource, config: SamplerConfig): SamplerRequest {
  return {
    type: 'kafka',
    spec: {
      type: 'kafka',
      spec: {
        dataSchema: {
          dataSource: 'druid-gitops-sample',
          // No row has this column, so every record gets the missing value and none is unparseable.
          timestampSpec: { column: '!!!_no_such_column_!!!', missingValue: '1970-01-01T00:00:00Z' },
          dimensionsSpec: {},
          granularitySpec: { rollup: false },
        },
        ioConfig: {
          ...topicOf(source),
          consumerProperties: boundedConsumer(source.consumerProperties, config.timeoutMs),
          ...(source.configOverrides === undefined ? {} : { configOverrides: source.configOverrides }),
          inputFormat: WHOLE_RECORD_FORMAT,
          useEarliestOffset: true,
        },
        tuningConfig: { type: 'kafka' },
      },
    },
    samplerConfig: config,
  };
}

/**
 * The captured records parsed by one spec: its dataSchema (timestamp, dimensions, metrics,
 * transforms, filter, granularity) and its input format, over the records as inline lines.
 */
export function replayRequest(
  dataSchema: JsonObject,
  inputFormat: JsonObject,
  records: readonly string[],
  timeoutMs: number,
): SamplerRequest {
  return {
    type: 'index',
    spec: {
      type: 'index',
      dataSchema,
      ioConfig: { type: 'index', inputSource: { type: 'inline', data: records.join('\n') }, inputFormat },
    },
    // Every record is read: the filter's drops do not count towards numRows.
    samplerConfig: { numRows: Math.max(1, records.length), timeoutMs },
  };
}

/** One spec sampled from the topic as it is, from the earliest offset. */
export function liveRequest(
  dataSchema: JsonObject,
  ioConfig: JsonObject,
  source: TopicSource,
  config: SamplerConfig,
): SamplerRequest {
  return {
    type: 'kafka',
    spec: {
      type: 'kafka',
      spec: {
        dataSchema,
        ioConfig: {
          ...ioConfig,
          ...topicOf(source),
          consumerProperties: boundedConsumer(source.consumerProperties, config.timeoutMs),
          useEarliestOffset: true,
        },
        tuningConfig: { type: 'kafka' },
      },
    },
    samplerConfig: config,
  };
}

function topicOf(source: TopicSource): JsonObject {
  return source.topicPattern !== undefined && source.topicPattern !== null
    ? { topicPattern: source.topicPattern }
    : { topic: source.topic };
}

/**
 * Kafka's metadata fetch waits `default.api.timeout.ms` (60 s) for a broker that does not answer,
 * whatever the sampler's timeout; bounded here so an unreachable broker is a quick 400.
 */
function boundedConsumer(properties: JsonObject, timeoutMs: number): JsonObject {
  const given = Number(properties['default.api.timeout.ms']);
  const bound = Number.isFinite(given) && given > 0 ? Math.min(given, timeoutMs) : timeoutMs;
  return { ...properties, 'default.api.timeout.ms': String(bound) };
}

/** The records of a capture, in the order the sampler read them. */
export function capturedRecords(rows: ReadonlyArray<{ input?: JsonObject }>): string[] {
  return rows.flatMap((row) => {
    const raw = isPlainObject(row.input) ? row.input[RAW_COLUMN] : undefined;
    return typeof raw === 'string' ? [raw] : [];
  });
}
