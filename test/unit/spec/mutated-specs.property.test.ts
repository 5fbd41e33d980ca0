/**
 * Robustness laws over mutants of realistic specs (the generator `npm run fuzz` runs 10,000 of):
 * whatever a person does to a spec file — deleted keys, changed types, unicode, huge numbers, deep
 * nesting, duplicate keys, YAML anchors, tags, several documents — loading, validation,
 * guardrails, the three output formats, normalising (idempotent), diffing and the review comment
 * (within its budget) never throw. A few cases here; the long run is bench/fuzz.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { mutants, type Seed } from '../../../bench/fuzz/mutations.js';
import { fuzzCase } from '../../../bench/fuzz/pipeline.js';
import { DEFAULT_CONFIG } from '../../../src/config/config-file.js';
import { readSpec } from '../../../src/spec/load.js';

const FILES = [
  'supervisors/page_views.json',
  'supervisors/events_realtime.yaml',
  'test/fixtures/specs/orders.yaml',
];

const seeds: Seed[] = FILES.map((file) => ({
  name: file.replace(/^.*\//, '').replace(/\.\w+$/, ''),
  value: readSpec(file, readFileSync(file), DEFAULT_CONFIG.druidVersion).document?.value as Seed['value'],
}));

const seedFile = (name: string) => {
  const seed = seeds.find((candidate) => candidate.name === name) as Seed;
  return { path: `supervisors/${name}.json`, bytes: new TextEncoder().encode(JSON.stringify(seed.value)) };
};

test('a mutated spec never crashes load, validate, guardrails, normalise, diff, plan or render', async () => {
  expect(seeds.every((seed) => seed.value !== undefined)).toBe(true);
  await fc.assert(
    fc.asyncProperty(mutants(seeds), async (mutant) => {
      await fuzzCase(seedFile(mutant.path.replace(/^supervisors\//, '').replace(/\.\w+$/, '')), mutant);
    }),
    { numRuns: 25 },
  );
});
