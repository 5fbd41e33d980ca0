import type { RequestEvent } from '../../../src/druid/http.js';
import {
  DruidForbiddenError,
  DruidNotFoundError,
  DruidReadOnlyError,
  DruidRedirectError,
  DruidRejectedError,
  DruidTransientError,
  DruidUnauthorizedError,
} from '../../../src/druid/errors.js';
import {
  client,
  closeClients,
  json,
  refusingUrl,
  startServer,
  text,
  type TestServer,
} from './helpers/server.js';

const SPEC = { type: 'kafka', spec: { dataSchema: { dataSource: 'events' } } };
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

/** Answers each request in turn with the next step; the last step repeats. */
function sequence(...steps: Array<Parameters<typeof startServer>[0]>): Parameters<typeof startServer>[0] {
  return (request, response, index) =>
    (steps[Math.min(index, steps.length - 1)] as (typeof steps)[0])(request, response, index);
}
const ok = (body: unknown) => sequence((_q, response) => json(response, 200, body));
const unavailable: Parameters<typeof startServer>[0] = (_q, response) => {
  response.statusCode = 503;
  response.end();
};
const resetConnection: Parameters<typeof startServer>[0] = (_q, response) => {
  response.socket?.destroy();
};

describe('retries', () => {
  test('a GET is retried on 503 and 429 until Druid answers', async () => {
    const server = await serve(
      sequence(
        unavailable,
        (_q, r) => json(r, 429, {}),
        (_q, r) => json(r, 200, ['a']),
      ),
    );
    await expect(client(server.url).listSupervisorIds()).resolves.toEqual(['a']);
    expect(server.requests).toHaveLength(3);
  });

  test('a GET is retried after the connection is reset', async () => {
    const server = await serve(sequence(resetConnection, (_q, r) => json(r, 200, ['a'])));
    await expect(client(server.url).listSupervisorIds()).resolves.toEqual(['a']);
    expect(server.requests).toHaveLength(2);
  });

  test('nothing is retried on 400 or 404', async () => {
    const server = await serve((request, response) =>
      request.method === 'POST'
        ? json(response, 400, { error: 'Cannot construct instance of `KafkaSupervisorIOConfig`' })
        : text(response, 404, 'Cannot find any supervisor with id: [x]'),
    );
    const druid = client(server.url);
    await expect(druid.submitSupervisor(SPEC, { skipRestartIfUnmodified: true })).rejects.toBeInstanceOf(
      DruidRejectedError,
    );
    await expect(druid.getSupervisorStatus('x')).rejects.toBeInstanceOf(DruidNotFoundError);
    expect(server.requests).toHaveLength(2);
  });

  test('suspend is retried on 503 but not on 400', async () => {
    const server = await serve(sequence(unavailable, (_q, r) => json(r, 200, { ...SPEC, suspended: true })));
    const result = await client(server.url).suspendSupervisor('events');
    expect(result).toMatchObject({ alreadyInState: false, spec: { suspended: true } });
    expect(server.requests.map((request) => request.path)).toEqual([
      '/druid/indexer/v1/supervisor/events/suspend',
      '/druid/indexer/v1/supervisor/events/suspend',
    ]);
  });

  test('a spec POST is retried on 503 and on a refused connection: Druid never saw it', async () => {
    const server = await serve(sequence(unavailable, (_q, r) => json(r, 200, { id: 'events' })));
    await expect(client(server.url).submitSupervisor(SPEC)).resolves.toEqual({ id: 'events' });
    expect(server.requests).toHaveLength(2);

    const refused = client(await refusingUrl());
    const error = await refused.submitSupervisor(SPEC).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DruidTransientError);
    expect((error as DruidTransientError).attempts).toBe(4);
    expect((error as Error).message).toMatch(/could not connect \(ECONNREFUSED.*gave up after 4 attempts/);
  });

  test('a spec POST is not retried after a reset, since Druid may have restarted the supervisor', async () => {
    const server = await serve(resetConnection);
    const error = await client(server.url)
      .submitSupervisor(SPEC)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DruidTransientError);
    expect((error as Error).message).toContain('not retried: Druid may have processed the request');
    expect(server.requests).toHaveLength(1);
  });

  test('a spec POST is not retried after a timeout, unless sent with skipRestartIfUnmodified', async () => {
    const slowThenOk = sequence(
      (_q, response) => void setTimeout(() => json(response, 200, { id: 'events' }), 300),
      (_q, response) => json(response, 200, { id: 'events' }),
    );
    const once = await serve(slowThenOk);
    const error = await client(once.url, { requestTimeoutMs: 100 })
      .submitSupervisor(SPEC)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DruidTransientError);
    expect((error as Error).message).toContain('no answer within 100 ms');
    expect(once.requests).toHaveLength(1);

    const skip = await serve(slowThenOk);
    const druid = client(skip.url, { requestTimeoutMs: 100 });
    await expect(druid.submitSupervisor(SPEC, { skipRestartIfUnmodified: true })).resolves.toEqual({
      id: 'events',
    });
    expect(skip.requests.map((request) => request.path)).toEqual([
      '/druid/indexer/v1/supervisor?skipRestartIfUnmodified=true',
      '/druid/indexer/v1/supervisor?skipRestartIfUnmodified=true',
    ]);
  });

  test('a GET that times out is retried', async () => {
    const server = await serve(
      sequence(
        (_q, response) => void setTimeout(() => json(response, 200, ['late']), 300),
        (_q, response) => json(response, 200, ['a']),
      ),
    );
    await expect(client(server.url, { requestTimeoutMs: 100 }).listSupervisorIds()).resolves.toEqual(['a']);
    expect(server.requests).toHaveLength(2);
  });

  test('reset is retried on 503 but not on 502', async () => {
    const retried = await serve(sequence(unavailable, (_q, r) => json(r, 200, { id: 'events' })));
    await expect(client(retried.url).resetSupervisor('events')).resolves.toEqual({ id: 'events' });
    expect(retried.requests).toHaveLength(2);

    const notRetried = await serve((_q, response) => text(response, 502, 'Bad Gateway'));
    await expect(client(notRetried.url).resetSupervisor('events')).rejects.toBeInstanceOf(
      DruidTransientError,
    );
    expect(notRetried.requests).toHaveLength(1);
  });

  test('Retry-After is honoured: a wait beyond the time budget ends retrying at once', async () => {
    const server = await serve((_q, response) => json(response, 429, {}, { 'Retry-After': '30' }));
    const started = Date.now();
    const error = await client(server.url, { retry: { maxTotalMs: 1_000 } })
      .listSupervisorIds()
      .catch((caught: unknown) => caught);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect((error as Error).message).toContain('waiting 30000 ms more would exceed the 1000 ms retry budget');
    expect(server.requests).toHaveLength(1);
  });

  test('Retry-After: 0 is retried at once', async () => {
    const server = await serve(
      sequence(
        (_q, r) => json(r, 503, {}, { 'Retry-After': '0' }),
        (_q, r) => json(r, 200, []),
      ),
    );
    await expect(client(server.url).listSupervisorIds()).resolves.toEqual([]);
    expect(server.requests).toHaveLength(2);
  });

  test('retrying stops within the total time budget', async () => {
    const server = await serve(unavailable);
    const started = Date.now();
    const druid = client(server.url, {
      retry: { maxAttempts: 100, baseDelayMs: 40, maxDelayMs: 40, maxTotalMs: 300 },
    });
    const error = await druid.listSupervisorIds().catch((caught: unknown) => caught);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(error).toBeInstanceOf(DruidTransientError);
    expect((error as DruidTransientError).attempts).toBeGreaterThan(2);
    expect((error as Error).message).toContain('retry budget');
  });
});

