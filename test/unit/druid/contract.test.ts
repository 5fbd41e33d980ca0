/**
 * Contract tests: the client parses every documented Druid answer shape. The bodies live in
 * test/fixtures/druid-contract/ (shapes from Druid's docs and source, invented values).
 */
import { readFileSync } from 'node:fs';
import type { OverlordClient } from '../../../src/druid/index.js';
import { client, closeClients, startServer, type TestServer } from './helpers/server.js';

const fixture = (name: string): string =>
  readFileSync(new URL(`../../fixtures/druid-contract/${name}.json`, import.meta.url), 'utf8');

const S = '/druid/indexer/v1/supervisor';
const C = '/druid/coordinator/v1';
/** "METHOD path" → [status, body]. */
const routes: Record<string, [number, string]> = {
  [`GET ${S}`]: [200, fixture('supervisor-list-ids')],
  [`GET ${S}?full`]: [200, fixture('supervisor-list-full')],
  [`GET ${S}?state=true`]: [200, fixture('supervisor-list-state')],
  [`GET ${S}/clickstream`]: [200, fixture('supervisor-spec')],
  [`GET ${S}/old`]: [200, fixture('supervisor-spec-pre34')],
  [`GET ${S}/clickstream/status`]: [200, fixture('supervisor-status')],
  [`GET ${S}/web_events/status`]: [200, fixture('supervisor-status-34')],
  [`GET ${S}/payments/status`]: [200, fixture('supervisor-status-unhealthy')],
  [`GET ${S}/clickstream/health`]: [200, fixture('supervisor-health-healthy')],
  [`GET ${S}/payments/health`]: [503, fixture('supervisor-health-unhealthy')],
  [`GET ${S}/clickstream/stats`]: [200, fixture('supervisor-stats')],
  [`GET ${S}/clickstream/parseErrors`]: [200, fixture('supervisor-parse-errors')],
  [`GET ${S}/history`]: [200, fixture('supervisor-history-all')],
  [`GET ${S}/clickstream/history`]: [200, fixture('supervisor-history-id')],
  [`GET ${S}/clickstream/history?count=1`]: [200, fixture('supervisor-history-id')],
  [`POST ${S}`]: [200, fixture('supervisor-create')],
  [`POST ${S}/clickstream/suspend`]: [200, fixture('supervisor-suspend')],
  [`POST ${S}/clickstream/resume`]: [200, fixture('supervisor-resume')],
  [`POST ${S}/payments/suspend`]: [400, '{"error":"[payments] is already suspended"}'],
  [`POST ${S}/suspendAll`]: [200, fixture('supervisor-bulk')],
  [`POST ${S}/resumeAll`]: [200, fixture('supervisor-bulk')],
  [`POST ${S}/terminateAll`]: [200, fixture('supervisor-bulk')],
  [`POST ${S}/clickstream/reset`]: [200, fixture('supervisor-id')],
  [`POST ${S}/clickstream/resetOffsets`]: [200, fixture('supervisor-id')],
  [`POST ${S}/clickstream/terminate`]: [200, fixture('supervisor-id')],
  [`POST ${S}/clickstream/taskGroups/handoff`]: [200, ''],
  ['GET /status']: [200, fixture('server-status')],
  ['GET /druid/indexer/v1/leader']: [200, 'http://overlord-1:8090'],
  [`GET ${C}/rules/clickstream`]: [200, fixture('coordinator-rules')],
  [`GET ${C}/rules/clickstream?full`]: [200, fixture('coordinator-rules')],
  [`POST ${C}/rules/clickstream`]: [200, ''],
  [`GET ${C}/config/compaction`]: [200, fixture('coordinator-compaction')],
  [`GET ${C}/config/compaction/clickstream`]: [200, fixture('coordinator-compaction-datasource')],
  [`GET ${C}/config/compaction/payments`]: [404, ''],
  [`POST ${C}/config/compaction`]: [200, ''],
  [`GET ${C}/metadata/datasources/clickstream`]: [200, fixture('coordinator-datasource-metadata')],
  [`GET ${C}/metadata/datasources/payments`]: [404, ''],
};

let server: TestServer;
let druid: OverlordClient;
beforeAll(async () => {
  server = await startServer((request, response) => {
    const [status, body] = routes[`${request.method} ${request.path}`] ?? [
      599,
      `no route for ${request.path}`,
    ];
    const type = body.startsWith('{') || body.startsWith('[') ? 'application/json' : 'text/plain';
    response.writeHead(status, { 'Content-Type': type });
    response.end(body);
  });
  druid = client(server.url);
});
afterAll(async () => {
  await closeClients();
  await server.close();
});
const lastRequest = () => server.requests[server.requests.length - 1];

