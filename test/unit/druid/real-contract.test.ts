/**
 * Replays answers captured from a real Druid (test/fixtures/druid-real/, written by the
 * integration lane as {request, response, druidVersion}) and checks that the client sends the
 * captured request and parses the captured answer. Captures of endpoints the client does not
 * call (SQL, isLeader, ?system, history) and requests the client never sends are skipped.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { DruidError } from '../../../src/druid/errors.js';
import type { OverlordClient, SamplerRequest } from '../../../src/druid/index.js';
import type { DataSourceCompactionConfig, PartitionMap, RetentionRule } from '../../../src/druid/payloads.js';
import type { JsonObject } from '../../../src/common/json.js';
import { client, closeClients, startServer, type TestServer } from './helpers/server.js';

interface Capture {
  file: string;
  request: { method: string; url: string; body?: unknown };
  response: {
    status: number;
    contentType?: string | null;
    bodyKind: 'json' | 'text' | 'empty';
    body?: unknown;
  };
}

interface Asked {
  /** The id or datasource in the path. */
  id: string;
  query: URLSearchParams;
  body: unknown;
}
type Call = (druid: OverlordClient, asked: Asked) => Promise<unknown>;
/** [method, path pattern, the client call, whether the client would send this request at all] */
type Route = [string, RegExp, Call, ((asked: Asked) => boolean)?];

const S = '/druid/indexer/v1/supervisor';
const C = '/druid/coordinator/v1';
const path = (pattern: string) => new RegExp(`^${pattern.replace('{id}', '([^/]+)')}$`);
const routes: Route[] = [
  ['GET', path(S), (druid, { query }) => listCall(druid, query), ({ query }) => !query.has('system')],
  ['GET', path(`${S}/history`), (druid) => druid.getAllSupervisorHistory()],
  ['GET', path(`${S}/{id}`), (druid, { id }) => druid.getSupervisorSpec(id)],
  ['GET', path(`${S}/{id}/status`), (druid, { id }) => druid.getSupervisorStatus(id)],
  ['GET', path(`${S}/{id}/health`), (druid, { id }) => druid.getSupervisorHealth(id)],
  ['GET', path(`${S}/{id}/stats`), (druid, { id }) => druid.getSupervisorStats(id)],
  ['GET', path(`${S}/{id}/parseErrors`), (druid, { id }) => druid.getSupervisorParseErrors(id)],
  [
    'GET',
    path(`${S}/{id}/history`),
    (druid, { id, query }) =>
      druid.getSupervisorHistory(id, query.has('count') ? { count: Number(query.get('count')) } : {}),
    // A count below 1 is refused by the client before sending.
    ({ query }) => !query.has('count') || Number(query.get('count')) >= 1,
  ],
  [
    'POST',
    path(S),
    (druid, { query, body }) =>
      druid.submitSupervisor(body as JsonObject, {
        skipRestartIfUnmodified: query.get('skipRestartIfUnmodified') === 'true',
      }),
  ],
  ['POST', path(`${S}/suspendAll`), (druid) => druid.suspendAllSupervisors()],
  ['POST', path(`${S}/resumeAll`), (druid) => druid.resumeAllSupervisors()],
  ['POST', path(`${S}/terminateAll`), (druid) => druid.terminateAllSupervisors()],
  ['POST', path(`${S}/{id}/suspend`), (druid, { id }) => druid.suspendSupervisor(id)],
  ['POST', path(`${S}/{id}/resume`), (druid, { id }) => druid.resumeSupervisor(id)],
  ['POST', path(`${S}/{id}/reset`), (druid, { id }) => druid.resetSupervisor(id)],
  ['POST', path(`${S}/{id}/terminate`), (druid, { id }) => druid.terminateSupervisor(id)],
  [
    'POST',
    path(`${S}/{id}/resetOffsets`),
    (druid, { id, body }) => druid.resetSupervisorOffsets(id, resetBody(body).partitions),
    // The client only sends end offsets, the one kind Druid accepts here.
    ({ body }) => resetBody(body).partitions.type === 'end',
  ],
  [
    'POST',
    path(`${S}/{id}/taskGroups/handoff`),
    (druid, { id, body }) => druid.handoffTaskGroups(id, (body as { taskGroupIds: number[] }).taskGroupIds),
  ],
  [
    'POST',
    path('/druid/indexer/v1/sampler'),
    (druid, { body }) => druid.sample(body as SamplerRequest, { timeoutMs: 5000 }),
    // A sampler config Druid refuses (more than 5000 rows) is refused by the client before sending.
    ({ body }) => ((body as SamplerRequest).samplerConfig?.numRows ?? 0) <= 5000,
  ],
  ['GET', path('/status'), (druid) => druid.getServerStatus()],
  ['GET', path('/druid/indexer/v1/leader'), (druid) => druid.getOverlordLeader()],
  [
    'GET',
    path(`${C}/rules/{id}`),
    (druid, { id, query }) => druid.getRetentionRules(id, { full: query.has('full') }),
  ],
  [
    'POST',
    path(`${C}/rules/{id}`),
    (druid, { id, body }) => druid.setRetentionRules(id, body as RetentionRule[]),
  ],
  [
    'GET',
    path(`${C}/rules/{id}/history`),
    (druid, { id, query }) => druid.getRetentionRulesHistory(id, countOf(query)),
  ],
  [
    'GET',
    path(`${C}/config/compaction/{id}/history`),
    (druid, { id, query }) => druid.getCompactionConfigHistory(id, countOf(query)),
  ],
  ['GET', path(`${C}/rules`), (druid) => druid.getAllRetentionRules()],
  ['GET', path(`${C}/config/compaction`), (druid) => druid.getCompactionConfig()],
  ['GET', path(`${C}/config/compaction/{id}`), (druid, { id }) => druid.getDatasourceCompactionConfig(id)],
  [
    'POST',
    path(`${C}/config/compaction`),
    (druid, { body }) => druid.setDatasourceCompactionConfig(body as DataSourceCompactionConfig),
  ],
  ['GET', path(`${C}/metadata/datasources/{id}`), (druid, { id }) => druid.getDatasourceMetadata(id)],
];

