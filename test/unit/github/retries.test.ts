import { createOctokit, GitHubError } from '../../../src/github/index.js';
import { fakeClientOptions, fakeGateway } from '../../support/github-fake/client-options.js';
import { startGitHubFake, type GitHubFake } from '../../support/github-fake/index.js';
import { useGitHubFake } from '../../support/github-fake/jest.js';

const github = useGitHubFake();

function prWithComment(): number {
  github().commit('main', { a: '1' });
  return github().openPullRequest({ head: 'feature', files: { a: '2' } });
}

const statuses = (fake: GitHubFake, operationId: string) =>
  fake.requests.filter((r) => r.operationId === operationId).map((r) => r.status);

describe('GitHub failing to answer (5xx)', () => {
  test('a read is retried until GitHub answers, and each wait is logged', async () => {
    const number = prWithComment();
    github().failNext({ kind: 'status', status: 502 }, { operationId: 'issues/list-comments', times: 2 });
    const { gateway, lines } = fakeGateway(github());

    await gateway.upsertStickyComment({ issueNumber: number, key: 'review', markdown: 'x' });

    expect(statuses(github(), 'issues/list-comments')).toEqual([502, 502, 200]);
    expect(lines.slice(0, 2)).toEqual([
      `GitHub answered 502 to GET /repos/acme/pipelines/issues/${number}/comments?per_page=100; waiting 1 ms before retry 1 of 3.`,
      `GitHub answered 502 to GET /repos/acme/pipelines/issues/${number}/comments?per_page=100; waiting 4 ms before retry 2 of 3.`,
    ]);
  });

  test('after the last retry the failure is reported with what was not done', async () => {
    const number = prWithComment();
    github().failNext({ kind: 'status', status: 503 }, { operationId: 'issues/list-comments', times: 4 });
    const { gateway, lines } = fakeGateway(github());

    await expect(
      gateway.upsertStickyComment({ issueNumber: number, key: 'review', markdown: 'x' }),
    ).rejects.toThrow(
      `comment on #${number} not written (could not list comments): HTTP 503 Service Unavailable`,
    );
    expect(statuses(github(), 'issues/list-comments')).toEqual([503, 503, 503, 503]);
    expect(lines.at(-1)).toContain('giving up after 3 retries');
  });

  test('a 4xx is not retried', async () => {
    github().failNext(
      { kind: 'status', status: 422, message: 'Validation Failed' },
      { operationId: 'git/create-blob' },
    );
    const octokit = createOctokit(fakeClientOptions(github()));

    await expect(
      octokit.rest.git.createBlob({ owner: 'acme', repo: 'pipelines', content: 'x' }),
    ).rejects.toMatchObject({
      status: 422,
    });
    expect(statuses(github(), 'git/create-blob')).toEqual([422]);
  });
});

describe('rate limits', () => {
  test('a secondary rate limit is waited out as GitHub asks (retry-after), and the wait is logged', async () => {
    const number = prWithComment();
    github().failNext(
      { kind: 'secondary-rate-limit', retryAfterSeconds: 7 },
      { operationId: 'issues/create-comment' },
    );
    const { gateway, lines } = fakeGateway(github());

    const result = await gateway.upsertStickyComment({ issueNumber: number, key: 'review', markdown: 'x' });

    expect(result.created).toBe(true);
    expect(statuses(github(), 'issues/create-comment')).toEqual([403, 201]);
    expect(github().comments(number)).toHaveLength(1);
    expect(lines).toContain(
      `GitHub secondary rate limit on POST /repos/acme/pipelines/issues/${number}/comments; waiting 7 ms before retry 1 of 2.`,
    );
  });

  test('a primary rate limit is waited out until the reset, and the wait is logged', async () => {
    github().failNext(
      { kind: 'primary-rate-limit', resetInSeconds: 2 },
      { operationId: 'repos/get-content' },
    );
    github().commit('main', { 'supervisors/a.json': '{}' });
    const { gateway, lines } = fakeGateway(github());

    const file = await gateway.readFile('main', 'supervisors/a.json');

    expect(file?.path).toBe('supervisors/a.json');
    expect(statuses(github(), 'repos/get-content')).toEqual([403, 200]);
    expect(
      lines.some((line) =>
        /^GitHub primary rate limit on GET .*; waiting \d ms before retry 1 of 2\.$/.test(line),
      ),
    ).toBe(true);
  });

  test("a wait beyond the bound is not taken: the request fails with GitHub's message", async () => {
    github().failNext(
      { kind: 'secondary-rate-limit', retryAfterSeconds: 3600 },
      { operationId: 'repos/get-content' },
    );
    const { gateway, lines } = fakeGateway(github());

    const error = await gateway.readFile('main', 'a.json').catch((e: unknown) => e);

    expect(error).toBeInstanceOf(GitHubError);
    expect((error as GitHubError).message).toContain('HTTP 403 You have exceeded a secondary rate limit');
    expect(lines[0]).toContain('not waiting 3600 s (more than 120 s)');
    expect(statuses(github(), 'repos/get-content')).toEqual([403]);
  });

  test('repeated limits stop after the retries the policy allows', async () => {
    github().failNext(
      { kind: 'secondary-rate-limit', retryAfterSeconds: 1 },
      { operationId: 'repos/get-content', times: 5 },
    );
    const { gateway } = fakeGateway(github());

    await expect(gateway.readFile('main', 'a.json')).rejects.toThrow('secondary rate limit');
    expect(statuses(github(), 'repos/get-content')).toEqual([403, 403, 403]);
  });
});

describe('the client', () => {
  test('a custom fetch carries every request, with the token and the tool in the headers', async () => {
    const seen: Request[] = [];
    const recording: typeof fetch = (input, init) => {
      seen.push(new Request(input, init));
      return fetch(input, init);
    };
    const octokit = createOctokit(fakeClientOptions(github(), { fetch: recording }));

    await octokit.rest.issues
      .getLabel({ owner: 'acme', repo: 'pipelines', name: 'x' })
      .catch(() => undefined);

    expect(seen).toHaveLength(1);
    expect(seen[0]?.headers.get('authorization')).toBe(`token ${github().token}`);
    expect(seen[0]?.headers.get('user-agent')).toMatch(/^druid-gitops\/\d+\.\d+\.\d+ /);
  });

  test('log lines never carry the token', async () => {
    github().failNext({ kind: 'status', status: 500, message: `boom ${github().token}` }, { times: 2 });
    const { gateway, lines } = fakeGateway(github());

    await gateway.readFile('main', 'a.json');

    expect(lines.length).toBeGreaterThan(0);
    expect(lines.join('\n')).not.toContain(github().token);
  });
});

describe('GitHub Enterprise Server', () => {
  test('GITHUB_API_URL with a path (/api/v3) is the root of every request, pagination included', async () => {
    const ghes = await startGitHubFake({ pathPrefix: '/api/v3' });
    try {
      ghes.commit('main', { a: '1' });
      const number = ghes.openPullRequest({ head: 'f', files: { a: '2' } });
      ghes.addComments(number, 120);
      const { gateway } = fakeGateway(ghes);
      expect(ghes.url).toMatch(/\/api\/v3$/);

      await gateway.upsertStickyComment({ issueNumber: number, key: 'review', markdown: 'x' });

      // GET /user (403 for GITHUB_TOKEN), two pages of comments, the new comment.
      expect(ghes.requests.map((r) => r.status)).toEqual([403, 200, 200, 201]);
      ghes.assertNoViolations();
    } finally {
      await ghes.close();
    }
  });
});
