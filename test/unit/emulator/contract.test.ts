import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { JsonObject } from '../../../src/emulator/json.js';
import { useEmulator, type TestEmulator } from '../../support/emulator.js';
import { Api, BASE, spec } from './helpers.js';

/**
 * The emulator must answer with the same shapes as Druid: the documented bodies (fixtures/, a
 * 2023-era release, so compared against an emulated 27.0.0) and, when they exist, the real
 * captures in test/fixtures/druid-real/. Keys are compared both ways; values by JSON type.
 */

const here = dirname(fileURLToPath(import.meta.url));
const REAL = join(here, '../../fixtures/druid-real');

/** Objects whose keys are data (partitions, task ids, property names), not fields. */
const MAPS = new Set([
  'latestOffsets',
  'minimumLag',
  'minimumLagMillis',
  'startingOffsets',
  'currentOffsets',
  'lag',
  'lagMillis',
  'consumerProperties',
  'context',
  '<stats>',
  '<task>',
  '<history>',
]);

type J = null | boolean | number | string | J[] | { [k: string]: J };
const kind = (v: J): string => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

/** Values Druid writes as a string or an object depending on the input (NONE → {"type":"none"}). */
const EITHER = new Set(['queryGranularity', 'segmentGranularity']);

export function shapeDiff(expected: J, actual: J, path = '', name = ''): string[] {
  if (expected === null || actual === null || EITHER.has(name)) return [];
  if (kind(expected) !== kind(actual))
    return [`${path || '/'}: ${kind(expected)} expected, got ${kind(actual)}`];
  if (Array.isArray(expected) && Array.isArray(actual)) {
    return expected.length > 0 && actual.length > 0
      ? shapeDiff(expected[0] as J, actual[0] as J, `${path}/0`, name)
      : [];
  }
  if (
    typeof expected !== 'object' ||
    typeof actual !== 'object' ||
    Array.isArray(actual) ||
    Array.isArray(expected)
  )
    return [];
  if (MAPS.has(name)) {
    const [e] = Object.values(expected);
    const [a] = Object.values(actual);
    return e === undefined || a === undefined
      ? []
      : shapeDiff(e, a, `${path}/*`, name === '<stats>' ? '<task>' : '');
  }
  const out: string[] = [];
  for (const k of Object.keys(expected)) if (!(k in actual)) out.push(`${path}/${k}: missing`);
  for (const k of Object.keys(actual)) if (!(k in expected)) out.push(`${path}/${k}: not in Druid's answer`);
  for (const k of Object.keys(expected))
    if (k in actual) out.push(...shapeDiff(expected[k] as J, actual[k] as J, `${path}/${k}`, k));
  return out;
}

const fixture = (dir: string, name: string): J | undefined => {
  const file = join(dir, name);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as J) : undefined;
};

/** Answers of a running emulator for the endpoints the fixtures cover. */
async function answers(emu: TestEmulator, queryGranularity: string): Promise<Record<string, J>> {
  const api = new Api(emu.url);
  emu.control.createTopic('events', { partitions: 1, ratePerSec: 10 });
  const body = spec();
  Object.assign(((body.spec as JsonObject).dataSchema as JsonObject).granularitySpec as JsonObject, {
    queryGranularity,
  });
  await api.post(BASE, body);
  emu.control.advance(6000);
  const get = async (path: string): Promise<J> => (await api.get(path)).json() as J;
  const out: Record<string, J> = {
    'supervisor-get-spec.json': await get(`${BASE}/events`),
    'supervisor-status.json': await get(`${BASE}/events/status`),
    'supervisor-list-full.json': await get(`${BASE}?full`),
    'supervisor-list-state.json': await get(`${BASE}?state=true`),
    'supervisor-stats.json': await get(`${BASE}/events/stats`),
    'supervisor-health.json': await get(`${BASE}/events/health`),
    'supervisor-history-all.json': await get(`${BASE}/history`),
    'supervisor-history-id.json': await get(`${BASE}/events/history`),
  };
  out['supervisor-suspend.json'] = (await api.post(`${BASE}/events/suspend`)).json() as J;
  return out;
}

const rootName = (file: string): string =>
  file.includes('stats') ? '<stats>' : file.includes('history-all') ? '<history>' : '';

describe('response shapes match documented Druid answers (2023 docs, emulated as 27.0.0)', () => {
  const emu = useEmulator({ version: '27.0.0', start: 'beforeAll' });
  let emulated: Record<string, J>;
  beforeAll(async () => {
    emulated = await answers(emu, 'none');
  });

  test.each([
    'supervisor-get-spec.json',
    'supervisor-status.json',
    'supervisor-list-full.json',
    'supervisor-list-state.json',
    'supervisor-stats.json',
    'supervisor-health.json',
    'supervisor-history-all.json',
    'supervisor-history-id.json',
    'supervisor-suspend.json',
  ])('%s', (file) => {
    const documented = fixture(join(here, 'fixtures'), file);
    expect(documented).toBeDefined();
    expect(shapeDiff(documented as J, emulated[file] as J, '', rootName(file))).toEqual([]);
  });
});

