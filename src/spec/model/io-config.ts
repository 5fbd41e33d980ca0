/**
 * ioConfig: KafkaSupervisorIOConfig + SeekableStreamSupervisorIOConfig. Sources:
 * extensions-core/kafka-indexing-service/.../kafka/supervisor/KafkaSupervisorIOConfig.java,
 * indexing-service/.../seekablestream/supervisor/{SeekableStreamSupervisorIOConfig,IdleConfig}.java,
 * indexing-service/.../seekablestream/extension/KafkaConfigOverrides.java and
 * kafka/KafkaConsumerConfigs.java. The class has no @JsonTypeInfo, so an "ioConfig.type" is an
 * ignored key, and no @JsonInclude: every property is written, nulls included.
 */
import { autoScalerConfig, lagAggregator } from './autoscaler.js';
import { inputFormat } from './input-formats.js';
import { dateTime, duration } from './scalars.js';
import { any, bool, field, int, long, object, str, union, type ObjectNode } from './vocabulary.js';

/** Kafka consumer properties: free keys (they are Kafka's), except that bootstrap.servers is required. */
const consumerProperties: ObjectNode = object(
  'ioConfig.consumerProperties',
  {
    'bootstrap.servers': field(
      str({ minLength: 1 }),
      'Kafka brokers, host:port[,host:port]. Druid refuses the spec without it.',
      { required: true },
    ),
    'isolation.level': field(
      str({ enum: ['read_committed', 'read_uncommitted'] }),
      'Absent means read_committed (Druid sets it): only committed transactional records are read.',
    ),
    'group.id': field(
      str(),
      'Consumer group. Druid stores offsets in its own metadata, not in Kafka; set it only for broker ACLs. Default kafka-supervisor-<random>.',
    ),
    'auto.offset.reset': field(str(), 'Ignored: Druid forces "none".'),
    'enable.auto.commit': field(any, 'Ignored: Druid forces false.'),
    'druid.dynamic.config.provider': field(
      any,
      'A DynamicConfigProvider (e.g. {"type":"environment","variables":{...}}) whose entries are merged into the consumer properties at run time.',
    ),
  },
  'keep',
  any,
);

const idleConfig: ObjectNode = object('ioConfig.idleConfig', {
  enabled: field(bool, 'Whether the supervisor goes IDLE (stops tasks) while the stream has no new data.', {
    default: false,
  }),
  inactiveAfterMillis: field(
    long({ unit: 'milliseconds', exclusiveMinimum: 0 }),
    'Milliseconds without new data before the supervisor idles; must be > 0. null uses druid.supervisor.idleConfig.inactiveAfterMillis (600000).',
    { nullable: true },
  ),
});

/**
 * `KafkaConfigOverrides`: a Jackson-typed extension point with no built-in implementation, so any
 * "type" is a 400 unless an extension provides it. Modelled as an open object (a typed node with
 * no variants has no JSON Schema form).
 */
const configOverrides: ObjectNode = object(
  'ioConfig.configOverrides',
  {
    type: field(
      str({ minLength: 1 }),
      'Implementation, registered by an extension (none is built in; otherwise a 400).',
      {
        required: true,
      },
    ),
  },
  'keep',
  any,
);

/**
 * `BoundedStreamConfig` (38.0.0+, #19372): the supervisor reads only this offset range, then goes
 * to COMPLETED. Both maps are required, non-empty and over the same partitions (400 otherwise).
 */
const offsets = (what: string): ReturnType<typeof field> =>
  field(
    object(`ioConfig.boundedStreamConfig.${what}`, {}, 'keep', union(long(), str())),
    `Partition → offset where reading ${what === 'startSequenceNumbers' ? 'starts' : 'ends'}; numbers or numeric strings. Required, not empty.`,
    { required: true },
  );
const boundedStreamConfig: ObjectNode = object('ioConfig.boundedStreamConfig', {
  startSequenceNumbers: offsets('startSequenceNumbers'),
  endSequenceNumbers: offsets('endSequenceNumbers'),
});

const rejection = (what: string): ReturnType<typeof field> =>
  field(duration(), `${what} Written in seconds, null when unset.`, { nullable: true, default: null });

