import { constructorProblem, javaClass } from './jackson.js';
import { isObject, type Json, type JsonObject } from './json.js';
import { atLeast } from './version.js';

/**
 * The checks Druid's @JsonCreator constructors make once Jackson has read a spec, with Druid's
 * messages (captured on 33.0: FINDINGS 9; the 37–39 ones read in Druid's sources, see
 * docs/druid-fidelity.md). They run on the spec as the model walk stored it, so values are already
 * coerced (a numeric topic is a string) and unset ones are null or absent; `written` is the
 * ingestion spec as submitted, for what the walk drops or rewrites (a parser from 37.0.0 on, the
 * replicas that serverPriorityToReplicas replaces).
 */

/** KafkaSupervisorSpec, then the DataSchema and KafkaSupervisorIOConfig constructors. */
export function checkConstructors(ingestion: JsonObject, written: JsonObject, version: string): void {
  if (!isObject(ingestion.dataSchema)) throw constructorProblem(javaClass('supervisor'), 'dataSchema');
  if (!isObject(ingestion.ioConfig)) throw constructorProblem(javaClass('supervisor'), 'ioConfig');
  const writtenDataSchema = isObject(written.dataSchema) ? written.dataSchema : {};
  const writtenIo = isObject(written.ioConfig) ? written.ioConfig : {};
  checkDataSchema(ingestion.dataSchema, writtenDataSchema, version);
  checkIoConfig(ingestion.ioConfig, writtenIo, version);
  if (atLeast(version, '38.0.0') && isObject(ingestion.tuningConfig))
    checkStreamingPartitions(ingestion.tuningConfig.streamingPartitionsSpec, version);
}

function checkDataSchema(dataSchema: JsonObject, written: JsonObject, version: string): void {
  const problem = (text: string): Error => constructorProblem(javaClass('dataSchema'), text);
  // DataSchema (37.0.0+, #19173): the parser check comes first, timestampSpec after the name.
  if (atLeast(version, '37.0.0') && written.parser !== undefined && written.parser !== null)
    throw problem(
      'parser was removed in Druid 37, define the timestampSpec and dimensionsSpec on the schema directly instead of nested inside the parser definition',
    );
  const dataSource = dataSchema.dataSource;
  if (typeof dataSource !== 'string' || dataSource === '')
    throw problem('Invalid value for field [dataSource]: must not be null');
  // IdUtils.validateId: the rules a datasource name is most likely to break.
  if (dataSource.includes('/'))
    throw problem(`Invalid value for field [dataSource]: Value [${dataSource}] cannot contain '/'.`);
  if (dataSource.startsWith('.'))
    throw problem(`Invalid value for field [dataSource]: Value [${dataSource}] cannot start with '.'.`);
  if (atLeast(version, '37.0.0') && !isObject(dataSchema.timestampSpec))
    throw problem('timestampSpec must not be null');
  const dimensionsSpec = isObject(dataSchema.dimensionsSpec) ? dataSchema.dimensionsSpec : {};
  const names = (list: unknown): string[] =>
    (Array.isArray(list) ? list : []).map((item) => String(isObject(item) ? item.name : item));
  const duplicates = columnsSeenTwice(names(dimensionsSpec.dimensions), names(dataSchema.metricsSpec));
  if (duplicates.length > 0)
    throw problem(`Cannot specify a column more than once: ${duplicates.join('; ')}`);
}

/** DataSchema refuses a column that is both a dimension and a metric, or listed twice. */
function columnsSeenTwice(dimensions: string[], metrics: string[]): string[] {
  const seen = new Map<string, string[]>();
  const add = (name: string, where: string): void => {
    seen.set(name, [...(seen.get(name) ?? []), where]);
  };
  dimensions.forEach((name) => add(name, 'dimensions list'));
  metrics.forEach((name) => add(name, 'metricsSpec list'));
  return [...seen.entries()]
    .filter(([, where]) => where.length > 1)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([name, where]) => `[${name}] seen in ${describe(where)}`);
}

function describe(where: string[]): string {
  const counts = new Map<string, number>();
  for (const w of where) counts.set(w, (counts.get(w) ?? 0) + 1);
  return [...counts.entries()].map(([w, n]) => (n === 1 ? w : `${w} (${n} occurrences)`)).join(', ');
}

