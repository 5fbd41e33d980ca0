#!/usr/bin/env node
// Drive a REAL running cluster (start.sh) through the supervisor lifecycle and save every
// response (status code, content-type, body) as a contract-test fixture.
//
//   node test/integration/cluster/capture-fixtures.mjs [outDir]
//
// outDir defaults to test/fixtures/druid-real. Needs a freshly started cluster (no supervisors);
// takes ~4.5 minutes. Nothing here is synthesised: each file is what Druid answered.
// Writes <outDir>/<name>.json per request plus <outDir>/timings.json.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const outDir = resolve(process.argv[2] ?? join(here, '../../fixtures/druid-real'));
const envFile = process.env.CLUSTER_ENV_FILE ?? join(here, '.work/cluster.env');
const env = Object.fromEntries(
  readFileSync(envFile, 'utf8')
    .split('\n')
    .filter((l) => l.includes('='))
    .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
);
const OVERLORD = env.DRUID_OVERLORD_URL;
const COORD = env.DRUID_COORDINATOR_URL;
const BROKER = env.DRUID_BROKER_URL;
const ROUTER = env.DRUID_ROUTER_URL;
const SUP = '/druid/indexer/v1/supervisor';
const t0 = Date.now();
const timings = { druidVersion: env.DRUID_VERSION, kafkaVersion: env.KAFKA_VERSION, events: [] };
const index = [];

mkdirSync(outDir, { recursive: true });
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const secs = (ms) => Math.round(ms / 100) / 10;
function note(event, extra = {}) {
  const e = { tSeconds: secs(Date.now() - t0), event, ...extra };
  timings.events.push(e);
  console.log(`[${e.tSeconds}s] ${event}${Object.keys(extra).length ? ' ' + JSON.stringify(extra) : ''}`);
}

/** Send a request; if `name` is given, save request + response as <name>.json. */
async function call(name, method, path, opts = {}) {
  const base = opts.base ?? OVERLORD;
  const headers = {};
  let body;
  if (opts.rawBody !== undefined) {
    body = opts.rawBody;
    headers['Content-Type'] = opts.contentType ?? 'application/json';
  } else if (opts.json !== undefined) {
    body = JSON.stringify(opts.json);
    headers['Content-Type'] = 'application/json';
  }
  const started = Date.now();
  const res = await globalThis.fetch(base + path, { method, headers, body, redirect: 'manual' });
  const text = await res.text();
  const elapsedMs = Date.now() - started;
  let parsed;
  let bodyKind = 'empty';
  if (text.length > 0) {
    try {
      parsed = JSON.parse(text);
      bodyKind = 'json';
    } catch {
      parsed = text;
      bodyKind = 'text';
    }
  }
  const out = {
    request: {
      method,
      url: path,
      via: base === OVERLORD ? 'coordinator-overlord' : base === BROKER ? 'broker' : base === ROUTER ? 'router' : base,
      ...(headers['Content-Type'] ? { contentType: headers['Content-Type'] } : {}),
      ...(opts.json !== undefined ? { body: opts.json } : {}),
      ...(opts.rawBody !== undefined ? { rawBody: opts.rawBody } : {}),
    },
    response: {
      status: res.status,
      contentType: res.headers.get('content-type'),
      ...(res.headers.get('location') ? { location: res.headers.get('location') } : {}),
      bodyKind,
      ...(bodyKind === 'empty' ? {} : { body: parsed }),
    },
    druidVersion: env.DRUID_VERSION,
    capturedAt: new Date().toISOString(),
  };
  if (name) {
    writeFileSync(join(outDir, `${name}.json`), JSON.stringify(out, null, 2) + '\n');
    index.push({ name, method, path, via: out.request.via, status: res.status, contentType: out.response.contentType, elapsedMs, note: opts.note ?? '' });
    console.log(`  saved ${name}.json: ${method} ${path} -> ${res.status} ${out.response.contentType ?? ''}`);
  }
  return { status: res.status, body: parsed, text };
}
const get = (path, opts) => call(undefined, 'GET', path, opts);

