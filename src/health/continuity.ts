/**
 * Offset continuity over a deploy: did the tasks that read after the deploy start exactly where the
 * tasks before it stopped, partition by partition? A pure decision over the status reads the deploy
 * made anyway (no extra request, no write). Druid 33 shows, per task in GET `/{id}/status`:
 * - `startingOffsets`: where a task group started (the stored offsets, or where the group before
 *   it stopped): exact, for reading and publishing tasks alike;
 * - `currentOffsets` of a reading task: how far it had read at Druid's last offset refresh (every
 *   `offsetFetchPeriod`), so where the group stops is that offset *or later*;
 * - `currentOffsets` of a task a new supervisor found publishing (listed with `startTime: null`,
 *   after a suspend or an update): empty until that supervisor's first offset refresh
 *   (`startDelay` + 15 s, then every `offsetFetchPeriod`), then the offsets the task stopped at —
 *   exactly where Druid resumes once it has published (SeekableStreamSupervisor.discoverTasks,
 *   updateCurrentOffsets, scheduleReporting).
 * So a rewind (new tasks start before offsets the old ones read) is always provable; "continuous"
 * and "gap" need the exact stop, which Druid reports only when the old tasks were still publishing
 * at that refresh (typical in production, where handoff takes a minute; rare on a small cluster).
 * Otherwise the verdict says "not provable" and how many records are in doubt.
 */
import type { PartitionMap, SupervisorStatusPayload } from '../druid/payloads.js';
import { knownLag } from './lag.js';
import { byPartition } from './offsets.js';

/** What the continuity proof and the lag chart keep of one status read. */
export interface StatusObservation {
  at: number;
  suspended: boolean;
  /** Druid's lag when it means something (reading tasks, the stream's end known). */
  lag?: number;
  readers: ReaderObservation[];
}

interface ReaderObservation {
  publishing: boolean;
  /** Found publishing by a new supervisor (`startTime: null`): its current offsets, once filled, are where it stopped. */
  discovered: boolean;
  start: PartitionMap;
  current: PartitionMap;
}

export function observeStatus(payload: SupervisorStatusPayload, at: number): StatusObservation {
  const lag = knownLag(payload);
  const reader = (publishing: boolean) => (task: SupervisorStatusPayload['activeTasks'][number]) => ({
    publishing,
    discovered: publishing && task.startTime == null,
    start: task.startingOffsets ?? {},
    current: task.currentOffsets ?? {},
  });
  return {
    at,
    suspended: payload.suspended,
    ...(lag === undefined ? {} : { lag }),
    readers: [...payload.activeTasks.map(reader(false)), ...payload.publishingTasks.map(reader(true))],
  };
}

export type ContinuityVerdict = 'continuous' | 'gap' | 'rewind' | 'not provable';

export interface PartitionContinuity {
  partition: string;
  verdict: ContinuityVerdict;
  /**
   * Where the tasks before stopped: `exact` when Druid reported it, else the furthest offset they
   * were seen reading (they stopped there or later).
   */
  stopped?: { offset: number; exact: boolean };
  /** Where the tasks after start. */
  started?: number;
  /** gap: records skipped; rewind: records read twice (at least, when the stop is not exact); not provable: records in doubt. */
  records?: number;
  /** For not provable: why. */
  why?: string;
}

export interface OffsetContinuity {
  verdict: ContinuityVerdict;
  /** One sentence: what was proven, or why it could not be. */
  summary: string;
  partitions: PartitionContinuity[];
}

/** One task group's view of one partition: where it started, and how far it was seen to get. */
interface Reader {
  start: number;
  firstSeen: number;
  /** The first status that listed it reading; never, for tasks only ever seen publishing. */
  firstActive?: number;
  read?: number;
  end?: number;
}

/**
 * The verdict over a deploy's status reads, oldest first; undefined when the deploy never had the
 * supervisor suspended (nothing stopped reading, so there is nothing to prove).
 */
export function offsetContinuity(observations: readonly StatusObservation[]): OffsetContinuity | undefined {
  const firstSuspended = observations.findIndex((seen) => seen.suspended);
  if (firstSuspended < 0) return undefined;
  const last = observations.at(-1);
  const readers = readersByPartition(observations, firstSuspended);
  const partitions = [...readers.keys()]
    .sort(byPartition)
    .map((partition) => partitionVerdict(partition, readers.get(partition) ?? [], firstSuspended));
  if (last?.suspended) {
    return {
      verdict: 'not provable',
      summary: 'it is suspended: nothing reads the topic until it is resumed',
      partitions: partitions.map(({ partition, stopped }) => ({
        partition,
        verdict: 'not provable',
        ...(stopped ? { stopped } : {}),
        why: 'nothing reads it while suspended',
      })),
    };
  }
  if (partitions.length === 0)
    return { verdict: 'not provable', summary: 'Druid listed no reading task during the deploy', partitions };
  const verdict = overall(partitions);
  return { verdict, summary: summarise(verdict, partitions), partitions };
}

/**
 * Task groups per partition, told apart by where they started. A group reading after the suspend
 * is a new one even when it starts where an old one did (a rewind to that start); a task found
 * publishing after the suspend is an old one.
 */
