/**
 * Where GitHub is and which repository this run belongs to, from the variables the runner sets
 * (GITHUB_API_URL, GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_RUN_ID, GITHUB_RUN_ATTEMPT).
 * Pure: the environment is a parameter.
 */

type Env = Readonly<Record<string, string | undefined>>;

export interface Repository {
  owner: string;
  repo: string;
}

export class GitHubEnvironmentError extends Error {}

const DEFAULT_API_URL = 'https://api.github.com';
const DEFAULT_SERVER_URL = 'https://github.com';

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

/** The REST API root, without a trailing slash. */
export function apiUrlFrom(env: Env): string {
  return (env.GITHUB_API_URL?.trim() || DEFAULT_API_URL).replace(/\/+$/, '');
}

/**
 * The link to this workflow run (and attempt, when it is a re-run), for reports, PR bodies and
 * issues; undefined outside Actions.
 */
export function workflowRunUrl(env: Env): string | undefined {
  const server = (env.GITHUB_SERVER_URL?.trim() || DEFAULT_SERVER_URL).replace(/\/+$/, '');
  const repository = env.GITHUB_REPOSITORY?.trim();
  const runId = env.GITHUB_RUN_ID?.trim();
  if (!repository || !runId || !/^\d+$/.test(runId)) return undefined;
  const { owner, repo } = parseRepository(repository);
  const attempt = env.GITHUB_RUN_ATTEMPT?.trim();
  const suffix = attempt && /^\d+$/.test(attempt) && attempt !== '1' ? `/attempts/${attempt}` : '';
  return `${server}/${owner}/${repo}/actions/runs/${runId}${suffix}`;
}
