/**
 * tuningConfig: KafkaSupervisorTuningConfig ⊂ KafkaIndexTaskTuningConfig ⊂
 * SeekableStreamIndexTaskTuningConfig, plus SeekableStreamSupervisorTuningConfig. Sources:
 * extensions-core/kafka-indexing-service/.../kafka/supervisor/KafkaSupervisorTuningConfig.java,
 * kafka/KafkaIndexTaskTuningConfig.java, indexing-service/.../seekablestream/
 * {SeekableStreamIndexTaskTuningConfig,supervisor/SeekableStreamSupervisorTuningConfig}.java,
 * server/.../segment/indexing/TuningConfig.java, processing/.../indexer/partitions/
 * {DynamicPartitionsSpec,PartitionsSpec}.java, processing/.../segment/writeout/
 * SegmentWriteOutMediumFactory.java, processing/.../jackson/AppendableIndexModule.java and
 * segment/incremental/OnheapIncrementalIndex.java.
 */
import { DEFAULT_INDEX_SPEC, indexSpec } from './index-spec.js';
import { duration, period, variant } from './scalars.js';
import { array, bool, field, int, long, object, str, type ObjectNode, type TypedNode } from './vocabulary.js';

const WRITE_OUT_ID = 'segmentWriteOutMediumFactory';

/**
 * `SegmentWriteOutMediumFactory`: `defaultImpl = TmpFileSegmentWriteOutMediumFactory`, so an
 * unknown type such as "mmap" is silently tmpFile.
 */
export const segmentWriteOutMediumFactory: TypedNode = {
  kind: 'typed',
  id: WRITE_OUT_ID,
  defaultVariant: 'tmpFile',
  unknownType: 'replace',
  variants: {
    tmpFile: variant(WRITE_OUT_ID, 'tmpFile', {}, { note: 'Temporary files on local disk (the default).' }),
    legacyTmpFile: variant(WRITE_OUT_ID, 'legacyTmpFile', {}, { note: 'Legacy temporary-file medium.' }),
    offHeapMemory: variant(WRITE_OUT_ID, 'offHeapMemory', {}, { note: 'Direct (off-heap) memory.' }),
    onHeapMemory: variant(WRITE_OUT_ID, 'onHeapMemory', {}, { note: 'Java heap.' }),
  },
};

const APPENDABLE_ID = 'appendableIndexSpec';

/** `AppendableIndexSpec` (AppendableIndexModule): `defaultImpl` onheap. */
export const appendableIndexSpec: TypedNode = {
  kind: 'typed',
  id: APPENDABLE_ID,
  defaultVariant: 'onheap',
  unknownType: 'replace',
  variants: {
    onheap: variant(APPENDABLE_ID, 'onheap', {
      preserveExistingMetrics: field(
        bool,
        'Whether rows that already hold a metric keep it instead of re-aggregating; meant for auto-compaction.',
        { default: false, since: '0.23.0' },
      ),
    }),
  },
};

const maxRowsPerSegmentNode = int({ minimum: -1 });

/**
 * `StreamingPartitionsSpec` (38.0.0+, #19571/#19596): stamps published segments with a
 * dim_value_set shard spec the Broker can prune by. 38.0.0 reads a plain object; 39.0.0 makes it a
 * polymorphic type with "type" (#19689; a 38 backport, #19744, is not verified) and writes the type.
 */
const streamingPartitionsSpec: ObjectNode = object('streamingPartitionsSpec', {
  type: field(
    str({ enum: ['dim_value_set'] }),
    'Partitioning scheme; dim_value_set is the only one and the default (39.0.0+).',
    { since: '39.0.0', default: 'dim_value_set' },
  ),
  partitionDimensions: field(
    array(str({ minLength: 1 })),
    'Dimensions whose value sets are recorded in each segment. Omitted from GET when empty.',
    { nullable: true, default: [], inGet: 'omittedWhenDefault' },
  ),
  maxValuesPerDimension: field(
    int({ exclusiveMinimum: 0 }),
    'Most distinct values recorded per dimension; > 0 (a 400 otherwise). Omitted from GET when unset.',
    { nullable: true },
  ),
});

