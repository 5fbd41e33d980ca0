/**
 * The emulator plays each Druid release it claims, 36.0.0 to 39.0.0 as read in Druid's sources
 * (docs/druid-fidelity.md, "Druid 36–39"): the release /status reports, what a POST answers and
 * whether it restarts, how the autoscaler's task count behaves, what GET writes, what is refused.
 */
import { startEmulator } from '../../../src/emulator/index.js';
import { parseServeArgs } from '../../../src/emulator/serve.js';
import type { JsonObject } from '../../../src/emulator/json.js';
import { Api, BASE, payload, spec, useEventsEmulator } from './helpers.js';

const emu = useEventsEmulator({ start: 'inTest' });

async function on(version: string): Promise<Api> {
  await emu.start({ version });
  return emu.api;
}

const autoscaled = (extra: JsonObject = {}): JsonObject =>
  spec({
    io: { autoScalerConfig: { enableTaskAutoScaler: true, taskCountMin: 1, taskCountMax: 4, ...extra } },
  });
const stored = async (api: Api): Promise<JsonObject> =>
  (await api.get(`${BASE}/events`)).json() as JsonObject;
const io = (value: JsonObject): JsonObject => (value.spec as JsonObject).ioConfig as JsonObject;
const versions = async (api: Api): Promise<number> =>
  ((await api.get(`${BASE}/events/history`)).json() as unknown[]).length;

describe('the emulated release', () => {
  test.each(['36.0.0', '37.0.0', '38.0.0', '39.0.0'])('/status reports %s', async (version) => {
    const api = await on(version);
    expect((await api.get('/status')).json()).toMatchObject({ version });
  });

  test('a release outside the model is refused, by the command line and by the API', async () => {
    expect(parseServeArgs(['--druid-version', '36.0.0']).version).toBe('36.0.0');
    expect(() => parseServeArgs(['--druid-version', '40.0.0'])).toThrow(/0\.17\.0 to 39\.0\.0/);
    await expect(startEmulator({ version: '99.0.0' })).rejects.toThrow(
      'The emulator plays Druid 0.17.0 to 39.0.0, not 99.0.0',
    );
  });
});

describe('POST answers and update classification', () => {
  test('up to 37.0.0 the answer is {"id"} only', async () => {
    const api = await on('37.0.0');
    expect((await api.post(BASE, spec())).json()).toEqual({ id: 'events' });
  });

  test('38.0.0 with skipRestartIfUnmodified: identical is untouched, a change restarts, both said', async () => {
    const api = await on('38.0.0');
    expect((await api.post(`${BASE}?skipRestartIfUnmodified=true`, spec())).json()).toEqual({
      id: 'events',
      modified: true,
      restarted: true,
    });
    emu.control.advance(10_000);
    const running = await payload(api, 'events');
    expect((await api.post(`${BASE}?skipRestartIfUnmodified=true`, spec())).json()).toMatchObject({
      modified: false,
      restarted: false,
    });
    expect(await versions(api)).toBe(1);
    expect((await payload(api, 'events')).activeTasks).toEqual(running.activeTasks);
    const changed = spec({ io: { taskDuration: 'PT20M' } });
    expect((await api.post(`${BASE}?skipRestartIfUnmodified=true`, changed)).json()).toMatchObject({
      modified: true,
      restarted: true,
    });
    expect(await payload(api, 'events')).toMatchObject({ state: 'PENDING', activeTasks: [] });
  });

  test('38.0.0 without the flag restarts even an identical spec, and stores no version for it', async () => {
    const api = await on('38.0.0');
    await api.post(BASE, spec());
    expect((await api.post(BASE, spec())).json()).toMatchObject({ modified: false, restarted: true });
    expect(await versions(api)).toBe(1);
  });

  test('38.0.0 stores an autoscaled taskCount change in place: nothing restarts, GET shows it', async () => {
    const api = await on('38.0.0');
    await api.post(`${BASE}?skipRestartIfUnmodified=true`, autoscaled());
    emu.control.advance(10_000);
    const running = await payload(api, 'events');
    const answer = await api.post(
      `${BASE}?skipRestartIfUnmodified=true`,
      spec({ io: { taskCount: 3, autoScalerConfig: io(autoscaled()).autoScalerConfig as JsonObject } }),
    );
    expect(answer.json()).toEqual({ id: 'events', modified: true, restarted: false });
    expect(io(await stored(api)).taskCount).toBe(3);
    expect(await versions(api)).toBe(2);
    // The running supervisor keeps its spec and its tasks.
    expect((await payload(api, 'events')).activeTasks).toEqual(running.activeTasks);
  });

  test('38.0.0 carries an omitted taskCount over from the running spec (SeekableStreamSupervisorSpec.merge)', async () => {
    const api = await on('38.0.0');
    await api.post(`${BASE}?skipRestartIfUnmodified=true`, spec({ io: { taskCount: 2 } }));
    await api.post(`${BASE}?skipRestartIfUnmodified=true`, spec({ io: { taskDuration: 'PT20M' } }));
    expect(io(await stored(api))).toMatchObject({ taskCount: 2, taskDuration: 'PT1200S' });
  });
});

