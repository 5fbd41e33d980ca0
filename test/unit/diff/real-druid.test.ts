/**
 * The key proof: what we submitted and what Druid stored normalise to the same effective spec.
 * The captures in test/fixtures/druid-real/ were taken on Druid 33.0.0 (every spec Druid stored:
 * GET /{id}, ?full listings, suspend/resume answers, history versions; every spec we submitted:
 * *.submitted.json and the bodies of accepted POSTs). get-export.json is the documented 35.0 GET
 * shape, paired with what a person would write for it (test/fixtures/diff/orders-eu.submitted.yaml).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { diffSpecs, specHash } from '../../../src/diff/spec-diff.js';
import { normalizeSpec, type EffectiveSpec } from '../../../src/diff/normalize.js';
import { REDACTED } from '../../../src/common/redact.js';
import { parseSpecText } from '../../../src/spec/parse.js';
import { get } from '../../../src/spec/pointer.js';

const here = dirname(fileURLToPath(import.meta.url));
const realDir = join(here, '../../fixtures/druid-real');
const SUPERVISOR = '/druid/indexer/v1/supervisor';

interface Capture {
  request: { method: string; url: string; body?: unknown };
  response: { status: number; body?: unknown };
  druidVersion?: string;
}

const read = (file: string): unknown => JSON.parse(readFileSync(join(realDir, file), 'utf8'));
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const objectAt = (value: unknown, pointer: string): Record<string, unknown> =>
  get(value, pointer) as Record<string, unknown>;
const arrayAt = (value: unknown, pointer: string): unknown[] => get(value, pointer) as unknown[];
const DIMENSIONS = '/spec/dataSchema/dimensionsSpec/dimensions';
const isKafkaSpec = (value: unknown): value is Record<string, unknown> =>
  isObject(value) && value.type === 'kafka';

/** Every spec we sent that Druid accepted, and every spec Druid served back, by file. */
function collectCaptures(): {
  submitted: Map<string, unknown>;
  stored: Map<string, unknown>;
  version: string;
} {
  const submitted = new Map<string, unknown>();
  const stored = new Map<string, unknown>();
  let version = '33.0.0';
  for (const file of readdirSync(realDir)
    .filter((name) => name.endsWith('.json'))
    .sort()) {
    if (file.endsWith('.submitted.json')) {
      submitted.set(file, read(file));
      continue;
    }
    const capture = read(file) as Capture;
    if (!capture.request || !capture.response) continue;
    version = capture.druidVersion ?? version;
    const { method, url, body } = capture.request;
    const answer = capture.response.body;
    const path = url.split('?')[0] ?? url;
    if (method === 'POST' && path === SUPERVISOR && capture.response.status === 200 && isKafkaSpec(body))
      submitted.set(`${file} (request)`, body);
    if (capture.response.status !== 200) continue;
    if (isKafkaSpec(answer)) stored.set(file, answer);
    if (Array.isArray(answer))
      answer.forEach((entry, index) => {
        if (isObject(entry) && isKafkaSpec(entry.spec)) stored.set(`${file} [${index}]`, entry.spec);
      });
    if (isObject(answer) && !isKafkaSpec(answer))
      for (const [id, versions] of Object.entries(answer))
        if (Array.isArray(versions))
          versions.forEach((entry, index) => {
            if (isObject(entry) && isKafkaSpec(entry.spec))
              stored.set(`${file} [${id}][${index}]`, entry.spec);
          });
  }
  return { submitted, stored, version };
}

const describeReal = existsSync(realDir) ? describe : describe.skip;

describeReal('real Druid 33.0.0: submitted and stored specs normalise to the same effective spec', () => {
  const { submitted, stored, version } = collectCaptures();
  const normal = (value: unknown): EffectiveSpec => normalizeSpec(value, { druidVersion: version });
  const submittedSpecs = [...submitted].map(([file, value]) => ({ file, effective: normal(value) }));

  test('the captures hold submitted and stored specs (a renamed capture must not skip the proof)', () => {
    expect(version).toBe('33.0.0');
    expect(submitted.size).toBeGreaterThanOrEqual(5);
    expect(stored.size).toBeGreaterThanOrEqual(10);
  });

  test('spec-main.submitted.json equals the GET of fx-main (periods, defaults, dimensions, unknown keys)', () => {
    const git = normal(read('spec-main.submitted.json'));
    const live = normal((read('supervisor-get-spec.json') as Capture).response.body);
    expect(diffSpecs(git, live)).toEqual([]);
    expect(live).toEqual(git);
    expect(specHash(live)).toBe(specHash(git));
  });

  test.each([...stored.keys()])('%s is the normalisation of a spec we submitted', (file) => {
    const live = normal(stored.get(file));
    const sources = submittedSpecs.filter(({ effective }) => diffSpecs(effective, live).length === 0);
    if (sources.length === 0) {
      // Show the nearest submitted spec's differences rather than a bare "not found".
      const nearest = submittedSpecs
        .filter(({ effective }) => effective.id === live.id)
        .map(({ file: source, effective }) => ({ source, changes: diffSpecs(effective, live) }))
        .sort((a, b) => a.changes.length - b.changes.length)[0];
      expect(nearest ?? { source: 'none with this id', changes: [] }).toEqual({ changes: [] });
    }
    expect(sources.length).toBeGreaterThan(0);
  });

  test('the suspend answer is the same spec, with the suspended flag set aside', () => {
    const git = normal(read('spec-main.submitted.json'));
    const suspended = normal((read('supervisor-suspend.json') as Capture).response.body);
    expect(suspended.suspended).toBe(true);
    expect(git.suspended).toBe(false);
    expect(diffSpecs(git, suspended)).toEqual([]);
  });

  test('a top-level id is ignored before 34.0: the supervisor is named by its datasource', () => {
    const request = (read('supervisor-post-with-top-level-id.json') as Capture).request.body;
    const effective = normal(request);
    expect(effective.id).toBe('fx-idds');
    expect(effective.spec.id).toBe('fx-idds');
  });
});

