import { allowed, forbidden } from './auth.js';
import { empty, emptyJson, errorJson, json, ReplyError, text, type Reply } from './http.js';
import { javaHashSetOrder } from './java-hash-set.js';
import { isObject, type Json, type JsonObject } from './json.js';
import { shownSpec, type Overlord } from './overlord.js';
import { statusReport, taskStats } from './report.js';
import { jsonBody } from './request-body.js';
import type { Router, RouteRequest } from './router.js';
import { basicState, isHealthy } from './state-manager.js';
import type { SupervisorInstance } from './supervisor-instance.js';
import { atLeast } from './version.js';

/** SupervisorResource (REFERENCE §1.2). */

const BASE = '/druid/indexer/v1/supervisor';

export function supervisorRoutes(router: Router, overlord: Overlord): void {
  /** SupervisorResourceFilter: unknown id → 404 text/plain before anything else, then DATASOURCE READ/WRITE. */
  const filtered =
    (handler: (s: SupervisorInstance, req: RouteRequest) => Reply) =>
    (req: RouteRequest): Reply => {
      const s = overlord.supervisors.get(req.params.id ?? '');
      if (!s) return text(404, `Cannot find any supervisor with id: [${req.params.id ?? ''}]`);
      if (!allowed(req.access, req.method)) return forbidden();
      return handler(s, req);
    };
  const writer =
    (handler: (req: RouteRequest) => Reply) =>
    (req: RouteRequest): Reply =>
      allowed(req.access, 'POST') ? handler(req) : forbidden();
  /**
   * Ids the caller may WRITE (READ from 38.0.0, #19272), in Java HashSet order (the resource builds
   * a HashSet). The bulk writes (suspendAll, …) act on the ids the caller may write.
   */
  const visibleIds = (req: RouteRequest): string[] =>
    req.access === 'write' || atLeast(overlord.version, '38.0.0')
      ? javaHashSetOrder([...overlord.supervisors.keys()])
      : [];
  const writableIds = (req: RouteRequest): string[] =>
    req.access === 'write' ? javaHashSetOrder([...overlord.supervisors.keys()]) : [];

  router
    .on(
      'POST',
      BASE,
      writer((req) => {
        const body = jsonBody(req);
        const skip = (req.query.get('skipRestartIfUnmodified') ?? '').toLowerCase() === 'true';
        const { spec, modified, restarted } = overlord.createOrUpdate(body, skip);
        // 38.0.0+ also says what it did (#19349, #19541; Druid builds it with Map.of, in no fixed order).
        return json(
          200,
          modified === undefined || restarted === undefined
            ? { id: spec.id }
            : { id: spec.id, modified, restarted },
        );
      }),
    )
    .on('GET', BASE, (req) => json(200, listSupervisors(overlord, visibleIds(req), req.query)))
    .on('GET', `${BASE}/history`, (req) => {
      const all: JsonObject = {};
      if (allowed(req.access, 'GET'))
        for (const [id, versions] of overlord.store.history)
          all[id] = [...versions].reverse() as unknown as Json;
      return json(200, all);
    })
    .on('POST', `${BASE}/suspendAll`, (req) => forAll(req, (id) => overlord.suspendOrResume(id, true)))
    .on('POST', `${BASE}/resumeAll`, (req) => forAll(req, (id) => overlord.suspendOrResume(id, false)))
    .on('POST', `${BASE}/terminateAll`, (req) => forAll(req, (id) => overlord.terminate(id)))
    .on(
      'GET',
      `${BASE}/{id}`,
      filtered((s) => json(200, shownSpec(s).json)),
    )
    .on(
      'GET',
      `${BASE}/{id}/status`,
      filtered((s) =>
        json(200, statusReport(s, overlord.tasks, overlord.world, overlord.time, overlord.version)),
      ),
    )
    .on(
      'GET',
      `${BASE}/{id}/health`,
      filtered((s) => {
        const healthy = isHealthy(s.state.state);
        return json(healthy ? 200 : 503, { healthy });
      }),
    )
    .on(
      'GET',
      `${BASE}/{id}/stats`,
      filtered((s) => json(200, taskStats(s, overlord.tasks, overlord.time))),
    )
    .on(
      'GET',
      `${BASE}/{id}/parseErrors`,
      filtered(() => json(200, [])),
    )
    .on('GET', `${BASE}/{id}/history`, (req) => history(overlord, req))
    .on(
      'POST',
      `${BASE}/{id}/suspend`,
      filtered((s) => suspendOrResume(overlord, s.spec.id, true)),
    )
    .on(
      'POST',
      `${BASE}/{id}/resume`,
      filtered((s) => suspendOrResume(overlord, s.spec.id, false)),
    )
    .on(
      'POST',
      `${BASE}/{id}/terminate`,
      filtered((s) => terminate(overlord, s.spec.id)),
    )
    .on(
      'POST',
      `${BASE}/{id}/shutdown`,
      filtered((s) => terminate(overlord, s.spec.id)),
    )
    .on(
      'POST',
      `${BASE}/{id}/reset`,
      filtered((s) => {
        overlord.reset(s.spec.id);
        return json(200, { id: s.spec.id });
      }),
    )
    .on(
      'POST',
      `${BASE}/{id}/resetOffsets`,
      filtered((s, req) => {
        overlord.resetOffsets(s.spec.id, jsonBody(req));
        return json(200, { id: s.spec.id });
      }),
    )
    .on(
      'POST',
      `${BASE}/{id}/taskGroups/handoff`,
      filtered((s, req) => {
        const body = jsonBody(req);
        const groups =
          isObject(body) && Array.isArray(body.taskGroupIds) ? body.taskGroupIds.map(Number) : [];
        if (groups.length === 0) throw errorJson(400, "List of task groups to handoff can't be empty");
        overlord.handoff(s.spec.id, groups);
        // 36.0.0+ answers 202 Accepted without a body (#18884).
        return atLeast(overlord.version, '36.0.0') ? empty(202) : emptyJson(200);
      }),
    );

  function forAll(req: RouteRequest, action: (id: string) => unknown): Reply {
    for (const id of writableIds(req)) action(id);
    return json(200, { status: 'success' });
  }
}

