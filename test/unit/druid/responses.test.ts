/** A surprising body is a clear error naming the endpoint, never a crash later in a flow. */
import { DruidNotFoundError, DruidResponseError, DruidTransientError } from '../../../src/druid/errors.js';
import { client, closeClients, json, startServer, text, type TestServer } from './helpers/server.js';

let server: TestServer;
let answer: (path: string) => [number, string, string?];
beforeAll(async () => {
  server = await startServer((request, response) => {
    const [status, body, type = 'application/json'] = answer(request.path);
    text(response, status, body, type);
  });
});
afterEach(closeClients);
afterAll(async () => server.close());

const S = '/druid/indexer/v1/supervisor';

test('a status report with state at the top level (not in payload) is refused, naming the endpoint', async () => {
  answer = () => [200, JSON.stringify({ id: 'x', generationTime: '2025-01-01T00:00:00Z', state: 'RUNNING' })];
  await expect(client(server.url).getSupervisorStatus('x')).rejects.toThrow(
    `GET ${S}/x/status: the answer does not have the shape this client expects: body must have required property 'payload' (HTTP 200)`,
  );
});

test('a wrongly typed field is named by its path', async () => {
  const payload = {
    dataSource: 'x',
    state: 'RUNNING',
    detailedState: 'RUNNING',
    healthy: 'yes',
    suspended: false,
  };
  answer = () => [200, JSON.stringify({ id: 'x', generationTime: '2025-01-01T00:00:00Z', payload })];
  await expect(client(server.url).getSupervisorStatus('x')).rejects.toThrow(
    'body/payload/healthy must be boolean',
  );
});

test('a body that is not JSON is refused with an excerpt', async () => {
  answer = () => [200, '<html>login page</html>', 'text/html'];
  const error = await client(server.url)
    .listSupervisorIds()
    .catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(DruidResponseError);
  expect((error as Error).message).toBe(
    `GET ${S}: the answer is not JSON: <html>login page</html> (HTTP 200)`,
  );
});

test('health: a 503 without {"healthy":false} is an unavailable Overlord, not an answer', async () => {
  answer = () => [503, ''];
  const druid = client(server.url, { retry: { maxAttempts: 2 } });
  await expect(druid.getSupervisorHealth('x')).rejects.toBeInstanceOf(DruidTransientError);
});

test('metadata and compaction: an HTML 404 is a wrong URL, not "absent"', async () => {
  answer = () => [404, '<html><title>Error 404 Not Found</title></html>', 'text/html'];
  const druid = client(server.url);
  await expect(druid.getDatasourceMetadata('x')).rejects.toBeInstanceOf(DruidNotFoundError);
  await expect(druid.getDatasourceCompactionConfig('x')).rejects.toThrow('management proxy');
});

test('a leader answer that is not a URL is refused', async () => {
  answer = () => [200, 'nobody', 'text/plain'];
  await expect(client(server.url).getOverlordLeader()).rejects.toThrow(
    'GET /druid/indexer/v1/leader: the answer is not a URL (HTTP 200)',
  );
});

test('ids with reserved characters are encoded into the path', async () => {
  answer = () => [200, JSON.stringify({ type: 'kafka' })];
  await client(server.url).getSupervisorSpec('a/b c');
  expect(server.requests.at(-1)?.path).toBe(`${S}/a%2Fb%20c`);
});

test('a Coordinator URL of its own is used for Coordinator calls only', async () => {
  answer = () => [200, '[]'];
  const coordinator = await startServer((_request, response) => json(response, 200, []));
  try {
    const druid = client(server.url, {}, { coordinatorUrl: `${coordinator.url}/prefix` });
    await druid.getRetentionRules('events');
    await druid.listSupervisorIds();
    expect(coordinator.requests.map((request) => request.path)).toEqual([
      '/prefix/druid/coordinator/v1/rules/events',
    ]);
    expect(server.requests.at(-1)?.path).toBe(S);
  } finally {
    await coordinator.close();
  }
});
