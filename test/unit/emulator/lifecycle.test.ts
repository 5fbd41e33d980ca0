import type { JsonObject } from '../../../src/emulator/json.js';
import { BASE, payload, spec, useEventsEmulator } from './helpers.js';

const emu = useEventsEmulator();

const health = async (): Promise<[number, unknown]> => {
  const res = await emu.api.get(`${BASE}/events/health`);
  return [res.status, res.json()];
};

describe('supervisor lifecycle over emulated time', () => {
  test('PENDING until startDelay, then RUNNING with no task for ≈5 s, then taskCount × replicas tasks (FINDINGS 20)', async () => {
    await emu.api.post(BASE, spec({ io: { taskCount: 2, replicas: 2 } }));
    expect(await payload(emu.api, 'events')).toMatchObject({
      state: 'PENDING',
      detailedState: 'PENDING',
      healthy: true,
    });
    emu.control.advance(4999);
    expect((await payload(emu.api, 'events')).state).toBe('PENDING');
    emu.control.advance(1);
    const p = await payload(emu.api, 'events');
    expect(p).toMatchObject({
      id: 'events',
      state: 'RUNNING',
      detailedState: 'RUNNING',
      partitions: 2,
      replicas: 2,
      durationSeconds: 600,
    });
    expect(p.activeTasks).toEqual([]);
    emu.control.advance(4999);
    expect((await payload(emu.api, 'events')).activeTasks).toEqual([]);
    emu.control.advance(1);
    expect((await payload(emu.api, 'events')).activeTasks).toHaveLength(4);
    expect(await health()).toEqual([200, { healthy: true }]);
  });

  test('offsets advance with the produce rate; lag and time lag are reported per partition', async () => {
    emu.control.produce('events', 1000);
    await emu.api.post(BASE, spec({ io: { emitTimeLagMetrics: true } }));
    emu.control.advance(5000 + 30_000);
    const p = await payload(emu.api, 'events');
    const [task] = p.activeTasks as JsonObject[];
    expect(task?.startingOffsets).toEqual({ '0': 0, '1': 0 });
    expect(task?.currentOffsets).toEqual({ '0': 1340, '1': 1340 }); // 1000 + 10/s × 34 s (1 s read lag)
    expect(p.latestOffsets).toEqual({ '0': 1350, '1': 1350 });
    expect(p.minimumLag).toEqual({ '0': 10, '1': 10 });
    expect(p.aggregateLag).toBe(20);
    expect(p.minimumLagMillis).toEqual({ '0': 1000, '1': 1000 });
    expect(p.offsetsLastUpdated).toBe(new Date(Date.UTC(2026, 0, 1) + 35_000).toISOString());
  });

  test('after taskDuration the group publishes, hands off, commits offsets and creates segments', async () => {
    await emu.api.post(BASE, spec());
    expect((await emu.api.get('/druid/coordinator/v1/metadata/datasources/events')).status).toBe(404);
    // The task reads from 10 s (created by the run at 5 s); the run at 635 s rolls it over.
    emu.control.advance(640_000);
    const p = await payload(emu.api, 'events');
    expect(p.publishingTasks).toHaveLength(1);
    expect(p.activeTasks).toHaveLength(1);
    const [next] = p.activeTasks as JsonObject[];
    const [old] = p.publishingTasks as JsonObject[];
    expect(next?.startingOffsets).toEqual(old?.currentOffsets);
    emu.control.advance(15_000);
    expect(emu.control.committedOffsets('events')).toEqual(old?.currentOffsets);
    const meta = await emu.api.get('/druid/coordinator/v1/metadata/datasources/events');
    expect(meta.json()).toMatchObject({
      name: 'events',
      segments: [expect.objectContaining({ dataSource: 'events' })],
    });
  });

  test('suspend: PENDING for startDelay, then SUSPENDED; the task publishes and stays listed until the next run (FINDINGS 21, 28)', async () => {
    await emu.api.post(BASE, spec());
    emu.control.advance(10_000);
    await emu.api.post(`${BASE}/events/suspend`);
    expect(await payload(emu.api, 'events')).toMatchObject({ state: 'PENDING', suspended: true });
    emu.control.advance(4999);
    expect((await payload(emu.api, 'events')).state).toBe('PENDING');
    emu.control.advance(1);
    const p = await payload(emu.api, 'events');
    expect(p).toMatchObject({
      state: 'SUSPENDED',
      detailedState: 'SUSPENDED',
      suspended: true,
      healthy: true,
      activeTasks: [],
    });
    // Found publishing by the new supervisor: Druid knows neither its start nor its offsets.
    expect(p.publishingTasks).toEqual([
      expect.objectContaining({ type: 'PUBLISHING', startTime: null, currentOffsets: {} }),
    ]);
    emu.control.advance(15_000); // published at 25 s; the next run is at 45 s
    expect(emu.control.committedOffsets('events')).toBeDefined();
    expect((await payload(emu.api, 'events')).publishingTasks).toHaveLength(1);
    emu.control.advance(15_000);
    expect(await payload(emu.api, 'events')).toMatchObject({ publishingTasks: [], activeTasks: [] });
  });

  test('created suspended: PENDING with suspended true, then SUSPENDED after startDelay (FINDINGS 22)', async () => {
    await emu.api.post(BASE, spec({ top: { suspended: true } }));
    expect(await payload(emu.api, 'events')).toMatchObject({
      state: 'PENDING',
      detailedState: 'PENDING',
      suspended: true,
      healthy: true,
    });
    emu.control.advance(5000);
    expect(await payload(emu.api, 'events')).toMatchObject({ state: 'SUSPENDED', activeTasks: [] });
  });

  test('resume: RUNNING with no task first, an active task ≈5 s later (FINDINGS 29)', async () => {
    await emu.api.post(BASE, spec({ top: { suspended: true } }));
    emu.control.advance(10_000);
    await emu.api.post(`${BASE}/events/resume`);
    emu.control.advance(5000);
    expect(await payload(emu.api, 'events')).toMatchObject({ state: 'RUNNING', activeTasks: [] });
    emu.control.advance(5000);
    expect((await payload(emu.api, 'events')).activeTasks).toHaveLength(1);
  });

  test('unknown brokers: each run blocks 60 s in the consumer; UNHEALTHY / UNABLE_TO_CONNECT_TO_STREAM after 185 s (FINDINGS 24, 25)', async () => {
    await emu.api.post(BASE, spec({ io: { consumerProperties: { 'bootstrap.servers': 'nowhere:9092' } } }));
    emu.control.advance(184_999);
    const before = await payload(emu.api, 'events');
    expect(before).toMatchObject({ state: 'RUNNING', detailedState: 'CONNECTING_TO_STREAM', healthy: true });
    expect(before.recentErrors).toHaveLength(2);
    expect(await health()).toEqual([200, { healthy: true }]);
    emu.control.advance(1);
    const p = await payload(emu.api, 'events');
    expect(p).toMatchObject({
      state: 'UNHEALTHY_SUPERVISOR',
      detailedState: 'UNABLE_TO_CONNECT_TO_STREAM',
      healthy: false,
      partitions: 0,
      minimumLag: {},
      aggregateLag: 0,
    });
    const at = (seconds: number): string => new Date(Date.UTC(2026, 0, 1) + seconds * 1000).toISOString();
    expect((p.recentErrors as JsonObject[]).map((e) => e.timestamp)).toEqual([at(65), at(125), at(185)]);
    expect((p.recentErrors as JsonObject[])[0]).toEqual({
      timestamp: at(65),
      exceptionClass: 'org.apache.kafka.common.errors.TimeoutException',
      message:
        'org.apache.kafka.common.errors.TimeoutException: Timeout expired while fetching topic metadata',
      streamException: true,
    });
    expect(await health()).toEqual([503, { healthy: false }]);
  });

  test('default.api.timeout.ms 3000, period PT5S, startDelay PT1S: UNHEALTHY after 14 s, as captured', async () => {
    const io = {
      consumerProperties: { 'bootstrap.servers': 'nowhere:9092', 'default.api.timeout.ms': 3000 },
      period: 'PT5S',
      startDelay: 'PT1S',
    };
    await emu.api.post(BASE, spec({ io }));
    emu.control.advance(13_999);
    expect((await payload(emu.api, 'events')).healthy).toBe(true);
    emu.control.advance(1);
    expect((await payload(emu.api, 'events')).detailedState).toBe('UNABLE_TO_CONNECT_TO_STREAM');
  });

  test('terminate of a supervisor blocked in the consumer waits for the run, in emulated time (FINDINGS 26)', async () => {
    await emu.api.post(BASE, spec({ io: { consumerProperties: { 'bootstrap.servers': 'nowhere:9092' } } }));
    emu.control.advance(6000); // the first run blocks from 5 s to 65 s
    const started = emu.control.now();
    expect((await emu.api.post(`${BASE}/events/terminate`)).status).toBe(200);
    expect(emu.control.now() - started).toBe(59_000);
    expect((await emu.api.get(`${BASE}/events`)).status).toBe(404);
  });

  test('a missing topic fails the same way, with "No partitions found"', async () => {
    await emu.api.post(BASE, spec({ topic: 'missing' }));
    emu.control.advance(5000 + 60_000);
    const p = await payload(emu.api, 'events');
    expect(p.detailedState).toBe('UNABLE_TO_CONNECT_TO_STREAM');
    expect((p.recentErrors as JsonObject[])[2]?.message).toBe(
      'org.apache.druid.java.util.common.ISE: No partitions found for stream [missing]',
    );
  });

  test('brokers lost after a success: LOST_CONTACT_WITH_STREAM; recovery needs 3 good runs', async () => {
    await emu.api.post(BASE, spec());
    emu.control.advance(6000);
    emu.control.breakBrokers();
    // Runs at 35 s, 95 s and 155 s block for 60 s each: the third fails at 215 s.
    emu.control.advance(215_000 - 6000 - 1);
    expect(await payload(emu.api, 'events')).toMatchObject({ state: 'RUNNING', healthy: true });
    emu.control.advance(1);
    expect(await payload(emu.api, 'events')).toMatchObject({
      state: 'UNHEALTHY_SUPERVISOR',
      detailedState: 'LOST_CONTACT_WITH_STREAM',
    });
    emu.control.repairBrokers();
    // The run that started at 215 s still fails at 275 s; good runs at 275, 305 and 335 s.
    emu.control.advance(335_000 - 215_000 - 1);
    expect((await payload(emu.api, 'events')).detailedState).toBe('LOST_CONTACT_WITH_STREAM');
    emu.control.advance(1);
    expect(await payload(emu.api, 'events')).toMatchObject({ state: 'RUNNING', healthy: true });
  });

  test('failing tasks: UNHEALTHY_TASKS after 3 failures; healthy again after 3 successful tasks', async () => {
    await emu.api.post(BASE, spec({ io: { taskDuration: 'PT1M' } }));
    emu.control.failTasks('events', 3);
    emu.control.advance(5000 + 3 * 30_000);
    expect(await payload(emu.api, 'events')).toMatchObject({
      state: 'UNHEALTHY_TASKS',
      detailedState: 'UNHEALTHY_TASKS',
      healthy: false,
    });
    expect(await health()).toEqual([503, { healthy: false }]);
    emu.control.advance(4 * 90_000);
    expect(await payload(emu.api, 'events')).toMatchObject({ state: 'RUNNING', healthy: true });
  });

  test('reset deletes committed offsets and kills reading tasks: unpublished data is skipped', async () => {
    await emu.api.post(BASE, spec({ io: { useEarliestOffset: false } }));
    emu.control.advance(700_000); // rolled over at 635 s, published at 650 s
    expect(emu.control.committedOffsets('events')).toBeDefined();
    const before = await payload(emu.api, 'events');
    expect((await emu.api.post(`${BASE}/events/reset`)).json()).toEqual({ id: 'events' });
    expect(emu.control.committedOffsets('events')).toBeUndefined();
    emu.control.advance(35_000);
    const [task] = (await payload(emu.api, 'events')).activeTasks as JsonObject[];
    const [killed] = before.activeTasks as JsonObject[];
    // The new task starts at the latest offsets: what the killed task read but did not publish is lost.
    expect((task?.startingOffsets as Record<string, number>)['0']).toBeGreaterThan(
      (killed?.currentOffsets as Record<string, number>)['0'] ?? 0,
    );
  });

  test('Overlord restart forgets supervisor state but reloads specs; tasks keep running', async () => {
    await emu.api.post(BASE, spec());
    await emu.api.post(BASE, spec({ dataSource: 'gone' }));
    await emu.api.post(`${BASE}/gone/terminate`);
    emu.control.advance(10_000);
    const [task] = (await payload(emu.api, 'events')).activeTasks as JsonObject[];
    emu.control.restartOverlord();
    expect((await emu.api.get(BASE)).json()).toEqual(['events']);
    expect(await payload(emu.api, 'events')).toMatchObject({ state: 'PENDING', activeTasks: [] });
    emu.control.advance(5000);
    expect((await payload(emu.api, 'events')).activeTasks).toEqual([
      expect.objectContaining({ id: task?.id }),
    ]);
  });
});
