/**
 * Where a new task group starts reading a partition, as SeekableStreamSupervisor decides it
 * (generateStartingSequencesForPartitionGroup, getOffsetFromStorageForPartition): the checkpoint
 * of the group before it, else the stored offset — after asking Kafka whether it still has it —,
 * else the earliest or latest offset per useEarliestOffset.
 */
import type { StreamError, StreamPartition } from './kafka.js';
import type { SupervisorInstance, RunEnv } from './supervisor-instance.js';

/** Where a partition's new task group starts: its checkpoint, the stored offset, or earliest/latest. */
export function startingOffset(
  s: SupervisorInstance,
  env: RunEnv,
  at: number,
  p: StreamPartition,
  stored: number | undefined,
): { offset: number } | { error: StreamError } {
  const checkpoint = s.nextOffsets[p.key];
  if (checkpoint !== undefined) return { offset: checkpoint };
  const earliest = env.world.earliestOffset(s.cfg.bootstrap, p) ?? 0;
  if (stored !== undefined) {
    if (s.cfg.skipAvailabilityCheck || stored >= earliest) return { offset: stored };
    const partition = javaPartition(p, s.spec.multiTopic);
    if (!s.cfg.resetOffsetAutomatically) {
      return {
        error: streamError(
          `Previous sequenceNumber [${stored}] is no longer available for partition [${partition}]. You can clear the previous sequenceNumber and start reading from a valid message by using the supervisor's reset API.`,
        ),
      };
    }
    const offsets = env.store.offsets.get(s.spec.id);
    if (offsets) delete offsets[p.key];
    return {
      error: streamError(
        `Previous sequenceNumber [${stored}] is no longer available for partition [${partition}] - automatically resetting offset`,
      ),
    };
  }
  const end = env.world.endOffset(s.cfg.bootstrap, p, at) ?? 0;
  return { offset: s.cfg.useEarliestOffset ? earliest : end };
}

/**
 * The ISE reaches the state manager inside a StreamException (real 33.0: a resumed supervisor
 * turns UNHEALTHY_SUPERVISOR / UNABLE_TO_CONNECT_TO_STREAM, test/integration/recover.test.ts), and
 * is reported as its cause.
 */
function streamError(message: string): StreamError {
  return { exceptionClass: 'org.apache.druid.java.util.common.ISE', message, streamException: true };
}

/** KafkaTopicPartition.toString(), as Druid 33 prints the partition in the message. */
function javaPartition(p: StreamPartition, multiTopic: boolean): string {
  return `KafkaTopicPartition{partition=${p.partition}, topic='${multiTopic ? p.topic : 'null'}', multiTopicPartition=${multiTopic}}`;
}