/** Real capture files: `{request, response: {status, contentType, body}, druidVersion}`. */
const capture = (
  name: string,
): { status: number; contentType: string | null; body: J; druidVersion: string } | undefined => {
  const raw = fixture(REAL, name) as
    { response: { status: number; contentType: string | null; body: J }; druidVersion: string } | undefined;
  return raw && { ...raw.response, druidVersion: raw.druidVersion };
};

/** Emulator answer name → the capture it must look like. */
const REAL_NAMES: Record<string, string> = {
  'supervisor-get-spec.json': 'supervisor-get-spec.json',
  'supervisor-status.json': 'supervisor-status-running.json',
  'supervisor-list-full.json': 'supervisor-list-full.json',
  'supervisor-list-state.json': 'supervisor-list-state.json',
  'supervisor-stats.json': 'supervisor-stats.json',
  'supervisor-health.json': 'supervisor-health-200.json',
  'supervisor-history-id.json': 'supervisor-history-id.json',
  'supervisor-suspend.json': 'supervisor-suspend.json',
};

(existsSync(REAL) ? describe : describe.skip)('response shapes match the real Druid captures', () => {
  const emu = useEmulator({ version: capture('status.json')?.druidVersion ?? '33.0.0', start: 'beforeAll' });
  let emulated: Record<string, J>;
  beforeAll(async () => {
    emulated = await answers(emu, 'minute');
  });

  test.each(Object.entries(REAL_NAMES))('%s looks like the capture %s', (ours, theirs) => {
    const real = capture(theirs);
    if (!real) return;
    expect(shapeDiff(real.body, emulated[ours] as J, '', rootName(ours))).toEqual([]);
  });
});

/** Captured exchanges replayed against a fresh emulator: same status, content type and JSON body. */
(existsSync(REAL) ? describe : describe.skip)('Coordinator exchanges replay as captured on real 33.0', () => {
  const emu = useEmulator({ version: '33.0.0' });
  const replay = async (api: Api, file: string): Promise<void> => {
    const { request, response } = fixture(REAL, file) as {
      request: { method: string; url: string; body?: J; headers?: Record<string, string> };
      response: { status: number; contentType: string | null; bodyKind: string; body?: J };
    };
    const answer = await api.request(request.method, request.url, request.body, request.headers);
    expect([answer.status, answer.type]).toEqual([response.status, response.contentType]);
    if (response.bodyKind === 'json') expect(answer.json()).toEqual(anyAuditTime(response.body));
  };
  // Audit entries carry the time of the change: any ISO time will do.
  const anyAuditTime = (body: J | undefined): unknown =>
    Array.isArray(body)
      ? body.map((entry) =>
          entry !== null && typeof entry === 'object' && 'auditTime' in entry
            ? { ...entry, auditTime: expect.stringMatching(/^\d{4}-\d\d-\d\dT.*Z$/) }
            : entry,
        )
      : body;

  test.each([
    [
      'coordinator-rules-get-empty.json',
      'coordinator-rules-get-full.json',
      'coordinator-rules-post.json',
      'coordinator-rules-get.json',
      'coordinator-rules-post-unknown-type.json',
      'coordinator-rules-post-not-array.json',
    ],
    [
      'coordinator-rules-post-audited.json',
      'coordinator-rules-get-defaults.json',
      'coordinator-rules-history-audited.json',
      'coordinator-rules-post-bad-period.json',
      'coordinator-rules-post-missing-type.json',
      'coordinator-rules-post-negative-replicas.json',
      'coordinator-rules-post-bad-interval.json',
    ],
    [
      'coordinator-compaction-post-new-datasource.json',
      'coordinator-compaction-get-ds-full.json',
      'coordinator-compaction-history-audited.json',
      'coordinator-compaction-post-msq.json',
      'coordinator-compaction-post-missing-datasource.json',
      'coordinator-compaction-post-unknown-granularity.json',
    ],
    [
      'coordinator-compaction-get-ds-404.json',
      'coordinator-compaction-post.json',
      'coordinator-compaction-post-invalid.json',
      'coordinator-compaction-delete.json',
      'coordinator-metadata-datasource-404.json',
    ],
  ])('%s and the rest of its sequence', async (...files) => {
    for (const file of files) await replay(new Api(emu.url), file);
  });
});
