import { createHash } from 'node:crypto';
import type { KafkaWorld, StreamPartition } from './kafka.js';

/**
 * Kafka indexing tasks. They live in the Overlord's task runner, not in a supervisor, so they
 * outlive supervisor restarts and Overlord restarts the way real peons do; a new supervisor
 * discovers them.
 */

type TaskStatus = 'READING' | 'PUBLISHING' | 'SUCCESS' | 'FAILED';
export type Offsets = Record<string, number>;

export interface Task {
  id: string;
  supervisorId: string;
  dataSource: string;
  /** Which spec the task was created from (Druid's isTaskCurrent check). */
  specHash: string;
  groupId: number;
  bootstrap: string;
  partitions: StreamPartition[];
  startingOffsets: Offsets;
  currentOffsets: Offsets;
  startTime: number;
  durationMs: number;
  completionTimeoutMs: number;
  status: TaskStatus;
  /** Set by fault injection: the task fails at this time while reading. */
  failAt?: number;
  /** Set by `limitReadRate`: records per second per partition the task can read from `limitFrom`. */
  maxRecordsPerSec?: number;
  /** Where a limit set on a running task starts counting; else the task's start. */
  limitFrom?: { at: number; offsets: Offsets };
  publishStartedAt?: number;
  publishDoneAt?: number;
  /** A reset deleted the offsets this publish would compare-and-swap against. */
  commitRejected?: boolean;
  finishedAt?: number;
}

/** Timing of the simulated peons, in emulated milliseconds. */
export interface TaskTimings {
  /** How far behind the partition end a reading task is. */
  readLagMs: number;
  /** From checkpoint to segments published and handed off. */
  publishMs: number;
  /** How long a task told to fail keeps reading before it fails. */
  failAfterMs: number;
  /**
   * From the run that creates a task to the task reading and listed in the status: real 33.0 shows
   * RUNNING with no active task for ≈5 s after create or resume (FINDINGS 20, 27, 29).
   */
  taskStartMs: number;
}

export const DEFAULT_TIMINGS: TaskTimings = {
  readLagMs: 1000,
  publishMs: 15_000,
  failAfterMs: 2000,
  taskStartMs: 5000,
};

export class TaskRunner {
  readonly tasks = new Map<string, Task>();
  private counter = 0;

  constructor(
    private readonly world: KafkaWorld,
    readonly timings: TaskTimings,
  ) {}

  /** index_kafka_<dataSource>_<15 hex of the sequence name>_<8 letters>, deterministic per run. */
  newId(dataSource: string, specHash: string, groupId: number, offsets: Offsets): string {
    this.counter += 1;
    const base = createHash('sha1')
      .update(`${specHash}|${groupId}|${JSON.stringify(offsets)}`)
      .digest('hex')
      .slice(0, 15);
    const suffix = createHash('sha1')
      .update(`${this.counter}`)
      .digest()
      .subarray(0, 8)
      .reduce((s, b) => s + String.fromCharCode(97 + (b % 26)), '');
    return `index_kafka_${dataSource}_${base}_${suffix}`;
  }

  add(task: Task): void {
    this.tasks.set(task.id, task);
  }

  of(supervisorId: string): Task[] {
    return [...this.tasks.values()].filter((t) => t.supervisorId === supervisorId);
  }

  /**
   * Brings a reading task's offsets up to `at`; offsets freeze while its brokers are unreachable.
   * A task with a read limit falls behind the partition end when the topic grows faster.
   */
  observe(task: Task, at: number): void {
    if (task.status !== 'READING' || at < task.startTime) return;
    for (const p of task.partitions) {
      const end = this.world.endOffset(task.bootstrap, p, at - this.timings.readLagMs);
      const current = task.currentOffsets[p.key] ?? task.startingOffsets[p.key] ?? 0;
      if (end === undefined) continue;
      const from = task.limitFrom ?? { at: task.startTime, offsets: task.startingOffsets };
      const reachable =
        task.maxRecordsPerSec === undefined
          ? end
          : Math.min(
              end,
              (from.offsets[p.key] ?? 0) + Math.floor((task.maxRecordsPerSec * (at - from.at)) / 1000),
            );
      task.currentOffsets[p.key] = Math.max(current, reachable);
    }
  }

  /** Stops reading and starts publishing what was read. */
  checkpoint(task: Task, at: number, endOffsets: Offsets): void {
    task.status = 'PUBLISHING';
    task.currentOffsets = { ...endOffsets };
    task.publishStartedAt = at;
    task.publishDoneAt = at + this.timings.publishMs;
  }

  /** Killed tasks fail; whatever they read and did not publish is gone. */
  kill(task: Task, at: number): void {
    if (task.status === 'SUCCESS' || task.status === 'FAILED') return;
    task.status = 'FAILED';
    task.finishedAt = at;
  }

  /** Next time something happens to a task on its own (failure or end of publishing). */
  nextEvent(task: Task): number | undefined {
    if (task.status === 'READING') return task.failAt;
    if (task.status === 'PUBLISHING')
      return Math.min(task.publishDoneAt ?? Infinity, this.publishDeadline(task));
    return undefined;
  }

  /** Publishing longer than completionTimeout gets the task killed by its supervisor. */
  publishDeadline(task: Task): number {
    return (task.publishStartedAt ?? task.startTime) + task.completionTimeoutMs;
  }

  processed(task: Task): number {
    return task.partitions.reduce(
      (sum, p) => sum + (task.currentOffsets[p.key] ?? 0) - (task.startingOffsets[p.key] ?? 0),
      0,
    );
  }
}