export const tuningConfig: ObjectNode = object('tuningConfig', {
  type: field(str({ enum: ['kafka'] }), 'Must be "kafka". A missing or other value is a 400.', {
    required: true,
  }),
  appendableIndexSpec: field(
    appendableIndexSpec,
    'In-memory index implementation. Unknown types silently become onheap.',
    {
      nullable: true,
      default: { type: 'onheap', preserveExistingMetrics: false },
      since: '0.21.0',
    },
  ),
  maxRowsInMemory: field(int(), 'Rows held in memory before an intermediate persist (per task).', {
    default: 150000,
  }),
  maxBytesInMemory: field(
    long({ unit: 'bytes' }),
    'Bytes of heap held in memory before an intermediate persist. 0 means one sixth of the task heap; a negative value disables the limit.',
    { default: 0 },
  ),
  skipBytesInMemoryOverheadCheck: field(
    bool,
    'Whether maxBytesInMemory ignores the overhead of persisted segments.',
    { default: false, since: '0.22.0' },
  ),
  maxRowsPerSegment: field(
    maxRowsPerSegmentNode,
    'Rows per segment before it is handed off; must be > 0 (-1 means the default, 0 is a 400).',
    { default: 5000000, nullable: true },
  ),
  maxTotalRows: field(
    long({ minimum: -1 }),
    'Rows across all segments of a task before it hands them off; must be > 0 (-1 or null means no limit, 0 is a 400). Re-serialised as null when unset.',
    { default: null, nullable: true },
  ),
  intermediatePersistPeriod: field(period(), 'How often in-memory rows are persisted to disk.', {
    default: 'PT10M',
  }),
  maxPendingPersists: field(int(), 'Persists that may wait while one runs.', {
    default: 0,
    deprecated: 'Ignored by streaming ingestion.',
  }),
  indexSpec: field(indexSpec, 'Storage format of published segments.', { default: DEFAULT_INDEX_SPEC }),
  indexSpecForIntermediatePersists: field(
    indexSpec,
    'Storage format of intermediate persists. Defaults to indexSpec (Druid writes the copy back), so no fixed default applies.',
    { nullable: true, since: '0.16.0' },
  ),
  reportParseExceptions: field(
    bool,
    'If true, one unparseable row fails the task (forces maxParseExceptions to 0).',
    {
      default: false,
      deprecated: 'Use maxParseExceptions.',
    },
  ),
  handoffConditionTimeout: field(
    long({ unit: 'milliseconds' }),
    'Milliseconds a task waits for Historicals to load its published segments before it exits anyway (with an alert); 0 means wait forever. A period string such as "PT10M" is a 400. The default was 0 before 27.0.0.',
    { default: 900000 },
  ),
  resetOffsetAutomatically: field(
    bool,
    'Whether a task whose offsets are no longer available resets to the earliest or latest offset (per useEarliestOffset) instead of failing. Skips or re-reads data silently.',
    { default: false },
  ),
  segmentWriteOutMediumFactory: field(
    segmentWriteOutMediumFactory,
    'Where segment files are staged while written. null uses druid.peon.defaultSegmentWriteOutMediumFactory (tmpFile). Unknown types silently become tmpFile.',
    { nullable: true, default: null, since: '0.12.0' },
  ),
  workerThreads: field(int(), 'Supervisor threads that manage tasks; null means min(10, taskCount).', {
    nullable: true,
    default: null,
  }),
  chatRetries: field(
    long(),
    'Retries of supervisor-to-task HTTP calls before a task is considered unresponsive.',
    {
      default: 8,
    },
  ),
  httpTimeout: field(duration(), 'Timeout of supervisor-to-task HTTP calls. Re-serialised in seconds.', {
    default: 'PT10S',
  }),
  shutdownTimeout: field(
    duration(),
    'How long the supervisor waits for a graceful shutdown. Re-serialised in seconds.',
    {
      default: 'PT80S',
    },
  ),
  offsetFetchPeriod: field(duration(), 'How often the supervisor fetches the latest offsets (lag).', {
    default: 'PT30S',
  }),
  intermediateHandoffPeriod: field(
    period(),
    'How often a task hands off its segments even if maxRowsPerSegment is not reached.',
    {
      default: 'P2147483647D',
    },
  ),
  logParseExceptions: field(bool, 'Whether parse errors are logged.', { default: false }),
  maxParseExceptions: field(int(), 'Unparseable rows tolerated before the task fails.', {
    default: 2147483647,
  }),
  maxSavedParseExceptions: field(int(), 'Parse errors kept for the task report.', { default: 0 }),
  numPersistThreads: field(
    int(),
    'Threads that persist intermediate segments; values below 1 silently become 1.',
    {
      default: 1,
      since: '30.0.0',
    },
  ),
  maxColumnsToMerge: field(
    int(),
    'Limits a merge phase at publish time to segments whose columns add up to at most this many; -1 means no limit.',
    {
      default: -1,
      since: '32.0.0',
    },
  ),
  skipSequenceNumberAvailabilityCheck: field(
    bool,
    'Kinesis only. Kafka always writes false and ignores input.',
    {
      outputOnly: true,
      default: false,
    },
  ),
  repartitionTransitionDuration: field(
    duration(),
    'Kinesis only. Kafka always writes PT120S and ignores input.',
    {
      outputOnly: true,
      default: 'PT120S',
      since: '0.17.0',
    },
  ),
  releaseLocksOnHandoff: field(
    bool,
    'Whether a task releases its time-chunk locks as soon as its segments are handed off.',
    {
      default: false,
      since: '35.0.0',
    },
  ),
  streamingPartitionsSpec: field(
    streamingPartitionsSpec,
    'Opt-in secondary partitioning of published segments by dimension values (38.0.0+). Such segments need every Druid service on 38.0.0 or later and cannot be read after a downgrade. Omitted from GET when unset.',
    { nullable: true, since: '38.0.0' },
  ),
  buildV9Directly: field(bool, 'Removed by #11351; Druid always builds v9 segments.', {
    removedIn: '0.22.0',
  }),
  basePersistDirectory: field(
    str(),
    'Removed from the spec by #13040; tasks persist under their own task directory.',
    {
      removedIn: '25.0.0',
    },
  ),
  chatAsync: field(bool, 'Removed by #14692; supervisor-to-task calls are always asynchronous.', {
    since: '25.0.0',
    removedIn: '28.0.0',
  }),
  chatThreads: field(int(), 'Removed by #14692 with the synchronous task client.', { removedIn: '28.0.0' }),
});
