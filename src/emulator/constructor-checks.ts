import { constructorProblem, javaClass } from './jackson.js';
import { isObject, type JsonObject } from './json.js';

/**
 * The checks Druid's @JsonCreator constructors make once Jackson has read a spec, with Druid's
 * messages (captured on 33.0: FINDINGS 9). They run on the spec as the model walk stored it, so
 * values are already coerced (a numeric topic is a string) and unset ones are null or absent.
 */

/** KafkaSupervisorSpec, then the DataSchema and KafkaSupervisorIOConfig constructors. */
export function checkConstructors(ingestion: JsonObject): void {
  if (!isObject(ingestion.dataSchema)) throw constructorProblem(javaClass('supervisor'), 'dataSchema');
  if (!isObject(ingestion.ioConfig)) throw constructorProblem(javaClass('supervisor'), 'ioConfig');
  checkDataSchema(ingestion.dataSchema);
  checkIoConfig(ingestion.ioConfig);
}

function checkDataSchema(dataSchema: JsonObject): void {
  const problem = (text: string): Error => constructorProblem(javaClass('dataSchema'), text);
  const dataSource = dataSchema.dataSource;
  if (typeof dataSource !== 'string' || dataSource === '')
    throw problem('Invalid value for field [dataSource]: must not be null');
  // IdUtils.validateId: the rules a datasource name is most likely to break.
  if (dataSource.includes('/'))
    throw problem(`Invalid value for field [dataSource]: Value [${dataSource}] cannot contain '/'.`);
  if (dataSource.startsWith('.'))
    throw problem(`Invalid value for field [dataSource]: Value [${dataSource}] cannot start with '.'.`);
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

function checkIoConfig(io: JsonObject): void {
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
}