describeReal('real Druid 33.0.0: a real change against the live spec is reported', () => {
  const live = normalizeSpec((read('supervisor-get-spec.json') as Capture).response.body, {
    druidVersion: '33.0.0',
  });
  const edited = (change: (spec: unknown) => void): EffectiveSpec => {
    const spec = read('spec-main.submitted.json');
    change(spec);
    return normalizeSpec(spec, { druidVersion: '33.0.0' });
  };

  test('taskCount 1 → 2', () => {
    const git = edited((spec) => (objectAt(spec, '/spec/ioConfig').taskCount = 2));
    expect(diffSpecs(live, git)).toEqual([
      { pointer: '/spec/ioConfig/taskCount', kind: 'changed', before: 1, after: 2 },
    ]);
  });

  test('a dimension added', () => {
    const git = edited((spec) => arrayAt(spec, DIMENSIONS).push('country'));
    expect(diffSpecs(live, git)).toEqual([
      {
        pointer: '/spec/dataSchema/dimensionsSpec/dimensions/3',
        kind: 'added',
        after: {
          type: 'string',
          name: 'country',
          multiValueHandling: 'SORTED_ARRAY',
          createBitmapIndex: true,
        },
      },
    ]);
  });

  test('a dimension retyped is one change of the whole dimension', () => {
    const git = edited((spec) => (arrayAt(spec, DIMENSIONS)[0] = { type: 'long', name: 'page' }));
    expect(diffSpecs(live, git)).toEqual([
      {
        pointer: '/spec/dataSchema/dimensionsSpec/dimensions/0',
        kind: 'changed',
        before: { type: 'string', name: 'page', multiValueHandling: 'SORTED_ARRAY', createBitmapIndex: true },
        after: { type: 'long', name: 'page' },
      },
    ]);
  });

  test('dimension order swapped (the segment sort order) is reported as reordered', () => {
    const git = edited((spec) => arrayAt(spec, DIMENSIONS).reverse());
    expect(diffSpecs(live, git)).toEqual([
      {
        pointer: '/spec/dataSchema/dimensionsSpec/dimensions',
        kind: 'reordered',
        before: ['page', 'user', 'deleted'],
        after: ['deleted', 'user', 'page'],
      },
    ]);
  });

  test('a secret rotated is reported, both sides redacted', () => {
    const withSecret = (password: string) =>
      edited(
        (spec) => (objectAt(spec, '/spec/ioConfig/consumerProperties')['ssl.truststore.password'] = password),
      );
    const changes = diffSpecs(withSecret('old-truststore-pass'), withSecret('new-truststore-pass'));
    expect(changes).toEqual([
      {
        pointer: '/spec/ioConfig/consumerProperties/ssl.truststore.password',
        kind: 'changed',
        before: REDACTED,
        after: REDACTED,
      },
    ]);
    expect(JSON.stringify(changes)).not.toMatch(/truststore-pass/);
  });
});

describe('the documented GET shape (get-export.json, Druid 35) equals what a person writes for it', () => {
  const fixtures = join(here, '../../fixtures');
  const parsed = parseSpecText(readFileSync(join(fixtures, 'diff/orders-eu.submitted.yaml'), 'utf8'), 'yaml');
  const exported = JSON.parse(readFileSync(join(fixtures, 'specs/get-export.json'), 'utf8')) as unknown;

  test('normalised on 35.0.0 they are equal, id included', () => {
    expect(parsed.findings).toEqual([]);
    const git = normalizeSpec(parsed.document?.value, { druidVersion: '35.0.0' });
    const live = normalizeSpec(exported, { druidVersion: '35.0.0' });
    expect(diffSpecs(git, live)).toEqual([]);
    expect(live).toEqual(git);
    expect(live.id).toBe('orders-eu');
  });

  test('on 33.0.0 the id is the datasource and 34/35-only fields are not compared', () => {
    const live = normalizeSpec(exported, { druidVersion: '33.0.0' });
    expect(live.id).toBe('orders');
    expect(get(live.spec, '/spec/ioConfig/lagAggregator')).toBeUndefined();
    expect(get(live.spec, '/spec/ioConfig/autoScalerConfig/stopTaskCountRatio')).toBeUndefined();
    expect(get(live.spec, '/spec/tuningConfig/releaseLocksOnHandoff')).toBeUndefined();
    expect(get(live.spec, '/spec/ioConfig/autoScalerConfig/lagAggregate')).toBe('MAX');
    expect(diffSpecs(normalizeSpec(parsed.document?.value, { druidVersion: '33.0.0' }), live)).toEqual([]);
  });
});
