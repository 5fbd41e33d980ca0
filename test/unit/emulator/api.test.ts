import type { JsonObject } from '../../../src/emulator/json.js';
import { BASE, payload, spec, useEventsEmulator } from './helpers.js';

const emu = useEventsEmulator();

const history = async (id: string): Promise<JsonObject[]> =>
  (await emu.api.get(`${BASE}/${id}/history`)).json() as JsonObject[];

describe('supervisor API', () => {
  test('create answers {"id", "modified", "restarted"} (38.0.0+) and GET serves the re-serialised spec', async () => {
    const created = await emu.api.post(BASE, spec());
    expect(created.status).toBe(200);
    expect(created.json()).toEqual({ id: 'events', modified: true, restarted: true });
    const got = await emu.api.get(`${BASE}/events`);
    expect(got.type).toBe('application/json');
    expect(got.json()).toMatchObject({
      type: 'kafka',
      id: 'events',
      suspended: false,
      ioConfig: { taskDuration: 'PT600S' },
    });
  });

  test('submitting suspended:true creates the supervisor suspended', async () => {
    await emu.api.post(BASE, spec({ top: { suspended: true } }));
    emu.control.advance(6000);
    expect(await payload(emu.api, 'events')).toMatchObject({
      state: 'SUSPENDED',
      suspended: true,
      activeTasks: [],
    });
  });

  test('an identical re-POST restarts the supervisor (tasks publish) but writes no history version', async () => {
    await emu.api.post(BASE, spec());
    emu.control.advance(10_000);
    const before = await payload(emu.api, 'events');
    expect(before.activeTasks).toHaveLength(1);
    await emu.api.post(BASE, spec());
    const after = await payload(emu.api, 'events');
    // The new supervisor only knows the old tasks after its first run discovers them.
    expect(after).toMatchObject({ state: 'PENDING', activeTasks: [], publishingTasks: [] });
    emu.control.advance(10_000);
    const restarted = await payload(emu.api, 'events');
    const oldId = (before.activeTasks as JsonObject[])[0]?.id;
    expect(restarted.publishingTasks).toEqual([expect.objectContaining({ id: oldId, type: 'PUBLISHING' })]);
    expect(restarted.activeTasks).toEqual([expect.objectContaining({ type: 'ACTIVE' })]);
    expect((restarted.activeTasks as JsonObject[])[0]?.id).not.toBe(oldId);
    expect(await history('events')).toHaveLength(1);
  });

  test('skipRestartIfUnmodified=true leaves an unchanged supervisor alone; a change still restarts', async () => {
    await emu.api.post(BASE, spec());
    emu.control.advance(6000);
    const running = await payload(emu.api, 'events');
    expect((await emu.api.post(`${BASE}?skipRestartIfUnmodified=true`, spec())).json()).toEqual({
      id: 'events',
      modified: false,
      restarted: false,
    });
    expect(await payload(emu.api, 'events')).toMatchObject({
      state: 'RUNNING',
      activeTasks: running.activeTasks,
    });
    await emu.api.post(`${BASE}?skipRestartIfUnmodified=true`, spec({ io: { taskDuration: 'PT20M' } }));
    expect(await payload(emu.api, 'events')).toMatchObject({ state: 'PENDING', activeTasks: [] });
    expect(await history('events')).toHaveLength(2);
  });

  test('suspend and resume each write a history version and answer the full spec', async () => {
    await emu.api.post(BASE, spec());
    const suspended = await emu.api.post(`${BASE}/events/suspend`);
    expect(suspended.json()).toMatchObject({ type: 'kafka', suspended: true });
    const again = await emu.api.post(`${BASE}/events/suspend`);
    expect([again.status, again.json()]).toEqual([400, { error: '[events] is already suspended' }]);
    expect((await emu.api.post(`${BASE}/events/resume`)).json()).toMatchObject({ suspended: false });
    expect((await emu.api.post(`${BASE}/events/resume`)).json()).toEqual({
      error: '[events] is already running',
    });
    const versions = await history('events');
    expect(versions.map((v) => (v.spec as JsonObject).suspended)).toEqual([false, true, false]);
    expect(Object.keys(versions[0] ?? {})).toEqual(['spec', 'version']);
  });

  test('history count (35.0): newest first, 400 for zero, 404 JSON for an unknown id', async () => {
    await emu.api.post(BASE, spec());
    await emu.api.post(`${BASE}/events/suspend`);
    const one = (await emu.api.get(`${BASE}/events/history?count=1`)).json() as JsonObject[];
    expect(one).toHaveLength(1);
    expect((one[0]?.spec as JsonObject).suspended).toBe(true);
    expect((await emu.api.get(`${BASE}/events/history?count=0`)).json()).toEqual({
      error: 'Count must be greater than zero if set (count was 0)',
    });
    const unknown = await emu.api.get(`${BASE}/nope/history`);
    expect([unknown.status, unknown.type, unknown.json()]).toEqual([
      404,
      'application/json',
      { error: 'No history for [nope].' },
    ]);
  });

  test('terminate writes a tombstone, keeps committed offsets, and the id is gone', async () => {
    await emu.api.post(BASE, spec());
    emu.control.advance(6000 + 600_000 + 30_000 + 15_000);
    const committed = emu.control.committedOffsets('events');
    expect(committed).toBeDefined();
    expect((await emu.api.post(`${BASE}/events/terminate`)).json()).toEqual({ id: 'events' });
    // The tombstone as real 33.0 writes it (FINDINGS 30).
    expect((await history('events'))[0]?.spec).toEqual({
      type: 'noop',
      id: null,
      dataSources: ['events'],
      suspended: false,
      source: 'noop',
    });
    expect((await emu.api.get(`${BASE}/events`)).status).toBe(404);
    expect(emu.control.committedOffsets('events')).toEqual(committed);
    expect((await emu.api.get(`${BASE}/history`)).json()).toHaveProperty('events');
  });

  test('unknown ids on filtered endpoints: 404 text/plain from the resource filter', async () => {
    for (const [method, path] of [
      ['GET', ''],
      ['GET', '/status'],
      ['GET', '/health'],
      ['POST', '/suspend'],
      ['POST', '/reset'],
      ['POST', '/terminate'],
    ] as const) {
      const res = await emu.api.request(method, `${BASE}/ghost${path}`);
      expect([res.status, res.type, res.text]).toEqual([
        404,
        'text/plain',
        'Cannot find any supervisor with id: [ghost]',
      ]);
    }
  });

  test('list variants: ids, ?full, ?state=true (suspended always false), ?system', async () => {
    await emu.api.post(BASE, spec({ top: { suspended: true } }));
    expect((await emu.api.get(BASE)).json()).toEqual(['events']);
    const [state] = (await emu.api.get(`${BASE}?state=true`)).json() as JsonObject[];
    expect(state).toEqual({
      id: 'events',
      dataSource: 'events',
      state: 'PENDING',
      detailedState: 'PENDING',
      healthy: true,
      suspended: false,
    });
    const [full] = (await emu.api.get(`${BASE}?full`)).json() as JsonObject[];
    expect(Object.keys(full ?? {})).toEqual([
      'id',
      'dataSource',
      'state',
      'detailedState',
      'healthy',
      'spec',
      'suspended',
    ]);
    const [system] = (await emu.api.get(`${BASE}?system`)).json() as JsonObject[];
    expect(system).toMatchObject({ type: 'kafka', source: 'events', suspended: true });
    expect(JSON.parse(String(system?.specString))).toMatchObject({ suspended: true });
  });

  test('suspendAll / resumeAll / terminateAll answer {"status":"success"}', async () => {
    await emu.api.post(BASE, spec());
    await emu.api.post(BASE, spec({ dataSource: 'other' }));
    expect((await emu.api.post(`${BASE}/suspendAll`)).json()).toEqual({ status: 'success' });
    expect(((await emu.api.get(`${BASE}/other`)).json() as JsonObject).suspended).toBe(true);
    expect((await emu.api.post(`${BASE}/resumeAll`)).json()).toEqual({ status: 'success' });
    expect((await emu.api.post(`${BASE}/terminateAll`)).json()).toEqual({ status: 'success' });
    expect((await emu.api.get(BASE)).json()).toEqual([]);
  });

  test('bad bodies: 415 for non-JSON content types, 400 Jackson errors as {"error"}', async () => {
    const form = await emu.api.request('POST', BASE, JSON.stringify(spec()), {
      'Content-Type': 'application/x-www-form-urlencoded',
    });
    expect(form.status).toBe(415);
    const bad = await emu.api.post(BASE, spec({ tuning: { handoffConditionTimeout: 'PT10M' } }));
    expect(bad.status).toBe(400);
    expect(bad.json()).toEqual({
      error: expect.stringMatching(/^Cannot deserialize value of type `long` from String "PT10M"/),
    });
    expect((await emu.api.get(BASE)).json()).toEqual([]);
  });

  test('changing the topic of a running supervisor is refused with Druid’s message; single↔multi too', async () => {
    await emu.api.post(BASE, spec());
    const moved = await emu.api.post(BASE, spec({ topic: 'events-v2' }));
    expect(moved.status).toBe(500);
    expect(moved.text).toContain(
      'Update of the input source stream from [events] to [events-v2] is not supported for a running supervisor.',
    );
    const pattern = await emu.api.post(BASE, spec({ io: { topic: null, topicPattern: 'events' } }));
    expect(pattern.text).toContain('from [(single-topic) events] to [(multi-topic) events]');
    expect(await history('events')).toHaveLength(1);
  });

  test('resetOffsets sets committed offsets; a foreign stream is refused', async () => {
    await emu.api.post(BASE, spec());
    const body = {
      type: 'kafka',
      partitions: { type: 'end', stream: 'events', partitionOffsetMap: { '0': 100 } },
    };
    expect((await emu.api.post(`${BASE}/events/resetOffsets`, body)).json()).toEqual({ id: 'events' });
    expect(emu.control.committedOffsets('events')).toEqual({ '0': 100 });
    const wrong = await emu.api.post(`${BASE}/events/resetOffsets`, {
      ...body,
      partitions: { ...body.partitions, stream: 'x' },
    });
    expect(wrong.status).toBe(500);
    expect(wrong.text).toContain('Stream[x] doesn&#39;t exist'.replace('&#39;', "'"));
  });

  test('taskGroups/handoff: empty list is a 400, otherwise 202 with an empty body (200 before 36.0.0)', async () => {
    await emu.api.post(BASE, spec());
    emu.control.advance(6000);
    expect((await emu.api.post(`${BASE}/events/taskGroups/handoff`, { taskGroupIds: [] })).json()).toEqual({
      error: "List of task groups to handoff can't be empty",
    });
    const ok = await emu.api.post(`${BASE}/events/taskGroups/handoff`, { taskGroupIds: [0, 7] });
    expect([ok.status, ok.text]).toEqual([202, '']);
    expect(await payload(emu.api, 'events')).toMatchObject({
      activeTasks: [],
      publishingTasks: [expect.anything()],
    });
  });

  test('stats and parseErrors', async () => {
    await emu.api.post(BASE, spec());
    emu.control.advance(36_000);
    const stats = (await emu.api.get(`${BASE}/events/stats`)).json() as Record<
      string,
      Record<string, JsonObject>
    >;
    const task = Object.values(stats['0'] ?? {})[0];
    expect(task?.totals).toMatchObject({ buildSegments: { processed: expect.any(Number), unparseable: 0 } });
    expect((await emu.api.get(`${BASE}/events/parseErrors`)).json()).toEqual([]);
  });
});
