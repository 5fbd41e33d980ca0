/**
 * What import writes for a stored spec: the least that means the same. The law: the effective
 * spec of the minimal file is the effective spec Druid stored, so drift agrees right after an
 * import; and nothing more can be left out.
 */
import fc from 'fast-check';
import type { JsonObject } from '../../../src/common/json.js';
import { minimalSegmentConfig, minimalSupervisorSpec } from '../../../src/diff/minimal-spec.js';
import { specComparison } from '../../../src/diff/compare.js';
import { normalizeSegmentConfig } from '../../../src/diff/segment-normalize.js';
import { canonicalJson } from '../../../src/diff/spec-diff.js';
import { readSupervisorSpec } from '../../../src/emulator/reserialise.js';
import type { Json } from '../../../src/emulator/json.js';
import { collectKeyPaths } from '../../../src/spec/pointer.js';
import { validateSpec } from '../../../src/validate/validate-supervisor.js';
import { specFor } from '../../../bench/generate-specs.mjs';
import { realBody, realSpec } from '../../support/druid-real.js';

const VERSION = '33.0.0';
const compare = specComparison(VERSION);
const meaning = (spec: JsonObject): string => canonicalJson(compare.effective(spec));

describe('minimalSupervisorSpec', () => {
  const stored = realSpec() as JsonObject;
  const minimal = minimalSupervisorSpec(stored, VERSION);

  test('a spec a real Druid 33 stored: the same effective spec, written as a person writes it', () => {
    expect(meaning(minimal)).toBe(meaning(stored));
    const io = (minimal.spec as { ioConfig: Record<string, unknown> }).ioConfig;
    expect(io.completionTimeout).toBe('PT20M');
    expect(io.stream).toBeUndefined();
    expect(minimal.suspended).toBeUndefined();
    expect(minimal.dataSchema).toBeUndefined();
    const dimensions = (minimal.spec as { dataSchema: { dimensionsSpec: { dimensions: unknown[] } } })
      .dataSchema.dimensionsSpec.dimensions;
    expect(dimensions.slice(0, 2)).toEqual(['page', 'user']);
    expect(collectKeyPaths(minimal).length).toBeLessThan(collectKeyPaths(stored).length / 3);
  });

  test('nothing more can be left out: removing any key but a type changes what Druid runs', () => {
    for (const path of collectKeyPaths(minimal)) {
      if (path.endsWith('/type')) continue;
      const tokens = path.split('/').slice(1);
      const copy = structuredClone(minimal) as Record<string, unknown>;
      let node = copy;
      for (const token of tokens.slice(0, -1)) node = node[token] as Record<string, unknown>;
      delete node[tokens.at(-1) as string];
      expect([path, meaning(copy as JsonObject)]).not.toEqual([path, meaning(minimal)]);
    }
  });

  test('law: for generated specs as the emulator stores them, the minimal spec means the same and still validates', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 500 }), (index) => {
        const written = specFor(index) as JsonObject;
        const stored = readSupervisorSpec(written as Json, VERSION).json as JsonObject;
        const result = minimalSupervisorSpec(stored, VERSION);
        expect(meaning(result)).toBe(meaning(stored));
        const errors = (spec: JsonObject) =>
          validateSpec(spec, { druidVersion: VERSION }).filter((finding) => finding.severity === 'error')
            .length;
        expect(errors(result)).toBeLessThanOrEqual(errors(written));
      }),
      { numRuns: 10 },
    );
  });
});

describe('minimalSegmentConfig', () => {
  test.each([
    ['retention', 'coordinator-rules-get'],
    ['compaction', 'coordinator-compaction-get-ds-full'],
  ] as const)('%s as a real Druid 33 stored it: the same config, without the defaults', (kind, capture) => {
    const stored = realBody<unknown>(capture);
    const minimal = minimalSegmentConfig(kind, stored, VERSION);
    const same = (value: unknown) => canonicalJson(normalizeSegmentConfig(kind, value, VERSION) ?? null);
    expect(same(minimal)).toBe(same(stored));
    expect(JSON.stringify(minimal)).not.toContain('useDefaultTierForNull');
    expect(JSON.stringify(minimal).length).toBeLessThan(JSON.stringify(stored).length);
  });
});
