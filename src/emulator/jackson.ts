import { dateTimeMillis } from '../spec/date-time.js';
import { parsePeriod } from '../spec/duration.js';
import { GRANULARITY_NAMES, granularity } from '../spec/model/granularity.js';
import { kafkaSupervisor } from '../spec/model/kafka-supervisor.js';
import { jsonTypesOf } from '../spec/model/schema.js';
import type { Node, ObjectNode, TypedNode } from '../spec/model/vocabulary.js';
import { errorJson, type ReplyError } from './http.js';
import { isObject, type Json } from './json.js';

/**
 * What Druid's Jackson refuses while it reads a supervisor spec, as the 400s Druid answers. The
 * spec model says what each value is (spec/model); this reader, called by the model walk on every
 * value as written, throws Druid's message where Jackson would. Jackson coerces generously
 * ("5000" is the Long 5000, 1/0 are booleans, numbers are strings), so only what it cannot coerce
 * fails. Messages are Jackson's first line (captured on 33.0 where FINDINGS names them).
 */

/** The Java classes Druid names in messages, by model node id; others are named by the model id. */
const JAVA_CLASSES: Readonly<Record<string, string>> = {
  supervisor: 'org.apache.druid.indexing.kafka.supervisor.KafkaSupervisorSpec',
  'supervisor.spec': 'org.apache.druid.indexing.kafka.supervisor.KafkaSupervisorIngestionSpec',
  ioConfig: 'org.apache.druid.indexing.kafka.supervisor.KafkaSupervisorIOConfig',
  tuningConfig: 'org.apache.druid.indexing.kafka.supervisor.KafkaSupervisorTuningConfig',
  dataSchema: 'org.apache.druid.segment.indexing.DataSchema',
  dimension: 'org.apache.druid.data.input.impl.DimensionSchema',
  aggregator: 'org.apache.druid.query.aggregation.AggregatorFactory',
  granularity: 'org.apache.druid.java.util.common.granularity.Granularity',
  granularitySpec: 'org.apache.druid.segment.indexing.granularity.GranularitySpec',
  inputFormat: 'org.apache.druid.data.input.InputFormat',
  filter: 'org.apache.druid.query.filter.DimFilter',
};

export const javaClass = (id: string): string => JAVA_CLASSES[id] ?? id;

export function cannotDeserialize(type: string, value: Json, reason?: string): ReplyError {
  const from =
    typeof value === 'string'
      ? `String ${JSON.stringify(value)}`
      : Array.isArray(value)
        ? 'Array value (token `JsonToken.START_ARRAY`)'
        : isObject(value)
          ? 'Object value (token `JsonToken.START_OBJECT`)'
          : `${typeof value} value`;
  return errorJson(
    400,
    `Cannot deserialize value of type \`${type}\` from ${from}${reason ? `: ${reason}` : ''}`,
  );
}

/** The ValueInstantiationException Jackson wraps around a failing @JsonCreator constructor. */
export function constructorProblem(javaClassName: string, problem: string): ReplyError {
  return errorJson(400, `Cannot construct instance of \`${javaClassName}\`, problem: ${problem}`);
}

/**
 * Druid's message for a type id no loaded module registers (its ObjectMapper's problem handler
 * prefixes Jackson's, without Jackson's colon; captured on 33.0). The emulator serves the Overlord
 * and Coordinator APIs from one process, as the captured coordinator-as-overlord does, and names
 * itself as that one did: druid/coordinator (a standalone Overlord says druid/overlord).
 */
export function unknownTypeId(type: unknown, javaClassName: string, known: readonly string[]): string {
  return `Please make sure to load all the necessary extensions and jars with type '${String(type)}' on 'druid/coordinator' service. Could not resolve type id '${String(type)}' as a subtype of \`${javaClassName}\` known type ids = [${[...known].sort().join(', ')}]`;
}

/** Jackson's "(through reference chain: ...)" from the supervisor root, when every class on it is known. */
function referenceChain(path: readonly (string | number)[]): string {
  const steps: string[] = [];
  let node: Node | undefined = kafkaSupervisor;
  for (const key of path) {
    if (node?.kind !== 'object' || typeof key !== 'string' || !JAVA_CLASSES[node.id]) return '';
    steps.push(`${javaClass(node.id)}["${key}"]`);
    node = node.fields[key]?.node;
  }
  return steps.length > 0 ? ` (through reference chain: ${steps.join('->')})` : '';
}

/** The class that holds the value at `path` (for constructor problems), when it is known. */
function holderClass(path: readonly (string | number)[]): string | undefined {
  let node: Node | undefined = kafkaSupervisor;
  let holder: string | undefined;
  for (const key of path) {
    if (node?.kind !== 'object' || typeof key !== 'string') return undefined;
    holder = javaClass(node.id);
    node = node.fields[key]?.node;
  }
  return holder;
}

