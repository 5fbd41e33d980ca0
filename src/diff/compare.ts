/**
 * Comparing two specs the way a deploy and a review need it: on effective specs (normalizeSpec), so
 * that defaults, spellings and key order never count as a change. One side is usually what the
 * cluster runs, so an enabled autoscaler's taskCount never counts either: the autoscaler rewrites
 * it on every scale action, and that is Druid's business, not a change to report or undo.
 */
import type { JsonObject } from '../common/json.js';
import { get } from '../spec/pointer.js';
import { diffSpecs, type FieldChange } from './spec-diff.js';
import { isAutoscaled, normalizeSpec, type EffectiveSpec } from './normalize.js';

export interface SpecComparison {
  /** The comparable content of a spec (its `suspended` flag is state, not spec). */
  effective(spec: JsonObject): unknown;
  /** What changes from `before` to `after`; a missing side counts as an empty spec. */
  changes(before: JsonObject | undefined, after: JsonObject | undefined): FieldChange[];
  /**
   * The taskCount a spec from git asks for under an enabled autoscaler, where the release applies
   * one without a restart (38.0.0+, and only when the file writes it); undefined otherwise.
   */
  autoscaledTaskCount(spec: JsonObject): number | undefined;
}

const EMPTY: EffectiveSpec = { id: undefined, suspended: false, spec: {} };

export function specComparison(druidVersion: string): SpecComparison {
  const normalize = (spec: JsonObject | undefined): EffectiveSpec =>
    spec ? normalizeSpec(spec, { druidVersion, autoscaledTaskCount: 'live' }) : EMPTY;
  return {
    effective: (spec) => normalize(spec).spec,
    changes: (before, after) => diffSpecs(normalize(before), normalize(after)),
    autoscaledTaskCount(spec) {
      const asked = normalizeSpec(spec, { druidVersion }).spec;
      const count = get(asked, '/spec/ioConfig/taskCount');
      return isAutoscaled(asked) && typeof count === 'number' ? count : undefined;
    },
  };
}
