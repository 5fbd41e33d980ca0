import type { KafkaWorld } from './kafka.js';
import { isoTime, type JsonObject } from './json.js';
import { basicState, isHealthy } from './state-manager.js';
import type { SupervisorInstance } from './supervisor-instance.js';
import type { Offsets, Task, TaskRunner } from './tasks.js';
import { atLeast } from './version.js';

/**
 * GET /{id}/status and /{id}/stats bodies (REFERENCE §3): SupervisorReport around
 * KafkaSupervisorReportPayload, null fields omitted as Jackson's NON_NULL does.
 */

export function statusReport(
  s: SupervisorInstance,
  tasks: TaskRunner,
  world: KafkaWorld,
  at: number,
  version: string,
): JsonObject {
  const known = (ids: Iterable<string>): Task[] =>
    [...ids].map((id) => tasks.tasks.get(id)).filter((t): t is Task => t !== undefined);
  // Reading tasks show once they run; publishing ones stay listed, even finished, until the next
  // run notices (real 33.0: FINDINGS 28).
  const active = known([...s.activeGroups.values()].flat()).filter(
    (t) => t.status === 'READING' && t.startTime <= at,
  );
  active.forEach((t) => tasks.observe(t, at));
  const publishing = known(s.publishing);
  const payload: JsonObject = {};
  if (atLeast(version, '34.0.0')) payload.id = s.spec.id;
  Object.assign(payload, {
    dataSource: s.spec.dataSource,
    stream: s.spec.stream,
    partitions: s.partitions.length,
    replicas: s.cfg.replicas,
    durationSeconds: Math.floor(s.cfg.taskDurationMs / 1000),
    activeTasks: active.map((t) => taskReport(t, 'ACTIVE', at, s.latest?.offsets)),
    publishingTasks: publishing.map((t) =>
      taskReport(t, 'PUBLISHING', at, undefined, inheritedView(s, t, at)),
    ),
  });
  // Captured on 33.0: minimumLag and aggregateLag are there ({} and 0) before any offsets are known.
  const highest: Offsets = {};
  for (const t of active) {
    for (const [k, v] of Object.entries(t.currentOffsets)) highest[k] = Math.max(highest[k] ?? 0, v);
  }
  const lag: Offsets = {};
  for (const [k, end] of Object.entries(s.latest?.offsets ?? {})) {
    if (highest[k] !== undefined) lag[k] = Math.max(0, end - highest[k]);
  }
  if (s.latest) payload.latestOffsets = s.latest.offsets;
  payload.minimumLag = lag;
  payload.aggregateLag = Object.values(lag).reduce((a, b) => a + b, 0);
  const io = s.spec.json.ioConfig as JsonObject;
  if (s.latest && io.emitTimeLagMetrics === true && atLeast(version, '33.0.0')) {
    payload.minimumLagMillis = lagMillis(s, world, lag);
  }
  if (s.latest) payload.offsetsLastUpdated = isoTime(s.latest.at);
  Object.assign(payload, {
    suspended: s.spec.suspended,
    healthy: isHealthy(s.state.state),
    state: basicState(s.state.state),
    detailedState: s.state.state,
    recentErrors: s.state.recentErrors.map((e) => ({
      timestamp: isoTime(e.timestamp),
      exceptionClass: e.exceptionClass,
      message: e.message,
      streamException: e.streamException,
    })),
  });
  return { id: s.spec.id, generationTime: isoTime(at), payload };
}

/** Time lag: how long the producer takes to write the records a partition is behind by. */
function lagMillis(s: SupervisorInstance, world: KafkaWorld, lag: Offsets): Offsets {
  const out: Offsets = {};
  for (const p of s.partitions) {
    const records = lag[p.key];
    if (records === undefined) continue;
    const rate = world.rate(s.cfg.bootstrap, p);
    out[p.key] = rate > 0 ? Math.round((records / rate) * 1000) : 0;
  }
  return out;
}

/**
 * How a publishing task this instance found shows: no start time ever, and its offsets only once
 * the instance has refreshed them — its reporting job runs `startDelay` + 15 s after it starts,
 * then every max(offsetFetchPeriod, 5 s), and asks every task, publishing ones included, for its
 * current offsets (SeekableStreamSupervisor.scheduleReporting, updateCurrentOffsets).
 */
function inheritedView(s: SupervisorInstance, t: Task, at: number): { offsetsKnown: boolean } | undefined {
  const found = s.inherited.get(t.id);
  if (found === undefined) return undefined;
  const first = s.firstRunAt + 15_000;
  const every = Math.max(s.cfg.offsetFetchPeriodMs, 5000);
  const lastRefresh = at < first ? undefined : first + Math.floor((at - first) / every) * every;
  return { offsetsKnown: lastRefresh !== undefined && lastRefresh >= found };
}

/** A task of the report; one found publishing by a new supervisor has no start time, and no offsets at first (real 33.0). */
function taskReport(
  t: Task,
  type: 'ACTIVE' | 'PUBLISHING',
  at: number,
  latest?: Offsets,
  found?: { offsetsKnown: boolean },
): JsonObject {
  const inherited = found !== undefined;
  const deadline =
    type === 'ACTIVE' ? t.startTime + t.durationMs : (t.publishStartedAt ?? at) + t.completionTimeoutMs;
  const report: JsonObject = {
    id: t.id,
    startingOffsets: t.startingOffsets,
    startTime: inherited ? null : isoTime(t.startTime),
    remainingSeconds: Math.max(0, Math.floor((deadline - at) / 1000)),
    type,
    currentOffsets: inherited && !found?.offsetsKnown ? {} : t.currentOffsets,
  };
  if (type === 'ACTIVE' && latest) {
    const lag: Offsets = {};
    for (const [k, v] of Object.entries(t.currentOffsets))
      if (latest[k] !== undefined) lag[k] = Math.max(0, latest[k] - v);
    report.lag = lag;
  }
  return report;
}

/** GET /{id}/stats: row counters of the reading tasks, by task group then task id. */
export function taskStats(s: SupervisorInstance, tasks: TaskRunner, at: number): JsonObject {
  const out: JsonObject = {};
  for (const [group, ids] of s.activeGroups) {
    const byTask: JsonObject = {};
    for (const id of ids) {
      const t = tasks.tasks.get(id);
      if (!t || t.startTime > at) continue;
      tasks.observe(t, at);
      const processed = tasks.processed(t);
      const perSecond = processed / Math.max(1, (at - t.startTime) / 1000);
      const window = {
        processed: perSecond,
        processedBytes: perSecond * 100,
        unparseable: 0,
        thrownAway: 0,
        processedWithError: 0,
      };
      byTask[id] = {
        movingAverages: { buildSegments: { '5m': window, '15m': window, '1m': window } },
        totals: {
          buildSegments: {
            processed,
            processedBytes: processed * 100,
            processedWithError: 0,
            thrownAway: 0,
            unparseable: 0,
          },
        },
      };
    }
    out[String(group)] = byTask;
  }
  return out;
}
