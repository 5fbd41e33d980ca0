import { failureDetails, GitHubError, Progress, scrub } from '../../../src/github/errors.js';

const TOKEN = 'ghs_abcdefghijklmnopqrstuvwxyz0123456789';

function octokitError(status: number, data: unknown, url = 'https://api.github.com/repos/o/r/pulls'): Error {
  return Object.assign(new Error('HttpError'), {
    status,
    request: { method: 'POST', url, headers: { authorization: 'token [REDACTED]' } },
    response: { status, data, headers: {} },
  });
}

describe('GitHubError', () => {
  test('says what was done, what was not, and what GitHub answered', async () => {
    const steps = new Progress('https://api.github.com', () => [TOKEN]);
    await steps.step(
      'commit not made',
      async () => 'abc',
      () => 'commit abc1234 made',
    );
    steps.note('branch druid-gitops/rollback/1 created');
    const failing = steps.step('PR not opened', () =>
      Promise.reject(
        octokitError(422, {
          message: 'Validation Failed',
          errors: [{ resource: 'PullRequest', field: 'base', code: 'invalid' }],
          documentation_url: 'https://docs.github.com/rest',
        }),
      ),
    );
    await expect(failing).rejects.toThrow(
      'commit abc1234 made, branch druid-gitops/rollback/1 created; PR not opened: HTTP 422 Validation Failed (PullRequest base invalid) (POST /repos/o/r/pulls)',
    );
    const error = (await failing.catch((e: unknown) => e)) as GitHubError;
    expect(error).toBeInstanceOf(GitHubError);
    expect(error.done).toEqual(['commit abc1234 made', 'branch druid-gitops/rollback/1 created']);
    expect(error.status).toBe(422);
  });

  test('a request that never reached GitHub says so, with no status', () => {
    const lost = Object.assign(new Error('fetch failed'), {
      status: 500,
      request: { method: 'GET', url: 'https://api.github.com/repos/o/r' },
    });
    const error = new GitHubError('repository not read', [], detailsOf(lost), []);
    expect(error.message).toBe('repository not read: no answer: fetch failed (GET /repos/o/r)');
    expect(error.status).toBeUndefined();
  });

  test('the token never appears, wherever GitHub or the network put it', () => {
    const echoed = octokitError(
      401,
      { message: `Bad credentials for ${TOKEN}` },
      `https://api.github.com/x?t=${TOKEN}`,
    );
    const error = new GitHubError('not done', [], detailsOf(echoed), [TOKEN]);
    expect(error.message).not.toContain(TOKEN);
    expect(error.message).toContain('[REDACTED]');
  });

  test('anything shaped like a GitHub token is scrubbed even when not known as a secret', () => {
    expect(
      scrub('x ghp_0123456789abcdefghijABCDEFGHIJ0123 and github_pat_11AAAA_bbbbbbbbbbbbbbbbbbbbbb y', []),
    ).toBe('x [REDACTED] and [REDACTED] y');
  });
});

const detailsOf = (error: unknown) => failureDetails(error, 'https://api.github.com');
