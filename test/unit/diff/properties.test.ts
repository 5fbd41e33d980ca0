/** The laws of the effective spec and the diff, over generated specs and spellings (fast-check). */
import fc from 'fast-check';
import { diffSpecs, specHash } from '../../../src/diff/spec-diff.js';
import { normalizeSpec, type EffectiveSpec } from '../../../src/diff/normalize.js';
import { REDACTED } from '../../../src/common/redact.js';
import { intent, PLAIN, render, secret, spelling, type Intent } from './arbitraries.js';

const normal = (value: Intent, how = PLAIN): EffectiveSpec =>
  normalizeSpec(render(value, how), { druidVersion: value.druidVersion });

describe('effective spec and diff laws', () => {
  test('normalising is idempotent', () => {
    fc.assert(
      fc.property(intent, spelling, (value, how) => {
        const once = normal(value, how);
        const twice = normalizeSpec(once.spec, { druidVersion: value.druidVersion });
        expect(twice.spec).toEqual(once.spec);
        expect(twice.id).toBe(once.id);
      }),
    );
  });

  test('a spec diffed with itself has no change', () => {
    fc.assert(
      fc.property(intent, spelling, (value, how) => {
        expect(diffSpecs(normal(value, how), normal(value, how))).toEqual([]);
      }),
    );
  });

  test('shuffled keys, respelt durations and granularities, defaults and nulls written out: no change', () => {
    fc.assert(
      fc.property(intent, spelling, spelling, (value, one, other) => {
        const a = normal(value, one);
        const b = normal(value, other);
        expect(diffSpecs(a, b)).toEqual([]);
        expect(specHash(a)).toBe(specHash(b));
        expect(b.suspended).toBe(value.suspended === true);
      }),
    );
  });

  test('the hash is equal exactly when the diff is empty', () => {
    fc.assert(
      fc.property(intent, intent, (one, other) => {
        const a = normal(one);
        const b = normal({ ...other, druidVersion: one.druidVersion });
        expect(specHash(a) === specHash(b)).toBe(diffSpecs(a, b).length === 0);
      }),
    );
  });

  test('a real change is never hidden: another taskCount is reported at its pointer', () => {
    fc.assert(
      fc.property(intent, spelling, (value, how) => {
        const before = normal(value, how);
        const after = normal({ ...value, taskCount: (value.taskCount ?? 1) + 1 }, how);
        expect(diffSpecs(before, after)).toEqual([
          {
            pointer: '/spec/ioConfig/taskCount',
            kind: 'changed',
            before: value.taskCount ?? 1,
            after: (value.taskCount ?? 1) + 1,
          },
        ]);
      }),
    );
  });

  test('redaction never leaks a secret, and a rotated secret is still reported', () => {
    fc.assert(
      fc.property(intent, spelling, secret, (value, how, rotated) => {
        const keys = Object.keys(value.secrets);
        fc.pre(keys.length > 0);
        const key = keys[0] as string;
        // A rotation changes the secret: the generator may draw the same one again.
        fc.pre(rotated !== value.secrets[key]);
        const changedSecrets = { ...value.secrets, [key]: rotated };
        const before = normal(value, how);
        const after = normal({ ...value, secrets: changedSecrets, replicas: (value.replicas ?? 1) + 1 }, how);
        const removed = normal({ ...value, secrets: {} }, how);
        const changes = [
          ...diffSpecs(before, after),
          ...diffSpecs(after, removed),
          ...diffSpecs(removed, before),
        ];
        const text = JSON.stringify(changes);
        for (const leaked of [...Object.values(value.secrets), rotated]) {
          const plain = /password="([^"]+)"/.exec(leaked)?.[1] ?? leaked;
          expect(text).not.toContain(plain);
        }
        expect(diffSpecs(before, after)).toContainEqual({
          pointer: `/spec/ioConfig/consumerProperties/${key}`,
          kind: 'changed',
          before: REDACTED,
          after: REDACTED,
        });
      }),
    );
  });
});
