/** Which pull requests a commit belongs to: the deploy links back to the change it applies. */
import { progress, type RepoContext } from './context.js';

export interface PullRequestRef {
  number: number;
  url: string;
  merged: boolean;
}

export async function pullRequestsForCommit(context: RepoContext, sha: string): Promise<PullRequestRef[]> {
  const { octokit, owner, repo } = context;
  const pulls = await progress(context).step(`pull requests of ${sha.slice(0, 7)} not listed`, () =>
    octokit.paginate(octokit.rest.repos.listPullRequestsAssociatedWithCommit, {
      owner,
      repo,
      commit_sha: sha,
      per_page: 100,
    }),
  );
  return pulls.map((pull) => ({ number: pull.number, url: pull.html_url, merged: pull.merged_at !== null }));
}
