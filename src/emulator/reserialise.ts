import { canonicalDateTime } from '../spec/date-time.js';
import {
  canonicalPeriod,
  millisToDruidDuration,
  millisToPeriod,
  parsePeriod,
  periodToMillis,
} from '../spec/duration.js';
import { canonicalLayout } from '../spec/layout.js';
import { applyDefaults } from '../spec/model/defaults.js';
import { kafkaSupervisor } from '../spec/model/kafka-supervisor.js';
import type { Node } from '../spec/model/vocabulary.js';
import { atLeast } from './version.js';
import { checkConstructors } from './constructor-checks.js';
import { errorJson } from './http.js';
import { cannotDeserialize, javaClass, readLikeJackson, unknownTypeId } from './jackson.js';
import { javaHashSetOrder } from './java-hash-set.js';
import { isObject, type Json, type JsonObject } from './json.js';

/**
 * Turns a submitted supervisor spec into what Druid stores and serves on GET /{id} (REFERENCE §4.6,
 * FINDINGS 12–16). The spec model does the work: `applyDefaults` in its stored form fills Druid's
 * defaults and constructor rules, writes null or leaves out what GET does, and orders keys as GET
 * does; its reader hook answers Jackson's 400s. What stays here is the emulator's own part: the
 * checks before Jackson reaches the model (supervisor and tuningConfig type ids), the constructor
 * checks, Joda's way of printing periods and durations, the HashSet order of dimension exclusions,
 * and the deprecated top-level copies GET adds.
 */

export interface StoredSpec {
  id: string;
  dataSource: string;
  /** The topic, or the regex for multi-topic supervisors. */
  stream: string;
  multiTopic: boolean;
  suspended: boolean;
  /** Whether the submitted ioConfig wrote taskCount (SeekableStreamSupervisorIOConfig.isTaskCountExplicit). */
  taskCountExplicit: boolean;
  /** Exactly what GET /{id} returns. */
  json: JsonObject;
}

const SPEC = 'org.apache.druid.indexing.overlord.supervisor.SupervisorSpec';

export function readSupervisorSpec(body: Json, version: string): StoredSpec {
  if (!isObject(body)) throw cannotDeserialize(SPEC, body);
  checkSupervisorType(body.type);
  const layout = canonicalLayout(body) as JsonObject;
  checkTuningType(isObject(layout.spec) ? layout.spec.tuningConfig : undefined);
  const stored = applyDefaults(kafkaSupervisor, layout, {
    druidVersion: version,
    form: 'stored',
    scalar: asJodaWrites,
    reader: readLikeJackson,
  }) as JsonObject;
  const ingestion = isObject(stored.spec) ? stored.spec : {};
  const written = isObject(layout.spec) ? layout.spec : {};
  checkConstructors(ingestion, written, version);
  const dataSchema = ingestion.dataSchema as JsonObject;
  const ioConfig = ingestion.ioConfig as JsonObject;
  const tuningConfig = ingestion.tuningConfig as JsonObject;
  orderExclusions(dataSchema);
  const dataSource = String(dataSchema.dataSource);
  const idRead = atLeast(version, '34.0.0');
  const id = idRead && typeof stored.id === 'string' && stored.id !== '' ? stored.id : dataSource;
  const suspended = stored.suspended === true;
  // GET writes the sections again at the top level (deprecated copies), in this order.
  const json: JsonObject = {
    type: 'kafka',
    ...(idRead ? { id } : {}),
    spec: ingestion,
    dataSchema,
    tuningConfig,
    ioConfig,
    context: stored.context ?? null,
    suspended,
  };
  const writtenIo = isObject(written.ioConfig) ? written.ioConfig : {};
  return {
    id,
    dataSource,
    stream: String(ioConfig.topic ?? ioConfig.topicPattern),
    multiTopic: (ioConfig.topic ?? null) === null,
    suspended,
    taskCountExplicit: writtenIo.taskCount !== undefined && writtenIo.taskCount !== null,
    json: structuredClone(json),
  };
}

/**
 * The same spec running `taskCount` tasks: what the autoscaler's scale action and
 * SeekableStreamSupervisorSpec.merge set (the deprecated top-level ioConfig is the same object).
 */
export function withTaskCount(spec: StoredSpec, taskCount: number): StoredSpec {
  const json = structuredClone(spec.json);
  const ingestion = json.spec as JsonObject;
  const ioConfig = { ...(ingestion.ioConfig as JsonObject), taskCount };
  ingestion.ioConfig = ioConfig;
  json.ioConfig = ioConfig;
  return { ...spec, json };
}

/** The spec SupervisorManager persists on suspend/resume: the same, with `suspended` flipped. */
export function withSuspended(spec: StoredSpec, suspended: boolean): StoredSpec {
  return { ...spec, suspended, json: { ...structuredClone(spec.json), suspended } };
}

function checkSupervisorType(type: Json | undefined): void {
  if (type === undefined || type === null)
    throw errorJson(
      400,
      `Could not resolve subtype of [simple type, class ${SPEC}]: missing type id property 'type'`,
    );
  if (type === 'kafka') return;
  throw errorJson(
    400,
    unknownTypeId(type, SPEC, ['NoopSupervisorSpec', 'autocompact', 'kafka', 'scheduled_batch']),
  );
}

/** KafkaSupervisorTuningConfig is a one-subtype polymorphic type: "type" is mandatory (captured). */
function checkTuningType(tuning: Json | undefined): void {
  if (tuning === undefined || tuning === null) return;
  const type = isObject(tuning) ? tuning.type : undefined;
  const property = " (for POJO property 'tuningConfig')";
  if (type === undefined || type === null) {
    throw errorJson(
      400,
      `Could not resolve subtype of [simple type, class ${javaClass('tuningConfig')}]: missing type id property 'type'${property}`,
    );
  }
  if (type === 'kafka') return;
  throw errorJson(400, `${unknownTypeId(type, javaClass('tuningConfig'), ['kafka'])}${property}`);
}

/**
 * The model walk's scalar hook: values as Joda prints them back. A period Druid keeps as a Duration
 * is written in seconds (`PT1H` → `PT3600S`); one it keeps as a Period as `Period.toString()`
 * (`pt5m` → `PT5M`, 300000 → `PT5M`); a date-time as its UTC instant.
 */
function asJodaWrites(node: Node, value: unknown): unknown {
  if (node.kind === 'union')
    return node.variants.some((item) => item.kind === 'string' && item.format === 'datetime')
      ? canonicalDateTime(value)
      : value;
  if (node.kind !== 'string') return value;
  switch (node.format) {
    case 'duration': {
      const millis = typeof value === 'number' ? value : periodToMillis(String(value));
      return millis === undefined ? value : millisToDruidDuration(millis);
    }
    case 'period':
      if (typeof value === 'number') return millisToPeriod(value);
      return typeof value === 'string' && parsePeriod(value) ? (canonicalPeriod(value) ?? value) : value;
    case 'datetime':
      return canonicalDateTime(value);
    default:
      return value;
  }
}

/** DimensionsSpec keeps exclusions in a HashSet: Jackson writes them in its iteration order. */
function orderExclusions(dataSchema: JsonObject): void {
  const spec = dataSchema.dimensionsSpec;
  if (isObject(spec) && Array.isArray(spec.dimensionExclusions))
    spec.dimensionExclusions = javaHashSetOrder(spec.dimensionExclusions.map(String));
}