function listCall(druid: OverlordClient, query: URLSearchParams): Promise<unknown> {
  if (query.has('full')) return druid.listSupervisors();
  if (query.get('state') === 'true') return druid.listSupervisorStates();
  return druid.listSupervisorIds();
}

function countOf(query: URLSearchParams): { count?: number } {
  return query.has('count') ? { count: Number(query.get('count')) } : {};
}

function resetBody(body: unknown) {
  return body as { partitions: { type: string; stream: string; partitionOffsetMap: PartitionMap } };
}

function replayFor({ request }: Capture): ((druid: OverlordClient) => Promise<unknown>) | undefined {
  const url = new URL(request.url, 'http://druid');
  for (const [method, pattern, call, sendable] of routes) {
    const match = request.method === method ? pattern.exec(url.pathname) : null;
    if (!match) continue;
    const asked = { id: decodeURIComponent(match[1] ?? ''), query: url.searchParams, body: request.body };
    return sendable === undefined || sendable(asked) ? (druid) => call(druid, asked) : undefined;
  }
  return undefined;
}

/** Non-2xx answers the client turns into results, by design. */
function answersDespiteStatus({ request, response }: Capture): boolean {
  const { pathname } = new URL(request.url, 'http://druid');
  const body = JSON.stringify(response.body ?? '');
  return (
    (response.status === 503 && pathname.endsWith('/health')) ||
    (response.status === 400 && /\/(suspend|resume)$/.test(pathname) && body.includes('is already')) ||
    (response.status === 404 && pathname.startsWith(`${C}/config/compaction/`)) ||
    (response.status === 404 &&
      pathname.startsWith(`${C}/metadata/datasources/`) &&
      response.bodyKind === 'empty')
  );
}

const directory = new URL('../../fixtures/druid-real/', import.meta.url);
const captures: Capture[] = existsSync(directory)
  ? readdirSync(directory)
      .filter((file) => file.endsWith('.json'))
      .sort()
      .map((file) => ({
        file,
        ...(JSON.parse(readFileSync(new URL(file, directory), 'utf8')) as Omit<Capture, 'file'>),
      }))
      .filter((capture) => capture.request !== undefined && capture.response !== undefined)
  : [];
const replayable = captures.flatMap((capture) => {
  const replay = replayFor(capture);
  return replay
    ? [{ name: `${capture.file}: ${capture.request.method} ${capture.request.url}`, capture, replay }]
    : [];
});

let current: Capture | undefined;
let server: TestServer;
beforeAll(async () => {
  server = await startServer((_request, response) => {
    const answer = current?.response;
    if (!answer) return void response.writeHead(599).end();
    const { bodyKind, body } = answer;
    response.writeHead(answer.status, answer.contentType ? { 'Content-Type': answer.contentType } : {});
    response.end(bodyKind === 'empty' ? '' : bodyKind === 'text' ? String(body) : JSON.stringify(body));
  });
});
afterAll(async () => {
  await closeClients();
  await server.close();
});

if (replayable.length === 0) {
  test.skip('no captures from a real Druid in test/fixtures/druid-real', () => undefined);
} else {
  test.each(replayable)('$name', async ({ capture, replay }) => {
    current = capture;
    const before = server.requests.length;
    const outcome = await replay(client(server.url, { retry: { maxAttempts: 1 } })).then(
      (value) => ({ value }),
      (error: unknown) => ({ error }),
    );
    const sent = server.requests.slice(before);
    expect(sent.map((request) => `${request.method} ${request.path}`)).toEqual([
      `${capture.request.method} ${capture.request.url}`,
    ]);
    if (capture.request.body !== undefined)
      expect(JSON.parse(sent[0]?.body ?? 'null')).toEqual(capture.request.body);
    const { status } = capture.response;
    if ((status >= 200 && status < 300) || answersDespiteStatus(capture)) {
      expect(outcome).not.toHaveProperty('error');
    } else {
      // An error answer must become a classified DruidError, never a shape or parsing failure.
      const error = 'error' in outcome ? outcome.error : undefined;
      expect(error).toBeInstanceOf(DruidError);
      expect((error as DruidError).kind).not.toBe('unexpected-response');
      expect((error as DruidError).status).toBe(status);
    }
  });
}