/** The model walk's `reader`: throws the 400 Druid answers for a value Jackson cannot read. */
export function readLikeJackson(node: Node, value: unknown, path: readonly (string | number)[]): void {
  const json = value as Json;
  switch (node.kind) {
    case 'integer':
      readInteger(node.java, json);
      return;
    case 'number':
      if (typeof json === 'number' || (typeof json === 'string' && Number.isFinite(Number(json)))) return;
      throw cannotDeserialize('double', json);
    case 'boolean':
      readBoolean(json);
      return;
    case 'string':
      if (isObject(json) || Array.isArray(json)) throw cannotDeserialize('java.lang.String', json);
      if (node.format === 'duration' || node.format === 'period') readPeriod(node.format, json, path);
      if (node.format === 'datetime' && dateTimeMillis(json) === undefined)
        throw cannotDeserialize('org.joda.time.DateTime', json);
      return;
    case 'union':
      if (node === granularity && typeof json === 'string') readGranularityName(json);
      if (!node.variants.some((variant) => jsonTypesOf(variant).includes(jsonType(json))))
        throw cannotDeserialize(unionType(node.variants), json);
      return;
    case 'typed':
      if (!isObject(json)) throw cannotDeserialize(javaClass(node.id), json);
      readTypeId(node, json, path);
      return;
    case 'object':
      if (!isObject(json)) throw cannotDeserialize(objectType(node), json);
      return;
    case 'array':
      if (!Array.isArray(json)) throw cannotDeserialize('java.util.ArrayList', json);
      return;
    case 'any':
      return;
  }
}

function jsonType(value: Json): string {
  if (Array.isArray(value)) return 'array';
  if (isObject(value)) return 'object';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

const unionType = (variants: readonly Node[]): string => {
  const typed = variants.find((variant): variant is TypedNode => variant.kind === 'typed');
  return typed ? javaClass(typed.id) : 'java.lang.Object';
};

const objectType = (node: ObjectNode): string =>
  JAVA_CLASSES[node.id] ??
  (node.unknownKeys === 'keep' ? 'java.util.Map<java.lang.String,java.lang.Object>' : node.id);

function readInteger(java: 'int' | 'long', value: Json): void {
  const limit = java === 'int' ? 2 ** 31 : 2 ** 63;
  let n: number;
  if (typeof value === 'number')
    n = Math.trunc(value); // ACCEPT_FLOAT_AS_INT is on by default
  else if (typeof value === 'string' && /^\s*[-+]?\d+\s*$/.test(value)) n = Number.parseInt(value, 10);
  else if (typeof value === 'string') throw cannotDeserialize(java, value, `not a valid \`${java}\` value`);
  else throw cannotDeserialize(java, value);
  if (n >= limit || n < -limit)
    throw cannotDeserialize(java, value, `Numeric value (${String(value)}) out of range of ${java}`);
}

function readBoolean(value: Json): void {
  if (typeof value === 'boolean' || typeof value === 'number') return;
  if (typeof value === 'string' && /^\s*(true|false)\s*$/i.test(value)) return;
  const reason = typeof value === 'string' ? 'only "true" or "false" recognized' : undefined;
  throw cannotDeserialize('java.lang.Boolean', value, reason);
}

/**
 * A Joda Period: an ISO text or milliseconds, else Joda's "Invalid format" with Jackson's reference
 * chain (captured). A period Druid turns into a Duration cannot have years or months: that is the
 * holder's constructor failing with Joda's message.
 */
function readPeriod(format: 'duration' | 'period', value: Json, path: readonly (string | number)[]): void {
  if (typeof value === 'number') return;
  const period = typeof value === 'string' ? parsePeriod(value) : undefined;
  if (!period) throw errorJson(400, `Invalid format: ${JSON.stringify(value)}${referenceChain(path)}`);
  if (format !== 'duration') return;
  const unit = period.years !== 0 ? 'years' : period.months !== 0 ? 'months' : undefined;
  if (unit === undefined) return;
  const problem = `Cannot convert to Duration as this period contains ${unit} and ${unit} vary in length`;
  throw constructorProblem(holderClass(path) ?? 'org.joda.time.Period', problem);
}

/** Granularity.fromString: GranularityType.valueOf of the upper-cased name (captured: FORTNIGHT). */
function readGranularityName(name: string): void {
  const upper = name.toUpperCase();
  if ((GRANULARITY_NAMES as readonly string[]).includes(upper)) return;
  throw constructorProblem(
    javaClass('granularity'),
    `No enum constant org.apache.druid.java.util.common.granularity.GranularityType.${upper}`,
  );
}

/**
 * The type id of a polymorphic value: absent is fine when the type has a default implementation;
 * an unknown one is silently replaced, refused, or (types extensions provide) refused with the
 * "load the extension" hint. Extension types the model knows are accepted as if loaded.
 */
function readTypeId(node: TypedNode, value: Record<string, Json>, path: readonly (string | number)[]): void {
  const tag = node.tag ?? 'type';
  const type = value[tag];
  const property = typeof path.at(-1) === 'string' ? ` (for POJO property '${String(path.at(-1))}')` : '';
  if (type === undefined || type === null) {
    if (node.defaultVariant !== undefined) return;
    throw errorJson(
      400,
      `Could not resolve subtype of [simple type, class ${javaClass(node.id)}]: missing type id property '${tag}'${property}`,
    );
  }
  const name = String(type);
  if (Object.hasOwn(node.variants, name) || node.unknownType === 'replace') return;
  if (node.unknownType === 'extension' && node.extensionTypes && Object.hasOwn(node.extensionTypes, name))
    return;
  throw errorJson(400, `${unknownTypeId(name, javaClass(node.id), Object.keys(node.variants))}${property}`);
}
