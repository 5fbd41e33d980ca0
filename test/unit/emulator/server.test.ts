import { request as httpRequest } from 'node:http';
import { parseServeArgs } from '../../../src/emulator/serve.js';
import { useEmulator } from '../../support/emulator.js';
import { Api, BASE, spec, useEventsEmulator } from './helpers.js';

const basic = (user: string, password: string): Record<string, string> => ({
  Authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`,
});

describe('authentication (druid-basic-security)', () => {
  const emu = useEventsEmulator({
    auth: {
      users: {
        admin: { password: 'pw:with:colons', access: 'write' },
        viewer: { password: 'v', access: 'read' },
      },
    },
  });

  test('no credentials: 401 JSON with WWW-Authenticate; bad ones: 401 page; read-only user: 403 on writes', async () => {
    const anonymous = await emu.api.get(BASE);
    expect([anonymous.status, anonymous.headers.get('www-authenticate')]).toEqual([401, 'Basic']);
    expect(anonymous.json()).toEqual({
      error: 'Unauthorized request',
      errorMessage: null,
      errorClass: null,
      host: null,
    });
    const wrong = await new Api(emu.url, basic('admin', 'nope')).get(BASE);
    expect([wrong.status, wrong.type]).toEqual([401, 'text/html;charset=iso-8859-1']);
    const admin = new Api(emu.url, basic('admin', 'pw:with:colons'));
    expect((await admin.post(BASE, spec())).status).toBe(200);
    const viewer = new Api(emu.url, basic('viewer', 'v'));
    const denied = await viewer.post(`${BASE}/events/suspend`);
    expect([denied.status, denied.json()]).toEqual([403, { 'Access-Check-Result': 'Unauthorized' }]);
    expect((await viewer.get(`${BASE}/events`)).status).toBe(200);
    // The id list shows supervisors the caller may READ from 38.0.0 (WRITE before: releases.test.ts).
    expect((await viewer.get(BASE)).json()).toEqual(['events']);
    expect((await emu.api.get('/status/health')).status).toBe(200);
    expect((await emu.api.get('/druid/indexer/v1/isLeader')).status).toBe(200);
  });
});

describe('fault injection', () => {
  const emu = useEventsEmulator();
  beforeEach(async () => {
    await emu.api.post(BASE, spec());
  });

  test('status with body and Retry-After, N times then pass', async () => {
    emu.control.injectFault({
      method: 'POST',
      path: `${BASE}/*/suspend`,
      status: 503,
      retryAfter: 2,
      times: 2,
    });
    const first = await emu.api.post(`${BASE}/events/suspend`);
    expect([first.status, first.headers.get('retry-after'), first.text]).toEqual([503, '2', '']);
    expect((await emu.api.post(`${BASE}/events/suspend`)).status).toBe(503);
    expect((await emu.api.post(`${BASE}/events/suspend`)).status).toBe(200);
    emu.control.injectFault({ path: /\/status$/, status: 500, body: { error: 'boom' } });
    expect((await emu.api.get(`${BASE}/events/status`)).json()).toEqual({ error: 'boom' });
  });

  test('connection reset and hang', async () => {
    emu.control.injectFault({ path: `${BASE}/events`, reset: true, times: 1 });
    await expect(emu.api.get(`${BASE}/events`)).rejects.toThrow();
    emu.control.injectFault({ path: `${BASE}/events`, hang: true, times: 1 });
    const hung = fetch(`${emu.url}${BASE}/events`, { signal: AbortSignal.timeout(50) });
    await expect(hung).rejects.toThrow();
    expect((await emu.api.get(`${BASE}/events`)).status).toBe(200);
    expect(
      emu.control
        .requests()
        .slice(-3)
        .map((r) => r.status),
    ).toEqual([null, null, 200]);
  });

  test('added latency, then normal handling', async () => {
    emu.control.injectFault({ path: `${BASE}/events`, latencyMs: 30 });
    const started = Date.now();
    expect((await emu.api.get(`${BASE}/events`)).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(25);
  });
});

describe('request log', () => {
  const emu = useEventsEmulator();

  test('records method, path, query and status; control routes are not logged', async () => {
    await emu.api.get(`${BASE}?full`);
    await emu.api.get(`${BASE}/x/status`);
    await fetch(`${emu.url}/__emulator/time`);
    expect(
      emu.control.requests().map(({ method, path, query, status }) => ({ method, path, query, status })),
    ).toEqual([
      { method: 'GET', path: BASE, query: '?full', status: 200 },
      { method: 'GET', path: `${BASE}/x/status`, query: '', status: 404 },
    ]);
    expect(emu.control.writes()).toEqual([]);
  });
});

describe('leader redirect and readiness', () => {
  const follower = useEmulator({ start: 'inTest' });
  const leader = useEventsEmulator();

  test('a follower answers 307 to the leader with path and query; leader/isLeader are local', async () => {
    await follower.start({ leader: leader.url });
    const api = new Api(follower.url);
    const res = await api.get(`${BASE}?full`);
    expect([res.status, res.headers.get('location'), res.text]).toEqual([
      307,
      `${leader.url}${BASE}?full`,
      '',
    ]);
    expect((await api.get('/druid/indexer/v1/leader')).text).toBe(leader.url);
    const isLeader = await api.get('/druid/indexer/v1/isLeader');
    expect([isLeader.status, isLeader.json()]).toEqual([404, { leader: false }]);
    expect((await leader.api.get('/druid/indexer/v1/isLeader')).json()).toEqual({ leader: true });
    follower.control.setLeader(null);
    const none = await api.get(BASE);
    expect([none.status, none.type]).toEqual([503, 'text/html;charset=iso-8859-1']);
  });

  test('a leader whose SupervisorManager is not ready answers 503 with an empty body', async () => {
    leader.control.setReady(false);
    const res = await leader.api.get(BASE);
    expect([res.status, res.text]).toEqual([503, '']);
  });
});

describe('status and control over HTTP', () => {
  const druid33 = useEmulator({ version: '33.0.0', start: 'inTest' });
  const emu = useEventsEmulator({ start: 'inTest' });

  test('/status reports the emulated version; the control API moves time and the world', async () => {
    await druid33.start();
    const api = new Api(druid33.url);
    expect((await api.get('/status')).json()).toMatchObject({ version: '33.0.0' });
    expect((await api.post('/__emulator/kafka/topics', { topic: 'events', partitions: 1 })).status).toBe(200);
    await api.post('/__emulator/kafka/topics/events/produce', { records: 42 });
    await api.post(BASE, spec());
    await api.post('/__emulator/time/advance', { ms: 6000 });
    const status = (await api.get(`${BASE}/events/status`)).json() as { payload: Record<string, unknown> };
    expect(status.payload).toMatchObject({ state: 'RUNNING', latestOffsets: { '0': 42 } });
    expect(status.payload).not.toHaveProperty('id'); // 33.0 has no payload.id
    const fault = (
      await api.post('/__emulator/faults', { path: `${BASE}/*/status`, status: 502 })
    ).json() as { id: string };
    expect(fault.id).toMatch(/^fault-/);
    expect((await api.get(`${BASE}/events/status`)).status).toBe(502);
    await api.request('DELETE', '/__emulator/faults');
    await api.post('/__emulator/kafka/clusters/demo/break');
    await api.post('/__emulator/time/advance', { ms: 240_000 });
    expect((await api.get(`${BASE}/events/health`)).status).toBe(503);
    expect(((await api.get('/__emulator/requests')).json() as unknown[]).length).toBeGreaterThan(0);
  });

  test('serve: options parse; bad ones are usage errors', () => {
    expect(parseServeArgs(['--port', '8090', '--time-scale', '20'])).toMatchObject({
      port: 8090,
      timeScale: 20,
    });
    expect(parseServeArgs(['--auth', 'admin:secret']).auth?.users.admin).toEqual({
      password: 'secret',
      access: 'write',
    });
    expect(() => parseServeArgs(['--port'])).toThrow(/needs a value/);
    expect(() => parseServeArgs(['--port', 'x'])).toThrow(/usage/);
  });

  test('a raw request without Content-Type to POST /supervisor is a 415', async () => {
    await emu.start();
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(`${emu.url}${BASE}`, { method: 'POST' }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end(JSON.stringify(spec()));
    });
    expect(status).toBe(415);
  });
});