describe("the autoscaler's task count", () => {
  test('a scale action rewrites taskCount, writes a history version and rolls the tasks over', async () => {
    const api = await on('37.0.0');
    await api.post(BASE, autoscaled());
    emu.control.advance(10_000);
    expect((await payload(api, 'events')).activeTasks).toHaveLength(1);
    emu.control.autoscale('events', 2);
    expect(io(await stored(api)).taskCount).toBe(2);
    expect(await versions(api)).toBe(2);
    expect((await payload(api, 'events')).publishingTasks).toHaveLength(1);
    emu.control.advance(40_000);
    expect((await payload(api, 'events')).activeTasks).toHaveLength(2);
  });

  test.each([
    ['36.0.0', 1, 'ignores a written taskCount: taskCountMin'],
    ['37.0.0', 2, 'starts from the written taskCount'],
  ])('on %s a re-POST after a scale action restarts at %s (%s)', async (version, after) => {
    const api = await on(version);
    const git = autoscaled();
    await api.post(`${BASE}?skipRestartIfUnmodified=true`, git);
    emu.control.autoscale('events', 3);
    const carried = spec({ io: { ...io(git), taskCount: 2 } });
    const answer = await api.post(`${BASE}?skipRestartIfUnmodified=true`, carried);
    expect(answer.json()).toEqual({ id: 'events' });
    expect(io(await stored(api)).taskCount).toBe(after);
  });

  test('an Overlord restart re-reads the stored taskCount as the release does', async () => {
    const api = await on('38.0.0');
    await api.post(BASE, autoscaled());
    emu.control.autoscale('events', 3);
    emu.control.restartOverlord();
    expect(io(await stored(api)).taskCount).toBe(3);
  });
});

describe('what newer releases write and refuse', () => {
  test('GET writes serverPriorityToReplicas from 37 and boundedStreamConfig from 38, as null', async () => {
    const api = await on('38.0.0');
    await api.post(BASE, spec());
    expect(io(await stored(api))).toMatchObject({
      serverPriorityToReplicas: null,
      boundedStreamConfig: null,
    });
  });

  test('a parser, or a missing timestampSpec, is a 400 from 37.0.0', async () => {
    const api = await on('37.0.0');
    const legacy = spec();
    ((legacy.spec as JsonObject).dataSchema as JsonObject).parser = { type: 'string' };
    const refused = await api.post(BASE, legacy);
    expect(refused.status).toBe(400);
    expect(refused.json()).toEqual({
      error:
        'Cannot construct instance of `org.apache.druid.segment.indexing.DataSchema`, problem: parser was removed in Druid 37, define the timestampSpec and dimensionsSpec on the schema directly instead of nested inside the parser definition',
    });
    const untimed = spec();
    delete ((untimed.spec as JsonObject).dataSchema as JsonObject).timestampSpec;
    expect((await api.post(BASE, untimed)).json()).toEqual({
      error:
        'Cannot construct instance of `org.apache.druid.segment.indexing.DataSchema`, problem: timestampSpec must not be null',
    });
  });

  test('serverPriorityToReplicas sets replicas on 37, and refuses a replicas that differs', async () => {
    const api = await on('37.0.0');
    await api.post(BASE, spec({ io: { serverPriorityToReplicas: { '0': 1, '1': 1 } } }));
    expect(io(await stored(api)).replicas).toBe(2);
    const refused = await api.post(BASE, spec({ io: { replicas: 3, serverPriorityToReplicas: { '0': 1 } } }));
    expect(refused.status).toBe(400);
    expect((refused.json() as { error: string }).error).toContain(
      'Configured replicas[3] does not match the sum of replicas[1] specified in serverPriorityToReplicas[{0=1}].',
    );
  });

  test('a bounded stream with unmatched partitions is a 400 from 38.0.0', async () => {
    const api = await on('38.0.0');
    const refused = await api.post(
      BASE,
      spec({
        io: { boundedStreamConfig: { startSequenceNumbers: { '0': 0 }, endSequenceNumbers: { '1': 5 } } },
      }),
    );
    expect(refused.status).toBe(400);
    expect((refused.json() as { error: string }).error).toContain(
      'startSequenceNumbers and endSequenceNumbers must have matching partition sets. Start: [0], End: [1]',
    );
  });
});

describe('endpoints the product uses that changed', () => {
  test.each([
    ['35.0.0', 200],
    ['36.0.0', 202],
  ])(
    'taskGroups/handoff on %s answers %s without a body (#18884), and the client takes it',
    async (version, status) => {
      const api = await on(version);
      await api.post(BASE, spec());
      emu.control.advance(10_000);
      const answer = await api.post(`${BASE}/events/taskGroups/handoff`, { taskGroupIds: [0] });
      expect([answer.status, answer.text]).toEqual([status, '']);
      await expect(emu.client.handoffTaskGroups('events', [0])).resolves.toBeUndefined();
    },
  );

  test.each([
    ['37.0.0', []],
    ['38.0.0', ['events']],
  ])(
    'on %s the supervisor list shows a reader %j (READ suffices from 38.0.0, #19272)',
    async (version, seen) => {
      const users = {
        users: {
          ops: { password: 'o', access: 'write' as const },
          viewer: { password: 'v', access: 'read' as const },
        },
      };
      await emu.start({ version, auth: users });
      const basic = (user: string, password: string) => ({
        Authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`,
      });
      await new Api(emu.url, basic('ops', 'o')).post(BASE, spec());
      expect((await new Api(emu.url, basic('viewer', 'v')).get(BASE)).json()).toEqual(seen);
    },
  );
});