describe('supervisor reads', () => {
  test('ids, ?full and ?state=true; suspended is taken from the spec or the state', async () => {
    await expect(druid.listSupervisorIds()).resolves.toEqual(['clickstream', 'payments']);
    const full = await druid.listSupervisors();
    expect(full.map(({ id, state, suspended }) => ({ id, state, suspended }))).toEqual([
      { id: 'clickstream', state: 'RUNNING', suspended: false },
      { id: 'payments', state: 'SUSPENDED', suspended: true },
    ]);
    expect(full[0]?.spec.type).toBe('kafka');
    const states = await druid.listSupervisorStates();
    expect(states).toEqual([
      expect.objectContaining({
        id: 'clickstream',
        healthy: false,
        detailedState: 'LOST_CONTACT_WITH_STREAM',
        suspended: false,
      }),
      expect.objectContaining({ id: 'payments', state: 'SUSPENDED', suspended: true }),
    ]);
  });

  test('the stored spec, with (34.0+) and without a top-level id', async () => {
    const spec = await druid.getSupervisorSpec('clickstream');
    expect(spec).toMatchObject({
      type: 'kafka',
      id: 'clickstream',
      suspended: false,
      spec: { ioConfig: { topic: 'clicks' } },
    });
    const old = await druid.getSupervisorSpec('old');
    expect(old.id).toBeUndefined();
    expect(old.dataSchema).toBeDefined();
  });

  test('a 2023-era status report: state and health read from payload', async () => {
    const report = await druid.getSupervisorStatus('clickstream');
    expect(report.id).toBe('clickstream');
    expect(report.payload).toMatchObject({
      state: 'RUNNING',
      detailedState: 'RUNNING',
      healthy: true,
      suspended: false,
    });
    expect(report.payload.id).toBeUndefined();
    expect(report.payload.activeTasks[0]?.lag).toEqual({ '0': 4, '1': 0 });
    expect(report.payload.aggregateLag).toBe(4);
  });

  test('a 34.0 status report with payload.id, time lag, publishing tasks and topic:partition keys', async () => {
    const { payload } = await druid.getSupervisorStatus('web_events');
    expect(payload.id).toBe('web_events');
    expect(payload.minimumLagMillis).toEqual({ 'web-eu:0': 120, 'web-us:0': 0, 'web-us:1': 900 });
    expect(payload.publishingTasks[0]).toMatchObject({ type: 'PUBLISHING', remainingSeconds: null });
    expect(payload.recentErrors[0]?.streamException).toBe(false);
  });

  test('an unhealthy status report keeps its recent errors', async () => {
    const { payload } = await druid.getSupervisorStatus('payments');
    expect(payload).toMatchObject({
      state: 'UNHEALTHY_SUPERVISOR',
      detailedState: 'UNABLE_TO_CONNECT_TO_STREAM',
      healthy: false,
    });
    expect(payload.recentErrors.map((error) => error.streamException)).toEqual([true, true]);
    expect(payload.latestOffsets).toBeUndefined();
  });

  test('health: 200 and 503 are both answers', async () => {
    await expect(druid.getSupervisorHealth('clickstream')).resolves.toEqual({ healthy: true, status: 200 });
    await expect(druid.getSupervisorHealth('payments')).resolves.toEqual({ healthy: false, status: 503 });
  });

  test('stats and parse errors', async () => {
    const stats = await druid.getSupervisorStats('clickstream');
    expect(stats['0']?.['index_kafka_clickstream_5d1c0a9e7b2f4e1_abcdefgh']?.totals).toBeDefined();
    const errors = await druid.getSupervisorParseErrors('clickstream');
    expect(errors[0]?.errorType).toBe('processedWithError');
  });

  test('history of all supervisors (with a tombstone) and of one, with count', async () => {
    const all = await druid.getAllSupervisorHistory();
    expect(all.legacy_orders?.[0]?.spec.type).toBe('NoopSupervisorSpec');
    const versions = await druid.getSupervisorHistory('clickstream');
    expect(versions.map((entry) => entry.version)).toEqual([
      '2025-03-02T09:00:00.000Z',
      '2025-03-02T08:59:30.000Z',
    ]);
    // Druid before 35.0 ignores count, so the client keeps the newest n itself.
    await expect(druid.getSupervisorHistory('clickstream', { count: 1 })).resolves.toHaveLength(1);
    expect(lastRequest()?.path).toBe(`${S}/clickstream/history?count=1`);
    await expect(druid.getSupervisorHistory('clickstream', { count: 0 })).rejects.toThrow(RangeError);
  });

  test('server status and leader', async () => {
    await expect(druid.getServerStatus()).resolves.toMatchObject({ version: '34.0.0' });
    await expect(druid.getOverlordLeader()).resolves.toBe('http://overlord-1:8090');
  });
});

