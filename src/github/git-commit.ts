/**
 * One commit on top of a base commit, made through the Git data API (blobs, a tree, a commit) and
 * pointed to by a branch, with no `git push`: it works with the job's token, from any checkout.
 * The branch is rebuilt from the base each time and force-moved, so a re-run converges on the same
 * content instead of stacking commits.
 */
import type { RepoContext } from './context.js';
import { statusOf, type Progress } from './errors.js';

/** path → new content, or null to delete the file. */
export type FileChanges = Readonly<Record<string, string | Uint8Array | null>>;

export interface CommitInput {
  baseSha: string;
  changes: FileChanges;
  message: string;
}

export async function commitChanges(
  context: RepoContext,
  steps: Progress,
  input: CommitInput,
): Promise<string> {
  const { octokit, owner, repo } = context;
  const base = await steps.step(`base commit ${short(input.baseSha)} not read`, () =>
    octokit.rest.git.getCommit({ owner, repo, commit_sha: input.baseSha }).then((answer) => answer.data),
  );
  const tree: { path: string; mode: '100644'; type: 'blob'; sha: string | null }[] = [];
  for (const [path, content] of Object.entries(input.changes).sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (content === null) {
      // GitHub rejects a tree that deletes a path the base does not have.
      if (await existsAt(context, steps, input.baseSha, path))
        tree.push({ path, mode: '100644', type: 'blob', sha: null });
      else steps.note(`${path} already absent`);
      continue;
    }
    const blob = await steps.step(`blob for ${path} not created`, () =>
      octokit.rest.git
        .createBlob({ owner, repo, content: Buffer.from(content).toString('base64'), encoding: 'base64' })
        .then((answer) => answer.data),
    );
    tree.push({ path, mode: '100644', type: 'blob', sha: blob.sha });
  }
  const newTree = await steps.step('tree not created', () =>
    octokit.rest.git
      .createTree({ owner, repo, base_tree: base.tree.sha, tree })
      .then((answer) => answer.data),
  );
  const commit = await steps.step(
    'commit not created',
    () =>
      octokit.rest.git
        .createCommit({ owner, repo, message: input.message, tree: newTree.sha, parents: [input.baseSha] })
        .then((answer) => answer.data),
    (made) => `commit ${short(made.sha)} made`,
  );
  return commit.sha;
}

/** Points `branch` at `sha`, creating it or moving it (forced: the branch is ours to rewrite). */
export async function setBranch(
  context: RepoContext,
  steps: Progress,
  branch: string,
  sha: string,
): Promise<'created' | 'updated'> {
  const { octokit, owner, repo } = context;
  const exists = await steps.step(`branch ${branch} not checked`, () =>
    octokit.rest.git.getRef({ owner, repo, ref: `heads/${branch}` }).then(
      () => true,
      (error: unknown) => {
        if (statusOf(error) === 404) return false;
        throw error;
      },
    ),
  );
  const move = (): Promise<'updated'> =>
    steps.step(
      `branch ${branch} not moved to ${short(sha)}`,
      () =>
        octokit.rest.git
          .updateRef({ owner, repo, ref: `heads/${branch}`, sha, force: true })
          .then(() => 'updated' as const),
      () => `branch ${branch} moved to ${short(sha)}`,
    );
  if (exists) return move();
  const created = await steps.step(
    `branch ${branch} not created`,
    () =>
      octokit.rest.git.createRef({ owner, repo, ref: `refs/heads/${branch}`, sha }).then(
        () => true,
        (error: unknown) => {
          // "Reference already exists": another run created it since we looked.
          if (statusOf(error) === 422) return false;
          throw error;
        },
      ),
    (made) => (made ? `branch ${branch} created` : undefined),
  );
  return created ? 'created' : move();
}

async function existsAt(context: RepoContext, steps: Progress, ref: string, path: string): Promise<boolean> {
  const { octokit, owner, repo } = context;
  return steps.step(`${path} at ${short(ref)} not checked`, () =>
    octokit.rest.repos.getContent({ owner, repo, path, ref }).then(
      () => true,
      (error: unknown) => {
        if (statusOf(error) === 404) return false;
        throw error;
      },
    ),
  );
}

function short(sha: string): string {
  return sha.slice(0, 7);
}
