import {
  DEFAULT_RATE_LIMIT_POLICY,
  decideRateLimitWait,
  isRetriedStatus,
  retryDelaySeconds,
  retryLine,
} from '../../../src/github/waits.js';

const policy = { maxRetries: 2, maxWaitSeconds: 120 };

describe('what plugin-retry repeats', () => {
  test.each([500, 502, 503, 504])('GitHub failing to answer (%i) is retried', (status) => {
    expect(isRetriedStatus(status)).toBe(true);
  });

  test.each([400, 401, 403, 404, 409, 422, 429])(
    '%i is final for plugin-retry (rate limits belong to plugin-throttling)',
    (status) => {
      expect(isRetriedStatus(status)).toBe(false);
    },
  );

  test('the delay grows as the square of the retry number', () => {
    expect([1, 2, 3].map(retryDelaySeconds)).toEqual([1, 4, 9]);
  });

  test('the retry line says how long the job waits and how many retries are left', () => {
    expect(retryLine('GitHub answered 502 to GET /x', 0, 3)).toBe(
      'GitHub answered 502 to GET /x; waiting 1 s before retry 1 of 3.',
    );
    expect(retryLine('GitHub answered 502 to GET /x', 1, 3, 1)).toBe(
      'GitHub answered 502 to GET /x; waiting 4 ms before retry 2 of 3.',
    );
    expect(retryLine('GitHub answered 502 to GET /x', 3, 3)).toBe(
      'GitHub answered 502 to GET /x; giving up after 3 retries.',
    );
  });
});

describe('rate limits: bounded waits', () => {
  test('a secondary rate limit is waited out for as long as GitHub asks, and said so', () => {
    expect(decideRateLimitWait('secondary', 60, 0, 'POST /repos/o/r/issues', policy)).toEqual({
      retry: true,
      line: 'GitHub secondary rate limit on POST /repos/o/r/issues; waiting 60 s before retry 1 of 2.',
    });
  });

  test('a wait longer than the bound fails the request instead of stalling the job', () => {
    const decision = decideRateLimitWait('primary', 3000, 0, 'GET /x', policy);
    expect(decision.retry).toBe(false);
    expect(decision.line).toContain('not waiting 3000 s (more than 120 s)');
  });

  test('retries stop after the policy allows', () => {
    expect(decideRateLimitWait('secondary', 1, 2, 'GET /x', policy)).toEqual({
      retry: false,
      line: 'GitHub secondary rate limit on GET /x; giving up after 2 retries.',
    });
  });

  test('the default policy waits at most two minutes, twice', () => {
    expect(DEFAULT_RATE_LIMIT_POLICY).toEqual({ maxRetries: 2, maxWaitSeconds: 120 });
  });
});