function readersByPartition(
  observations: readonly StatusObservation[],
  firstSuspended: number,
): Map<string, Reader[]> {
  const byPartition = new Map<string, Reader[]>();
  observations.forEach((seen, index) => {
    const afterSuspend = index >= firstSuspended;
    for (const reader of seen.readers) {
      for (const [partition, start] of Object.entries(reader.start)) {
        const list = byPartition.get(partition) ?? [];
        byPartition.set(partition, list);
        const same = list.filter((candidate) => candidate.start === start);
        let known = reader.publishing
          ? same[0]
          : same.find((candidate) => candidate.firstSeen >= firstSuspended === afterSuspend);
        if (!known) {
          known = { start, firstSeen: index };
          list.push(known);
        }
        if (!reader.publishing) known.firstActive ??= index;
        const current = reader.current[partition];
        if (current === undefined) continue;
        if (!reader.publishing) known.read = Math.max(known.read ?? current, current);
        else if (reader.discovered) known.end = current;
      }
    }
  });
  return byPartition;
}

/**
 * The tasks before: those read before the suspend, and those only ever seen publishing (found by
 * the suspended supervisor, they read before it). The tasks after: those seen reading after it,
 * in the order they began.
 */
function partitionVerdict(partition: string, readers: Reader[], firstSuspended: number): PartitionContinuity {
  const before = readers.filter(
    (reader) => reader.firstSeen < firstSuspended || reader.firstActive === undefined,
  );
  const old = before.sort((a, b) => b.start - a.start)[0];
  const after = readers
    .filter(
      (reader) => reader !== old && reader.firstActive !== undefined && reader.firstActive >= firstSuspended,
    )
    .sort((a, b) => (a.firstActive ?? 0) - (b.firstActive ?? 0) || a.start - b.start);
  const stopOf = (reader: Reader) => ({
    offset: reader.end ?? reader.read ?? reader.start,
    exact: reader.end !== undefined,
  });
  if (!old) {
    const first = after[0];
    return {
      partition,
      verdict: 'not provable',
      ...(first ? { started: first.start } : {}),
      why: 'no task was seen reading it before the deploy',
    };
  }
  if (after.length === 0)
    return {
      partition,
      verdict: 'not provable',
      stopped: stopOf(old),
      why: 'no new task was listed reading it yet',
    };
  const chain = [old, ...after];
  const hops = chain.slice(1).map((next, index) => hop(partition, chain[index] as Reader, next, stopOf));
  return hops.reduce((worst, candidate) =>
    RANK[candidate.verdict] >= RANK[worst.verdict] ? candidate : worst,
  );
}

function hop(
  partition: string,
  from: Reader,
  to: Reader,
  stopOf: (reader: Reader) => { offset: number; exact: boolean },
): PartitionContinuity {
  const stopped = stopOf(from);
  const base = { partition, stopped, started: to.start };
  const difference = to.start - stopped.offset;
  if (difference < 0) return { ...base, verdict: 'rewind', records: -difference };
  if (stopped.exact)
    return difference === 0
      ? { ...base, verdict: 'continuous' }
      : { ...base, verdict: 'gap', records: difference };
  return {
    ...base,
    verdict: 'not provable',
    records: difference,
    why: 'Druid did not report where the tasks before stopped (they finished publishing before its next offset refresh); they were last seen reading at the offset shown',
  };
}

const RANK: Record<ContinuityVerdict, number> = { continuous: 0, 'not provable': 1, rewind: 2, gap: 3 };

function overall(partitions: readonly PartitionContinuity[]): ContinuityVerdict {
  return partitions.reduce<ContinuityVerdict>(
    (worst, partition) => (RANK[partition.verdict] > RANK[worst] ? partition.verdict : worst),
    'continuous',
  );
}

function summarise(verdict: ContinuityVerdict, partitions: readonly PartitionContinuity[]): string {
  const list = (which: ContinuityVerdict, atLeast: boolean) =>
    partitions
      .filter((partition) => partition.verdict === which)
      .map(
        (partition) =>
          `${partition.partition} (${atLeast && !partition.stopped?.exact ? 'at least ' : ''}${count(partition.records ?? 0)} records)`,
      )
      .join(', ');
  switch (verdict) {
    case 'continuous':
      return 'every partition: the new tasks start exactly where the tasks before stopped (Druid reported both)';
    case 'gap':
      return `GAP in partition(s) ${list('gap', false)}: the new tasks start after where the tasks before stopped, so those records are never read${partitions.some((p) => p.verdict === 'rewind') ? `; REWIND in partition(s) ${list('rewind', true)}` : ''}`;
    case 'rewind':
      return `REWIND in partition(s) ${list('rewind', true)}: the new tasks start before where the tasks before stopped, so those records are read twice (duplicates)`;
    case 'not provable': {
      const doubtful = partitions.filter((partition) => partition.verdict === 'not provable');
      const inDoubt = doubtful.reduce((sum, partition) => sum + (partition.records ?? 0), 0);
      const why = doubtful[0]?.why ?? 'Druid did not show enough';
      return `no gap or rewind seen, but ${why}${inDoubt > 0 ? `; ${count(inDoubt)} record(s) in doubt in partition(s) ${doubtful.map((p) => p.partition).join(', ')}` : ''}`;
    }
  }
}

function count(value: number): string {
  return value.toLocaleString('en-US');
}