function checkIoConfig(io: JsonObject, written: JsonObject, version: string): void {
  const problem = (text: string): Error => constructorProblem(javaClass('ioConfig'), text);
  const topic = io.topic ?? null;
  const topicPattern = io.topicPattern ?? null;
  if (topic === null && topicPattern === null)
    throw problem('Either topic or topicPattern must be specified');
  if (topic !== null && topicPattern !== null) {
    throw problem(
      `Only one of topic [${String(topic)}] or topicPattern [${String(topicPattern)}] must be specified`,
    );
  }
  const properties = io.consumerProperties;
  if (!isObject(properties)) throw problem('consumerProperties');
  if (properties['bootstrap.servers'] == null)
    throw problem('consumerProperties must contain entry for [bootstrap.servers]');
  if (io.lateMessageRejectionPeriod != null && io.lateMessageRejectionStartDateTime != null) {
    throw problem(
      'SeekableStreamSupervisorIOConfig does not support both properties lateMessageRejectionStartDateTime and lateMessageRejectionPeriod.',
    );
  }
  if (atLeast(version, '37.0.0'))
    checkServerPriorities(io.serverPriorityToReplicas, written.replicas, problem);
  if (atLeast(version, '38.0.0')) checkBoundedStream(io.boundedStreamConfig);
}

/** SeekableStreamSupervisorIOConfig (37.0.0+, #19040), with Java's Map.toString for the map. */
function checkServerPriorities(
  priorities: Json | undefined,
  replicas: Json | undefined,
  problem: (text: string) => Error,
): void {
  if (!isObject(priorities)) return;
  const shown = `{${Object.entries(priorities)
    .map(([key, value]) => `${key}=${String(value)}`)
    .join(', ')}}`;
  let sum = 0;
  for (const [priority, count] of Object.entries(priorities)) {
    if (typeof count !== 'number' || count < 0)
      throw problem(
        `Found invalid server replica[${String(count)}] for priority[${priority}] in serverPriorityToReplicas[${shown}]. Replicas must be >= 0.`,
      );
    sum += count;
  }
  if (replicas !== undefined && replicas !== null && Number(replicas) !== sum)
    throw problem(
      `Configured replicas[${String(replicas)}] does not match the sum of replicas[${sum}] specified in serverPriorityToReplicas[${shown}]. To avoid ambiguity, consider removing [ioConfig.replicas] in favor of [ioConfig.serverPriorityToReplicas].`,
    );
}

/** BoundedStreamConfig (38.0.0+, #19372): DruidException INVALID_INPUT inside the creator. */
function checkBoundedStream(bounded: Json | undefined): void {
  if (!isObject(bounded)) return;
  const problem = (text: string): Error =>
    constructorProblem('org.apache.druid.indexing.seekablestream.supervisor.BoundedStreamConfig', text);
  const { startSequenceNumbers: start, endSequenceNumbers: end } = bounded;
  if (!isObject(start) || !isObject(end) || Object.keys(start).length === 0 || Object.keys(end).length === 0)
    throw problem('startSequenceNumbers and endSequenceNumbers cannot be null or empty');
  const startKeys = Object.keys(start);
  const endKeys = Object.keys(end);
  if (startKeys.length !== endKeys.length || !startKeys.every((key) => key in end))
    throw problem(
      `startSequenceNumbers and endSequenceNumbers must have matching partition sets. Start: [${startKeys.join(', ')}], End: [${endKeys.join(', ')}]`,
    );
}

/** StreamingPartitionsSpec (38.0.0; DimensionValueSetPartitionsSpec from 39.0.0, #19689). */
function checkStreamingPartitions(spec: Json | undefined, version: string): void {
  if (!isObject(spec)) return;
  const max = spec.maxValuesPerDimension;
  if (typeof max !== 'number' || max > 0) return;
  const owner = atLeast(version, '39.0.0') ? 'DimensionValueSetPartitionsSpec' : 'StreamingPartitionsSpec';
  throw constructorProblem(
    `org.apache.druid.indexing.seekablestream.${owner}`,
    `maxValuesPerDimension must be > 0, got [${max}]`,
  );
}
