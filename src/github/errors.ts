/**
 * What went wrong talking to GitHub, said so that a report can be acted on: which request, what
 * GitHub answered, and for a multi-step change what was done before the failure and what was not
 * ("branch druid-gitops/rollback/x created, commit 1a2b3c4 made; PR not opened: HTTP 422 ...").
 *
 * Tokens never reach a message: Octokit redacts the Authorization header of its errors, and every
 * text built here also goes through `scrub` (the caller's secrets plus anything shaped like a
 * GitHub token), because GitHub error bodies and network errors are free text.
 */
import { REDACTED, redactText } from '../common/redact.js';

export interface GitHubRequestLabel {
  method: string;
  /** Path and query relative to the API root, e.g. `/repos/o/r/pulls?state=open`. */
  path: string;
}

// Personal, OAuth, user-to-server, server-to-server and refresh tokens, and fine-grained PATs.
const TOKEN_SHAPE = /\b(?:gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,})\b/g;

export function scrub(text: string, secrets: Iterable<string>): string {
  return redactText(text, secrets).replace(TOKEN_SHAPE, REDACTED);
}

export interface FailureDetails {
  status: number | undefined;
  request: GitHubRequestLabel | undefined;
  /** GitHub's `message`, with its `errors[]` spelled out; or the network error's text. */
  githubMessage: string;
}

/**
 * The shape of @octokit/request's RequestError (checked by shape: the class lives in a package this
 * project does not depend on directly, as plugin-retry checks it too).
 */
interface OctokitFailure {
  message: string;
  status: number;
  request: { method: string; url: string };
  response?: { data?: unknown };
}

function isOctokitFailure(error: unknown): error is OctokitFailure {
  if (!(error instanceof Error)) return false;
  const candidate = error as Partial<OctokitFailure>;
  return (
    typeof candidate.status === 'number' &&
    typeof candidate.request?.method === 'string' &&
    typeof candidate.request.url === 'string'
  );
}

export function failureDetails(error: unknown, baseUrl: string): FailureDetails {
  if (error instanceof GitHubError) {
    return { status: error.status, request: error.request, githubMessage: error.githubMessage };
  }
  if (isOctokitFailure(error)) {
    const method = error.request.method;
    const url = error.request.url;
    const path = url.startsWith(baseUrl) ? url.slice(baseUrl.length) : new URL(url).pathname;
    // @octokit/request turns a failed fetch into status 500 without a response.
    const reached = error.response !== undefined;
    return {
      status: reached ? error.status : undefined,
      request: { method, path: path || '/' },
      githubMessage: reached ? messageOf(error.response?.data, error.message) : `no answer: ${error.message}`,
    };
  }
  return {
    status: undefined,
    request: undefined,
    githubMessage: String(error instanceof Error ? error.message : error),
  };
}

/** GitHub's error body: `{message, errors: [{resource, field, code, message}], documentation_url}`. */
function messageOf(data: unknown, fallback: string): string {
  if (typeof data === 'string') return data.trim().slice(0, 500) || fallback;
  if (typeof data !== 'object' || data === null || !('message' in data)) return fallback;
  const body = data as { message?: unknown; errors?: unknown };
  const parts = Array.isArray(body.errors) ? body.errors.map(describeErrorEntry).filter(Boolean) : [];
  const message = String(body.message);
  return parts.length > 0 ? `${message} (${parts.join('; ')})` : message;
}

function describeErrorEntry(entry: unknown): string {
  if (typeof entry === 'string') return entry;
  if (typeof entry !== 'object' || entry === null) return '';
  const { resource, field, code, message } = entry as Record<string, unknown>;
  if (typeof message === 'string' && message) return message;
  return [resource, field, code].filter((part) => typeof part === 'string' && part).join(' ');
}

export class GitHubError extends Error {
  readonly status: number | undefined;
  readonly request: GitHubRequestLabel | undefined;
  readonly githubMessage: string;
  /** Steps completed before the failure, in order, as the report should list them. */
  readonly done: readonly string[];
  /** The step that failed, phrased as not done ("PR not opened"). */
  readonly notDone: string;

  constructor(notDone: string, done: readonly string[], details: FailureDetails, secrets: Iterable<string>) {
    const list = [...secrets];
    const said = scrub(details.githubMessage, list);
    const code = details.status === undefined ? '' : `HTTP ${details.status} `;
    const where = details.request ? ` (${details.request.method} ${scrub(details.request.path, list)})` : '';
    const prefix = done.length > 0 ? `${done.join(', ')}; ` : '';
    super(`${prefix}${notDone}: ${code}${said}${where}`);
    this.name = 'GitHubError';
    this.status = details.status;
    this.request = details.request && { ...details.request, path: scrub(details.request.path, list) };
    this.githubMessage = said;
    this.done = [...done];
    this.notDone = notDone;
  }
}

/**
 * The steps of one change against GitHub. `step` runs one, and turns its failure into a
 * GitHubError listing what the earlier steps did.
 */
export class Progress {
  private readonly done: string[] = [];

  constructor(
    private readonly baseUrl: string,
    private readonly secrets: () => Iterable<string>,
  ) {}

  async step<T>(notDone: string, run: () => Promise<T>, done?: (value: T) => string | undefined): Promise<T> {
    let value: T;
    try {
      value = await run();
    } catch (error) {
      throw new GitHubError(notDone, this.done, failureDetails(error, this.baseUrl), this.secrets());
    }
    const line = done?.(value);
    if (line) this.done.push(line);
    return value;
  }

  /** Records something the caller did (or found already done) without a request. */
  note(line: string): void {
    this.done.push(line);
  }
}

/** The HTTP status GitHub answered with; undefined when no answer came (network error). */
export function statusOf(error: unknown): number | undefined {
  if (error instanceof GitHubError) return error.status;
  return isOctokitFailure(error) && error.response !== undefined ? error.status : undefined;
}
