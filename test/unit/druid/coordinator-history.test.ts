/**
 * The Coordinator's audit history reads (invariant 7): credentials never reach an error's message,
 * whether they are the client's own or came back in an earlier answer; a failed read is retried
 * because a GET is safe to repeat.
 */
import { DruidRejectedError } from '../../../src/druid/errors.js';
import { client, closeClients, json, startServer, type TestServer } from './helpers/server.js';

const C = '/druid/coordinator/v1';
const servers: TestServer[] = [];
async function serve(...args: Parameters<typeof startServer>): Promise<TestServer> {
  const server = await startServer(...args);
  servers.push(server);
  return server;
}

afterEach(async () => {
  await closeClients();
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

const audit = { author: 'druid-gitops', comment: 'deploy', identity: 'allowAll', ip: '127.0.0.1' };

test('a history error that quotes the client credentials is redacted', async () => {
  const server = await serve((request, response) =>
    json(response, 400, { error: `no history for ${request.headers.authorization}, password hist-pw-1` }),
  );
  const error = await client(server.url, {}, { username: 'admin', password: 'hist-pw-1' })
    .getRetentionRulesHistory('events')
    .catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(DruidRejectedError);
  const message = (error as Error).message;
  expect(message).not.toContain('hist-pw-1');
  expect(message).not.toContain(Buffer.from('admin:hist-pw-1').toString('base64'));
});

test('a credential read in a history answer is scrubbed from a later error that quotes it', async () => {
  const secret = 'password="kafka-hist-2"';
  const entry = {
    compactionConfig: {
      dataSource: 'events',
      ioConfig: { consumerProperties: { 'sasl.jaas.config': secret } },
    },
    auditInfo: audit,
    auditTime: '2026-01-01T00:00:00.000Z',
  };
  const server = await serve((_request, response, index) =>
    index === 0 ? json(response, 200, [entry]) : json(response, 400, { error: `bad config ${secret}` }),
  );
  const druid = client(server.url);
  // The answer itself is data and stays intact.
  await expect(druid.getCompactionConfigHistory('events')).resolves.toEqual([entry]);
  const error = await druid.getCompactionConfigHistory('events').catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(DruidRejectedError);
  expect((error as Error).message).not.toContain('kafka-hist-2');
});

test('history reads are retried after a 503 and send count as asked', async () => {
  const rules = [{ key: 'events', auditInfo: audit, payload: '[]', auditTime: '2026-01-01T00:00:00.000Z' }];
  const server = await serve((_request, response, index) =>
    index === 0 ? json(response, 503, { error: 'not leader' }) : json(response, 200, rules),
  );
  await expect(client(server.url).getRetentionRulesHistory('events', { count: 2 })).resolves.toEqual(rules);
  expect(server.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
    `GET ${C}/rules/events/history?count=2`,
    `GET ${C}/rules/events/history?count=2`,
  ]);
});

test('a compaction history holds the removal of a config: its entry has no config', async () => {
  const history = [
    {
      compactionConfig: { dataSource: 'events', skipOffsetFromLatest: 'PT2H' },
      auditInfo: audit,
      auditTime: '2026-01-01T00:00:00.000Z',
    },
    // Druid writes null when the config is deleted, or when KillCompactionConfig removes it.
    { compactionConfig: null, auditInfo: audit, auditTime: '2026-01-02T00:00:00.000Z' },
  ];
  const server = await serve((_request, response) => json(response, 200, history));
  await expect(client(server.url).getCompactionConfigHistory('events')).resolves.toEqual(history);
});