export const ioConfig: ObjectNode = object('ioConfig', {
  topic: field(
    str({ minLength: 1 }),
    'Topic to read. Exactly one of topic and topicPattern (both or neither is a 400). Newer releases refuse to change it on a running supervisor (33.0.0 accepts the change). Written as null when unset.',
    { nullable: true, inGet: 'null' },
  ),
  topicPattern: field(
    str({ minLength: 1 }),
    'Java regular expression of the topics to read (multi-topic ingestion). Exactly one of topic and topicPattern. Written as null when unset.',
    { nullable: true, since: '28.0.0', inGet: 'null' },
  ),
  inputFormat: field(
    inputFormat,
    'How record values are parsed. Required unless dataSchema.parser is used. Written as null when unset.',
    { nullable: true, since: '0.17.0', inGet: 'null' },
  ),
  replicas: field(int(), 'Copies of each task, on different workers.', { default: 1 }),
  taskCount: field(
    int(),
    'Reading tasks per replica set (at most the partition count is useful). While the autoscaler is enabled the autoscaler owns it: Druid rewrites it on every scale action, and at start uses taskCountStart, else (37.0.0+) this value, else taskCountMin; before 37.0.0 it ignores this value. From 38.0.0 a submitted spec without taskCount keeps the running count (#19417).',
    { default: 1 },
  ),
  taskDuration: field(
    duration(),
    'How long a task reads before it publishes. Written in seconds (PT1H comes back as PT3600S).',
    {
      default: 'PT3600S',
    },
  ),
  consumerProperties: field(consumerProperties, 'Kafka consumer properties. Required.', { required: true }),
  autoScalerConfig: field(autoScalerConfig, 'Task autoscaling; null means a fixed taskCount.', {
    nullable: true,
    default: null,
    since: '0.22.0',
  }),
  lagAggregator: field(lagAggregator, 'How partition lags are summarised for lag metrics and autoscaling.', {
    default: { type: 'default' },
    since: '34.0.0',
  }),
  pollTimeout: field(long({ unit: 'milliseconds' }), 'Milliseconds a task waits in each Kafka poll.', {
    default: 100,
    since: '0.14.0',
  }),
  startDelay: field(duration(), 'Delay before the supervisor first manages tasks.', { default: 'PT5S' }),
  period: field(duration(), 'How often the supervisor runs its management loop.', { default: 'PT30S' }),
  useEarliestOffset: field(
    bool,
    'Where to start when Druid has no stored offsets (first start or after a reset): earliest (true) or latest (false).',
    { default: false },
  ),
  completionTimeout: field(
    duration(),
    'How long a task may spend publishing before it is failed. Written in seconds (default PT30M comes back as PT1800S).',
    { default: 'PT1800S' },
  ),
  lateMessageRejectionPeriod: rejection(
    'Rows older than task start minus this period are dropped. Not with lateMessageRejectionStartDateTime.',
  ),
  earlyMessageRejectionPeriod: rejection('Rows newer than task end plus this period are dropped.'),
  lateMessageRejectionStartDateTime: field(
    dateTime(),
    'Rows older than this instant are dropped. Not with lateMessageRejectionPeriod (the POST fails).',
    { nullable: true, default: null, since: '0.17.0' },
  ),
  configOverrides: field(
    configOverrides,
    'Extension-provided adjustments of the consumer properties (an extension point, none built in).',
    { nullable: true, default: null, since: '25.0.0' },
  ),
  idleConfig: field(
    idleConfig,
    'Idle behaviour; null uses the Overlord defaults (druid.supervisor.idleConfig.*).',
    {
      nullable: true,
      default: null,
      since: '25.0.0',
    },
  ),
  stopTaskCount: field(
    int({ exclusiveMinimum: 0 }),
    'Most task groups stopped at once when tasks roll over at taskDuration; must be > 0. null means all at once.',
    { nullable: true, default: null, since: '28.0.0' },
  ),
  emitTimeLagMetrics: field(
    bool,
    'Whether the supervisor emits time-based lag metrics (ingest/kafka/lag/time...).',
    {
      default: false,
      since: '33.0.0',
    },
  ),
  serverPriorityToReplicas: field(
    object('ioConfig.serverPriorityToReplicas', {}, 'keep', int({ minimum: 0 })),
    'Server priority → replicas on servers of that priority, e.g. {"0": 1, "1": 2} (37.0.0+, #19040). replicas becomes the sum; a replicas that differs from the sum is a 400. Written as null when unset.',
    { nullable: true, since: '37.0.0', inGet: 'null' },
  ),
  boundedStreamConfig: field(
    boundedStreamConfig,
    'Reads only this offset range, then the supervisor is COMPLETED (38.0.0+, #19372). Written as null when unset.',
    { nullable: true, since: '38.0.0', inGet: 'null' },
  ),
  stream: field(str(), 'Written by Druid: the topic (or topicPattern). Ignored on input; use topic.', {
    outputOnly: true,
    since: '0.14.0',
  }),
  useEarliestSequenceNumber: field(bool, 'Written by Druid: a copy of useEarliestOffset. Ignored on input.', {
    outputOnly: true,
    since: '0.14.0',
  }),
  type: field(str(), 'Ignored: the ioConfig has no type property. The docs show "kafka"; harmless.'),
  skipOffsetGaps: field(
    bool,
    'Removed by #6496 (transactional topics support); offset gaps are always tolerated now.',
    {
      since: '0.10.1',
      removedIn: '0.15.0',
    },
  ),
  autoscalerConfig: field(
    any,
    'Misspelt name that 0.22.x wrote in GET output by mistake (#12317); never read back.',
    {
      outputOnly: true,
      since: '0.22.0',
      removedIn: '0.23.0',
    },
  ),
});
