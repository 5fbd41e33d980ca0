/**
 * A pull request proposing file changes (the rollback PR: after a failed deploy the cluster was
 * restored, and this makes git say what the cluster runs). One branch per change, rebuilt from the
 * base on every run; the open pull request for that branch is updated, or one is opened.
 */
import { progress, type RepoContext } from './context.js';
import { failureDetails, statusOf, type Progress } from './errors.js';
import { commitChanges, setBranch, type FileChanges } from './git-commit.js';
import { ensureLabels, type LabelSpec } from './labels.js';

export interface ProposeChangesInput {
  /** The branch the pull request merges into, and the commit the change is made on. */
  base: { branch: string; sha: string };
  /** e.g. `druid-gitops/rollback/<run id>-<short sha>`. */
  branch: string;
  changes: FileChanges;
  commitMessage: string;
  title: string;
  body: string;
  labels?: readonly LabelSpec[];
}

export interface ProposedChange {
  number: number;
  url: string;
  branch: string;
  commitSha: string;
  /** True when the pull request was opened by this call, false when an open one was updated. */
  created: boolean;
}

export async function proposeChanges(
  context: RepoContext,
  input: ProposeChangesInput,
): Promise<ProposedChange> {
  const steps = progress(context);
  const commitSha = await commitChanges(context, steps, {
    baseSha: input.base.sha,
    changes: input.changes,
    message: input.commitMessage,
  });
  await setBranch(context, steps, input.branch, commitSha);
  const pull = await openOrUpdate(context, steps, input);
  if (input.labels && input.labels.length > 0) {
    const { octokit, owner, repo } = context;
    const labels = input.labels;
    await ensureLabels(context, steps, labels);
    await steps.step(`labels not added to PR #${pull.number}`, () =>
      octokit.rest.issues.addLabels({
        owner,
        repo,
        issue_number: pull.number,
        labels: labels.map((l) => l.name),
      }),
    );
  }
  return { ...pull, branch: input.branch, commitSha };
}

async function openOrUpdate(
  context: RepoContext,
  steps: Progress,
  input: ProposeChangesInput,
): Promise<{ number: number; url: string; created: boolean }> {
  const { octokit, owner, repo } = context;
  const update = async (number: number) => {
    const { data } = await steps.step(
      `PR #${number} not updated`,
      () =>
        octokit.rest.pulls.update({
          owner,
          repo,
          pull_number: number,
          title: input.title,
          body: input.body,
          base: input.base.branch,
        }),
      () => `PR #${number} updated`,
    );
    return { number: data.number, url: data.html_url, created: false };
  };
  const existing = await steps.step('PR not opened (could not list open pull requests)', () =>
    findOpenPull(context, input.branch),
  );
  if (existing !== undefined) return update(existing);
  const opened = await steps.step(
    'PR not opened',
    () =>
      octokit.rest.pulls
        .create({
          owner,
          repo,
          head: input.branch,
          base: input.base.branch,
          title: input.title,
          body: input.body,
        })
        .then(
          ({ data }) => ({ number: data.number, url: data.html_url, created: true }),
          (error: unknown) => {
            // "A pull request already exists for owner:branch": opened since we looked.
            if (statusOf(error) === 422 && /already exists/i.test(failureDetails(error, '').githubMessage)) {
              return undefined;
            }
            throw error;
          },
        ),
    (made) => (made ? `PR #${made.number} opened` : undefined),
  );
  if (opened) return opened;
  const raced = await steps.step('PR not opened (GitHub says one exists, but it is not listed)', async () => {
    const number = await findOpenPull(context, input.branch);
    if (number === undefined) throw new Error(`no open pull request from ${input.branch} after a 422`);
    return number;
  });
  return update(raced);
}

/**
 * The open pull request from `branch` of this repository. The `head` filter needs `owner:branch`
 * (GitHub ignores a bare branch name and lists every pull request), and the answer is checked too.
 */
async function findOpenPull(context: RepoContext, branch: string): Promise<number | undefined> {
  const { octokit, owner, repo } = context;
  const pulls = await octokit.paginate(octokit.rest.pulls.list, {
    owner,
    repo,
    state: 'open',
    head: `${owner}:${branch}`,
    per_page: 100,
  });
  const fullName = `${owner}/${repo}`.toLowerCase();
  return pulls.find(
    (pull) => pull.head.ref === branch && pull.head.repo?.full_name.toLowerCase() === fullName,
  )?.number;
}
