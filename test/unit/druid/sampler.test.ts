import { Agent } from 'undici';
import { resolveConnection } from '../../../src/druid/connection.js';
import { DruidReadOnlyError, DruidRejectedError, DruidTransientError } from '../../../src/druid/errors.js';
import { DruidHttp, SAMPLER_PATH, type DruidRequest } from '../../../src/druid/http.js';
import { DEFAULT_RETRY_POLICY } from '../../../src/druid/retry.js';
import type { SamplerRequest } from '../../../src/druid/index.js';
import { client, closeClients, json, startServer, type TestServer } from './helpers/server.js';

const REQUEST: SamplerRequest = {
  type: 'kafka',
  spec: { type: 'kafka', spec: { dataSchema: { dataSource: 'events' } } },
  samplerConfig: { numRows: 10, timeoutMs: 1000 },
};
const ANSWER = {
  numRowsRead: 1,
  numRowsIndexed: 1,
  logicalDimensions: [{ type: 'string', name: 'user_id', multiValueHandling: 'SORTED_ARRAY' }],
  physicalDimensions: [{ type: 'string', name: 'user_id' }],
  logicalSegmentSchema: [
    { name: '__time', type: 'LONG' },
    { name: 'user_id', type: 'STRING' },
  ],
  data: [{ input: { user_id: 'u1' }, parsed: { __time: 0, user_id: 'u1' } }],
};

let server: TestServer;
let agent: Agent | undefined;
afterEach(async () => {
  await closeClients();
  await agent?.close();
  agent = undefined;
  await server.close();
});

/** The HTTP layer itself, read-only, so any path can be tried against the guard. */
function readOnlyHttp(url: string): DruidHttp {
  agent = new Agent();
  return new DruidHttp(resolveConnection({ url }), {
    dispatcher: agent,
    readOnly: true,
    audit: { author: 'test', comment: 'test' },
    retry: DEFAULT_RETRY_POLICY,
    requestTimeoutMs: 2000,
    maxRedirects: 3,
    secrets: [],
  });
}

test('a read-only client sends the sampler POST, and no other POST, not even one beside it', async () => {
  server = await startServer((_request, response) => json(response, 200, ANSWER));
  const http = readOnlyHttp(server.url);
  const refused: DruidRequest[] = [
    { method: 'POST', path: '/druid/indexer/v1/supervisor' },
    { method: 'POST', path: `${SAMPLER_PATH}/extra` },
    { method: 'POST', path: '/druid/indexer/v1/sampler/../supervisor' },
    { method: 'POST', path: SAMPLER_PATH, target: 'coordinator' },
    { method: 'POST', path: '/druid/indexer/v1/task' },
  ];
  for (const call of refused) await expect(http.send(call)).rejects.toBeInstanceOf(DruidReadOnlyError);
  expect(server.requests).toHaveLength(0);

  await expect(http.send({ method: 'POST', path: SAMPLER_PATH, body: REQUEST })).resolves.toMatchObject({
    status: 200,
  });
  expect(server.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
    `POST ${SAMPLER_PATH}`,
  ]);
});

test('the read-only review client samples through the client API and gets the typed answer', async () => {
  server = await startServer((_request, response) => json(response, 200, ANSWER));
  const druid = client(server.url, { readOnly: true });
  await expect(druid.sample(REQUEST, { timeoutMs: 2000 })).resolves.toEqual(ANSWER);
  expect(JSON.parse(server.requests[0]?.body ?? 'null')).toEqual(REQUEST);
  await expect(druid.submitSupervisor({ type: 'kafka' })).rejects.toBeInstanceOf(DruidReadOnlyError);
  expect(server.requests).toHaveLength(1);
});

test('a sampler request is tried once, even on a 503 a GET would retry', async () => {
  server = await startServer((_request, response) => json(response, 503, {}));
  const error = await client(server.url)
    .sample(REQUEST, { timeoutMs: 2000 })
    .catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(DruidTransientError);
  expect((error as Error).message).toContain('not retried: the caller bounds this request itself');
  expect(server.requests).toHaveLength(1);
});

test('a sampler request that gets no answer gives up at its own timeout, not the client default', async () => {
  server = await startServer(() => undefined); // never answers
  const started = performance.now();
  const error = await client(server.url, { requestTimeoutMs: 30_000 })
    .sample(REQUEST, { timeoutMs: 300 })
    .catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(DruidTransientError);
  expect(performance.now() - started).toBeLessThan(5000);
  expect(server.requests).toHaveLength(1);
});

test("Druid's 400 (a flat spec, too many rows) is a rejection naming Druid's words", async () => {
  const message =
    "Could not resolve subtype of [simple type, class org.apache.druid.indexing.kafka.supervisor.KafkaSupervisorSpec]: missing type id property 'type' (for POJO property 'spec')";
  server = await startServer((_request, response) => json(response, 400, { error: message }));
  const error = await client(server.url)
    .sample(REQUEST, { timeoutMs: 2000 })
    .catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(DruidRejectedError);
  expect((error as DruidRejectedError).druidMessage).toBe(message);
});

test.each([
  ['0 rows', { numRows: 0, timeoutMs: 1000 }],
  ['5001 rows (Druid allows 5000)', { numRows: 5001, timeoutMs: 1000 }],
  ['a read time of 0 (Druid would hang 60 s on the metadata fetch)', { numRows: 10, timeoutMs: 0 }],
])('a sampler config with %s is refused before sending', async (_what, samplerConfig) => {
  server = await startServer((_request, response) => json(response, 200, ANSWER));
  await expect(
    client(server.url).sample({ ...REQUEST, samplerConfig }, { timeoutMs: 2000 }),
  ).rejects.toBeInstanceOf(RangeError);
  expect(server.requests).toHaveLength(0);
});

test('an answer without the counts is a response error naming the endpoint', async () => {
  server = await startServer((_request, response) => json(response, 200, { data: [] }));
  await expect(client(server.url).sample(REQUEST, { timeoutMs: 2000 })).rejects.toThrow(
    /POST \/druid\/indexer\/v1\/sampler: the answer does not have the shape/,
  );
});
