/**
 * The rollback pull request for a supervisor whose new spec failed and was restored: one commit
 * that puts the file back as it was at the previous commit, so git says again what the cluster runs.
 */
import type { ProposeChangesInput } from '../github/pull-request.js';
import { ROLLBACK_LABEL } from '../github/labels.js';
import { rollbackPullRequestBody, type RunLinks } from '../report/deploy-markdown.js';
import type { SupervisorResult } from '../deploy/result.js';
import type { SupervisorTarget } from '../deploy/context.js';

export interface RollbackContext {
  /** The default branch and the commit whose deploy failed. */
  branch: string;
  sha: string;
  links: RunLinks;
  /** The cluster's name (the `cluster` input) when the repository deploys to several. */
  cluster?: string;
}

/** Undefined when there is nothing to go back to (a new file has no previous version). */
export function rollbackProposal(
  result: SupervisorResult,
  target: SupervisorTarget,
  context: RollbackContext,
): ProposeChangesInput | undefined {
  if (!result.rollbackWanted || target.baseText === undefined) return undefined;
  const short = context.sha.slice(0, 7);
  const cluster = context.cluster ? `${branchSafe(context.cluster)}/` : '';
  const on = context.cluster ? ` on ${context.cluster}` : '';
  return {
    base: { branch: context.branch, sha: context.sha },
    branch: `druid-gitops/rollback/${cluster}${branchSafe(result.id)}-${short}`,
    changes: { [target.file]: target.baseText },
    commitMessage: `Roll back ${result.id} to the spec the cluster runs\n\nThe deploy of ${short} failed${on} and druid-gitops restored the previous spec on the cluster.`,
    title: `Roll back ${result.id}: its deploy failed${on} and the previous spec was restored`,
    body: rollbackPullRequestBody(result, context.links),
    labels: [ROLLBACK_LABEL],
  };
}

/** Git ref names may not hold spaces, `..`, `~^:?*[\` and a few more; supervisor ids may. */
function branchSafe(id: string): string {
  return (
    id
      .replace(/[^A-Za-z0-9._-]+/g, '-')
      .replace(/\.{2,}/g, '.')
      .replace(/^[.-]+|[.-]+$/g, '') || 'supervisor'
  );
}
