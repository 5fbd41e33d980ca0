import { observeStatus, offsetContinuity, type StatusObservation } from '../../../src/health/continuity.js';
import type { PartitionMap, SupervisorStatusPayload } from '../../../src/druid/payloads.js';
import { realStatus } from '../../support/druid-real.js';

type Task = { start: PartitionMap; current?: PartitionMap; startTime?: string | null };

/** A status payload with the given reading and publishing tasks. */
function status(
  at: number,
  options: { suspended?: boolean; active?: Task[]; publishing?: Task[]; lag?: number },
): StatusObservation {
  const task = (type: string) => (one: Task, index: number) => ({
    id: `${type}-${index}`,
    type,
    startingOffsets: one.start,
    currentOffsets: one.current ?? {},
    startTime: one.startTime === undefined ? '2026-01-01T00:00:00Z' : one.startTime,
  });
  const payload = {
    dataSource: 'clicks',
    activeTasks: (options.active ?? []).map(task('ACTIVE')),
    publishingTasks: (options.publishing ?? []).map(task('PUBLISHING')),
    suspended: options.suspended ?? false,
    healthy: true,
    state: options.suspended ? 'SUSPENDED' : 'RUNNING',
    detailedState: options.suspended ? 'SUSPENDED' : 'RUNNING',
    recentErrors: [],
    ...(options.lag === undefined
      ? {}
      : { latestOffsets: { '0': 1 }, minimumLag: { '0': options.lag }, aggregateLag: options.lag }),
  } as SupervisorStatusPayload;
  return observeStatus(payload, at);
}

const before = status(0, { active: [{ start: { '0': 100, '1': 200 }, current: { '0': 150, '1': 260 } }] });
const suspended = status(5, { suspended: true });
/** The suspended supervisor found the old tasks publishing and, after its offset refresh, knows where they stopped. */
const stoppedAt = (end: PartitionMap) =>
  status(20, {
    suspended: true,
    publishing: [{ start: { '0': 100, '1': 200 }, current: end, startTime: null }],
  });
const after = (start: PartitionMap) => status(40, { active: [{ start, current: start }] });

test('a deploy that never had the supervisor suspended has nothing to prove', () => {
  expect(offsetContinuity([before, status(10, { active: [{ start: { '0': 100 } }] })])).toBeUndefined();
  expect(offsetContinuity([])).toBeUndefined();
});

test('continuous: the new tasks start exactly where Druid says the old ones stopped, in every partition', () => {
  const verdict = offsetContinuity([
    before,
    suspended,
    stoppedAt({ '0': 170, '1': 280 }),
    after({ '0': 170, '1': 280 }),
  ]);
  expect(verdict?.verdict).toBe('continuous');
  expect(verdict?.partitions).toEqual([
    { partition: '0', verdict: 'continuous', stopped: { offset: 170, exact: true }, started: 170 },
    { partition: '1', verdict: 'continuous', stopped: { offset: 280, exact: true }, started: 280 },
  ]);
});

test('gap: new tasks that start after the exact stop skip records, counted per partition', () => {
  const verdict = offsetContinuity([
    before,
    suspended,
    stoppedAt({ '0': 170, '1': 280 }),
    after({ '0': 170, '1': 300 }),
  ]);
  expect(verdict?.verdict).toBe('gap');
  expect(verdict?.partitions[1]).toMatchObject({ partition: '1', verdict: 'gap', records: 20 });
  expect(verdict?.summary).toContain('GAP in partition(s) 1 (20 records)');
});

test('rewind: new tasks that start before offsets the old tasks read re-read them, even without the exact stop', () => {
  const verdict = offsetContinuity([before, suspended, after({ '0': 100, '1': 260 })]);
  expect(verdict?.verdict).toBe('rewind');
  expect(verdict?.partitions[0]).toMatchObject({
    verdict: 'rewind',
    stopped: { offset: 150, exact: false },
    started: 100,
    records: 50,
  });
  expect(verdict?.summary).toContain('REWIND in partition(s) 0 (at least 50 records)');
});

