/**
 * Which repository a run belongs to, and the link to the run, from what the runner says of it
 * (@actions/github's context, read once by the action's shell). Pure.
 */

export interface Repository {
  owner: string;
  repo: string;
}

export class GitHubEnvironmentError extends Error {}

/** `owner/name` → its parts; throws when it is not that shape. */
export function parseRepository(value: string | undefined): Repository {
  const match = /^([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)\/([A-Za-z0-9._-]+)$/.exec((value ?? '').trim());
  if (!match || match[2] === '.' || match[2] === '..') {
    throw new GitHubEnvironmentError(
      `GITHUB_REPOSITORY must be owner/name; got ${JSON.stringify(value ?? '')}. The runner sets it; outside Actions, set it yourself.`,
    );
  }
  return { owner: match[1] as string, repo: match[2] as string };
}

/** What a link to a workflow run needs. */
export interface RunCoordinates {
  serverUrl: string;
  repository?: Repository;
  runId?: number;
  runAttempt?: number;
}

/**
 * The link to this workflow run (and attempt, when it is a re-run), for reports, PR bodies and
 * issues; undefined outside Actions.
 */
export function workflowRunUrl(run: RunCoordinates): string | undefined {
  if (!run.repository || run.runId === undefined) return undefined;
  const server = run.serverUrl.trim().replace(/\/+$/, '');
  const { owner, repo } = run.repository;
  const suffix = run.runAttempt !== undefined && run.runAttempt > 1 ? `/attempts/${run.runAttempt}` : '';
  return `${server}/${owner}/${repo}/actions/runs/${run.runId}${suffix}`;
}
