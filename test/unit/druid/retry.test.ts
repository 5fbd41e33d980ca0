import { classifyResponse, classifyTransportFailure } from '../../../src/druid/classify.js';
import type { DruidError } from '../../../src/druid/errors.js';
import {
  backoffDelay,
  parseRetryAfter,
  retryDecision,
  type Repeatability,
  type RetryPolicy,
} from '../../../src/druid/retry.js';

const policy: RetryPolicy = { maxAttempts: 5, baseDelayMs: 100, maxDelayMs: 1_000, maxTotalMs: 10_000 };
const request = { method: 'POST', path: '/druid/indexer/v1/supervisor' };
const status = (code: number, retryAfter?: string) =>
  classifyResponse(request, { status: code, text: '', retryAfter });
const transport = (code: string) => {
  const failure = Object.assign(new Error(code), { code });
  return classifyTransportFailure(request, failure, undefined, (text) => text);
};
const timeout = () => classifyTransportFailure(request, new Error('aborted'), 100, (text) => text);

function decide(error: DruidError, repeatability: Repeatability, attempt = 1, elapsedMs = 0) {
  return retryDecision({ error, repeatability, attempt, elapsedMs, policy, random: () => 0.5, nowMs: 0 });
}

describe('retryDecision', () => {
  test.each([
    ['503', () => status(503)],
    ['429', () => status(429)],
    ['502', () => status(502)],
    ['504', () => status(504)],
    ['connection refused', () => transport('ECONNREFUSED')],
    ['connection reset', () => transport('ECONNRESET')],
    ['socket closed', () => transport('UND_ERR_SOCKET')],
    ['timeout', timeout],
  ])('a repeatable call is retried on %s', (_name, error) => {
    expect(decide(error(), 'repeatable')).toEqual({ retry: true, delayMs: 50 });
  });

  test.each([
    ['503 (not leader, not ready)', () => status(503)],
    ['429', () => status(429)],
    ['connection refused', () => transport('ECONNREFUSED')],
    ['connect timeout', () => transport('UND_ERR_CONNECT_TIMEOUT')],
    ['host unreachable', () => transport('EHOSTUNREACH')],
  ])('a once-only write is retried on %s, which proves Druid never processed it', (_name, error) => {
    expect(decide(error(), 'once-only').retry).toBe(true);
  });

  test.each([
    ['502', () => status(502)],
    ['504', () => status(504)],
    ['connection reset after sending', () => transport('ECONNRESET')],
    ['socket closed', () => transport('UND_ERR_SOCKET')],
    ['headers timeout', () => transport('UND_ERR_HEADERS_TIMEOUT')],
    ['request timeout', timeout],
  ])('a once-only write is not retried on %s: Druid may have acted', (_name, error) => {
    expect(decide(error(), 'once-only')).toEqual({
      retry: false,
      reason: 'Druid may have processed the request, and repeating it is not safe',
    });
  });

  test.each([400, 401, 403, 404, 409, 415, 500])('nothing is retried on %i', (code) => {
    expect(decide(status(code), 'repeatable').retry).toBe(false);
    expect(decide(status(code), 'once-only').retry).toBe(false);
  });

  test('TLS failures and unknown hosts are not retried', () => {
    expect(decide(transport('DEPTH_ZERO_SELF_SIGNED_CERT'), 'repeatable').retry).toBe(false);
    expect(decide(transport('ENOTFOUND'), 'repeatable').retry).toBe(false);
  });

  test('retrying stops at the attempt limit', () => {
    expect(decide(status(503), 'repeatable', 4).retry).toBe(true);
    expect(decide(status(503), 'repeatable', 5)).toEqual({ retry: false, reason: 'the limit of 5 attempts' });
  });

  test('retrying stops when the next wait would end past the time budget', () => {
    expect(decide(status(503), 'repeatable', 1, 9_950).retry).toBe(true);
    expect(decide(status(503), 'repeatable', 1, 9_951)).toEqual({
      retry: false,
      reason: 'waiting 50 ms more would exceed the 10000 ms retry budget',
      outOfTime: true,
    });
  });

  test('Retry-After in seconds is waited exactly, even beyond the backoff cap', () => {
    expect(decide(status(503, '3'), 'repeatable')).toEqual({ retry: true, delayMs: 3_000 });
    expect(decide(status(429, '2'), 'once-only')).toEqual({ retry: true, delayMs: 2_000 });
  });

  test('Retry-After as an HTTP date waits until that time', () => {
    const at = new Date(4_000).toUTCString();
    expect(decide(status(503, at), 'repeatable')).toEqual({ retry: true, delayMs: 4_000 });
  });

  test('a Retry-After beyond the time budget ends retrying', () => {
    expect(decide(status(503, '60'), 'repeatable').retry).toBe(false);
  });
});

describe('backoffDelay (full jitter)', () => {
  test('is uniform between 0 and the exponential ceiling', () => {
    expect(backoffDelay(1, policy, () => 0)).toBe(0);
    expect(backoffDelay(1, policy, () => 0.999)).toBe(99);
    expect(backoffDelay(3, policy, () => 0.5)).toBe(200);
  });

  test('the ceiling is capped at maxDelayMs', () => {
    expect(backoffDelay(20, policy, () => 0.999)).toBe(999);
  });
});

describe('parseRetryAfter', () => {
  test('reads delta-seconds and HTTP dates; a past date means now; junk is ignored', () => {
    expect(parseRetryAfter('120', 0)).toBe(120_000);
    expect(parseRetryAfter(' 0 ', 0)).toBe(0);
    expect(parseRetryAfter('Thu, 01 Jan 1970 00:00:10 GMT', 4_000)).toBe(6_000);
    expect(parseRetryAfter('Thu, 01 Jan 1970 00:00:01 GMT', 4_000)).toBe(0);
    expect(parseRetryAfter('soon', 0)).toBeUndefined();
    expect(parseRetryAfter('-5', 0)).toBeUndefined();
    expect(parseRetryAfter(undefined, 0)).toBeUndefined();
  });
});
