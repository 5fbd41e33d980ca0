/**
 * Whether to repeat a failed Druid request, and after how long. Pure, so every rule below is a
 * unit test without a server.
 *
 * Only transient failures are retried, and only where repeating is safe:
 *
 * | failure                                          | repeatable call | once-only call |
 * |--------------------------------------------------|-----------------|----------------|
 * | connection refused, host unreachable, DNS retry, |                 |                |
 * |   connect timeout (nothing was sent)             | retry           | retry          |
 * | 429 Too Many Requests                            | retry           | retry          |
 * | 503 (not leader, no leader known, not ready)     | retry           | retry          |
 * | 502 / 504 from a proxy (upstream may have acted) | retry           | no             |
 * | connection reset or closed after sending         | retry           | no             |
 * | no answer within the request timeout             | retry           | no             |
 * | anything else (400, 401, 403, 404, 500, TLS, …)  | no              | no             |
 *
 * Repeatable: every GET; suspend and resume (a repeat answers "already …", which the client
 * reports as success); suspendAll / resumeAll (they skip supervisors already in that state);
 * Coordinator rule and compaction-config POSTs (they store the same body again); create/update
 * with `skipRestartIfUnmodified=true` (on Druid 33+ a repeat of an applied spec is a no-op).
 *
 * Once-only: create/update without that flag (every POST restarts the supervisor's tasks, even
 * with an identical spec); reset, resetOffsets, terminate, terminateAll, taskGroups/handoff.
 * These are repeated only when the failure proves Druid never processed the request.
 *
 * Delays: exponential backoff with full jitter (a random delay between 0 and
 * min(maxDelayMs, baseDelayMs·2^(attempt−1))), or exactly what `Retry-After` asks for. Retrying
 * stops after `maxAttempts`, or when the next wait would end past `maxTotalMs` since the first
 * attempt began.
 */
import { DruidTransientError, type DruidError } from './errors.js';

export type Repeatability = 'repeatable' | 'once-only';

export interface RetryPolicy {
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** Bound on the time spent retrying: no retry is scheduled to start after this. */
  maxTotalMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 6,
  baseDelayMs: 500,
  maxDelayMs: 10_000,
  // Long enough to ride out an Overlord leader election (tens of seconds).
  maxTotalMs: 60_000,
};

export interface RetryInput {
  error: DruidError;
  repeatability: Repeatability;
  /** Attempts made so far, including the one that just failed (1 after the first failure). */
  attempt: number;
  /** Milliseconds since the first attempt began. */
  elapsedMs: number;
  policy: RetryPolicy;
  /** Uniform in [0, 1); injectable so tests are deterministic. */
  random?: () => number;
  /** The current time in epoch milliseconds, for `Retry-After` HTTP dates. */
  nowMs?: number;
}

export type RetryDecision =
  | { retry: true; delayMs: number }
  /** `outOfTime`: stopped because the retry budget is spent, not because retrying is unsafe. */
  | { retry: false; reason: string; outOfTime?: true };

export function retryDecision(input: RetryInput): RetryDecision {
  const { error, repeatability, attempt, elapsedMs, policy } = input;
  if (!(error instanceof DruidTransientError)) {
    return { retry: false, reason: `${error.kind} is not a transient failure` };
  }
  if (repeatability === 'once-only' && error.processed !== 'no') {
    return { retry: false, reason: 'Druid may have processed the request, and repeating it is not safe' };
  }
  if (attempt >= policy.maxAttempts)
    return { retry: false, reason: `the limit of ${policy.maxAttempts} attempts` };
  const retryAfterMs = parseRetryAfter(error.retryAfter, input.nowMs ?? Date.now());
  const delayMs = retryAfterMs ?? backoffDelay(attempt, policy, input.random ?? Math.random);
  if (elapsedMs + delayMs > policy.maxTotalMs) {
    return {
      retry: false,
      reason: `waiting ${delayMs} ms more would exceed the ${policy.maxTotalMs} ms retry budget`,
      outOfTime: true,
    };
  }
  return { retry: true, delayMs };
}

/** Full jitter: uniform between 0 and the capped exponential ceiling for this attempt. */
export function backoffDelay(attempt: number, policy: RetryPolicy, random: () => number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.floor(random() * ceiling);
}

/** `Retry-After` as milliseconds to wait: delta-seconds or an HTTP date; undefined if unusable. */
export function parseRetryAfter(value: string | undefined, nowMs: number): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // An HTTP date names a weekday and month; this also keeps Date.parse from reading "-5" as a year.
  if (!/[a-z]/i.test(text)) return undefined;
  const date = Date.parse(text);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - nowMs);
}
