import type { JsonObject } from '../../../src/emulator/json.js';
import { BASE, emulator, payload, spec } from './helpers.js';

type Emu = Awaited<ReturnType<typeof emulator>>;
let emu: Emu;
beforeEach(async () => {
  emu = await emulator();
});
afterEach(() => emu.close());

const health = async (): Promise<[number, unknown]> => {
  const res = await emu.api.get(`${BASE}/events/health`);
  return [res.status, res.json()];
};

describe('supervisor lifecycle over emulated time', () => {
  test('PENDING until startDelay, then one run reaches RUNNING with taskCount × replicas tasks', async () => {
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
    expect(p.activeTasks).toHaveLength(4);
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
    emu.control.advance(5000 + 600_000);
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

  test('suspend: tasks publish what they read, none are created, state SUSPENDED', async () => {
    await emu.api.post(BASE, spec());
    emu.control.advance(6000);
    await emu.api.post(`${BASE}/events/suspend`);
    emu.control.advance(5000);
    const p = await payload(emu.api, 'events');
    expect(p).toMatchObject({
      state: 'SUSPENDED',
      detailedState: 'SUSPENDED',
      suspended: true,
      healthy: true,
      activeTasks: [],
    });
    expect(p.publishingTasks).toHaveLength(1);
    emu.control.advance(15_000);
    expect(await payload(emu.api, 'events')).toMatchObject({ publishingTasks: [], activeTasks: [] });
    expect(emu.control.committedOffsets('events')).toBeDefined();
  });

  test('unknown brokers: UNHEALTHY_SUPERVISOR / UNABLE_TO_CONNECT_TO_STREAM after 3 failed runs, with recentErrors', async () => {
    await emu.api.post(BASE, spec({ io: { consumerProperties: { 'bootstrap.servers': 'nowhere:9092' } } }));
    emu.control.advance(5000 + 30_000);
    expect(await payload(emu.api, 'events')).toMatchObject({
      state: 'RUNNING',
      detailedState: 'CONNECTING_TO_STREAM',
      healthy: true,
    });
    emu.control.advance(30_000);
    const p = await payload(emu.api, 'events');
    expect(p).toMatchObject({
      state: 'UNHEALTHY_SUPERVISOR',
      detailedState: 'UNABLE_TO_CONNECT_TO_STREAM',
      healthy: false,
    });
    expect(p.recentErrors).toHaveLength(3);
    expect((p.recentErrors as JsonObject[])[0]).toEqual({
      timestamp: new Date(Date.UTC(2026, 0, 1) + 5000).toISOString(),
      exceptionClass: 'org.apache.druid.indexing.seekablestream.common.StreamException',
      message:
        'org.apache.kafka.common.errors.TimeoutException: Timeout expired while fetching topic metadata',
      streamException: true,
    });
    expect(await health()).toEqual([503, { healthy: false }]);
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
    emu.control.advance(3 * 30_000);
    expect(await payload(emu.api, 'events')).toMatchObject({
      state: 'UNHEALTHY_SUPERVISOR',
      detailedState: 'LOST_CONTACT_WITH_STREAM',
    });
    emu.control.repairBrokers();
    emu.control.advance(2 * 30_000);
    expect((await payload(emu.api, 'events')).detailedState).toBe('LOST_CONTACT_WITH_STREAM');
    emu.control.advance(30_000);
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
    emu.control.advance(5000 + 600_000 + 15_000);
    expect(emu.control.committedOffsets('events')).toBeDefined();
    const before = await payload(emu.api, 'events');
    expect((await emu.api.post(`${BASE}/events/reset`)).json()).toEqual({ id: 'events' });
    expect(emu.control.committedOffsets('events')).toBeUndefined();
    emu.control.advance(30_000);
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
    emu.control.advance(6000);
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
