/** What every GitHub operation needs: the client, the repository, and whose writing to trust. */
import { Progress } from './errors.js';
import type { GitHubClient } from './octokit.js';

export interface RepoContext {
  octokit: GitHubClient;
  owner: string;
  repo: string;
  /** The API root the client uses, to shorten request URLs in messages. */
  baseUrl: string;
  /** Values scrubbed from every message (the token). */
  secrets: readonly string[];
  /**
   * Logins (lower case) whose comments and issues this tool may update or read metadata from
   * (identity.ts); looked up once, on first need.
   */
  trustedAuthors(): Promise<ReadonlySet<string>>;
}

export function progress(context: RepoContext): Progress {
  return new Progress(context.baseUrl, () => context.secrets);
}

/** Whether a comment or issue was written by this tool's identity. */
export function isTrusted(trusted: ReadonlySet<string>, user: { login: string } | null | undefined): boolean {
  return user !== null && user !== undefined && trusted.has(user.login.toLowerCase());
}
