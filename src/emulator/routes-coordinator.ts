import { allowed, forbidden } from './auth.js';
import { readCompactionConfig, readRules } from './coordinator-configs.js';
import { druidException, empty, emptyJson, headerValue, json, type Reply } from './http.js';
import type { Json, JsonObject } from './json.js';
import type { Segment } from './metadata-store.js';
import type { Overlord } from './overlord.js';
import { jsonBody } from './request-body.js';
import type { Router, RouteRequest } from './router.js';

/**
 * The Coordinator endpoints the flows touch: retention rules, auto-compaction and their audit
 * history, metadata (REFERENCE §6). Captured on 33.0: a write that changes nothing adds no audit
 * entry; history lists every change oldest first, or the newest `count` newest first.
 */
export function coordinatorRoutes(router: Router, overlord: Overlord): void {
  const store = overlord.store;
  const writer =
    (handler: (req: RouteRequest) => Reply) =>
    (req: RouteRequest): Reply =>
      allowed(req.access, 'POST') ? handler(req) : forbidden();
  const auditInfo = (req: RouteRequest): JsonObject => ({
    author: header(req, 'x-druid-author'),
    identity: 'allowAll',
    comment: header(req, 'x-druid-comment'),
    ip: '127.0.0.1',
  });
  const auditTime = (): string => new Date(overlord.time).toISOString();

  router
    .on('GET', '/druid/coordinator/v1/rules', () => json(200, Object.fromEntries(store.rules)))
    .on('GET', '/druid/coordinator/v1/rules/{ds}', (req) => {
      const own = (store.rules.get(req.params.ds ?? '') ?? []) as Json[];
      const full = req.query.has('full') ? ((store.rules.get('_default') ?? []) as Json[]) : [];
      return json(200, [...own, ...full]);
    })
    .on(
      'POST',
      '/druid/coordinator/v1/rules/{ds}',
      writer((req) => {
        const ds = req.params.ds ?? '';
        const rules = readRules(jsonBody(req), overlord.version);
        store.changeConfig(store.rules, store.rulesAudit, ds, rules, () => ({
          key: ds,
          type: 'rules',
          auditInfo: auditInfo(req),
          request: null,
          payload: JSON.stringify(rules),
          auditTime: auditTime(),
        }));
        return empty(200);
      }),
    )
    .on('GET', '/druid/coordinator/v1/rules/{ds}/history', (req) =>
      json(200, history(store.rulesAudit.get(req.params.ds ?? ''), req)),
    )
    .on('GET', '/druid/coordinator/v1/config/compaction', () =>
      json(200, { compactionConfigs: [...store.compaction.values()], ...CLUSTER_COMPACTION }),
    )
    .on(
      'POST',
      '/druid/coordinator/v1/config/compaction',
      writer((req) => {
        const config = readCompactionConfig(jsonBody(req), overlord.version);
        const ds = String(config.dataSource);
        store.changeConfig(store.compaction, store.compactionAudit, ds, config, () => ({
          globalConfig: CLUSTER_COMPACTION,
          compactionConfig: config,
          auditInfo: auditInfo(req),
          auditTime: auditTime(),
        }));
        return json(200, { success: true });
      }),
    )
    .on('GET', '/druid/coordinator/v1/config/compaction/{ds}', (req) => {
      const config = store.compaction.get(req.params.ds ?? '');
      return config ? json(200, config) : compactionNotFound();
    })
    .on('GET', '/druid/coordinator/v1/config/compaction/{ds}/history', (req) =>
      json(200, history(store.compactionAudit.get(req.params.ds ?? ''), req)),
    )
    .on(
      'DELETE',
      '/druid/coordinator/v1/config/compaction/{ds}',
      writer((req) => {
        if (!store.compaction.delete(req.params.ds ?? '')) return compactionNotFound();
        return json(200, { success: true });
      }),
    )
    .on('GET', '/druid/coordinator/v1/metadata/datasources', () =>
      json(200, [...new Set(store.segments.map((s) => s.dataSource))].sort()),
    )
    .on('GET', '/druid/coordinator/v1/metadata/datasources/{ds}', (req) => {
      const ds = req.params.ds ?? '';
      const segments = store.segments.filter((s) => s.dataSource === ds);
      // No used segments: 404 with an empty body.
      if (segments.length === 0) return emptyJson(404);
      return json(200, {
        name: ds,
        properties: { created: store.datasourceCreated.get(ds) ?? null },
        segments: segments.map(dataSegment),
      });
    })
    .on('GET', '/druid/coordinator/v1/metadata/datasources/{ds}/segments', (req) => {
      const segments = store.segments.filter((s) => s.dataSource === req.params.ds);
      if (segments.length === 0) return emptyJson(404);
      return json(200, req.query.has('full') ? segments.map(dataSegment) : segments.map(segmentId));
    });
}

/** Captured on 33.0: a DruidException body. */
const compactionNotFound = (): Reply =>
  druidException(404, 'notFound', 'NOT_FOUND', 'Datasource compaction config does not exist');

const CLUSTER_COMPACTION: JsonObject = {
  compactionTaskSlotRatio: 0.1,
  maxCompactionTaskSlots: 2147483647,
  compactionPolicy: { type: 'newestSegmentFirst', priorityDatasource: null },
  useSupervisors: false,
  engine: 'native',
};

const header = (req: RouteRequest, name: string): string => headerValue(req.headers, name) ?? '';

/** Oldest first; with `count`, the newest `count` entries, newest first. */
function history(entries: readonly JsonObject[] | undefined, req: RouteRequest): JsonObject[] {
  const all = entries ?? [];
  const count = req.query.get('count');
  if (count === null) return [...all];
  return [...all].reverse().slice(0, Math.max(0, Number(count) || 0));
}

const segmentId = (s: Segment): string =>
  `${s.dataSource}_${s.interval.replace('/', '_')}_${s.version}_${s.partitionNum}`;

function dataSegment(s: Segment): JsonObject {
  return {
    dataSource: s.dataSource,
    interval: s.interval,
    version: s.version,
    loadSpec: { type: 'local', path: `var/druid/segments/${segmentId(s)}/index.zip` },
    dimensions: '',
    metrics: '',
    shardSpec: { type: 'numbered', partitionNum: s.partitionNum, partitions: 0 },
    binaryVersion: 9,
    size: s.size,
    identifier: segmentId(s),
  };
}