describe('one time limit per request (--timeout)', () => {
  test('a hung GET is given up at the limit and the error names that one limit', async () => {
    const server = await serve(() => undefined);
    const started = Date.now();
    const error = await client(server.url, { timeLimitMs: 300 })
      .listSupervisorIds()
      .catch((caught: unknown) => caught);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect((error as Error).message).toMatch(
      /^GET \/druid\/indexer\/v1\/supervisor: no answer within 300 ms( \(\d+ attempts\))?$/,
    );
  });

  test('a GET that times out and is retried still ends at the limit: each attempt gets what is left', async () => {
    const server = await serve((_q, response) => void setTimeout(() => json(response, 200, ['late']), 2_000));
    const started = Date.now();
    const error = await client(server.url, { timeLimitMs: 400, retry: { baseDelayMs: 1, maxDelayMs: 1 } })
      .listSupervisorIds()
      .catch((caught: unknown) => caught);
    expect(Date.now() - started).toBeLessThan(1_500);
    expect((error as Error).message).toMatch(
      /^GET \/druid\/indexer\/v1\/supervisor: no answer within 400 ms( \(\d+ attempts\))?$/,
    );
  });

  test('a failure retried until the limit says how many attempts the limit allowed', async () => {
    const server = await serve(unavailable);
    const error = await client(server.url, {
      timeLimitMs: 300,
      retry: { maxAttempts: 100, baseDelayMs: 40, maxDelayMs: 40 },
    })
      .listSupervisorIds()
      .catch((caught: unknown) => caught);
    // The last attempt may be answered (a 503) or cut short by the limit (a timeout): one limit either way.
    expect((error as Error).message).toMatch(
      /\(gave up after \d+ attempts: the 300 ms time limit was reached\)$|no answer within 300 ms/,
    );
    expect((error as Error).message).not.toContain('retry budget');
  });
});