async function waitFor(desc, fn, timeoutMs = 300_000, everyMs = 500) {
  const start = Date.now();
  for (;;) {
    const v = await fn();
    if (v) {
      note(`${desc}`, { waitedSeconds: secs(Date.now() - start) });
      return v;
    }
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${desc}`);
    await sleep(everyMs);
  }
}

/** Poll a supervisor's status in the background and note every (state, detailedState, tasks) change. */
function watch(id, untilFn) {
  let prev = '';
  let stop = false;
  const done = (async () => {
    while (!stop) {
      const r = await get(`${SUP}/${id}/status`).catch(() => undefined);
      if (r?.status === 200) {
        const p = r.body.payload;
        const key = `${p.state}/${p.detailedState} active=${p.activeTasks.length} publishing=${p.publishingTasks.length} errors=${(p.recentErrors ?? []).length}`;
        if (key !== prev) {
          note(`watch ${id}: ${key}`);
          prev = key;
        }
        if (untilFn?.(p)) return p;
      }
      await sleep(500);
    }
  })();
  return { done, stop: () => (stop = true) };
}

const script = (name, ...args) => execFileSync(join(here, name), args, { stdio: ['ignore', 'pipe', 'inherit'] }).toString();

function events(n, startOffsetSec = n) {
  const now = Date.now();
  const lines = [];
  for (let i = 0; i < n; i++) {
    const ts = new Date(now - (startOffsetSec - i) * 1000).toISOString();
    lines.push(JSON.stringify({ timestamp: ts, page: `page-${i % 7}`, user: `user-${i % 5}`, added: i, deleted: i % 3 }));
  }
  return lines.join('\n') + '\n';
}
function produce(topic, text) {
  const f = join(here, '.work', `produce-${topic}.jsonl`);
  writeFileSync(f, text);
  script('produce.sh', topic, f);
}
const sql = (query) => call(undefined, 'POST', '/druid/v2/sql', { base: BROKER, json: { query } });

// ----------------------------------------------------------------------------- specs
const BOOT = env.KAFKA_BOOTSTRAP;
// Main spec: several non-default values, ISO periods, an unknown key at three levels,
// a tuningConfig that sets only some fields.
const mainSpec = {
  type: 'kafka',
  someUnknownTopLevelKey: 'dropped?',
  spec: {
    dataSchema: {
      dataSource: 'fx-main',
      timestampSpec: { column: 'timestamp', format: 'iso' },
      dimensionsSpec: { dimensions: ['page', 'user', { type: 'long', name: 'deleted' }] },
      metricsSpec: [
        { type: 'count', name: 'count' },
        { type: 'longSum', name: 'added_sum', fieldName: 'added' },
      ],
      granularitySpec: { segmentGranularity: 'HOUR', queryGranularity: 'MINUTE', rollup: false },
    },
    ioConfig: {
      type: 'kafka',
      topic: 'fx-main',
      inputFormat: { type: 'json' },
      consumerProperties: { 'bootstrap.servers': BOOT },
      useEarliestOffset: true,
      taskCount: 1,
      replicas: 1,
      taskDuration: 'PT1H',
      startDelay: 'PT2S',
      period: 'PT10S',
      completionTimeout: 'PT20M',
      lateMessageRejectionPeriod: 'P1D',
      skipOffsetGaps: true,
      someUnknownIoConfigKey: 42,
    },
    tuningConfig: {
      type: 'kafka',
      maxRowsInMemory: 50000,
      intermediatePersistPeriod: 'PT5M',
      handoffConditionTimeout: 600000,
      logParseExceptions: true,
      maxSavedParseExceptions: 5,
      someUnknownTuningKey: 'x',
    },
  },
};
const clone = (o) => JSON.parse(JSON.stringify(o));
function simpleSpec(dataSource, topic, { bootstrap = BOOT, tuning = { type: 'kafka' }, io = {}, top = {} } = {}) {
  return {
    type: 'kafka',
    ...top,
    spec: {
      dataSchema: {
        dataSource,
        timestampSpec: { column: 'timestamp', format: 'iso' },
        dimensionsSpec: { dimensions: ['page', 'user'] },
        granularitySpec: { segmentGranularity: 'HOUR', queryGranularity: 'NONE', rollup: false },
      },
      ioConfig: { topic, inputFormat: { type: 'json' }, consumerProperties: { 'bootstrap.servers': bootstrap }, useEarliestOffset: true, ...io },
      tuningConfig: tuning,
    },
  };
}

// ----------------------------------------------------------------------------- run
async function main() {
  console.log(`capturing from Druid ${env.DRUID_VERSION} into ${outDir}`);
  const existing = await get(SUP);
  if (existing.status !== 200 || existing.body.length !== 0) {
    throw new Error(`cluster must be fresh (no supervisors), found ${existing.text}: run stop.sh && start.sh`);
  }

  // --- cluster basics
  await call('status', 'GET', '/status');
  await call('status-health', 'GET', '/status/health');
  await call('overlord-leader', 'GET', '/druid/indexer/v1/leader');
  await call('overlord-isLeader', 'GET', '/druid/indexer/v1/isLeader');
  await call('supervisor-list-empty', 'GET', SUP);

  // --- topics + data
  script('create-topic.sh', 'fx-main', '3');
  script('create-topic.sh', 'fx-other', '1');
  script('create-topic.sh', 'fx-mmap', '1');
  produce('fx-main', events(100));
  note('produced 100 events to fx-main (3 partitions)');

  // --- the bad-bootstrap supervisor runs in the background from the start (default timeouts)
  const badSpec = simpleSpec('fx-bad', 'fx-main', { bootstrap: '127.0.0.1:1' });
  writeFileSync(join(outDir, 'spec-bad-bootstrap.submitted.json'), JSON.stringify(badSpec, null, 2) + '\n');
  await call('supervisor-post-bad-bootstrap', 'POST', SUP, { json: badSpec, note: 'bootstrap.servers=127.0.0.1:1 is accepted (200)' });
  note('submitted fx-bad (bootstrap.servers=127.0.0.1:1, default timeouts)');
  const badWatch = watch('fx-bad', (p) => p.state === 'UNHEALTHY_SUPERVISOR');
  const fastBad = simpleSpec('fx-bad-fast', 'fx-main', { bootstrap: '127.0.0.1:1', io: { period: 'PT5S', startDelay: 'PT1S' } });
  fastBad.spec.ioConfig.consumerProperties['default.api.timeout.ms'] = 3000;
  writeFileSync(join(outDir, 'spec-bad-bootstrap-fast.submitted.json'), JSON.stringify(fastBad, null, 2) + '\n');
  await call(undefined, 'POST', SUP, { json: fastBad });
  note('submitted fx-bad-fast (bootstrap 127.0.0.1:1, default.api.timeout.ms=3000, period PT5S, startDelay PT1S)');
  const fastBadWatch = watch('fx-bad-fast', (p) => p.state === 'UNHEALTHY_SUPERVISOR');
  const fastBadDone = fastBadWatch.done.then(async () => {
    note('fx-bad-fast reached UNHEALTHY_SUPERVISOR');
    const t = Date.now();
    await call(undefined, 'POST', `${SUP}/fx-bad-fast/terminate`);
    note('terminated fx-bad-fast', { terminateSeconds: secs(Date.now() - t) });
  });

  // --- create the main supervisor
  writeFileSync(join(outDir, 'spec-main.submitted.json'), JSON.stringify(mainSpec, null, 2) + '\n');
  note('POST fx-main');
  await call('supervisor-post-200', 'POST', SUP, { json: mainSpec });
  const mainWatch = watch('fx-main');
  await call('supervisor-get-spec', 'GET', `${SUP}/fx-main`, { note: 'stored spec as re-serialised; compare spec-main.submitted.json' });
  await call('supervisor-status-pending', 'GET', `${SUP}/fx-main/status`, { note: 'right after POST' });
  await waitFor('fx-main RUNNING with an active task', async () => {
    const r = await get(`${SUP}/fx-main/status`);
    return r.body.payload.state === 'RUNNING' && r.body.payload.activeTasks.length > 0;
  });
  const rows = await waitFor('100 rows queryable through broker SQL (realtime task)', async () => {
    const r = await sql('SELECT COUNT(*) AS "rows", SUM(added_sum) AS "added" FROM "fx-main"');
    return r.status === 200 && r.body[0]?.rows === 100 ? r : undefined;
  });
  await call('sql-count-realtime', 'POST', '/druid/v2/sql', {
    base: BROKER,
    json: { query: 'SELECT COUNT(*) AS "rows", SUM(added_sum) AS "added" FROM "fx-main"' },
    note: `rows served by the realtime (indexer) task: ${JSON.stringify(rows.body)}`,
  });
  await waitFor('fx-main status shows currentOffsets', async () => {
    const r = await get(`${SUP}/fx-main/status`);
    const t = r.body.payload.activeTasks[0];
    return t && Object.keys(t.currentOffsets ?? {}).length > 0 && r.body.payload.latestOffsets;
  }, 90_000, 1000).catch((e) => note(`(no offsets yet: ${e.message})`));
  await call('supervisor-status-running', 'GET', `${SUP}/fx-main/status`);
  await call('supervisor-health-200', 'GET', `${SUP}/fx-main/health`);

  // --- parse errors + stats
  produce('fx-main', 'this is not json\n{"timestamp":"not-a-time","page":"p"}\n');
  await sleep(4000);
  await call('supervisor-parseErrors', 'GET', `${SUP}/fx-main/parseErrors`, { note: 'after producing 2 unparseable records' });
  await call('supervisor-stats', 'GET', `${SUP}/fx-main/stats`);

  // --- listings
  await call('supervisor-list', 'GET', SUP);
  await call('supervisor-list-full', 'GET', `${SUP}?full`);
  await call('supervisor-list-state', 'GET', `${SUP}?state=true`);
  await call('supervisor-list-system', 'GET', `${SUP}?system`);
  await call('router-supervisor-status', 'GET', `${SUP}/fx-main/status`, { base: ROUTER, note: 'same call through the router management proxy' });

  // --- identical re-POST: with and without skipRestartIfUnmodified
  const taskBefore = (await get(`${SUP}/fx-main/status`)).body.payload.activeTasks.map((t) => t.id);
  await call('supervisor-post-skipRestartIfUnmodified', 'POST', `${SUP}?skipRestartIfUnmodified=true`, { json: mainSpec });
  await sleep(12000);
  const taskAfterSkip = (await get(`${SUP}/fx-main/status`)).body.payload.activeTasks.map((t) => t.id);
  note('identical POST with skipRestartIfUnmodified=true', { taskBefore, taskAfterSkip, sameTasks: JSON.stringify(taskBefore) === JSON.stringify(taskAfterSkip) });
  const histBefore = (await get(`${SUP}/fx-main/history`)).body.length;
  await call('supervisor-post-identical-no-skip', 'POST', SUP, { json: mainSpec });
  const afterIdentical = await waitFor('identical POST without skip: a new active task (old one publishing or gone)', async () => {
    const p = (await get(`${SUP}/fx-main/status`)).body.payload;
    const ids = p.activeTasks.map((t) => t.id);
    return ids.length > 0 && JSON.stringify(ids) !== JSON.stringify(taskBefore) ? { ids, publishing: p.publishingTasks.map((t) => t.id) } : undefined;
  }, 180_000);
  const histAfter = (await get(`${SUP}/fx-main/history`)).body.length;
  note('identical POST without skip', { taskBefore, ...afterIdentical, historyVersionsBefore: histBefore, historyVersionsAfter: histAfter });

  // --- early handoff
  await call('supervisor-taskGroups-handoff', 'POST', `${SUP}/fx-main/taskGroups/handoff`, { json: { taskGroupIds: [0] } });
  await call('supervisor-taskGroups-handoff-empty-400', 'POST', `${SUP}/fx-main/taskGroups/handoff`, { json: { taskGroupIds: [] } });
  await sleep(3000);
  await call('supervisor-status-after-handoff', 'GET', `${SUP}/fx-main/status`, { note: '3s after taskGroups/handoff' });
  await waitFor('after early handoff: a fresh active task and nothing publishing', async () => {
    const p = (await get(`${SUP}/fx-main/status`)).body.payload;
    return p.activeTasks.length > 0 && p.publishingTasks.length === 0;
  });

  // --- suspend / resume (with fresh unpublished data in the active task)
  produce('fx-main', events(50, 30));
  await waitFor('150 rows queryable (50 more events in the new active task)', async () => {
    const r = await sql('SELECT COUNT(*) AS "rows" FROM "fx-main"');
    return r.status === 200 && r.body[0]?.rows === 150;
  });
  const activeBeforeSuspend = (await get('/druid/indexer/v1/tasks?datasource=fx-main&state=running')).body.map((t) => t.id);
  note('POST suspend', { activeBeforeSuspend });
  const tSuspend = Date.now();
  await call('supervisor-suspend', 'POST', `${SUP}/fx-main/suspend`);
  await call('supervisor-status-right-after-suspend', 'GET', `${SUP}/fx-main/status`, { note: 'immediately after POST suspend' });
  await waitFor('fx-main state SUSPENDED', async () => (await get(`${SUP}/fx-main/status`)).body.payload.state === 'SUSPENDED');
  await call('supervisor-status-suspended', 'GET', `${SUP}/fx-main/status`, { note: 'just after reaching SUSPENDED' });
  await call('supervisor-health-suspended', 'GET', `${SUP}/fx-main/health`);
  await call('supervisor-suspend-again-400', 'POST', `${SUP}/fx-main/suspend`);
  await call('supervisor-list-state-suspended', 'GET', `${SUP}?state=true`);
  await waitFor('the tasks running before suspend finished', async () => {
    const r = await get(`/druid/indexer/v1/tasks?datasource=fx-main`);
    const ts = r.body.filter((x) => activeBeforeSuspend.includes(x.id));
    return ts.length === activeBeforeSuspend.length && ts.every((t) => t.statusCode !== 'RUNNING') ? ts.map((t) => t.statusCode) : undefined;
  });
  note('suspend -> task finished', { seconds: secs(Date.now() - tSuspend) });
  await waitFor('fx-main status lists no active/publishing tasks', async () => {
    const p = (await get(`${SUP}/fx-main/status`)).body.payload;
    return p.activeTasks.length === 0 && p.publishingTasks.length === 0;
  });
  note('suspend -> status lists no tasks', { seconds: secs(Date.now() - tSuspend) });
  await call('supervisor-status-suspended-idle', 'GET', `${SUP}/fx-main/status`, { note: 'suspended, tasks done' });
  await call('tasks-fx-main', 'GET', '/druid/indexer/v1/tasks?datasource=fx-main');
  await waitFor('segments of fx-main in the metadata store (published)', async () => (await get(`/druid/coordinator/v1/metadata/datasources/fx-main`, { base: COORD })).status === 200);
  await waitFor('150 rows still queryable while suspended (served by the historical)', async () => {
    const r = await sql('SELECT COUNT(*) AS "rows" FROM "fx-main"');
    return r.status === 200 && r.body[0]?.rows === 150;
  });
  await call('sql-count-after-handoff', 'POST', '/druid/v2/sql', { base: BROKER, json: { query: 'SELECT COUNT(*) AS "rows" FROM "fx-main"' } });
  await call('coordinator-loadstatus', 'GET', '/druid/coordinator/v1/loadstatus', { base: COORD });
  note('POST resume');
  await call('supervisor-resume', 'POST', `${SUP}/fx-main/resume`);
  await call('supervisor-resume-again-400', 'POST', `${SUP}/fx-main/resume`);
  await waitFor('fx-main RUNNING with an active task after resume', async () => {
    const p = (await get(`${SUP}/fx-main/status`)).body.payload;
    return p.state === 'RUNNING' && p.activeTasks.length > 0;
  });

  // --- rejected / questionable POSTs
  // Rejections that only depend on deserialisation are posted under a separate datasource so an
  // unexpected 200 cannot disturb fx-main (an accepted one is recorded, then terminated).
  const rejectBase = clone(mainSpec);
  rejectBase.spec.dataSchema.dataSource = 'fx-reject';
  rejectBase.spec.ioConfig.topic = 'fx-other';
  async function tryPost(name, mutate, note) {
    const s = clone(rejectBase);
    mutate(s);
    const r = await call(name, 'POST', SUP, { json: s, note });
    if (r.status === 200) {
      const id = r.body.id;
      await call(`${name}.get-spec`, 'GET', `${SUP}/${id}`, { note: 'the POST was accepted: stored spec' });
      await call(undefined, 'POST', `${SUP}/${id}/terminate`);
    }
    return r;
  }
  await tryPost('supervisor-post-handoffConditionTimeout-PT10M', (s) => (s.spec.tuningConfig.handoffConditionTimeout = 'PT10M'));
  await tryPost('supervisor-post-missing-bootstrap', (s) => (s.spec.ioConfig.consumerProperties = {}));
  await tryPost('supervisor-post-missing-consumerProperties', (s) => delete s.spec.ioConfig.consumerProperties);
  await tryPost('supervisor-post-unknown-tuning-type', (s) => (s.spec.tuningConfig.type = 'kafka_typo'));
  await tryPost('supervisor-post-tuning-without-type', (s) => delete s.spec.tuningConfig.type, 'tuningConfig without "type"');
  await tryPost('supervisor-post-unknown-supervisor-type', (s) => (s.type = 'kafka_typo'));
  await tryPost('supervisor-post-missing-type', (s) => delete s.type);
  await tryPost('supervisor-post-missing-topic', (s) => delete s.spec.ioConfig.topic);
  await tryPost('supervisor-post-topic-and-topicPattern', (s) => (s.spec.ioConfig.topicPattern = 'fx-.*'));
  await tryPost('supervisor-post-missing-dataSchema', (s) => delete s.spec.dataSchema);
  await tryPost('supervisor-post-missing-ioConfig', (s) => delete s.spec.ioConfig);
  await tryPost('supervisor-post-negative-maxRowsPerSegment', (s) => (s.spec.tuningConfig.maxRowsPerSegment = -1));
  await tryPost('supervisor-post-unknown-granularity', (s) => (s.spec.dataSchema.granularitySpec.segmentGranularity = 'FORTNIGHT'));
  await tryPost('supervisor-post-bad-period-string', (s) => (s.spec.ioConfig.taskDuration = '1 hour'));
  await tryPost('supervisor-post-taskDuration-as-number', (s) => (s.spec.ioConfig.taskDuration = 3600000), 'taskDuration as a JSON number (ms)');
  await tryPost('supervisor-post-skipOffsetGaps-in-tuning', (s) => (s.spec.tuningConfig.skipOffsetGaps = false), 'skipOffsetGaps in tuningConfig');
  await tryPost('supervisor-post-invalid-datasource-name', (s) => (s.spec.dataSchema.dataSource = 'bad/name'));

  // Updates of the existing fx-main that validateSpecUpdateTo refuses
  const topicChange = clone(mainSpec);
  topicChange.spec.ioConfig.topic = 'fx-other';
  await call('supervisor-post-topic-change', 'POST', SUP, { json: topicChange, note: 'fx-main: topic fx-main -> fx-other' });
  const toPattern = clone(mainSpec);
  delete toPattern.spec.ioConfig.topic;
  toPattern.spec.ioConfig.topicPattern = 'fx-main';
  await call('supervisor-post-topic-to-topicPattern', 'POST', SUP, { json: toPattern, note: 'fx-main: topic -> topicPattern with the same string' });
  await call('supervisor-status-after-rejected-updates', 'GET', `${SUP}/fx-main/status`);
  await call('supervisor-post-malformed-json', 'POST', SUP, { rawBody: '{"type":"kafka",', note: 'truncated JSON' });
  await call('supervisor-post-text-plain', 'POST', SUP, { rawBody: JSON.stringify(mainSpec), contentType: 'text/plain' });
  await call('supervisor-post-empty-body', 'POST', SUP, { rawBody: '' });

  // --- segmentWriteOutMediumFactory mmap
  const mmap = simpleSpec('fx-mmap', 'fx-mmap', { tuning: { type: 'kafka', segmentWriteOutMediumFactory: { type: 'mmap' } } });
  await call('supervisor-post-mmap', 'POST', SUP, { json: mmap, note: 'segmentWriteOutMediumFactory {"type":"mmap"}' });
  if ((await get(`${SUP}/fx-mmap`)).status === 200) {
    await call('supervisor-get-spec-mmap', 'GET', `${SUP}/fx-mmap`);
    await call(undefined, 'POST', `${SUP}/fx-mmap/terminate`);
  }
  const offHeap = simpleSpec('fx-mmap', 'fx-mmap', { tuning: { type: 'kafka', segmentWriteOutMediumFactory: { type: 'offHeapMemory' } } });
  await call('supervisor-post-offHeapMemory', 'POST', SUP, { json: offHeap });
  if ((await get(`${SUP}/fx-mmap`)).status === 200) {
    await call('supervisor-get-spec-offHeapMemory', 'GET', `${SUP}/fx-mmap`);
    await call(undefined, 'POST', `${SUP}/fx-mmap/terminate`);
  }

  // --- top-level "id" (34.0+ feature) on this version
  const withId = simpleSpec('fx-idds', 'fx-other', { top: { id: 'fx-custom-id' } });
  await call('supervisor-post-with-top-level-id', 'POST', SUP, { json: withId });
  await call('supervisor-list-after-id-post', 'GET', SUP);
  for (const id of ['fx-custom-id', 'fx-idds']) {
    if ((await get(`${SUP}/${id}`)).status === 200) await call(undefined, 'POST', `${SUP}/${id}/terminate`);
  }

  // --- created suspended
  const createdSuspended = simpleSpec('fx-created-suspended', 'fx-other', { top: { suspended: true } });
  await call('supervisor-post-suspended-true', 'POST', SUP, { json: createdSuspended });
  await sleep(4000);
  await call('supervisor-status-created-suspended', 'GET', `${SUP}/fx-created-suspended/status`);
  await call(undefined, 'POST', `${SUP}/fx-created-suspended/terminate`);

  // --- unknown ids
  await call('unknown-get-spec-404', 'GET', `${SUP}/no-such-supervisor`);
  await call('unknown-status-404', 'GET', `${SUP}/no-such-supervisor/status`);
  await call('unknown-health-404', 'GET', `${SUP}/no-such-supervisor/health`);
  await call('unknown-suspend-404', 'POST', `${SUP}/no-such-supervisor/suspend`);
  await call('unknown-terminate-404', 'POST', `${SUP}/no-such-supervisor/terminate`);
  await call('unknown-history-404', 'GET', `${SUP}/no-such-supervisor/history`);

  // --- history
  await call('supervisor-history-id', 'GET', `${SUP}/fx-main/history`);
  await call('supervisor-history-id-count-1', 'GET', `${SUP}/fx-main/history?count=1`);
  await call('supervisor-history-id-count-0', 'GET', `${SUP}/fx-main/history?count=0`);

  // --- reset / resetOffsets
  await call('supervisor-resetOffsets', 'POST', `${SUP}/fx-main/resetOffsets`, {
    json: { type: 'kafka', partitions: { type: 'end', stream: 'fx-main', partitionOffsetMap: { 0: 10 } } },
  });
  await call('supervisor-resetOffsets-wrong-stream', 'POST', `${SUP}/fx-main/resetOffsets`, {
    json: { type: 'kafka', partitions: { type: 'end', stream: 'fx-other', partitionOffsetMap: { 0: 1 } } },
  });
  await call('supervisor-resetOffsets-start-type', 'POST', `${SUP}/fx-main/resetOffsets`, {
    json: { type: 'kafka', partitions: { type: 'start', stream: 'fx-main', partitionOffsetMap: { 0: 1 } } },
  });
  await sleep(3000);
  await call('supervisor-reset', 'POST', `${SUP}/fx-main/reset`);
  await sleep(3000);
  await call('supervisor-status-after-reset', 'GET', `${SUP}/fx-main/status`, { note: '3s after POST reset' });

  // --- coordinator: rules, compaction, metadata
  await call('coordinator-rules-get-empty', 'GET', '/druid/coordinator/v1/rules/fx-main', { base: COORD });
  await call('coordinator-rules-get-full', 'GET', '/druid/coordinator/v1/rules/fx-main?full', { base: COORD });
  const rules = [
    { type: 'loadByPeriod', period: 'P30D', includeFuture: true, tieredReplicants: { _default_tier: 1 } },
    { type: 'dropForever' },
  ];
  await call('coordinator-rules-post', 'POST', '/druid/coordinator/v1/rules/fx-main', { base: COORD, json: rules });
  await call('coordinator-rules-get', 'GET', '/druid/coordinator/v1/rules/fx-main', { base: COORD });
  await call('coordinator-rules-get-all', 'GET', '/druid/coordinator/v1/rules', { base: COORD });
  await call('coordinator-rules-post-unknown-type', 'POST', '/druid/coordinator/v1/rules/fx-main', { base: COORD, json: [{ type: 'keepForever' }] });
  await call('coordinator-rules-post-not-array', 'POST', '/druid/coordinator/v1/rules/fx-main', { base: COORD, json: { type: 'dropForever' } });
  await call('coordinator-rules-history', 'GET', '/druid/coordinator/v1/rules/fx-main/history', { base: COORD });
  await call('coordinator-compaction-get-cluster', 'GET', '/druid/coordinator/v1/config/compaction', { base: COORD });
  await call('coordinator-compaction-get-ds-404', 'GET', '/druid/coordinator/v1/config/compaction/fx-main', { base: COORD });
  await call('coordinator-compaction-post', 'POST', '/druid/coordinator/v1/config/compaction', {
    base: COORD,
    json: { dataSource: 'fx-main', skipOffsetFromLatest: 'PT2H', tuningConfig: { partitionsSpec: { type: 'dynamic', maxRowsPerSegment: 1000000 } }, taskPriority: 30 },
  });
  await call('coordinator-compaction-get-ds', 'GET', '/druid/coordinator/v1/config/compaction/fx-main', { base: COORD });
  await call('coordinator-compaction-post-invalid', 'POST', '/druid/coordinator/v1/config/compaction', {
    base: COORD,
    json: { dataSource: 'fx-main', skipOffsetFromLatest: 'not-a-period' },
  });
  await call('coordinator-compaction-history', 'GET', '/druid/coordinator/v1/config/compaction/fx-main/history', { base: COORD });
  await call('coordinator-compaction-delete', 'DELETE', '/druid/coordinator/v1/config/compaction/fx-main', { base: COORD });
  await call('coordinator-metadata-datasources', 'GET', '/druid/coordinator/v1/metadata/datasources', { base: COORD });
  await call('coordinator-metadata-datasource', 'GET', '/druid/coordinator/v1/metadata/datasources/fx-main', { base: COORD });
  await call('coordinator-metadata-datasource-404', 'GET', '/druid/coordinator/v1/metadata/datasources/no-such-datasource', { base: COORD });

  // --- unhealthy (bad bootstrap): wait for the background watcher
  note('waiting for fx-bad to become UNHEALTHY_SUPERVISOR (default consumer timeouts)');
  await badWatch.done;
  await call('supervisor-status-unhealthy', 'GET', `${SUP}/fx-bad/status`);
  await call('supervisor-health-503', 'GET', `${SUP}/fx-bad/health`);
  await call('supervisor-list-state-unhealthy', 'GET', `${SUP}?state=true`);

  // --- terminate + tombstone
  note('POST terminate fx-main');
  const tTerm = Date.now();
  await call('supervisor-terminate', 'POST', `${SUP}/fx-main/terminate`);
  note('terminate fx-main returned', { seconds: secs(Date.now() - tTerm) });
  await call('supervisor-get-spec-after-terminate', 'GET', `${SUP}/fx-main`);
  await call('supervisor-status-after-terminate', 'GET', `${SUP}/fx-main/status`);
  await call('supervisor-history-id-after-terminate', 'GET', `${SUP}/fx-main/history`);
  await call('supervisor-terminate-again', 'POST', `${SUP}/fx-main/terminate`);
  await call('supervisor-history-all', 'GET', `${SUP}/history`);
  const tBadTerm = Date.now();
  await call('supervisor-post-bad-terminate', 'POST', `${SUP}/fx-bad/terminate`, { note: 'terminate of a supervisor stuck in Kafka metadata fetch' });
  note('terminate fx-bad (stuck connecting) returned', { seconds: secs(Date.now() - tBadTerm) });
  await call('supervisor-list-after-terminate', 'GET', SUP);
  mainWatch.stop();
  badWatch.stop();
  await mainWatch.done;
  await fastBadDone;

  writeFileSync(join(outDir, 'timings.json'), JSON.stringify(timings, null, 2) + '\n');
  writeFileSync(join(outDir, 'index.json'), JSON.stringify(index, null, 2) + '\n');
  note(`done: ${index.length} responses saved`);
}

main().catch((e) => {
  console.error(e);
  writeFileSync(join(outDir, 'timings.json'), JSON.stringify(timings, null, 2) + '\n');
  writeFileSync(join(outDir, 'index.json'), JSON.stringify(index, null, 2) + '\n');
  process.exit(1);
});
