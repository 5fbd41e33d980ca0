/**
 * The simulated Kafka the emulated supervisors read from: clusters reachable through their
 * bootstrap servers, topics with partitions whose end offsets grow at a produce rate. Offsets are
 * computed from time, not stored per tick, so any emulated instant can be asked about. A record's
 * content (what the sampler reads) is what a test or the demo produced at that offset, else what
 * the topic's generator makes of the offset (`defaultRecord`, a small JSON event).
 */

export interface StreamError {
  exceptionClass: string;
  message: string;
  streamException: boolean;
}

interface Partition {
  /** End offset at `baseAt`; from then on it grows by `ratePerSec`. */
  base: number;
  baseAt: number;
  ratePerSec: number;
  /** First offset Kafka still has: records before it were deleted (retention, delete-records). */
  earliest: number;
  /** Records produced with their content; other offsets hold what the generator makes. */
  records: Map<number, KafkaRecord>;
}

/** One record as a consumer reads it: the value (null for a tombstone) and its timestamp. */
interface KafkaRecord {
  value: string | null;
  timestamp: number;
}

/** The content of a record nobody produced explicitly, from where it sits and when it was written. */
export type RecordGenerator = (at: {
  topic: string;
  partition: number;
  offset: number;
  timestamp: number;
}) => string;

interface Topic {
  name: string;
  partitions: Partition[];
  generator: RecordGenerator;
  /** The partition the next record produced without one goes to (round robin). */
  next: number;
}

/** A record read from a partition, where it sits. */
export interface ReadRecord extends KafkaRecord {
  topic: string;
  partition: number;
  offset: number;
}

/** A plausible event, the same for the same place: JSON with an ISO `timestamp`. */
const defaultRecord: RecordGenerator = ({ partition, offset, timestamp }) =>
  JSON.stringify({
    timestamp: new Date(timestamp).toISOString(),
    user_id: `user-${(offset * 7 + partition) % 97}`,
    page: `/products/${offset % 13}`,
    country: ['DE', 'US', 'FR', 'IN', 'BR'][offset % 5],
    latency_ms: (offset * 37) % 500,
  });

export interface KafkaCluster {
  name: string;
  servers: string[];
  reachable: boolean;
  topics: Map<string, Topic>;
  /** Like a broker with auto.create.topics.enable: a lookup creates a missing topic. */
  autoCreate?: { partitions: number; ratePerSec: number };
}

/** A partition a supervisor reads, keyed as Druid keys it in reports ("0", or "topic:0" for multi-topic). */
export interface StreamPartition {
  key: string;
  topic: string;
  partition: number;
}

export type PartitionLookup =
  | { ok: true; partitions: StreamPartition[] }
  /** `blocks`: the consumer waited its `default.api.timeout.ms` before failing (no broker answered). */
  | { ok: false; error: StreamError; blocks: boolean };

export class KafkaWorld {
  readonly clusters: KafkaCluster[] = [];

  constructor(private readonly now: () => number) {}

  addCluster(name: string, servers: string[], autoCreate?: KafkaCluster['autoCreate']): KafkaCluster {
    const cluster: KafkaCluster = {
      name,
      servers,
      reachable: true,
      topics: new Map(),
      ...(autoCreate ? { autoCreate } : {}),
    };
    this.clusters.push(cluster);
    return cluster;
  }

  cluster(nameOrServer: string): KafkaCluster {
    const found = this.clusters.find((c) => c.name === nameOrServer || c.servers.includes(nameOrServer));
    if (!found) throw new Error(`no simulated Kafka cluster ${nameOrServer}`);
    return found;
  }

  /** The cluster a consumer with this `bootstrap.servers` value reaches, if any server is known and up. */
  resolve(bootstrapServers: string): KafkaCluster | undefined {
    const servers = bootstrapServers.split(',').map((s) => s.trim());
    return this.clusters.find((c) => c.reachable && servers.some((s) => c.servers.includes(s)));
  }

  /** `at`: when the topic appears (a supervisor run replayed in the past creates it at that run). */
  createTopic(clusterName: string, topic: string, partitions = 1, ratePerSec = 0, at = this.now()): void {
    const cluster = this.cluster(clusterName);
    const existing = cluster.topics.get(topic);
    if (existing) {
      // Kafka can only add partitions; new ones start empty.
      while (existing.partitions.length < partitions)
        existing.partitions.push({ base: 0, baseAt: at, ratePerSec, earliest: 0, records: new Map() });
      return;
    }
    cluster.topics.set(topic, {
      name: topic,
      partitions: Array.from({ length: partitions }, () => ({
        base: 0,
        baseAt: at,
        ratePerSec,
        earliest: 0,
        records: new Map(),
      })),
      generator: defaultRecord,
      next: 0,
    });
  }

  /**
   * Appends records with these values, one each, to the given partition or round robin over the
   * partitions (as the lane's producer does), timestamped now.
   */
  produceRecords(
    clusterName: string,
    topic: string,
    values: readonly (string | null)[],
    partition?: number,
  ): void {
    const found = this.topic(clusterName, topic);
    const at = this.now();
    for (const value of values) {
      const index = partition ?? found.next++ % found.partitions.length;
      const target = found.partitions[index];
      if (!target) throw new Error(`topic ${topic} has no partition ${index}`);
      target.records.set(endOffset(target, at), { value, timestamp: at });
      target.base += 1;
    }
  }

  /** What the topic's records hold where nobody produced them explicitly. */
  setRecordGenerator(clusterName: string, topic: string, generator: RecordGenerator): void {
    this.topic(clusterName, topic).generator = generator;
  }

