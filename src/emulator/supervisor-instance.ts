/**
 * What the emulator keeps of one running supervisor (SeekableStreamSupervisor's fields that matter
 * here) and the world its run loop acts on. supervisor.ts runs the loop; starting-offsets.ts decides
 * where a new task group starts reading.
 */
import type { KafkaWorld, PartitionLookup, StreamPartition } from './kafka.js';
import type { MetadataStore } from './metadata-store.js';
import type { StoredSpec } from './reserialise.js';
import type { StateThresholds, SupervisorStateValue } from './state-manager.js';
import type { Offsets, TaskRunner } from './tasks.js';

export interface SupervisorConfig {
  taskCount: number;
  replicas: number;
  taskDurationMs: number;
  startDelayMs: number;
  periodMs: number;
  completionTimeoutMs: number;
  useEarliestOffset: boolean;
  /** tuningConfig: reset a partition whose stored offset Kafka no longer has, instead of failing the run. */
  resetOffsetAutomatically: boolean;
  /** tuningConfig skipSequenceNumberAvailabilityCheck: trust stored offsets without asking Kafka. */
  skipAvailabilityCheck: boolean;
  bootstrap: string;
  /** The consumer's `default.api.timeout.ms`: how long a metadata fetch blocks when no broker answers. */
  apiTimeoutMs: number;
  /** tuningConfig offsetFetchPeriod: how often the supervisor refreshes its tasks' offsets and the stream's end. */
  offsetFetchPeriodMs: number;
}

export interface SupervisorInstance {
  /** The spec the supervisor runs (the autoscaler rewrites its taskCount). */
  spec: StoredSpec;
  /**
   * 38.0.0+: a spec SupervisorManager stored in place (an update classified NONE). GET serves it
   * while the running supervisor keeps `spec`.
   */
  shown?: StoredSpec;
  cfg: SupervisorConfig;
  specHash: string;
  state: SupervisorStateValue;
  /** First run (creation + startDelay); the timer ticks every period from there. */
  firstRunAt: number;
  nextRunAt: number;
  /** A run blocked in the consumer: it fails with `lookup` at `until`. */
  blocked?: { until: number; lookup: PartitionLookup };
  /** Being stopped: no new run starts (a blocked one still finishes). */
  stopping?: boolean;
  partitions: StreamPartition[];
  /** taskGroupId → ids of the tasks reading for it. */
  activeGroups: Map<number, string[]>;
  publishing: Set<string>;
  /**
   * Publishing tasks this instance found rather than started, and when: Druid knows their start
   * time never, and their offsets only from its next offset refresh on.
   */
  inherited: Map<string, number>;
  /** Where the next task group of a partition starts (checkpoints of groups that rolled over). */
  nextOffsets: Offsets;
  /** Last lag fetch: end offsets of the stream and when they were read. */
  latest?: { offsets: Offsets; at: number };
}

export interface RunEnv {
  world: KafkaWorld;
  tasks: TaskRunner;
  store: MetadataStore;
  thresholds: StateThresholds;
  /** Asks the fault table whether a new task of this supervisor should fail. */
  taskShouldFail(supervisorId: string): boolean;
  /** Records per second per partition the supervisor's tasks can read (undefined: keep up). */
  readLimit(supervisorId: string): number | undefined;
}
