/**
 * The one Octokit the product uses: @actions/github's (REST methods, pagination, the runner's proxy
 * settings) with plugin-retry and plugin-throttling, set up as peter-evans/create-pull-request does, plus a log line whenever a plugin makes the job wait.
 * `baseUrl` is the runner's GITHUB_API_URL (GitHub Enterprise Server included); tests hand in a
 * `fetch`, a fake server's URL, and a small `waitUnitMs` so that waits take milliseconds.
 */
import { retry } from '@octokit/plugin-retry';
import { throttling, type ThrottlingOptions } from '@octokit/plugin-throttling';
import { getOctokit } from '@actions/github';
import { VERSION, TOOL_NAME } from '../common/version.js';
import { failureDetails, scrub } from './errors.js';
import {
  DEFAULT_RATE_LIMIT_POLICY,
  decideRateLimitWait,
  FINAL_STATUSES,
  isRetriedStatus,
  retryLine,
  type RateLimitKind,
  type RateLimitPolicy,
} from './waits.js';

interface GitHubLog {
  /** Waits, retries and give-ups: what a person reading the job log needs. */
  info(line: string): void;
  /** Each request and its answer (Octokit's own request log). */
  debug?(line: string): void;
}

/** Throttling groups that pace requests (plugin-throttling spaces writes 1 s apart, 3 s for writes that notify). */
type PacingGroup = NonNullable<ThrottlingOptions['write']>;

export interface CreateOctokitOptions {
  token: string;
  /** The API root: GITHUB_API_URL (`https://api.github.com`, or `https://host/api/v3` on GHES). */
  baseUrl: string;
  fetch?: typeof globalThis.fetch;
  log?: GitHubLog;
  /** Retries after a 5xx or a network failure. Default 3. */
  retries?: number;
  rateLimit?: Partial<RateLimitPolicy>;
  /** Milliseconds waited per second the plugins compute. Default 1000; tests use 1. */
  waitUnitMs?: number;
  /** Replaces the pacing of writes; tests pass unpaced groups so a flow is not slowed to 1 write/s. */
  pacing?: { write?: PacingGroup; notifications?: PacingGroup };
}

const DEFAULT_RETRIES = 3;

export function createOctokit(options: CreateOctokitOptions): GitHubClient {
  const secrets = [options.token];
  const say = (line: string): void => options.log?.info(scrub(line, secrets));
  const debug = (line: string): void => options.log?.debug?.(scrub(line, secrets));
  const unitMs = options.waitUnitMs ?? 1000;
  const retries = options.retries ?? DEFAULT_RETRIES;
  const policy = { ...DEFAULT_RATE_LIMIT_POLICY, ...options.rateLimit };
  const baseUrl = options.baseUrl.replace(/\/+$/, '');

  type LimitHandler = NonNullable<ThrottlingOptions['onRateLimit']>;
  const onLimit =
    (kind: RateLimitKind): LimitHandler =>
    (waitSeconds, request, octokit, retryCount) => {
      // The options hold the route template; expand it so the line names the real path.
      const { method, url } = octokit.request.endpoint.parse(request);
      const label = `${method} ${url.replace(baseUrl, '')}`;
      const decision = decideRateLimitWait(kind, waitSeconds, retryCount, label, policy, unitMs);
      say(decision.line);
      return decision.retry;
    };

  return getOctokit(
    options.token,
    {
      baseUrl,
      userAgent: `${TOOL_NAME}/${VERSION}`,
      // Only when a test hands one in: an empty request object would drop @actions/github's proxy-aware fetch.
      ...(options.fetch ? { request: { fetch: options.fetch } } : {}),
      // Octokit's request log goes to debug; failures are reported by whoever catches them.
      log: { debug: () => undefined, info: debug, warn: say, error: debug },
      retry: { retries, doNotRetry: FINAL_STATUSES, retryAfterBaseValue: unitMs },
      throttle: {
        onRateLimit: onLimit('primary'),
        onSecondaryRateLimit: onLimit('secondary'),
        retryAfterBaseValue: unitMs,
        ...options.pacing,
      },
    },
    retryLog({ say, retries, unitMs, baseUrl }),
    retry,
    throttling,
  );
}

interface RetryLogOptions {
  say(line: string): void;
  retries: number;
  unitMs: number;
  baseUrl: string;
}

type CorePlugin = (octokit: Parameters<typeof retry>[0]) => void;

/**
 * Logs each failed attempt that plugin-retry will repeat. Applied before plugin-retry, so its error
 * hook is the innermost and sees every attempt, not only the last.
 */
function retryLog(settings: RetryLogOptions): CorePlugin {
  return (octokit) => {
    octokit.hook.error('request', (error, request) => {
      const { status, request: label, githubMessage } = failureDetails(error, settings.baseUrl);
      if (label && (status === undefined || isRetriedStatus(status))) {
        const failure =
          status === undefined
            ? `${label.method} ${label.path} did not reach GitHub (${githubMessage})`
            : `GitHub answered ${status} to ${label.method} ${label.path}`;
        const allowed = request.request?.retries ?? settings.retries;
        settings.say(retryLine(failure, request.request?.retryCount ?? 0, allowed, settings.unitMs));
      }
      throw error;
    });
  };
}

export type GitHubClient = ReturnType<typeof getOctokit>;