  /**
   * The records of the partitions, from the earliest offset Kafka still holds, one partition after
   * another (a consumer assigned several partitions gets them in batches per partition), read
   * lazily: the sampler stops when it has its rows. Offsets not yet written at `at` are not read.
   */
  *readRecords(
    bootstrapServers: string,
    partitions: readonly StreamPartition[],
    at = this.now(),
  ): Generator<ReadRecord> {
    for (const p of partitions) {
      const topic = this.resolve(bootstrapServers)?.topics.get(p.topic);
      const partition = topic?.partitions[p.partition];
      if (!topic || !partition) continue;
      const end = endOffset(partition, at);
      for (let offset = partition.earliest; offset < end; offset++) {
        const timestamp = recordTime(partition, offset);
        const record = partition.records.get(offset) ?? {
          value: topic.generator({ topic: p.topic, partition: p.partition, offset, timestamp }),
          timestamp,
        };
        yield { ...record, topic: p.topic, partition: p.partition, offset };
      }
    }
  }

  deleteTopic(clusterName: string, topic: string): void {
    this.cluster(clusterName).topics.delete(topic);
  }

  /** Appends `records` to every partition (or to one). */
  produce(clusterName: string, topic: string, records: number, partition?: number): void {
    for (const [i, p] of this.topic(clusterName, topic).partitions.entries()) {
      if (partition === undefined || partition === i) p.base += records;
    }
  }

  /**
   * What retention (or `kafka-delete-records`) does: records before `offset` are gone, so the
   * partition's earliest offset moves there (never past its end).
   */
  deleteRecords(clusterName: string, topic: string, offset: number, partition?: number): void {
    const at = this.now();
    for (const [i, p] of this.topic(clusterName, topic).partitions.entries()) {
      if (partition === undefined || partition === i)
        p.earliest = Math.max(p.earliest, Math.min(offset, endOffset(p, at)));
    }
  }

  setRate(clusterName: string, topic: string, ratePerSec: number): void {
    const at = this.now();
    for (const p of this.topic(clusterName, topic).partitions) {
      p.base = endOffset(p, at);
      p.baseAt = at;
      p.ratePerSec = ratePerSec;
    }
  }

  setReachable(clusterName: string, reachable: boolean): void {
    this.cluster(clusterName).reachable = reachable;
  }

  /** What KafkaRecordSupplier.getPartitionIds gives the supervisor, or the exception it records. */
  lookupPartitions(
    bootstrapServers: string,
    stream: string,
    multiTopic: boolean,
    at = this.now(),
  ): PartitionLookup {
    const cluster = this.resolve(bootstrapServers);
    if (!cluster) {
      return fail(
        'org.apache.kafka.common.errors.TimeoutException: Timeout expired while fetching topic metadata',
        true,
      );
    }
    if (!multiTopic && cluster.autoCreate && !cluster.topics.has(stream)) {
      this.createTopic(
        cluster.name,
        stream,
        cluster.autoCreate.partitions,
        cluster.autoCreate.ratePerSec,
        at,
      );
    }
    const topics = multiTopic
      ? [...cluster.topics.values()].filter((t) => new RegExp(`^(?:${stream})$`).test(t.name))
      : [cluster.topics.get(stream)].filter((t): t is Topic => t !== undefined);
    const partitions = topics
      .sort((a, b) => (a.name < b.name ? -1 : 1))
      .flatMap((t) =>
        t.partitions.map((_, i) => ({
          key: multiTopic ? `${t.name}:${i}` : String(i),
          topic: t.name,
          partition: i,
        })),
      );
    if (partitions.length === 0)
      return fail(`org.apache.druid.java.util.common.ISE: No partitions found for stream [${stream}]`, false);
    return { ok: true, partitions };
  }

  /** End offset of one partition at emulated time `at`; undefined while it cannot be reached. */
  endOffset(bootstrapServers: string, p: StreamPartition, at: number): number | undefined {
    const partition = this.resolve(bootstrapServers)?.topics.get(p.topic)?.partitions[p.partition];
    return partition ? endOffset(partition, at) : undefined;
  }

  /** Earliest offset Kafka still holds for one partition; undefined while it cannot be reached. */
  earliestOffset(bootstrapServers: string, p: StreamPartition): number | undefined {
    return this.resolve(bootstrapServers)?.topics.get(p.topic)?.partitions[p.partition]?.earliest;
  }

  /** Produce rate of one partition in records per second, for time lag. */
  rate(bootstrapServers: string, p: StreamPartition): number {
    return this.resolve(bootstrapServers)?.topics.get(p.topic)?.partitions[p.partition]?.ratePerSec ?? 0;
  }

  private topic(clusterName: string, topic: string): Topic {
    const found = this.cluster(clusterName).topics.get(topic);
    if (!found) throw new Error(`no topic ${topic} in ${clusterName}`);
    return found;
  }
}

function endOffset(p: Partition, at: number): number {
  return p.base + Math.max(0, Math.floor(((at - p.baseAt) * p.ratePerSec) / 1000));
}

/** When a generated record was written: offsets past `base` arrive at the produce rate. */
function recordTime(p: Partition, offset: number): number {
  if (offset < p.base || p.ratePerSec <= 0) return p.baseAt;
  return p.baseAt + Math.floor(((offset - p.base) * 1000) / p.ratePerSec);
}

/**
 * Druid wraps the failure in a StreamException and reports its cause: the cause's class, and the
 * cause's text as the message (captured on 33.0 for the Kafka TimeoutException).
 */
function fail(message: string, blocks: boolean): PartitionLookup {
  const exceptionClass = message.slice(0, message.indexOf(':'));
  return { ok: false, error: { exceptionClass, message, streamException: true }, blocks };
}
