/**
 * What the review may send to the sampler for one supervisor, and how: replay the topic's records
 * through both specs, sample each spec from the topic, or not at all, and why. Pure.
 *
 * The review runs before anyone approved the change, with the cluster's login, so a pull request
 * must not be able to make the Overlord connect somewhere new or run code (docs/sampling.md,
 * "What the review sends"): the Kafka connection of a request is always one that a supervisor on
 * the base branch already uses, a format that is sent with that connection (binary formats can
 * name a schema registry) is one the base branch already uses, and a spec that mentions JavaScript
 * is never sent at all.
 */
import { deepEqual, isPlainObject, type JsonObject } from '../common/json.js';
import { viewSupervisor } from '../spec/layout.js';
import type { TopicSource } from './sampler-requests.js';

/** A spec's parsing side: what the replay sends of it. */
interface Parser {
  dataSchema: JsonObject;
  inputFormat: JsonObject;
}

/** A spec as the live sample sends it, from the topic. */
interface LiveSpec {
  dataSchema: JsonObject;
  ioConfig: JsonObject;
}

export type SamplePlan =
  | { method: 'replay'; source: TopicSource; head: Parser; base?: Parser }
  | { method: 'live'; source: TopicSource; head: LiveSpec; base?: LiveSpec }
  | { method: 'none'; reason: string };

/** What the base branch already uses, so a request made of it opens nothing new. */
export interface Merged {
  connections: readonly JsonObject[];
  inputFormats: readonly JsonObject[];
}

/** Input formats whose records Druid reads line by line, so their text replays faithfully. */
const LINE_FORMATS = new Set(['json', 'csv', 'tsv', 'regex']);

/** The connection settings and input formats of the specs on the base branch. */
export function mergedOf(specs: Iterable<JsonObject>): Merged {
  const connections: JsonObject[] = [];
  const inputFormats: JsonObject[] = [];
  for (const spec of specs) {
    const io = viewSupervisor(spec).ioConfig;
    if (!io) continue;
    connections.push(connectionOf(io));
    if (isPlainObject(io.inputFormat)) inputFormats.push(io.inputFormat);
  }
  return { connections, inputFormats };
}

export function planSample(head: JsonObject, base: JsonObject | undefined, merged: Merged): SamplePlan {
  const after = viewSupervisor(head);
  const before = base ? viewSupervisor(base) : undefined;
  const io = after.ioConfig;
  if (!after.dataSchema || !io) return none('the spec has no dataSchema or ioConfig');
  if (mentionsJavaScript(head) || (base && mentionsJavaScript(base)))
    return none('the spec uses JavaScript, which the review never sends to Druid');
  if (!isPlainObject(io.inputFormat))
    return none(
      'the spec has no ioConfig.inputFormat (specs with the legacy dataSchema.parser are not sampled)',
    );
  if (typeof io.topic !== 'string' && typeof io.topicPattern !== 'string')
    return none('the spec names no topic');
  if (!isPlainObject(io.consumerProperties)) return none('the spec has no consumerProperties');
  const connection = connectionOf(io);
  if (!merged.connections.some((known) => deepEqual(known, connection)))
    return none(
      'its Kafka connection (consumerProperties, configOverrides) is not one a supervisor on the base branch uses, and the review only sends connections already merged',
    );
  const source: TopicSource = {
    topic: io.topic,
    topicPattern: io.topicPattern,
    consumerProperties: io.consumerProperties,
    ...(io.configOverrides === undefined ? {} : { configOverrides: io.configOverrides }),
  };
  const headFormat = io.inputFormat;
  const baseFormat = before?.ioConfig?.inputFormat;
  const baseParser =
    before?.dataSchema && isPlainObject(baseFormat)
      ? { dataSchema: before.dataSchema, inputFormat: baseFormat }
      : undefined;
  if (replayable(headFormat) && (!baseParser || replayable(baseParser.inputFormat)))
    return {
      method: 'replay',
      source,
      head: { dataSchema: after.dataSchema, inputFormat: headFormat },
      ...(baseParser ? { base: baseParser } : {}),
    };
  if (!merged.inputFormats.some((known) => deepEqual(known, headFormat)))
    return none(
      `its ${describeFormat(headFormat)} input format cannot be replayed as text, and the review sends such a format to the topic only when a supervisor on the base branch already uses it`,
    );
  return {
    method: 'live',
    source,
    head: { dataSchema: after.dataSchema, ioConfig: io },
    ...(before?.dataSchema && before.ioConfig
      ? { base: { dataSchema: before.dataSchema, ioConfig: before.ioConfig } }
      : {}),
  };
}

/**
 * Consumer settings that tune how records are fetched, not where or as whom: two supervisors that
 * differ only in these connect the same way. Only plain values count as harmless, because Druid
 * reads an object value of any property as a password provider.
 */
const HARMLESS = new Set([
  'group.id',
  'client.id',
  'client.rack',
  'max.poll.records',
  'max.poll.interval.ms',
  'max.partition.fetch.bytes',
  'fetch.min.bytes',
  'fetch.max.bytes',
  'fetch.max.wait.ms',
  'isolation.level',
  'auto.offset.reset',
  'enable.auto.commit',
  'session.timeout.ms',
  'heartbeat.interval.ms',
  'request.timeout.ms',
  'default.api.timeout.ms',
  'metadata.max.age.ms',
  'receive.buffer.bytes',
  'retry.backoff.ms',
  'reconnect.backoff.ms',
  'reconnect.backoff.max.ms',
]);

/** The settings that decide where and how the Overlord connects to Kafka. */
function connectionOf(io: JsonObject): JsonObject {
  const properties = isPlainObject(io.consumerProperties) ? io.consumerProperties : {};
  return {
    consumerProperties: Object.fromEntries(
      Object.entries(properties).filter(
        ([key, value]) => !(HARMLESS.has(key) && (typeof value === 'string' || typeof value === 'number')),
      ),
    ),
    configOverrides: io.configOverrides ?? null,
  };
}

/**
 * A record read as lines of text gives the same rows inline: true for the line formats, except a
 * header, which Druid reads at the start of every record but only once in a replay.
 */
function replayable(format: JsonObject): boolean {
  if (!LINE_FORMATS.has(String(format.type))) return false;
  const skip = Number(format.skipHeaderRows ?? 0);
  return format.findColumnsFromHeader !== true && !(skip > 0);
}

/** Any `"type": "javascript"` (parser, filter, aggregator, extraction function, transform…). */
function mentionsJavaScript(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(mentionsJavaScript);
  if (!isPlainObject(value)) return false;
  if (typeof value.type === 'string' && value.type.toLowerCase() === 'javascript') return true;
  return Object.values(value).some(mentionsJavaScript);
}

function describeFormat(format: JsonObject): string {
  return typeof format.type === 'string' ? `"${format.type}"` : 'untyped';
}

function none(reason: string): SamplePlan {
  return { method: 'none', reason };
}
