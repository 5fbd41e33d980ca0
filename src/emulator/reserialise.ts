import { IO_CONFIG, SEGMENT_WRITE_OUT_TYPES, TUNING_CONFIG, type KeyDefault } from './defaults.js';
import { formatDuration } from './durations.js';
import { errorJson } from './http.js';
import { coerceScalar, constructorProblem, periodText, readDuration, cannotDeserialize } from './jackson.js';
import { isObject, type Json, type JsonObject } from './json.js';
import { reserialiseDataSchema } from './reserialise-data-schema.js';
import { atLeast } from './version.js';

/**
 * Turns a submitted supervisor spec into what Druid stores and serves on GET /{id} (REFERENCE
 * §4.6): Jackson's coercions and 400s on the way in, every default filled, periods re-serialised,
 * unknown keys dropped, the deprecated top-level duplicates added on the way out.
 */

export interface StoredSpec {
  id: string;
  dataSource: string;
  /** The topic, or the regex for multi-topic supervisors. */
  stream: string;
  multiTopic: boolean;
  suspended: boolean;
  /** Exactly what GET /{id} returns. */
  json: JsonObject;
}

const SPEC = 'org.apache.druid.indexing.overlord.supervisor.SupervisorSpec';
const KAFKA_SPEC = 'org.apache.druid.indexing.kafka.supervisor.KafkaSupervisorSpec';
const IO_CONFIG_CLASS = 'org.apache.druid.indexing.kafka.supervisor.KafkaSupervisorIOConfig';
const TUNING_CLASS = 'org.apache.druid.indexing.kafka.supervisor.KafkaSupervisorTuningConfig';

/** Druid's prefix for unknown type ids (captured on 33.0, from a coordinator-as-overlord). */
const extensionHint = (type: Json | undefined): string =>
  `Please make sure to load all the necessary extensions and jars with type '${String(type)}' on 'druid/overlord' service. `;

export function readSupervisorSpec(body: Json, version: string): StoredSpec {
  if (!isObject(body)) throw cannotDeserialize(SPEC, body);
  if (body.type === undefined || body.type === null) {
    throw errorJson(
      400,
      `Could not resolve subtype of [simple type, class ${SPEC}]: missing type id property 'type'`,
    );
  }
  if (body.type !== 'kafka') {
    throw errorJson(
      400,
      `${extensionHint(body.type)}Could not resolve type id '${String(body.type)}' as a subtype of \`${SPEC}\` known type ids = [NoopSupervisorSpec, autocompact, kafka, scheduled_batch]`,
    );
  }
  const ingestion = body.spec === undefined || body.spec === null ? body : body.spec;
  if (!isObject(ingestion))
    throw cannotDeserialize(
      'org.apache.druid.indexing.kafka.supervisor.KafkaSupervisorIngestionSpec',
      ingestion,
    );
  if (!isObject(ingestion.dataSchema)) throw constructorProblem(KAFKA_SPEC, 'dataSchema');
  if (!isObject(ingestion.ioConfig)) throw constructorProblem(KAFKA_SPEC, 'ioConfig');
  const dataSchema = reserialiseDataSchema(ingestion.dataSchema);
  const io = reserialiseIoConfig(ingestion.ioConfig, version);
  const tuningConfig = reserialiseTuningConfig(ingestion.tuningConfig, version);
  const dataSource = String(dataSchema.dataSource);
  const givenId = atLeast(version, '34.0.0') ? coerceScalar('java.lang.String', body.id ?? null) : null;
  const id = typeof givenId === 'string' && givenId !== '' ? givenId : dataSource;
  const context = body.context ?? null;
  if (context !== null && !isObject(context))
    throw cannotDeserialize('java.util.Map<java.lang.String,java.lang.Object>', context);
  const suspended = coerceScalar('java.lang.Boolean', body.suspended ?? false) === true;
  const json: JsonObject = { type: 'kafka' };
  if (atLeast(version, '34.0.0')) json.id = id;
  Object.assign(json, {
    spec: { dataSchema, ioConfig: io.json, tuningConfig },
    dataSchema,
    tuningConfig,
    ioConfig: io.json,
    context,
    suspended,
  });
  return {
    id,
    dataSource,
    stream: io.stream,
    multiTopic: io.multiTopic,
    suspended,
    json: structuredClone(json),
  };
}

/** The spec SupervisorManager persists on suspend/resume: the same, with `suspended` flipped. */
export function withSuspended(spec: StoredSpec, suspended: boolean): StoredSpec {
  return { ...spec, suspended, json: { ...structuredClone(spec.json), suspended } };
}

