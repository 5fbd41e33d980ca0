/**
 * The emulator against the effective spec: what it serves back for a submitted spec must
 * normalise to the submitted spec, as real Druid's does (real-druid.test.ts): the example specs in
 * supervisors/, the real capture's spec and the spec behind Druid's documented GET.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { diffSpecs, type FieldChange } from '../../../src/diff/spec-diff.js';
import { normalizeSpec } from '../../../src/diff/normalize.js';
import { formatOf, parseSpecText } from '../../../src/spec/parse.js';
import { useEmulator, type TestEmulator } from '../../support/emulator.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../../..');
const SUPERVISOR = '/druid/indexer/v1/supervisor';

function parsed(path: string): Record<string, unknown> {
  const format = formatOf(path);
  const { document } = parseSpecText(readFileSync(path, 'utf8'), format ?? 'json');
  if (!format || !document) throw new Error(`cannot read ${path}`);
  return document.value;
}

const examples = readdirSync(join(root, 'supervisors'))
  .filter((file) => formatOf(file))
  .map((file): [string, Record<string, unknown>] => [
    `supervisors/${file}`,
    parsed(join(root, 'supervisors', file)),
  ]);
const realMain = join(root, 'test/fixtures/druid-real/spec-main.submitted.json');
const ordersEu = parsed(join(root, 'test/fixtures/diff/orders-eu.submitted.yaml'));

/** Submits a spec to the emulator and normalises both it and what GET serves back. */
async function roundTrip(
  emulator: TestEmulator,
  spec: unknown,
  druidVersion: string,
): Promise<FieldChange[]> {
  const post = await fetch(`${emulator.url}${SUPERVISOR}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(spec),
  });
  expect(post.status).toBe(200);
  const { id } = (await post.json()) as { id: string };
  const stored = (await (
    await fetch(`${emulator.url}${SUPERVISOR}/${encodeURIComponent(id)}`)
  ).json()) as unknown;
  return diffSpecs(normalizeSpec(spec, { druidVersion }), normalizeSpec(stored, { druidVersion }));
}

describe.each(['33.0.0', '35.0.0'])('emulating Druid %s', (druidVersion) => {
  const emulator = useEmulator({ version: druidVersion, start: 'beforeAll' });

  test.each(examples)('%s comes back as the same effective spec', async (_file, spec) => {
    expect(await roundTrip(emulator, spec, druidVersion)).toEqual([]);
  });

  (existsSync(realMain) ? test : test.skip)(
    'the spec of the real capture comes back as the same effective spec',
    async () => {
      const spec = JSON.parse(readFileSync(realMain, 'utf8')) as unknown;
      expect(await roundTrip(emulator, spec, druidVersion)).toEqual([]);
    },
  );

  test('the spec of the documented GET (orders-eu: json and auto dimensions, projections, an unnamed filtered aggregator, autoscaler) comes back as the same effective spec', async () => {
    expect(await roundTrip(emulator, ordersEu, druidVersion)).toEqual([]);
  });
});