test('not provable: the old tasks were only seen reading, and finished before Druid said where they stopped', () => {
  const verdict = offsetContinuity([before, suspended, after({ '0': 175, '1': 260 })]);
  expect(verdict?.verdict).toBe('not provable');
  expect(verdict?.partitions[0]).toMatchObject({ verdict: 'not provable', records: 25 });
  expect(verdict?.summary).toContain('Druid did not report where the tasks before stopped');
  expect(verdict?.summary).toContain('25 record(s) in doubt');
});

test('not provable: the new tasks are not listed yet, or nothing read before the deploy', () => {
  const resumed = status(40, { active: [] });
  expect(offsetContinuity([before, suspended, resumed])?.partitions[0]?.why).toBe(
    'no new task was listed reading it yet',
  );
  const wasSuspended = offsetContinuity([suspended, after({ '0': 170 })]);
  expect(wasSuspended?.verdict).toBe('not provable');
  expect(wasSuspended?.partitions[0]?.why).toBe('no task was seen reading it before the deploy');
});

test('old tasks first seen only as publishing (the deploy began before Druid listed them reading) still count as the tasks before', () => {
  const starting = status(0, { active: [] });
  const verdict = offsetContinuity([
    starting,
    status(5, { suspended: true, publishing: [{ start: { '0': 0 }, startTime: null }] }),
    status(20, {
      suspended: true,
      publishing: [{ start: { '0': 0 }, current: { '0': 100 }, startTime: null }],
    }),
    status(40, { active: [{ start: { '0': 100 }, current: { '0': 120 } }] }),
  ]);
  expect(verdict?.verdict).toBe('continuous');
  expect(verdict?.partitions[0]).toMatchObject({ stopped: { offset: 100, exact: true }, started: 100 });
});

test('a deploy that ends with the supervisor suspended proves nothing: nothing reads', () => {
  const verdict = offsetContinuity([before, suspended, stoppedAt({ '0': 170, '1': 280 })]);
  expect(verdict?.verdict).toBe('not provable');
  expect(verdict?.summary).toContain('suspended');
  expect(verdict?.partitions[0]?.stopped).toEqual({ offset: 170, exact: true });
});

test('a restore is judged over every hop: old tasks → the failed spec’s tasks → the restored ones', () => {
  const failing = status(30, { active: [{ start: { '0': 170 }, current: { '0': 190 } }] });
  const restored = status(60, { active: [{ start: { '0': 180 }, current: { '0': 185 } }] });
  const verdict = offsetContinuity([
    status(0, { active: [{ start: { '0': 100 }, current: { '0': 150 } }] }),
    suspended,
    stoppedAt({ '0': 170 }),
    failing,
    restored,
  ]);
  // The restored tasks start at 180, before the 190 the failed spec's tasks read: re-read.
  expect(verdict?.verdict).toBe('rewind');
  expect(verdict?.partitions[0]).toMatchObject({
    stopped: { offset: 190, exact: false },
    started: 180,
    records: 10,
  });
});

test('a publishing task the supervisor started itself (startTime set) does not count as an exact stop', () => {
  const sameInstance = status(20, {
    suspended: true,
    publishing: [{ start: { '0': 100, '1': 200 }, current: { '0': 170, '1': 280 } }],
  });
  expect(offsetContinuity([before, suspended, sameInstance, after({ '0': 170, '1': 280 })])?.verdict).toBe(
    'not provable',
  );
});

test('real Druid 33 captures: running, then suspended with the task found publishing (offsets not yet refreshed)', () => {
  const running = observeStatus(realStatus('supervisor-status-running'), 0);
  const paused = observeStatus(realStatus('supervisor-status-suspended'), 5_000);
  expect(paused.readers).toEqual([
    { publishing: true, discovered: true, start: { '0': 33, '1': 34, '2': 35 }, current: {} },
  ]);
  expect(running.lag).toBe(0);
  const verdict = offsetContinuity([running, paused]);
  expect(verdict?.verdict).toBe('not provable');
  // The task found publishing started after the one seen reading: it is the latest before the
  // deploy, and it stopped at its start or later (Druid had not refreshed its offsets yet).
  expect(verdict?.partitions.map((partition) => partition.stopped)).toEqual([
    { offset: 33, exact: false },
    { offset: 34, exact: false },
    { offset: 35, exact: false },
  ]);
});
