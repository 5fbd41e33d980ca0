/**
 * What a deploy does with one supervisor: a pure decision over three effective specs — git's head,
 * git's base (what "previous" means) and what the cluster runs now. A run reconciles head with the
 * live cluster (GitHub's concurrency groups drop queued runs, so the base is only a hint):
 * - live equals head: nothing to do, no suspend, no restart (a re-run is a no-op);
 * - live differs from both base and head: someone changed it outside git; stop for this
 *   supervisor unless the user asked to overwrite (`on-drift: overwrite`);
 * - a deleted file terminates its supervisor only with `prune: true` AND an explicit confirmation
 *   naming it: terminate is destructive and never automatic (docs/design.md, invariant 6).
 */
import type { SpecComparison } from '../diff/compare.js';
import { type JsonObject, deepEqual } from '../common/json.js';
import type { DeployContext, SupervisorTarget } from './context.js';
import { viewSupervisor } from '../spec/layout.js';

export type DeployAction =
  | { kind: 'create' }
  /** `askedTaskCount`: an autoscaled taskCount git changed, submitted as written (38.0.0+). */
  | { kind: 'update'; overwritesDrift: boolean; askedTaskCount?: number }
  | { kind: 'unchanged' }
  | { kind: 'drift' }
  | { kind: 'prune' }
  | { kind: 'prune-unconfirmed' }
  | { kind: 'deleted-kept' }
  | { kind: 'gone' };

export interface DecisionInput {
  /** Effective spec in git at the deployed commit; absent when the file was deleted. */
  head?: unknown;
  /** Effective spec at the previous commit; absent for a new file. */
  base?: unknown;
  /** Effective spec the cluster runs; absent when Druid has no such supervisor. */
  live?: unknown;
  onDrift: 'fail' | 'overwrite';
  prune: boolean;
  /** The user confirmed destructive operations for this supervisor id. */
  confirmed: boolean;
  /**
   * An autoscaled taskCount that git changed (base → head) and the cluster does not run, on a
   * release that stores it in place (38.0.0+). Otherwise the autoscaler's count is no change.
   */
  askedTaskCount?: number;
}

export function decideAction(input: DecisionInput): DeployAction {
  const { head, base, live } = input;
  if (head === undefined) {
    if (live === undefined) return { kind: 'gone' };
    if (!input.prune) return { kind: 'deleted-kept' };
    return input.confirmed ? { kind: 'prune' } : { kind: 'prune-unconfirmed' };
  }
  if (live === undefined) return { kind: 'create' };
  const asked = input.askedTaskCount === undefined ? {} : { askedTaskCount: input.askedTaskCount };
  if (deepEqual(live, head))
    return input.askedTaskCount === undefined
      ? { kind: 'unchanged' }
      : { kind: 'update', overwritesDrift: false, ...asked };
  // A new file for a supervisor that already runs: the cluster was set up outside git.
  const drifted = base === undefined || !deepEqual(live, base);
  if (drifted && input.onDrift === 'fail') return { kind: 'drift' };
  return { kind: 'update', overwritesDrift: drifted, ...asked };
}

export interface RunStateInput {
  /** `suspended` in the file at head, at base (undefined: no base file), and on the cluster. */
  head: boolean;
  base?: boolean;
  live?: boolean;
}

/**
 * Whether the supervisor should end suspended. Git decides when the commit changes the flag (or
 * the file is new); otherwise a suspension a person made on the cluster is left alone, because
 * resuming a supervisor someone stopped on purpose is not the deploy's call.
 */
export function desiredRunState(input: RunStateInput): 'suspended' | 'running' {
  if (input.head) return 'suspended';
  const gitResumes = input.base === true;
  if (gitResumes || input.live === undefined) return 'running';
  return input.live ? 'suspended' : 'running';
}

/** The decision for one target: its head and base files and the live spec, compared as effective specs. */
export function decideForTarget(
  target: Pick<SupervisorTarget, 'id' | 'head' | 'base'>,
  liveSpec: JsonObject | undefined,
  compare: SpecComparison,
  context: Pick<DeployContext, 'onDrift' | 'prune' | 'confirmed'>,
): DeployAction {
  const asked = askedTaskCount(target, liveSpec, compare);
  return decideAction({
    head: target.head && compare.effective(target.head),
    base: target.base && compare.effective(target.base),
    live: liveSpec && compare.effective(liveSpec),
    onDrift: context.onDrift,
    prune: context.prune,
    confirmed: context.confirmed.has(target.id),
    ...(asked === undefined ? {} : { askedTaskCount: asked }),
  });
}

/** The autoscaled taskCount git changed and the cluster does not run yet (38.0.0+), if any. */
function askedTaskCount(
  target: Pick<SupervisorTarget, 'head' | 'base'>,
  liveSpec: JsonObject | undefined,
  compare: SpecComparison,
): number | undefined {
  if (!target.head || !target.base || !liveSpec) return undefined;
  const asked = compare.autoscaledTaskCount(target.head);
  if (asked === undefined || asked === compare.autoscaledTaskCount(target.base)) return undefined;
  const running = viewSupervisor(liveSpec).ioConfig?.taskCount;
  return running === asked ? undefined : asked;
}