function reserialiseIoConfig(
  io: JsonObject,
  version: string,
): { json: JsonObject; stream: string; multiTopic: boolean } {
  const topic = coerceScalar('java.lang.String', io.topic ?? null);
  const topicPattern = coerceScalar('java.lang.String', io.topicPattern ?? null);
  if (topic === null && topicPattern === null)
    throw constructorProblem(IO_CONFIG_CLASS, 'Either topic or topicPattern must be specified');
  if (topic !== null && topicPattern !== null) {
    throw constructorProblem(
      IO_CONFIG_CLASS,
      `Only one of topic [${String(topic)}] or topicPattern [${String(topicPattern)}] must be specified`,
    );
  }
  const props = io.consumerProperties;
  if (props === undefined || props === null) throw constructorProblem(IO_CONFIG_CLASS, 'consumerProperties');
  if (!isObject(props)) throw cannotDeserialize('java.util.Map<java.lang.String,java.lang.Object>', props);
  if (props['bootstrap.servers'] == null) {
    throw constructorProblem(
      IO_CONFIG_CLASS,
      'consumerProperties must contain entry for [bootstrap.servers]',
    );
  }
  if (io.lateMessageRejectionPeriod != null && io.lateMessageRejectionStartDateTime != null) {
    throw constructorProblem(
      IO_CONFIG_CLASS,
      'SeekableStreamSupervisorIOConfig does not support both properties lateMessageRejectionStartDateTime and lateMessageRejectionPeriod.',
    );
  }
  // Captured on 33.0: both keys are always written, the unused one as null (topicPattern: 28.0+).
  const json: JsonObject = atLeast(version, '28.0.0') ? { topic, topicPattern } : { topic };
  Object.assign(json, reserialiseKeys(io, IO_CONFIG, version, IO_CONFIG_CLASS));
  applyAutoScalerTaskCount(json);
  const stream = String(topic ?? topicPattern);
  json.stream = stream;
  json.useEarliestSequenceNumber = json.useEarliestOffset ?? false;
  return { json, stream, multiTopic: topicPattern !== null };
}

/** With the autoscaler on, Druid replaces taskCount by taskCountStart (else taskCountMin). */
function applyAutoScalerTaskCount(io: JsonObject): void {
  const scaler = io.autoScalerConfig;
  if (!isObject(scaler) || coerceScalar('java.lang.Boolean', scaler.enableTaskAutoScaler ?? false) !== true)
    return;
  const start = scaler.taskCountStart ?? scaler.taskCountMin ?? null;
  if (start !== null) io.taskCount = coerceScalar('java.lang.Integer', start);
}

function reserialiseTuningConfig(value: Json | undefined, version: string): JsonObject {
  const tc = value ?? {};
  if (!isObject(tc)) throw cannotDeserialize(TUNING_CLASS, tc);
  if (value !== undefined && value !== null) {
    if (tc.type === undefined || tc.type === null) {
      throw errorJson(
        400,
        `Could not resolve subtype of [simple type, class ${TUNING_CLASS}]: missing type id property 'type' (for POJO property 'tuningConfig')`,
      );
    }
    if (tc.type !== 'kafka') {
      throw errorJson(
        400,
        `${extensionHint(tc.type)}Could not resolve type id '${String(tc.type)}' as a subtype of \`${TUNING_CLASS}\` known type ids = [kafka] (for POJO property 'tuningConfig')`,
      );
    }
  }
  const json: JsonObject = { type: 'kafka', ...reserialiseKeys(tc, TUNING_CONFIG, version, TUNING_CLASS) };
  const factory = tc.segmentWriteOutMediumFactory;
  if (isObject(factory)) {
    // The interface's defaultImpl makes Jackson read an unknown type id ("mmap") as tmpFile.
    const type =
      typeof factory.type === 'string' && SEGMENT_WRITE_OUT_TYPES.includes(factory.type)
        ? factory.type
        : 'tmpFile';
    json.segmentWriteOutMediumFactory = { type };
  }
  if (json.reportParseExceptions === true) {
    json.maxParseExceptions = 0;
    json.maxSavedParseExceptions = Math.min(1, Number(tc.maxSavedParseExceptions ?? 0));
  }
  return json;
}

function reserialiseKeys(
  input: JsonObject,
  table: readonly KeyDefault[],
  version: string,
  javaClass: string,
): JsonObject {
  const out: JsonObject = {};
  for (const entry of table) {
    if (entry.since && !atLeast(version, entry.since)) continue;
    out[entry.key] = reserialiseValue(
      entry,
      entry.kind === 'output' ? undefined : input[entry.key],
      version,
      javaClass,
    );
  }
  return out;
}

function reserialiseValue(
  entry: KeyDefault,
  value: Json | undefined,
  version: string,
  javaClass: string,
): Json {
  const fallback =
    entry.defaultBefore && !atLeast(version, entry.defaultBefore.version)
      ? entry.defaultBefore.value
      : entry.default;
  if (value === undefined || value === null) {
    if (entry.kind === 'duration') return typeof fallback === 'number' ? formatDuration(fallback) : null;
    return structuredClone(fallback);
  }
  switch (entry.kind) {
    case 'int':
      return coerceScalar(entry.java ?? 'java.lang.Integer', value);
    case 'long':
      return coerceScalar(entry.java ?? 'java.lang.Long', value);
    case 'bool':
      return coerceScalar('java.lang.Boolean', value);
    case 'string':
      return coerceScalar('java.lang.String', value);
    case 'duration':
      return formatDuration(readDuration(value, javaClass, chain(javaClass, entry.key)));
    case 'period':
      return periodText(value, chain(javaClass, entry.key));
    case 'datetime':
      return readDateTime(value);
    case 'merge':
      if (!isObject(value)) throw cannotDeserialize('java.lang.Object', value);
      return { ...(fallback as JsonObject), ...value };
    case 'object':
    case 'output':
      return value;
  }
}

/** Jackson's "(through reference chain: ...)" suffix for a field of ioConfig or tuningConfig. */
function chain(javaClass: string, key: string): string {
  const section = javaClass === IO_CONFIG_CLASS ? 'ioConfig' : 'tuningConfig';
  return ` (through reference chain: ${KAFKA_SPEC}["spec"]->org.apache.druid.indexing.kafka.supervisor.KafkaSupervisorIngestionSpec["${section}"]->${javaClass}["${key}"])`;
}

function readDateTime(value: Json): string {
  const ms = typeof value === 'number' ? value : typeof value === 'string' ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(ms)) throw cannotDeserialize('org.joda.time.DateTime', value);
  return new Date(ms).toISOString();
}
