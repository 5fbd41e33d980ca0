/**
 * SamplerResource (`POST /druid/indexer/v1/sampler`), the data loader's endpoint: a `kafka` spec
 * reads the emulated topic's records from the earliest (or latest) offset, an `index` spec reads
 * inline data; both go through sampler-rows.ts. Authorization is STATE WRITE, which a read-only
 * login lacks. The 400s are Druid 33's, as captured (test/fixtures/druid-real/sampler-*.json).
 */
import { forbidden } from './auth.js';
import { errorJson, EscapedException, json, type Reply } from './http.js';
import { isObject, type Json, type JsonObject } from './json.js';
import type { KafkaWorld, StreamPartition } from './kafka.js';
import { jsonBody } from './request-body.js';
import { readSupervisorSpec } from './reserialise.js';
import type { Router } from './router.js';
import { cannotDeserialize, constructorProblem, unknownTypeId } from './jackson.js';
import type { RecordSource } from './sampler-formats.js';
import { sampleRows } from './sampler-rows.js';

const PATH = '/druid/indexer/v1/sampler';
const SAMPLER_SPEC = 'org.apache.druid.client.indexing.SamplerSpec';
/** SamplerConfig's defaults and limit. */
const DEFAULT_ROWS = 200;
const MAX_ROWS = 5000;

export function samplerRoutes(router: Router, world: KafkaWorld, version: string): void {
  router.on('POST', PATH, (req) => {
    if (req.access !== 'write') return forbidden();
    const body = jsonBody(req);
    if (!isObject(body)) throw cannotDeserialize(SAMPLER_SPEC, body);
    if (body.type === undefined || body.type === null)
      throw errorJson(
        400,
        `Could not resolve subtype of [simple type, class ${SAMPLER_SPEC}]: missing type id property 'type'`,
      );
    if (body.type !== 'kafka' && body.type !== 'index')
      throw errorJson(400, unknownTypeId(body.type, SAMPLER_SPEC, ['index', 'kafka']));
    const numRows = rowsOf(body.samplerConfig);
    return body.type === 'kafka'
      ? sampleKafka(body.spec, numRows, world, version)
      : sampleInline(body.spec, numRows);
  });
}

function rowsOf(config: Json | undefined): number {
  const numRows = isObject(config) && typeof config.numRows === 'number' ? config.numRows : DEFAULT_ROWS;
  if (numRows > MAX_ROWS)
    throw constructorProblem(
      'org.apache.druid.indexing.overlord.sampler.SamplerConfig',
      `numRows must be <= ${MAX_ROWS}`,
    );
  return numRows;
}

/** KafkaSamplerSpec: the supervisor spec Druid would accept, read from its topic. */
function sampleKafka(spec: Json | undefined, numRows: number, world: KafkaWorld, version: string): Reply {
  if (!isObject(spec) || spec.type === undefined || spec.type === null)
    throw errorJson(
      400,
      "Could not resolve subtype of [simple type, class org.apache.druid.indexing.kafka.supervisor.KafkaSupervisorSpec]: missing type id property 'type' (for POJO property 'spec')",
    );
  // The same deserialisation as POST /supervisor: its 400s are the sampler's.
  const stored = readSupervisorSpec(spec, version);
  const sections = isObject(spec.spec) ? spec.spec : spec;
  const dataSchema = sections.dataSchema as JsonObject;
  const ioConfig = sections.ioConfig as JsonObject;
  if (!isObject(ioConfig.inputFormat))
    throw new EscapedException('[spec.ioConfig.inputFormat] is required', 'java.lang.NullPointerException');
  const earliest = ioConfig.useEarliestOffset === true;
  const servers = String((ioConfig.consumerProperties as JsonObject)['bootstrap.servers']);
  const lookup = world.lookupPartitions(servers, stored.stream, stored.multiTopic);
  if (!lookup.ok) {
    // KafkaRecordSupplier: a single topic Kafka does not know has no partitions, so nothing is
    // assigned and the first poll fails; a broker that does not answer fails the seek.
    if (!lookup.blocks && !stored.multiTopic)
      throw errorJson(
        400,
        'Failed to sample data: Consumer is not subscribed to any topics or assigned any partitions',
      );
    const cause = lookup.blocks
      ? 'Timeout expired while fetching topic metadata'
      : `No partitions found for topics that match given pattern [${stored.stream}].Check that the pattern regex is correct and matching topics exists`;
    throw errorJson(
      400,
      `Exception while seeking to the [${earliest ? 'earliest' : 'latest'}] offset of partitions in topic [${stored.stream}]: ${cause}`,
    );
  }
  // From the latest offset the sampler sees only what arrives while it waits: nothing, in an
  // instant of emulated time.
  return json(
    200,
    sampleRows(
      earliest ? recordsOf(world, servers, lookup.partitions) : [],
      dataSchema,
      ioConfig.inputFormat,
      numRows,
    ),
  );
}

/**
 * Druid reads until it has `numRows` rows or its `timeoutMs` runs out; a filter that drops almost
 * every row would have the emulator read a whole topic, so it stops where Druid's time would.
 */
const RECORDS_READ_IN_TIME = 100_000;

function* recordsOf(
  world: KafkaWorld,
  servers: string,
  partitions: readonly StreamPartition[],
): Generator<RecordSource> {
  let read = 0;
  for (const record of world.readRecords(servers, partitions)) {
    if (++read > RECORDS_READ_IN_TIME) return;
    // A tombstone gives no row.
    if (record.value !== null)
      yield { text: record.value, inline: false, topic: record.topic, timestamp: record.timestamp };
  }
}

/** IndexTaskSamplerSpec: an index task's ingestion spec (flat inside `spec`), inline data only. */
function sampleInline(spec: Json | undefined, numRows: number): Reply {
  const sections = isObject(spec) ? spec : {};
  if (!isObject(sections.dataSchema))
    throw constructorProblem(
      'org.apache.druid.indexing.common.task.IndexTask$IndexIngestionSpec',
      'Cannot invoke "org.apache.druid.segment.indexing.DataSchema.getParserMap()" because "dataSchema" is null',
    );
  const ioConfig = isObject(sections.ioConfig) ? sections.ioConfig : {};
  if (ioConfig.type === undefined)
    throw errorJson(
      400,
      "Could not resolve subtype of [simple type, class org.apache.druid.indexing.common.task.IndexTask$IndexIOConfig]: missing type id property 'type' (for POJO property 'ioConfig')",
    );
  const source = isObject(ioConfig.inputSource) ? ioConfig.inputSource : {};
  if (source.type === undefined)
    throw errorJson(
      400,
      "Could not resolve subtype of [simple type, class org.apache.druid.data.input.InputSource]: missing type id property 'type' (for POJO property 'inputSource')",
    );
  if (source.type !== 'inline')
    throw new EscapedException(
      `the emulator does not implement the ${JSON.stringify(source.type)} input source`,
      'druid-gitops.emulator.NotEmulated',
    );
  if (typeof source.data !== 'string' || source.data === '')
    throw constructorProblem('org.apache.druid.data.input.impl.InlineInputSource', 'empty data');
  if (!isObject(ioConfig.inputFormat))
    throw new EscapedException('[spec.ioConfig.inputFormat] is required', 'java.lang.NullPointerException');
  const records = source.data
    .split(/\r\n|\r|\n/)
    .map((text, index): RecordSource => ({ text, inline: true, line: index + 1 }));
  return json(200, sampleRows(records, sections.dataSchema, ioConfig.inputFormat, numRows));
}
