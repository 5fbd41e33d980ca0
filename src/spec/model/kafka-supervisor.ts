/**
 * The Kafka supervisor spec: the root of the model. Sources: extensions-core/
 * kafka-indexing-service/.../kafka/supervisor/{KafkaSupervisorSpec,KafkaSupervisorIngestionSpec}.java
 * (registered as "kafka" in KafkaIndexTaskModule), indexing-service/.../seekablestream/supervisor/
 * {SeekableStreamSupervisorSpec,SeekableStreamSupervisorIngestionSpec}.java,
 * server/.../overlord/supervisor/SupervisorSpec.java and indexing-service/.../common/task/Tasks.java
 * (context keys).
 *
 * GET /druid/indexer/v1/supervisor/{id} writes `type`, `id` (34.0.0+), `spec`, the deprecated
 * copies `dataSchema`, `tuningConfig` and `ioConfig`, then `context` and `suspended`.
 */
import { dataSchema } from './data-schema.js';
import { ioConfig } from './io-config.js';
import { tuningConfig } from './tuning-config.js';
import { any, bool, field, int, long, object, str, type ObjectNode } from './vocabulary.js';

export { dataSchema } from './data-schema.js';
export { ioConfig } from './io-config.js';
export { tuningConfig } from './tuning-config.js';
export { removedKeys } from './removed-keys.js';

const tuningDefault = { type: 'kafka' };

/** `KafkaSupervisorIngestionSpec`: the three sections. */
export const ingestionSpec: ObjectNode = object('supervisor.spec', {
  dataSchema: field(
    dataSchema,
    'What is ingested: datasource, timestamp, dimensions, metrics, granularity. Required.',
    {
      required: true,
    },
  ),
  ioConfig: field(ioConfig, 'Where and how data is read: topic, consumer properties, tasks. Required.', {
    required: true,
  }),
  tuningConfig: field(tuningConfig, 'How tasks index and persist; absent means every default.', {
    nullable: true,
    default: tuningDefault,
  }),
});

/** Task context for the supervisor's tasks: free keys, a few well known. No defaults are written back. */
const context: ObjectNode = object(
  'supervisor.context',
  {
    useConcurrentLocks: field(
      bool,
      'Whether tasks take APPEND locks so that compaction or overwrite can run concurrently.',
    ),
    taskLockType: field(
      str({ enum: ['EXCLUSIVE', 'SHARED', 'REPLACE', 'APPEND'] }),
      'Lock type of the tasks; useConcurrentLocks is the simpler switch. Absent means EXCLUSIVE.',
    ),
    priority: field(int(), 'Task priority; absent means 75 for streaming tasks.'),
    taskLockTimeout: field(
      long({ unit: 'milliseconds' }),
      'Milliseconds a task waits for its lock; absent means 300000.',
    ),
  },
  'keep',
  any,
);

export const kafkaSupervisor: ObjectNode = object('supervisor', {
  type: field(
    str({ enum: ['kafka'] }),
    'Supervisor type. Must be "kafka"; another value is a 400 (or another supervisor type).',
    {
      required: true,
    },
  ),
  id: field(
    str({ minLength: 1 }),
    'Supervisor id (34.0.0+), which lets several supervisors write one datasource. Defaults to dataSchema.dataSource; older releases ignore it and use the datasource. Changing it creates a second supervisor.',
    { nullable: true, since: '34.0.0' },
  ),
  spec: field(
    ingestionSpec,
    'The dataSchema, ioConfig and tuningConfig. When absent, the top-level copies are used.',
    {
      nullable: true,
      since: '0.17.0',
    },
  ),
  dataSchema: field(
    dataSchema,
    'Top-level copy of spec.dataSchema: read only when spec is absent, always written by GET.',
    {
      nullable: true,
      deprecated: 'Put it under "spec".',
    },
  ),
  tuningConfig: field(
    tuningConfig,
    'Top-level copy of spec.tuningConfig: read only when spec is absent, always written by GET.',
    { nullable: true, deprecated: 'Put it under "spec".' },
  ),
  ioConfig: field(
    ioConfig,
    'Top-level copy of spec.ioConfig: read only when spec is absent, always written by GET.',
    {
      nullable: true,
      deprecated: 'Put it under "spec".',
    },
  ),
  context: field(context, 'Context passed to every task of the supervisor. Written as null when unset.', {
    nullable: true,
    default: null,
    since: '0.10.0',
  }),
  suspended: field(bool, 'Whether the supervisor is created or updated suspended (no tasks run).', {
    default: false,
    since: '0.13.0',
  }),
});
