/**
 * Labels this tool puts on its issues and pull requests. Each is created (with a colour and a
 * description saying who uses it) the first time it is needed, and left alone afterwards, so a
 * maintainer may restyle it.
 */
import type { RepoContext } from './context.js';
import { statusOf, type Progress } from './errors.js';

export interface LabelSpec {
  name: string;
  /** Six hex digits, no `#`. */
  color: string;
  description: string;
}

export const DRIFT_LABEL: LabelSpec = {
  name: 'druid-drift',
  color: 'd93f0b',
  description: 'druid-gitops: the Druid cluster differs from git',
};

export const ROLLBACK_LABEL: LabelSpec = {
  name: 'druid-rollback',
  color: 'b60205',
  description: 'druid-gitops: a deploy failed and the cluster was restored; merge to make git match',
};

export const RESTORE_FAILED_LABEL: LabelSpec = {
  name: 'druid-restore-failed',
  color: 'b60205',
  description: 'druid-gitops: a deploy failed and the restore did too; manual steps needed',
};

export async function ensureLabels(
  context: RepoContext,
  steps: Progress,
  labels: readonly LabelSpec[],
): Promise<void> {
  const { octokit, owner, repo } = context;
  for (const label of labels) {
    const exists = await steps.step(`label ${label.name} not checked`, () =>
      octokit.rest.issues.getLabel({ owner, repo, name: label.name }).then(
        () => true,
        (error: unknown) => {
          if (statusOf(error) === 404) return false;
          throw error;
        },
      ),
    );
    if (exists) continue;
    await steps.step(
      `label ${label.name} not created`,
      () =>
        octokit.rest.issues.createLabel({ owner, repo, ...label }).then(
          () => true,
          (error: unknown) => {
            // Created meanwhile by a concurrent run: what we wanted.
            if (statusOf(error) === 422) return false;
            throw error;
          },
        ),
      (created) => (created ? `label ${label.name} created` : undefined),
    );
  }
}
