import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { authenticate } from './auth.js';
import type { EmulatorControl, EmulatorCore } from './control.js';
import type { FaultRule } from './faults.js';
import {
  empty,
  EscapedException,
  headerValue,
  jettyErrorPage,
  json,
  readBody,
  ReplyError,
  send,
  text,
  type Reply,
} from './http.js';
import type { RequestRecord } from './request-log.js';
import { controlRoutes, CONTROL_PREFIX } from './routes-control.js';
import { coordinatorRoutes } from './routes-coordinator.js';
import { statusRoutes } from './routes-status.js';
import { samplerRoutes } from './routes-sampler.js';
import { supervisorRoutes } from './routes-supervisor.js';
import { Router, type RouteRequest } from './router.js';

/**
 * The HTTP front in Druid's filter order (REFERENCE §1.1, §7): faults (the network) → request
 * log → authentication → leader redirect → "SupervisorManager ready" → Jersey resources.
 */

/** Answered by a non-leader itself instead of redirecting. */
const LOCAL_PATHS = ['/druid/indexer/v1/leader', '/druid/indexer/v1/isLeader', '/status', '/status/health'];

export function createEmulatorServer(core: EmulatorCore, control: EmulatorControl): Server {
  const api = new Router();
  supervisorRoutes(api, core.overlord);
  coordinatorRoutes(api, core.overlord);
  samplerRoutes(api, core.world, core.overlord.version);
  statusRoutes(api, core.overlord.version, { self: () => core.url, leader: () => core.leader });
  const controls = new Router();
  controlRoutes(controls, control);

  return createServer((req, res) => {
    handle(core, api, controls, req, res).catch((e: unknown) => {
      if (!res.headersSent) send(res, jettyErrorPage(500, req.url ?? '/', String(e)));
    });
  });
}

async function handle(
  core: EmulatorCore,
  api: Router,
  controls: Router,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://emulator');
  const method = (req.method ?? 'GET').toUpperCase();
  const path = url.pathname;
  const body = await readBody(req);
  const request = (access: RouteRequest['access']): Omit<RouteRequest, 'params'> => ({
    method,
    path,
    query: url.searchParams,
    headers: req.headers,
    body,
    access,
  });

  if (path.startsWith(`${CONTROL_PREFIX}/`)) {
    send(res, await route(controls, request('write')));
    return;
  }

  const record = core.log.add(method, path, url.search, core.clock.now(), auditOf(req));
  const fault = core.faults.take(method, path);
  if (fault) {
    record.fault = fault.id;
    if (fault.rule.latencyMs) await sleep(fault.rule.latencyMs);
    let handled: Reply | undefined;
    if (fault.rule.afterHandling) {
      core.overlord.advanceTo(core.clock.now());
      handled = await answer(core, api, req, path, url.search, request);
      record.handled = true;
    }
    if (fault.rule.hang) return; // the socket stays open until the client gives up or close()
    if (fault.rule.reset) {
      req.socket.destroy();
      return;
    }
    if (fault.rule.status !== undefined) {
      const reply = faultReply(fault.rule);
      record.status = reply.status;
      send(res, reply);
      return;
    }
    if (handled) {
      record.status = handled.status;
      send(res, handled);
      return;
    }
  }

  core.overlord.advanceTo(core.clock.now());
  const reply = await answer(core, api, req, path, url.search, request);
  record.status = reply.status;
  send(res, reply);
}

async function answer(
  core: EmulatorCore,
  api: Router,
  req: IncomingMessage,
  path: string,
  search: string,
  request: (access: RouteRequest['access']) => Omit<RouteRequest, 'params'>,
): Promise<Reply> {
  const auth = authenticate(req, path, core.auth);
  if (!auth.ok) return auth.reply;
  if (core.leader !== core.url && !LOCAL_PATHS.includes(path)) {
    if (!core.leader) return jettyErrorPage(503, path, 'Service Unavailable');
    return empty(307, { Location: `${core.leader.replace(/\/$/, '')}${path}${search}` });
  }
  if (!core.ready && path.startsWith('/druid/indexer/v1/supervisor')) return empty(503);
  return route(api, request(auth.access));
}

async function route(router: Router, req: Omit<RouteRequest, 'params'>): Promise<Reply> {
  const found = router.match(req.method, req.path);
  if (found === 'wrong-method') return jettyErrorPage(405, req.path, 'Method Not Allowed');
  if (!found) return jettyErrorPage(404, req.path, 'Not Found');
  try {
    return await found.handler({ ...req, params: found.params });
  } catch (e) {
    if (e instanceof ReplyError) return e.reply;
    if (e instanceof EscapedException)
      return jettyErrorPage(500, req.path, `${e.javaClass}: ${e.message}`, true);
    throw e;
  }
}

/** The audit headers Druid stores with a change, as the request sent them. */
function auditOf(req: IncomingMessage): RequestRecord['audit'] {
  const author = headerValue(req.headers, 'x-druid-author');
  const comment = headerValue(req.headers, 'x-druid-comment');
  if (author === undefined && comment === undefined) return undefined;
  return { ...(author === undefined ? {} : { author }), ...(comment === undefined ? {} : { comment }) };
}

function faultReply(rule: FaultRule): Reply {
  const headers: Record<string, string> = { ...rule.headers };
  if (rule.retryAfter !== undefined) headers['Retry-After'] = String(rule.retryAfter);
  const status = rule.status ?? 500;
  if (rule.body === undefined) return empty(status, headers);
  if (typeof rule.body === 'string') return { ...text(status, rule.body), headers };
  return json(status, rule.body, headers);
}
