/**
 * What a deploy does with one datasource's retention rules or compaction config: a pure decision
 * over git's head, git's base and what the Coordinator holds now, all normalised as Druid stores
 * them (a default written or left out is no change; the order of the rules is). The same rules as
 * for a supervisor (deploy/decide.ts):
 * - live equals head: nothing to do (a re-run is a no-op, and Druid would not even audit it);
 * - the cluster has no rules / no config: apply (nothing there to overwrite, as a supervisor that
 *   does not exist is created);
 * - live differs from both base and head: changed outside git (in the console); refused unless
 *   `on-drift: overwrite`. A new file for a datasource that already has rules counts as drift;
 * - a deleted file changes nothing on the cluster: rules and configs are never removed
 *   automatically (commit `[]` to clear a datasource's rules);
 * - a file with error findings is not applied.
 */
import { sameSegmentConfig, type SegmentKind } from '../diff/segment-normalize.js';

export type SegmentAction =
  | { kind: 'apply'; overwritesDrift: boolean }
  | { kind: 'unchanged' }
  | { kind: 'drift' }
  | { kind: 'deleted-kept' }
  | { kind: 'gone' }
  | { kind: 'blocked'; reason: string };

export interface SegmentDecisionInput {
  kind: SegmentKind;
  /** The rules or config in git at the deployed commit; undefined when the file was deleted. */
  head?: unknown;
  /** At the previous commit; undefined for a new file. */
  base?: unknown;
  /** What the Coordinator holds: `[]` when it has no rules, undefined when no compaction config. */
  live?: unknown;
  onDrift: 'fail' | 'overwrite';
  druidVersion: string;
  /** Why the head file must not be applied (its first error-level finding), if it must not. */
  blocked?: string;
}

export function decideSegmentAction(input: SegmentDecisionInput): SegmentAction {
  if (input.blocked !== undefined) return { kind: 'blocked', reason: input.blocked };
  const same = (a: unknown, b: unknown): boolean => sameSegmentConfig(input.kind, a, b, input.druidVersion);
  if (input.head === undefined)
    return isAbsent(input.kind, input.live, input.druidVersion) ? { kind: 'gone' } : { kind: 'deleted-kept' };
  if (same(input.live, input.head)) return { kind: 'unchanged' };
  if (isAbsent(input.kind, input.live, input.druidVersion)) return { kind: 'apply', overwritesDrift: false };
  const drifted = !same(input.live, input.base);
  if (drifted && input.onDrift === 'fail') return { kind: 'drift' };
  return { kind: 'apply', overwritesDrift: drifted };
}

function isAbsent(kind: SegmentKind, live: unknown, druidVersion: string): boolean {
  return sameSegmentConfig(kind, live, undefined, druidVersion);
}

/** After a write: does what Druid stores mean what git asked for? */
export function readBackMatches(
  kind: SegmentKind,
  wanted: unknown,
  stored: unknown,
  druidVersion: string,
): boolean {
  return sameSegmentConfig(kind, wanted, stored, druidVersion);
}
