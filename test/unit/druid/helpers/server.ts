/**
 * A purpose-built HTTP(S) server for client tests: it records every request (method, path,
 * headers, body) and answers through a handler the test writes, so each Druid behaviour under
 * test is spelled out next to its assertion.
 */
import {
  createServer as createHttpServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import { createServer as createHttpsServer, type ServerOptions } from 'node:https';
import type { AddressInfo } from 'node:net';
import {
  createOverlordClient,
  type OverlordClient,
  type OverlordClientOptions,
} from '../../../../src/druid/index.js';
import type { DruidConnectionSettings } from '../../../../src/druid/connection.js';

interface Recorded {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
}

export type Handler = (request: Recorded, response: ServerResponse, index: number) => void | Promise<void>;

export interface TestServer {
  url: string;
  requests: Recorded[];
  close(): Promise<void>;
}

export async function startServer(handler: Handler, tls?: ServerOptions): Promise<TestServer> {
  const requests: Recorded[] = [];
  const listener = (incoming: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const recorded = {
        method: incoming.method ?? '',
        path: incoming.url ?? '',
        headers: incoming.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      requests.push(recorded);
      void Promise.resolve(handler(recorded, response, requests.length - 1)).catch((error: unknown) => {
        response.statusCode = 599;
        response.end(String(error));
      });
    });
  };
  const server: Server = tls ? createHttpsServer(tls, listener) : createHttpServer(listener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `${tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    requests,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export function json(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
) {
  response.writeHead(status, { 'Content-Type': 'application/json', ...headers });
  response.end(JSON.stringify(body));
}

export function text(response: ServerResponse, status: number, body: string, contentType = 'text/plain') {
  response.writeHead(status, { 'Content-Type': contentType });
  response.end(body);
}

/** A URL on which nothing listens: connections are refused. */
export async function refusingUrl(): Promise<string> {
  const server = await startServer(() => undefined);
  await server.close();
  return server.url;
}

/** Fast retries and timeouts so the whole suite stays quick. */
const FAST: OverlordClientOptions = {
  retry: { baseDelayMs: 1, maxDelayMs: 5, maxTotalMs: 2_000, maxAttempts: 4 },
  requestTimeoutMs: 2_000,
  random: () => 0.5,
};

/** A client with fast retries; every client made here is closed after each test. */
const open: OverlordClient[] = [];
export function client(
  url: string,
  options: OverlordClientOptions = {},
  settings: Partial<DruidConnectionSettings> = {},
): OverlordClient {
  const made = createOverlordClient(
    { url, ...settings },
    { ...FAST, ...options, retry: { ...FAST.retry, ...options.retry } },
  );
  open.push(made);
  return made;
}

export async function closeClients(): Promise<void> {
  await Promise.all(open.splice(0).map((made) => made.close()));
}