describe('redirects', () => {
  test('a 307 to the leader is followed with method, body, credentials and audit headers kept', async () => {
    const leader = await serve((_q, response) => json(response, 200, { id: 'events' }));
    const follower = await serve((request, response) => {
      response.writeHead(307, { Location: `${leader.url}${request.path}` });
      response.end();
    });
    const druid = client(
      follower.url,
      { audit: { author: 'octocat', comment: 'deploy abc1234' } },
      {
        username: 'admin',
        password: 'p:w',
      },
    );
    await expect(druid.submitSupervisor(SPEC)).resolves.toEqual({ id: 'events' });
    const [first] = follower.requests;
    const [second] = leader.requests;
    expect(second).toMatchObject({
      method: 'POST',
      path: '/druid/indexer/v1/supervisor',
      body: JSON.stringify(SPEC),
    });
    for (const header of ['authorization', 'x-druid-author', 'x-druid-comment', 'content-type']) {
      expect(second?.headers[header]).toBe(first?.headers[header]);
    }
    expect(second?.headers['x-druid-author']).toBe('octocat');
  });

  test('a redirect loop is stopped and not retried', async () => {
    let other = '';
    const a = await serve((request, response) => {
      response.writeHead(307, { Location: `${other}${request.path}` });
      response.end();
    });
    const b = await serve((request, response) => {
      response.writeHead(307, { Location: `${a.url}${request.path}` });
      response.end();
    });
    other = b.url;
    const error = await client(a.url)
      .listSupervisorIds()
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DruidRedirectError);
    expect((error as Error).message).toContain('a redirect loop back to');
    expect(a.requests.length + b.requests.length).toBe(2);
  });
});