function listSupervisors(overlord: Overlord, ids: string[], query: URLSearchParams): Json {
  const full = query.has('full');
  const state = (query.get('state') ?? '').toLowerCase() === 'true';
  const system = query.has('system');
  if (!full && !state && !system) return ids;
  return ids.map((id) => {
    const s = overlord.supervisors.get(id) as SupervisorInstance;
    const entry: JsonObject = { id };
    if (atLeast(overlord.version, '34.0.0')) entry.dataSource = s.spec.dataSource;
    entry.state = basicState(s.state.state);
    entry.detailedState = s.state.state;
    entry.healthy = isHealthy(s.state.state);
    const shown = shownSpec(s);
    if (full) entry.spec = shown.json;
    if (system)
      Object.assign(entry, { specString: JSON.stringify(shown.json), type: 'kafka', source: shown.stream });
    // SupervisorStatus.suspended is a primitive only filled in for ?system: false otherwise.
    entry.suspended = system ? shown.suspended : false;
    return entry;
  });
}

function history(overlord: Overlord, req: RouteRequest): Reply {
  const id = req.params.id ?? '';
  const raw = req.query.get('count');
  let count: number | undefined;
  if (raw !== null && atLeast(overlord.version, '35.0.0')) {
    // Jersey answers 404 when a query parameter cannot be converted to its Java type.
    if (!/^-?\d+$/.test(raw.trim())) return empty(404);
    count = Number.parseInt(raw, 10);
    if (count <= 0) throw errorJson(400, `Count must be greater than zero if set (count was ${count})`);
  }
  const versions = allowed(req.access, 'GET') ? [...(overlord.store.history.get(id) ?? [])].reverse() : [];
  if (versions.length === 0) return json(404, { error: `No history for [${id}].` });
  return json(200, (count === undefined ? versions : versions.slice(0, count)) as unknown as Json);
}

function suspendOrResume(overlord: Overlord, id: string, suspend: boolean): Reply {
  if (!overlord.suspendOrResume(id, suspend)) {
    throw errorJson(400, `[${id}] is already ${suspend ? 'suspended' : 'running'}`);
  }
  const s = overlord.supervisors.get(id);
  return json(200, s ? shownSpec(s).json : null);
}

function terminate(overlord: Overlord, id: string): Reply {
  if (!overlord.terminate(id)) throw new ReplyError(json(404, { error: `[${id}] does not exist` }));
  return json(200, { id });
}
