/**
 * Comparing two specs the way a deploy and a review need it: on effective specs (normalizeSpec), so
 * that defaults, spellings and key order never count as a change.
 */
import type { JsonObject } from '../common/json.js';
import { diffSpecs, type FieldChange } from './spec-diff.js';
import { normalizeSpec, type EffectiveSpec } from './normalize.js';

export interface SpecComparison {
  /** The comparable content of a spec (its `suspended` flag is state, not spec). */
  effective(spec: JsonObject): unknown;
  /** What changes from `before` to `after`; a missing side counts as an empty spec. */
  changes(before: JsonObject | undefined, after: JsonObject | undefined): FieldChange[];
}

const EMPTY: EffectiveSpec = { id: undefined, suspended: false, spec: {} };

export function specComparison(druidVersion: string): SpecComparison {
  const normalize = (spec: JsonObject | undefined): EffectiveSpec =>
    spec ? normalizeSpec(spec, { druidVersion }) : EMPTY;
  return {
    effective: (spec) => normalize(spec).spec,
    changes: (before, after) => diffSpecs(normalize(before), normalize(after)),
  };
}