describe('credentials, audit and the read-only guard', () => {
  test('basic auth and bearer tokens are sent; extra headers too', async () => {
    const server = await serve(ok([]));
    await client(
      server.url,
      {},
      { username: 'admin', password: 'a:b', headers: { 'X-Gateway': 'g1' } },
    ).listSupervisorIds();
    await client(server.url, {}, { token: 'tok-1' }).listSupervisorIds();
    const [basic, bearer] = server.requests;
    expect(basic?.headers.authorization).toBe(`Basic ${Buffer.from('admin:a:b').toString('base64')}`);
    expect(basic?.headers['x-gateway']).toBe('g1');
    expect(bearer?.headers.authorization).toBe('Bearer tok-1');
  });

  test('401 and 403 are told apart', async () => {
    const server = await serve((request, response) =>
      request.headers.authorization === 'Bearer good'
        ? json(response, 403, { 'Access-Check-Result': 'Unauthorized' })
        : text(response, 401, '<html><title>Error 401 Unauthorized</title></html>', 'text/html'),
    );
    await expect(client(server.url, {}, { token: 'bad' }).listSupervisorIds()).rejects.toBeInstanceOf(
      DruidUnauthorizedError,
    );
    await expect(client(server.url, {}, { token: 'good' }).listSupervisorIds()).rejects.toBeInstanceOf(
      DruidForbiddenError,
    );
    expect(server.requests).toHaveLength(2);
  });

  test('writes carry audit headers, per call or from the client; reads do not', async () => {
    const server = await serve(ok({ id: 'events' }));
    const druid = client(server.url, {
      audit: { author: 'druid-gitops', comment: 'deploy abc1234 (PR #12) by @octocat' },
    });
    await druid.listSupervisorIds().catch(() => undefined);
    await druid.terminateSupervisor('events');
    await druid.resetSupervisor('events', { audit: { author: 'ops', comment: 'recover: reset by @ops' } });
    const [read, terminate, reset] = server.requests;
    expect(read?.headers['x-druid-author']).toBeUndefined();
    expect(terminate?.headers).toMatchObject({
      'x-druid-author': 'druid-gitops',
      'x-druid-comment': 'deploy abc1234 (PR #12) by @octocat',
    });
    expect(reset?.headers).toMatchObject({
      'x-druid-author': 'ops',
      'x-druid-comment': 'recover: reset by @ops',
    });
  });

  test('a read-only client refuses every write before sending, and still reads', async () => {
    const server = await serve(ok([]));
    const druid = client(server.url, { readOnly: true });
    await expect(druid.submitSupervisor(SPEC)).rejects.toBeInstanceOf(DruidReadOnlyError);
    await expect(druid.suspendSupervisor('events')).rejects.toThrow(
      'POST /druid/indexer/v1/supervisor/events/suspend: refused: this Druid client is read-only',
    );
    await expect(druid.setRetentionRules('events', [])).rejects.toBeInstanceOf(DruidReadOnlyError);
    expect(server.requests).toHaveLength(0);
    await expect(druid.listSupervisorIds()).resolves.toEqual([]);
  });

  test('secrets never reach an error message, even when Druid echoes them', async () => {
    const server = await serve((request, response) =>
      json(response, 400, {
        error: `bad request from ${request.headers.authorization} with password s3cr:t!`,
      }),
    );
    const error = await client(server.url, {}, { username: 'admin', password: 's3cr:t!' })
      .submitSupervisor(SPEC)
      .catch((caught: unknown) => caught);
    const message = (error as Error).message;
    expect(message).toContain('bad request from Basic [REDACTED]');
    expect(message).not.toContain('s3cr:t!');
    expect(message).not.toContain(Buffer.from('admin:s3cr:t!').toString('base64'));
  });

  test('credentials inside a submitted spec are scrubbed from the error that quotes them', async () => {
    const server = await serve((request, response) =>
      json(response, 400, { error: `Cannot accept ${request.body}` }),
    );
    const spec = {
      ...SPEC,
      ioConfig: { consumerProperties: { 'sasl.jaas.config': 'password="kafka-pass-1"' } },
    };
    const error = await client(server.url)
      .submitSupervisor(spec)
      .catch((caught: unknown) => caught);
    expect((error as Error).message).not.toContain('kafka-pass-1');
  });
});

describe('request logging', () => {
  test('each exchange is reported with method, path, status, duration and attempt', async () => {
    const events: RequestEvent[] = [];
    const server = await serve(sequence(unavailable, (_q, r) => json(r, 200, ['a'])));
    await client(server.url, { onRequest: (event) => events.push(event) }).listSupervisorIds();
    expect(events).toEqual([
      expect.objectContaining({
        method: 'GET',
        path: '/druid/indexer/v1/supervisor',
        status: 503,
        attempt: 1,
      }),
      expect.objectContaining({
        method: 'GET',
        path: '/druid/indexer/v1/supervisor',
        status: 200,
        attempt: 2,
      }),
    ]);
    expect(events[0]?.origin).toBe(server.url);
    expect(events.every((event) => event.durationMs >= 0)).toBe(true);
  });

  test('a failure below HTTP is reported with its kind', async () => {
    const events: RequestEvent[] = [];
    const druid = client(await refusingUrl(), {
      onRequest: (event) => events.push(event),
      retry: { maxAttempts: 1 },
    });
    await druid.getServerStatus().catch(() => undefined);
    expect(events).toEqual([
      expect.objectContaining({ method: 'GET', path: '/status', error: 'transient', attempt: 1 }),
    ]);
  });
});
