/**
 * What a deploy would do, without doing it: the same pre-flight reads and the same decision, and no
 * write. `druid-gitops deploy --dry-run` prints it.
 */
import type { SpecComparison } from '../diff/compare.js';
import type { FieldChange } from '../diff/spec-diff.js';
import { decideForTarget, desiredRunState, type DeployAction } from './decide.js';
import { describeState } from '../health/health-verdict.js';
import { readLive } from './steps.js';
import { runStateChange, updatePath } from '../diff/update-path.js';
import type { DeployContext, SupervisorTarget } from './context.js';

export interface DeployPreview {
  id: string;
  file: string;
  action: DeployAction['kind'];
  /** What the deploy would change on the cluster (live → head). */
  changes: FieldChange[];
  live?: string;
  sentence: string;
}

const SENTENCES: Record<DeployAction['kind'], string> = {
  create: 'would create it (submitted suspended, then resumed and verified)',
  update: 'would suspend it, submit the new spec, resume and verify (restoring the old spec on failure)',
  unchanged: 'runs this spec already: nothing to do',
  drift: 'was changed outside git: would stop here (on-drift: fail)',
  prune: 'would terminate it (prune, confirmed)',
  'prune-unconfirmed': 'file deleted: would terminate only with confirm naming it',
  'deleted-kept': 'file deleted: would leave it running (prune is off)',
  gone: 'file deleted and not on the cluster: nothing to do',
};

export async function previewDeploy(
  target: SupervisorTarget,
  context: Pick<DeployContext, 'client' | 'onDrift' | 'prune' | 'confirmed' | 'druidVersion'>,
  compare: SpecComparison,
): Promise<DeployPreview> {
  const live = await readLive(target.id, context.client);
  const action = decideForTarget(target, live?.spec, compare, context);
  const overwrite =
    action.kind === 'update' && action.overwritesDrift ? ' (overwriting a change made outside git)' : '';
  const inPlace =
    action.kind === 'update' &&
    live &&
    target.head &&
    updatePath(
      context.druidVersion,
      live.spec,
      target.head,
      runStateChange(
        live.spec.suspended === true,
        desiredRunState({
          head: target.head.suspended === true,
          ...(target.base ? { base: target.base.suspended === true } : {}),
          live: live.spec.suspended === true,
        }) === 'suspended',
      ),
    ).kind === 'in-place';
  return {
    id: target.id,
    file: target.file,
    action: action.kind,
    changes: compare.changes(live?.spec, target.head),
    ...(live ? { live: describeState(live.payload) } : {}),
    sentence: inPlace
      ? `would submit taskCount ${String(action.askedTaskCount)} in place: Druid ${context.druidVersion} stores it without restarting the supervisor or its tasks`
      : SENTENCES[action.kind] + overwrite,
  };
}
