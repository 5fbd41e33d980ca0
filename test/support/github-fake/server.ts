/**
 * The fake's HTTP side. Every request is checked against GitHub's OpenAPI description before it
 * is answered; what fails (unknown route, wrong method, bad parameters or body, a route or filter
 * the fake does not emulate) is answered with GitHub's 4xx AND recorded as a violation, which the
 * test then fails on. Every answer the fake gives is checked against the response schema too, so
 * the fake cannot drift from GitHub unnoticed.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { ApiDescription, RouteMatch } from './api-description.js';
import { faultAnswer, type Fault, type FaultTable } from './faults.js';
import { GitHubRefusal, NotEmulated, type FakeAnswer, type Handler } from './handler-kit.js';
import { errorBody, type Site } from './shapes-issues.js';

export interface RecordedRequest {
  method: string;
  /** Path and query as received (after the API prefix). */
  url: string;
  operationId?: string;
  body: unknown;
  status: number;
  authorization?: string;
}

export interface Violation {
  request: string;
  problem: string;
}

export interface ServerParts {
  site: Site;
  description: ApiDescription;
  handlers: Record<string, Handler>;
  faults: FaultTable;
  token: string;
  /** `/api/v3` on GitHub Enterprise Server; '' for api.github.com. */
  pathPrefix: string;
  requests: RecordedRequest[];
  violations: Violation[];
  /** Actions to run just before the next request of an operation is handled (races). */
  interleaved: { operationId: string; run: () => void }[];
}

export function createFakeServer(parts: ServerParts): Server {
  return createServer((request, response) => {
    collectBody(request)
      .then((text) => answer(parts, request, response, text))
      .catch((error: unknown) => {
        parts.violations.push({
          request: `${request.method} ${request.url}`,
          problem: `fake crashed: ${String(error)}`,
        });
        send(response, 500, errorBody(500, 'fake crashed'));
      });
  });
}

function answer(parts: ServerParts, request: IncomingMessage, response: ServerResponse, text: string): void {
  const method = (request.method ?? 'GET').toUpperCase();
  const url = new URL(request.url ?? '/', 'http://fake.invalid');
  let path = url.pathname;
  const record: RecordedRequest = { method, url: `${path}${url.search}`, body: undefined, status: 0 };
  const authorization = request.headers.authorization;
  if (authorization) record.authorization = authorization;
  parts.requests.push(record);
  const violate = (problem: string): void =>
    void parts.violations.push({ request: `${method} ${record.url}`, problem });
  const reply = (status: number, body: unknown, headers: Record<string, string> = {}): void => {
    record.status = status;
    send(response, status, body, headers);
  };

  if (parts.pathPrefix) {
    if (!path.startsWith(`${parts.pathPrefix}/`)) {
      violate(`path is outside the API root ${parts.pathPrefix}`);
      return reply(404, errorBody(404, 'Not Found'));
    }
    path = path.slice(parts.pathPrefix.length);
    record.url = `${path}${url.search}`;
  }
  // GitHub's Link headers name the repository by id; both addresses reach the same resource.
  const { repo } = parts.site;
  path = path.replace(new RegExp(`^/repositories/${repo.id}(?=/)`), `/repos/${repo.owner}/${repo.name}`);

  if (!authorized(authorization, parts.token)) {
    return reply(401, errorBody(401, 'Bad credentials'));
  }
  let body: unknown;
  if (text !== '') {
    try {
      body = JSON.parse(text);
    } catch {
      violate('the body is not JSON');
      return reply(400, errorBody(400, 'Problems parsing JSON'));
    }
  }
  record.body = body;

  const route = parts.description.route(method, path);
  if ('problem' in route) {
    violate(route.problem);
    return reply(404, errorBody(404, 'Not Found'));
  }
  record.operationId = route.operationId;
  const query = Object.fromEntries(url.searchParams);
  const headers = Object.fromEntries(
    Object.entries(request.headers).flatMap(([name, value]) =>
      typeof value === 'string' ? [[name, value]] : [],
    ),
  );
  const problems = parts.description.checkRequest({ method, path, query, headers, body }, route);
  if (problems.length > 0) {
    problems.forEach(violate);
    return reply(422, errorBody(422, `Invalid request.\n\n${problems.join('\n')}`));
  }

  const fault = parts.faults.take(method, route.operationId);
  const inject = (injected: Fault): void => {
    if (injected.kind === 'drop-connection') {
      record.status = -1;
      request.socket.destroy();
      return;
    }
    const answered = faultAnswer(injected, Date.now());
    reply(answered.status, answered.body, answered.headers);
  };
  if (fault && !('afterHandling' in fault && fault.afterHandling)) return inject(fault);
  const hook = parts.interleaved.findIndex((entry) => entry.operationId === route.operationId);
  if (hook >= 0) parts.interleaved.splice(hook, 1)[0]?.run();
  const result = handle(parts, route, query, body, violate);
  // GitHub acted on the request; its answer is lost on the way back.
  if (fault) return inject(fault);

  if (result.status < 500) {
    for (const problem of parts.description.checkResponse(route.operationId, result.status, result.body)) {
      violate(`the fake's answer (${result.status}) does not match GitHub's schema: ${problem}`);
    }
  }
  reply(result.status, result.body, result.headers);
}

function handle(
  parts: ServerParts,
  route: RouteMatch,
  query: Record<string, string>,
  body: unknown,
  violate: (problem: string) => void,
): FakeAnswer {
  const handler = parts.handlers[route.operationId];
  if (!handler) {
    violate(`${route.operationId} is a GitHub route the fake does not implement`);
    return { status: 501, body: errorBody(501, 'Not implemented by the fake') };
  }
  // Routes under /repos/{owner}/{repo} answer for the fake's one repository only.
  const { owner, repo } = route.params;
  const other = (given: string | undefined, actual: string) =>
    given !== undefined && given.toLowerCase() !== actual.toLowerCase();
  if (other(owner, parts.site.repo.owner) || other(repo, parts.site.repo.name)) {
    return { status: 404, body: errorBody(404, 'Not Found') };
  }
  try {
    return handler({ operationId: route.operationId, params: route.params, query, body }, parts.site);
  } catch (error) {
    if (error instanceof GitHubRefusal) return { status: error.status, body: error.body };
    if (error instanceof NotEmulated) {
      violate(error.message);
      return { status: 501, body: errorBody(501, error.message) };
    }
    throw error;
  }
}

function authorized(header: string | undefined, token: string): boolean {
  const match = /^(?:token|bearer)\s+(.+)$/i.exec(header ?? '');
  return match?.[1] === token;
}

function send(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const payload = body === undefined ? '' : JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'x-github-api-version-selected': '2022-11-28',
    'x-github-request-id': `FAKE:${Math.floor(Math.random() * 1e9).toString(16)}`,
    'x-ratelimit-limit': '1000',
    'x-ratelimit-remaining': '999',
    'x-ratelimit-resource': 'core',
    ...headers,
  });
  response.end(payload);
}

function collectBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}
