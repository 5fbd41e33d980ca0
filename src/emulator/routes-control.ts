import type { EmulatorControl } from './control.js';
import type { FaultRule } from './faults.js';
import { empty, errorJson, json } from './http.js';
import { isObject, type Json, type JsonObject } from './json.js';
import type { Router, RouteRequest } from './router.js';

/**
 * The control API over HTTP, for the demo and for tests in another process. Not part of Druid;
 * requests here are not logged, faulted or authenticated.
 */
export const CONTROL_PREFIX = '/__emulator';

function body(req: RouteRequest): JsonObject {
  if (req.body.trim() === '') return {};
  const value = JSON.parse(req.body) as Json;
  if (!isObject(value)) throw errorJson(400, 'control requests take a JSON object');
  return value;
}

const num = (v: Json | undefined): number | undefined => (typeof v === 'number' ? v : undefined);
const str = (v: Json | undefined): string | undefined => (typeof v === 'string' ? v : undefined);

export function controlRoutes(router: Router, control: EmulatorControl): void {
  const p = CONTROL_PREFIX;
  router
    .on('GET', `${p}/time`, () =>
      json(200, { now: control.now(), iso: new Date(control.now()).toISOString() }),
    )
    .on('POST', `${p}/time/advance`, (req) => {
      control.advance(num(body(req).ms) ?? 0);
      return json(200, { now: control.now() });
    })
    .on('POST', `${p}/time`, (req) => {
      control.setTime(num(body(req).now) ?? control.now());
      return json(200, { now: control.now() });
    })
    .on('POST', `${p}/kafka/topics`, (req) => {
      const b = body(req);
      const topic = str(b.topic);
      if (!topic) throw errorJson(400, 'topic is required');
      control.createTopic(topic, {
        partitions: num(b.partitions),
        ratePerSec: num(b.ratePerSec),
        cluster: str(b.cluster),
      });
      return empty(200);
    })
    .on('DELETE', `${p}/kafka/topics/{topic}`, (req) => {
      control.deleteTopic(req.params.topic ?? '', req.query.get('cluster') ?? undefined);
      return empty(200);
    })
    .on('POST', `${p}/kafka/topics/{topic}/produce`, (req) => {
      const b = body(req);
      control.produce(req.params.topic ?? '', num(b.records) ?? 0, {
        partition: num(b.partition),
        cluster: str(b.cluster),
      });
      return empty(200);
    })
    .on('POST', `${p}/kafka/topics/{topic}/records`, (req) => {
      const b = body(req);
      const values = Array.isArray(b.values) ? b.values : undefined;
      if (!values || !values.every((value) => value === null || typeof value === 'string'))
        throw errorJson(400, 'values must be a list of record contents (strings, or null for a tombstone)');
      control.produceRecords(req.params.topic ?? '', values as (string | null)[], {
        partition: num(b.partition),
        cluster: str(b.cluster),
      });
      return empty(200);
    })
    .on('POST', `${p}/kafka/topics/{topic}/delete-records`, (req) => {
      const b = body(req);
      control.deleteRecords(req.params.topic ?? '', num(b.before) ?? 0, {
        partition: num(b.partition),
        cluster: str(b.cluster),
      });
      return empty(200);
    })
    .on('POST', `${p}/kafka/topics/{topic}/rate`, (req) => {
      const b = body(req);
      control.setRate(req.params.topic ?? '', num(b.ratePerSec) ?? 0, str(b.cluster));
      return empty(200);
    })
    .on('POST', `${p}/supervisors/{id}/autoscale`, (req) => {
      const taskCount = num(body(req).taskCount);
      if (taskCount === undefined) throw errorJson(400, 'taskCount is required');
      control.autoscale(req.params.id ?? '', taskCount);
      return empty(200);
    })
    .on('POST', `${p}/kafka/clusters/{name}/break`, (req) => {
      control.breakBrokers(req.params.name);
      return empty(200);
    })
    .on('POST', `${p}/kafka/clusters/{name}/repair`, (req) => {
      control.repairBrokers(req.params.name);
      return empty(200);
    })
    .on('POST', `${p}/supervisors/{id}/fail-tasks`, (req) => {
      control.failTasks(req.params.id ?? '', num(body(req).count) ?? 'all');
      return empty(200);
    })
    .on('POST', `${p}/supervisors/{id}/repair-tasks`, (req) => {
      control.repairTasks(req.params.id ?? '');
      return empty(200);
    })
    .on('POST', `${p}/supervisors/{id}/read-rate`, (req) => {
      control.limitReadRate(req.params.id ?? '', num(body(req).recordsPerSec));
      return empty(200);
    })
    .on('POST', `${p}/faults`, (req) => json(200, { id: control.injectFault(faultRule(body(req))) }))
    .on('DELETE', `${p}/faults`, () => {
      control.clearFaults();
      return empty(200);
    })
    .on('DELETE', `${p}/faults/{id}`, (req) => {
      control.removeFault(req.params.id ?? '');
      return empty(200);
    })
    .on('GET', `${p}/requests`, () => json(200, control.requests() as unknown as Json))
    .on('DELETE', `${p}/requests`, () => {
      control.clearRequests();
      return empty(200);
    })
    .on('POST', `${p}/restart`, () => {
      control.restartOverlord();
      return empty(200);
    })
    .on('POST', `${p}/leader`, (req) => {
      const url = body(req).url;
      control.setLeader(typeof url === 'string' ? url : null);
      return empty(200);
    })
    .on('POST', `${p}/ready`, (req) => {
      control.setReady(body(req).ready !== false);
      return empty(200);
    });
}

/** A fault rule from JSON: `path` is a glob, or `regex` a regular expression. */
function faultRule(b: JsonObject): FaultRule {
  const path = str(b.regex) !== undefined ? new RegExp(str(b.regex) ?? '') : str(b.path);
  if (path === undefined) throw errorJson(400, 'a fault needs path or regex');
  const rule: FaultRule = { path };
  if (str(b.method)) rule.method = str(b.method);
  if (num(b.status) !== undefined) rule.status = num(b.status);
  if (b.body !== undefined) rule.body = b.body;
  if (isObject(b.headers))
    rule.headers = Object.fromEntries(Object.entries(b.headers).map(([k, v]) => [k, String(v)]));
  if (num(b.retryAfter) !== undefined) rule.retryAfter = num(b.retryAfter);
  if (b.hang === true) rule.hang = true;
  if (b.reset === true) rule.reset = true;
  if (b.afterHandling === true) rule.afterHandling = true;
  if (num(b.latencyMs) !== undefined) rule.latencyMs = num(b.latencyMs);
  if (num(b.times) !== undefined) rule.times = num(b.times);
  return rule;
}