describe('supervisor writes', () => {
  test('submit sends the whole spec as JSON', async () => {
    const spec = JSON.parse(fixture('supervisor-spec')) as Record<string, unknown>;
    await expect(druid.submitSupervisor(spec)).resolves.toEqual({ id: 'clickstream' });
    expect(lastRequest()).toMatchObject({ method: 'POST', path: S, body: JSON.stringify(spec) });
    expect(lastRequest()?.headers['content-type']).toBe('application/json');
  });

  test('suspend and resume return the updated spec; "already suspended" is a success', async () => {
    await expect(druid.suspendSupervisor('clickstream')).resolves.toMatchObject({
      alreadyInState: false,
      spec: { suspended: true },
    });
    await expect(druid.resumeSupervisor('clickstream')).resolves.toMatchObject({
      spec: { suspended: false },
    });
    await expect(druid.suspendSupervisor('payments')).resolves.toEqual({
      id: 'payments',
      alreadyInState: true,
      message: '[payments] is already suspended',
    });
  });

  test('bulk operations, reset, resetOffsets, terminate and handoff', async () => {
    await druid.suspendAllSupervisors();
    await druid.resumeAllSupervisors();
    await druid.terminateAllSupervisors();
    await expect(druid.resetSupervisor('clickstream')).resolves.toEqual({ id: 'clickstream' });
    await expect(
      druid.resetSupervisorOffsets('clickstream', {
        stream: 'clicks',
        partitionOffsetMap: { '0': 100, '1': 650 },
      }),
    ).resolves.toEqual({ id: 'clickstream' });
    expect(JSON.parse(lastRequest()?.body ?? '')).toEqual({
      type: 'kafka',
      partitions: { type: 'end', stream: 'clicks', partitionOffsetMap: { '0': 100, '1': 650 } },
    });
    await expect(druid.terminateSupervisor('clickstream')).resolves.toEqual({ id: 'clickstream' });
    await expect(druid.handoffTaskGroups('clickstream', [0, 1])).resolves.toBeUndefined();
    expect(lastRequest()?.body).toBe('{"taskGroupIds":[0,1]}');
  });
});

describe('Coordinator', () => {
  test('retention rules, read and replaced', async () => {
    const rules = await druid.getRetentionRules('clickstream');
    expect(rules.map((rule) => rule.type)).toEqual(['loadByPeriod', 'dropForever']);
    await druid.getRetentionRules('clickstream', { full: true });
    expect(lastRequest()?.path).toBe(`${C}/rules/clickstream?full`);
    await druid.setRetentionRules('clickstream', rules, {
      audit: { author: 'octocat', comment: 'retention' },
    });
    expect(lastRequest()).toMatchObject({ method: 'POST', body: JSON.stringify(rules) });
    expect(lastRequest()?.headers['x-druid-author']).toBe('octocat');
  });

  test('compaction config: cluster, one datasource, absent, and set', async () => {
    const cluster = await druid.getCompactionConfig();
    expect(cluster.compactionConfigs[0]?.dataSource).toBe('clickstream');
    await expect(druid.getDatasourceCompactionConfig('clickstream')).resolves.toMatchObject({
      skipOffsetFromLatest: 'PT2H',
    });
    await expect(druid.getDatasourceCompactionConfig('payments')).resolves.toBeUndefined();
    await druid.setDatasourceCompactionConfig({ dataSource: 'clickstream', skipOffsetFromLatest: 'PT2H' });
    expect(lastRequest()).toMatchObject({ method: 'POST', path: `${C}/config/compaction` });
  });

  test('datasource metadata; a 404 with no body means no used segments', async () => {
    const metadata = await druid.getDatasourceMetadata('clickstream');
    expect(metadata?.segments).toHaveLength(1);
    await expect(druid.getDatasourceMetadata('payments')).resolves.toBeUndefined();
  });
});
