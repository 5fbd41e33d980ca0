import { allowed, forbidden } from './auth.js';
import { parsePeriod } from '../spec/duration.js';
import { empty, emptyJson, errorJson, json, type Reply } from './http.js';
import { unknownTypeId } from './jackson.js';
import { isObject, type Json, type JsonObject } from './json.js';
import type { MetadataStore, Segment } from './metadata-store.js';
import { jsonBody } from './request-body.js';
import type { Router, RouteRequest } from './router.js';

/** The Coordinator endpoints the flows touch: retention rules, auto-compaction, metadata (REFERENCE §6). */

const RULE_TYPES = [
  'loadByPeriod',
  'loadByInterval',
  'loadForever',
  'dropByPeriod',
  'dropBeforeByPeriod',
  'dropByInterval',
  'dropForever',
  'broadcastForever',
  'broadcastByInterval',
  'broadcastByPeriod',
];

export function coordinatorRoutes(router: Router, store: MetadataStore): void {
  const writer =
    (handler: (req: RouteRequest) => Reply) =>
    (req: RouteRequest): Reply =>
      allowed(req.access, 'POST') ? handler(req) : forbidden();

  router
    .on('GET', '/druid/coordinator/v1/rules', () =>
      json(
        200,
        Object.fromEntries([...store.rules].map(([ds, rules]) => [ds, storedRules(rules as Json[])])),
      ),
    )
    .on('GET', '/druid/coordinator/v1/rules/{ds}', (req) => {
      const own = (store.rules.get(req.params.ds ?? '') ?? []) as Json[];
      const full = req.query.has('full') ? ((store.rules.get('_default') ?? []) as Json[]) : [];
      return json(200, storedRules([...own, ...full]));
    })
    .on(
      'POST',
      '/druid/coordinator/v1/rules/{ds}',
      writer((req) => {
        const rules = jsonBody(req);
        if (!Array.isArray(rules))
          throw errorJson(
            400,
            'Cannot deserialize value of type `java.util.ArrayList<org.apache.druid.server.coordinator.rules.Rule>` from Object value (token `JsonToken.START_OBJECT`)',
          );
        for (const rule of rules) {
          const type = isObject(rule) ? rule.type : undefined;
          if (typeof type !== 'string' || !RULE_TYPES.includes(type))
            throw errorJson(
              400,
              unknownTypeId(type, 'org.apache.druid.server.coordinator.rules.Rule', RULE_TYPES),
            );
        }
        store.rules.set(req.params.ds ?? '', rules);
        return empty(200);
      }),
    )
    .on('GET', '/druid/coordinator/v1/config/compaction', () =>
      json(200, {
        compactionConfigs: [...store.compaction.values()],
        compactionTaskSlotRatio: 0.1,
        maxCompactionTaskSlots: 2147483647,
        compactionPolicy: { type: 'newestSegmentFirst', priorityDatasource: null },
        useSupervisors: false,
        engine: 'native',
      }),
    )
    .on(
      'POST',
      '/druid/coordinator/v1/config/compaction',
      writer((req) => {
        const config = jsonBody(req);
        if (!isObject(config) || typeof config.dataSource !== 'string') {
          throw errorJson(
            400,
            'Cannot construct instance of `org.apache.druid.server.coordinator.DataSourceCompactionConfig`, problem: dataSource',
          );
        }
        const skip = config.skipOffsetFromLatest;
        if (skip !== undefined && skip !== null && !(typeof skip === 'string' && parsePeriod(skip))) {
          throw errorJson(
            400,
            `Invalid format: ${JSON.stringify(skip)} (through reference chain: org.apache.druid.server.coordinator.InlineSchemaDataSourceCompactionConfig["skipOffsetFromLatest"])`,
          );
        }
        if (config.engine === 'msq')
          throw errorJson(
            400,
            'MSQ engine is supported only with supervisor-based compaction on the Overlord.',
          );
        store.compaction.set(config.dataSource, compactionConfig(config));
        return json(200, { success: true });
      }),
    )
    .on('GET', '/druid/coordinator/v1/config/compaction/{ds}', (req) => {
      const config = store.compaction.get(req.params.ds ?? '');
      return config ? json(200, config) : compactionNotFound();
    })
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

/**
 * Rules as the Coordinator writes them back (captured on 33.0): load rules gain
 * useDefaultTierForNull (true unless given), and Jackson writes the type id last.
 */
function storedRules(rules: Json[]): Json[] {
  return rules.map((rule) => {
    if (!isObject(rule)) return rule;
    const { type, ...rest } = rule;
    const load = typeof type === 'string' && type.startsWith('load');
    return {
      ...rest,
      ...(load ? { useDefaultTierForNull: rest.useDefaultTierForNull ?? true } : {}),
      type: type ?? null,
    };
  });
}

/** Captured on 33.0: a DruidException body. */
const compactionNotFound = (): Reply =>
  json(404, {
    error: 'druidException',
    errorCode: 'notFound',
    persona: 'USER',
    category: 'NOT_FOUND',
    errorMessage: 'Datasource compaction config does not exist',
    context: {},
  });

function compactionConfig(given: JsonObject): JsonObject {
  return {
    type: 'inline',
    dataSource: given.dataSource ?? null,
    taskPriority: given.taskPriority ?? 25,
    inputSegmentSizeBytes: given.inputSegmentSizeBytes ?? 100000000000000,
    maxRowsPerSegment: given.maxRowsPerSegment ?? null,
    skipOffsetFromLatest: given.skipOffsetFromLatest ?? 'P1D',
    tuningConfig: given.tuningConfig ?? null,
    granularitySpec: given.granularitySpec ?? null,
    dimensionsSpec: given.dimensionsSpec ?? null,
    metricsSpec: given.metricsSpec ?? null,
    transformSpec: given.transformSpec ?? null,
    projections: given.projections ?? null,
    ioConfig: given.ioConfig ?? null,
    engine: given.engine ?? null,
    taskContext: given.taskContext ?? null,
  };
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
