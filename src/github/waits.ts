/**
 * When the GitHub client waits, and what it says when it does. Pure, so each rule is a unit test.
 *
 * Two plugins wait on our behalf (as in peter-evans/create-pull-request):
 * - @octokit/plugin-retry repeats a request GitHub failed to answer (5xx, network error) after
 *   (retry number)² seconds. Every 4xx is final here, including 403 and 429: those are rate limits
 *   and belong to the throttling plugin, which reads GitHub's own timing headers.
 * - @octokit/plugin-throttling calls `decideRateLimitWait` when GitHub says a rate limit is hit.
 *   A secondary limit says how long to wait (`retry-after`); a primary limit says when the hourly
 *   quota resets. A job waits only a bounded time: an hour-long wait in CI is a failure, so beyond
 *   `maxWaitSeconds` the request fails with GitHub's message instead.
 */

/** 4xx statuses plugin-retry must not repeat (it repeats any other status >= 400). */
export const FINAL_STATUSES = [400, 401, 403, 404, 405, 409, 410, 413, 415, 422, 429, 451];

export function isRetriedStatus(status: number): boolean {
  return status >= 400 && !FINAL_STATUSES.includes(status);
}

/** plugin-retry's delay before retry number `retry` (1-based), in seconds. */
export function retryDelaySeconds(retry: number): number {
  return retry * retry;
}

export interface RateLimitPolicy {
  /** Retries of one request after rate-limit answers. */
  maxRetries: number;
  /** The longest single wait the job accepts. */
  maxWaitSeconds: number;
}

export const DEFAULT_RATE_LIMIT_POLICY: RateLimitPolicy = { maxRetries: 2, maxWaitSeconds: 120 };

export type RateLimitKind = 'primary' | 'secondary';

export interface RateLimitWait {
  retry: boolean;
  /** One log line saying what happens next. */
  line: string;
}

/**
 * `waitSeconds` is what GitHub asked for; `unitMs` the milliseconds the plugins wait per second
 * (1000, except in tests), so the line states the wait that really happens.
 */
export function decideRateLimitWait(
  kind: RateLimitKind,
  waitSeconds: number,
  retriesSoFar: number,
  request: string,
  policy: RateLimitPolicy,
  unitMs = 1000,
): RateLimitWait {
  const what = `GitHub ${kind} rate limit on ${request}`;
  if (retriesSoFar >= policy.maxRetries) {
    return { retry: false, line: `${what}; giving up after ${retriesSoFar} retries.` };
  }
  if (waitSeconds > policy.maxWaitSeconds) {
    return {
      retry: false,
      line: `${what}; not waiting ${waitSeconds} s (more than ${policy.maxWaitSeconds} s), the request fails.`,
    };
  }
  return {
    retry: true,
    line: `${what}; waiting ${duration(waitSeconds * unitMs)} before retry ${retriesSoFar + 1} of ${policy.maxRetries}.`,
  };
}

/** The line logged when a request failed (`failure` says how) and plugin-retry may repeat it. */
export function retryLine(failure: string, retriesSoFar: number, maxRetries: number, unitMs = 1000): string {
  if (retriesSoFar >= maxRetries) return `${failure}; giving up after ${retriesSoFar} retries.`;
  const retry = retriesSoFar + 1;
  return `${failure}; waiting ${duration(retryDelaySeconds(retry) * unitMs)} before retry ${retry} of ${maxRetries}.`;
}

function duration(ms: number): string {
  return ms >= 1000 ? `${ms / 1000} s` : `${ms} ms`;
}
