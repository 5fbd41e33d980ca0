/**
 * Where a supervisor stands in each partition, as far as Druid's status tells it. Druid has no API
 * for the offsets it stores (its datasource metadata); the nearest public view is the reading
 * tasks: a task group starts at the stored offsets of its partitions (or at a checkpoint of the
 * group before it), and its current offsets say how far it read. Reset, reset-offsets and terminate
 * print this table before and after, with that caveat.
 */
import { describeState } from './health-verdict.js';
import type { PartitionMap, SupervisorStatusPayload } from '../druid/payloads.js';

interface PartitionPosition {
  partition: string;
  /** End of the partition in Kafka, as Druid last saw it. */
  end?: number;
  /** Where the reading task started: the stored offset (or a checkpoint) when it began. */
  taskStart?: number;
  /** How far the reading tasks got. */
  read?: number;
  /** Records behind: end − read. */
  lag?: number;
}

export interface OffsetTable {
  /** Druid's name for the stream (the topic, or the pattern for topicPattern supervisors). */
  stream?: string;
  state: string;
  readingTasks: number;
  publishingTasks: number;
  partitions: PartitionPosition[];
}

export function offsetTable(payload: SupervisorStatusPayload): OffsetTable {
  const start: PartitionMap = {};
  const read: PartitionMap = {};
  for (const task of payload.activeTasks) {
    for (const [partition, offset] of Object.entries(task.startingOffsets ?? {}))
      start[partition] = Math.min(start[partition] ?? offset, offset);
    for (const [partition, offset] of Object.entries(task.currentOffsets ?? {}))
      read[partition] = Math.max(read[partition] ?? offset, offset);
  }
  const keys = new Set([
    ...Object.keys(payload.latestOffsets ?? {}),
    ...Object.keys(start),
    ...Object.keys(read),
  ]);
  const partitions = [...keys].sort(byPartition).map((partition): PartitionPosition => {
    const end = payload.latestOffsets?.[partition];
    const position: PartitionPosition = { partition };
    if (end !== undefined) position.end = end;
    if (start[partition] !== undefined) position.taskStart = start[partition];
    if (read[partition] !== undefined) position.read = read[partition];
    if (end !== undefined && read[partition] !== undefined)
      position.lag = Math.max(0, end - (read[partition] ?? 0));
    return position;
  });
  return {
    ...(payload.stream === undefined ? {} : { stream: payload.stream }),
    state: describeState(payload),
    readingTasks: payload.activeTasks.length,
    publishingTasks: payload.publishingTasks.length,
    partitions,
  };
}

/** "0" < "1" < "10", and "topic:2" < "topic:10". */
export function byPartition(a: string, b: string): number {
  const split = (key: string): [string, number] => {
    const index = key.lastIndexOf(':');
    return [index < 0 ? '' : key.slice(0, index), Number(key.slice(index + 1))];
  };
  const [topicA, numberA] = split(a);
  const [topicB, numberB] = split(b);
  return topicA === topicB ? numberA - numberB : topicA.localeCompare(topicB);
}
