import type { AuthConfig } from './auth.js';
import type { Clock } from './clock.js';
import type { FaultRule, FaultTable } from './faults.js';
import type { JsonObject } from './json.js';
import type { KafkaWorld, RecordGenerator } from './kafka.js';
import type { Segment } from './metadata-store.js';
import type { Overlord } from './overlord.js';
import { statusReport } from './report.js';
import type { RequestLog, RequestRecord } from './request-log.js';

/** Everything the server and the control API share: one emulated Overlord and its world. */
export interface EmulatorCore {
  clock: Clock;
  world: KafkaWorld;
  overlord: Overlord;
  faults: FaultTable;
  log: RequestLog;
  auth: AuthConfig | undefined;
  /** The leader's base URL; 'self' for a leader; undefined when no leader is known. */
  leader: string | undefined;
  /** false: the SupervisorManager is not ready and supervisor endpoints answer 503. */
  ready: boolean;
  url: string;
}

export interface TopicOptions {
  partitions?: number;
  /** Records per second per partition. */
  ratePerSec?: number;
  /** Cluster name or one of its bootstrap servers; the first cluster when absent. */
  cluster?: string;
}

/**
 * The emulator's test controls, for in-process tests. The HTTP control routes under
 * /__emulator call the same methods.
 */
export class EmulatorControl {
  constructor(private readonly core: EmulatorCore) {}

  private cluster(name?: string): string {
    const cluster = name ?? this.core.world.clusters[0]?.name;
    if (!cluster) throw new Error('the emulator has no Kafka cluster');
    return cluster;
  }

  /** Brings the simulation up to the clock; every control call does it first. */
  private sync(): void {
    this.core.overlord.advanceTo(this.core.clock.now());
  }

  now(): number {
    return this.core.clock.now();
  }

  /** Moves emulated time forward and runs everything due (supervisor runs, task rollovers, publishes). */
  advance(ms: number): void {
    this.core.clock.advance(ms);
    this.sync();
  }

  setTime(ms: number): void {
    this.core.clock.set(ms);
    this.sync();
  }

  addCluster(name: string, servers: string[]): void {
    this.core.world.addCluster(name, servers);
  }

  createTopic(topic: string, options: TopicOptions = {}): void {
    this.sync();
    this.core.world.createTopic(
      this.cluster(options.cluster),
      topic,
      options.partitions ?? 1,
      options.ratePerSec ?? 0,
    );
  }

  deleteTopic(topic: string, cluster?: string): void {
    this.sync();
    this.core.world.deleteTopic(this.cluster(cluster), topic);
  }

  produce(topic: string, records: number, options: { partition?: number; cluster?: string } = {}): void {
    this.sync();
    this.core.world.produce(this.cluster(options.cluster), topic, records, options.partition);
  }

  /**
   * Appends records with these contents (one per value, null for a tombstone) to the partition,
   * or round robin over the partitions; what the sampler reads back.
   */
  produceRecords(
    topic: string,
    values: readonly (string | null)[],
    options: { partition?: number; cluster?: string } = {},
  ): void {
    this.sync();
    this.core.world.produceRecords(this.cluster(options.cluster), topic, values, options.partition);
  }

  /** What the topic's records hold where nobody produced them (default: a small JSON event). */
  setRecordGenerator(topic: string, generator: RecordGenerator, cluster?: string): void {
    this.core.world.setRecordGenerator(this.cluster(cluster), topic, generator);
  }

  /** Kafka deletes the records before `offset` (what retention does): supervisors resuming from older stored offsets fail. */
  deleteRecords(topic: string, offset: number, options: { partition?: number; cluster?: string } = {}): void {
    this.sync();
    this.core.world.deleteRecords(this.cluster(options.cluster), topic, offset, options.partition);
  }

  setRate(topic: string, ratePerSec: number, cluster?: string): void {
    this.sync();
    this.core.world.setRate(this.cluster(cluster), topic, ratePerSec);
  }

  /** Brokers unreachable: supervisors fail their runs, tasks stop advancing. */
  breakBrokers(cluster?: string): void {
    this.sync();
    this.core.world.setReachable(this.cluster(cluster), false);
  }

  repairBrokers(cluster?: string): void {
    this.sync();
    this.core.world.setReachable(this.cluster(cluster), true);
  }

  /** The next `count` tasks the supervisor creates fail while reading ('all': every one until repaired). */
  failTasks(supervisorId: string, count: number | 'all' = 'all'): void {
    this.sync();
    this.core.overlord.taskFaults.set(supervisorId, count);
  }

  repairTasks(supervisorId: string): void {
    this.core.overlord.taskFaults.delete(supervisorId);
  }

  /** The supervisor's tasks read at most this many records per second per partition (undefined: they keep up). */
  limitReadRate(supervisorId: string, recordsPerSec: number | undefined): void {
    this.sync();
    this.core.overlord.limitReadRate(supervisorId, recordsPerSec);
  }

  /**
   * The supervisor's autoscaler scales to `taskCount` now, as Druid's does: its reading tasks publish,
   * the running spec's ioConfig.taskCount is rewritten and a history version is written. The
   * autoscaler must be enabled and the supervisor running.
   */
  autoscale(supervisorId: string, taskCount: number): void {
    this.sync();
    this.core.overlord.autoscale(supervisorId, taskCount);
  }

  injectFault(rule: FaultRule): string {
    return this.core.faults.add(rule);
  }

  removeFault(id: string): void {
    this.core.faults.remove(id);
  }

  clearFaults(): void {
    this.core.faults.clear();
  }

  requests(): RequestRecord[] {
    return this.core.log.list();
  }

  /** Requests other than GET/HEAD/OPTIONS: "review mode never writes" is `writes().length === 0`. */
  writes(): RequestRecord[] {
    return this.core.log.writes();
  }

  clearRequests(): void {
    this.core.log.clear();
  }

  /** Overlord restart: supervisors restart from their stored specs, tasks keep running. */
  restartOverlord(): void {
    this.sync();
    this.core.overlord.restart();
  }

  /** Leader URL this instance redirects to; 'self' to lead; null for "no leader known" (503). */
  setLeader(url: string | 'self' | null): void {
    this.core.leader = url === 'self' ? this.core.url : (url ?? undefined);
  }

  setReady(ready: boolean): void {
    this.core.ready = ready;
  }

  setAuth(auth: AuthConfig | undefined): void {
    this.core.auth = auth;
  }

  /** The status report Druid would serve now, without going through HTTP (or the request log). */
  status(supervisorId: string): JsonObject | undefined {
    this.sync();
    const s = this.core.overlord.supervisors.get(supervisorId);
    const { overlord } = this.core;
    return s && statusReport(s, overlord.tasks, overlord.world, overlord.time, overlord.version);
  }

  /** Publishes used segments, as if ingestion had written them (for retention dry runs). */
  addSegments(segments: ReadonlyArray<Omit<Segment, 'version' | 'partitionNum'> & Partial<Segment>>): void {
    const created = new Date(this.core.clock.now()).toISOString();
    for (const segment of segments)
      this.core.overlord.store.addSegment({ version: created, partitionNum: 0, ...segment }, created);
  }

  /** Offsets committed to the metadata store for a supervisor. */
  committedOffsets(supervisorId: string): Record<string, number> | undefined {
    const offsets = this.core.overlord.store.offsets.get(supervisorId);
    return offsets && { ...offsets };
  }
}
