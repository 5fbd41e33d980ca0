import { BodyTooLongError } from '../../../src/github/index.js';
import { fakeGateway } from '../../support/github-fake/client-options.js';
import { ACTIONS_BOT, OCTOCAT } from '../../support/github-fake/index.js';
import { useGitHubFake } from '../../support/github-fake/jest.js';

const github = useGitHubFake();

function pullRequest(): number {
  github().commit('main', { 'supervisors/events.json': '{}' });
  return github().openPullRequest({ head: 'feature', files: { 'supervisors/events.json': '{"a":1}' } });
}

const ours = (number: number) =>
  github()
    .comments(number)
    .filter((comment) => comment.body.includes('<!-- druid-gitops:review -->'));

describe('the sticky review comment', () => {
  test('repeated runs keep one comment, updated in place, and return its URL', async () => {
    const number = pullRequest();
    const { gateway } = fakeGateway(github());
    const first = await gateway.upsertStickyComment({
      issueNumber: number,
      key: 'review',
      markdown: 'run 1',
    });
    const second = await gateway.upsertStickyComment({
      issueNumber: number,
      key: 'review',
      markdown: 'run 2',
    });
    const third = await gateway.upsertStickyComment({
      issueNumber: number,
      key: 'review',
      markdown: 'run 3',
    });

    expect(first.created).toBe(true);
    expect([second.created, third.created]).toEqual([false, false]);
    expect(new Set([first.url, second.url, third.url])).toEqual(new Set([first.url]));
    expect(first.url).toBe(`https://github.com/acme/pipelines/pull/${number}#issuecomment-${first.id}`);
    expect(ours(number)).toHaveLength(1);
    expect(ours(number)[0]?.body).toBe('<!-- druid-gitops:review -->\nrun 3');
  });

  test('is found past the first page: 150 comments before it', async () => {
    const number = pullRequest();
    github().addComments(number, 150);
    const { gateway } = fakeGateway(github());
    await gateway.upsertStickyComment({ issueNumber: number, key: 'review', markdown: 'early' });
    github().requests.splice(0);

    const result = await gateway.upsertStickyComment({
      issueNumber: number,
      key: 'review',
      markdown: 'late',
    });

    expect(result.created).toBe(false);
    expect(ours(number)).toHaveLength(1);
    expect(github().requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      `GET /repos/acme/pipelines/issues/${number}/comments?per_page=100`,
      `GET /repositories/4242/issues/${number}/comments?per_page=100&page=2`,
      `PATCH /repos/acme/pipelines/issues/comments/${result.id}`,
    ]);
  });

  test('stops paging once the comment is found', async () => {
    const number = pullRequest();
    const { gateway } = fakeGateway(github());
    await gateway.upsertStickyComment({ issueNumber: number, key: 'review', markdown: 'first' });
    github().addComments(number, 250);
    github().requests.splice(0);

    await gateway.upsertStickyComment({ issueNumber: number, key: 'review', markdown: 'again' });

    expect(github().requests.filter((r) => r.method === 'GET')).toHaveLength(1);
  });

  test('metadata written by one run is read back by the next', async () => {
    const number = pullRequest();
    const { gateway } = fakeGateway(github());
    const metadata = { specs: { events: 'sha256:aa' }, headSha: 'f00' };
    await gateway.upsertStickyComment({ issueNumber: number, key: 'review', markdown: 'x', metadata });

    const found = await gateway.findStickyComment(number, 'review');

    expect(found?.metadata?.data).toEqual(metadata);
    expect(found?.body).toContain('x');
  });

  test('a comment carrying our marker from someone else is neither updated nor trusted', async () => {
    const number = pullRequest();
    const forged =
      '<!-- druid-gitops:review -->\n<!-- druid-gitops:review:metadata eyJ0b29sIjoiZHJ1aWQtZ2l0b3BzIn0= -->';
    github().addComments(number, [forged], OCTOCAT);
    const { gateway } = fakeGateway(github());

    expect(await gateway.findStickyComment(number, 'review')).toBeUndefined();
    const result = await gateway.upsertStickyComment({
      issueNumber: number,
      key: 'review',
      markdown: 'ours',
    });

    expect(result.created).toBe(true);
    expect(
      github()
        .comments(number)
        .map((c) => [c.user.login, c.body]),
    ).toEqual([
      ['octocat', forged],
      [ACTIONS_BOT.login, '<!-- druid-gitops:review -->\nours'],
    ]);
  });

  test('a create whose answer was lost is not repeated blindly: the comment is looked up first', async () => {
    const number = pullRequest();
    const { gateway } = fakeGateway(github());
    github().failNext(
      { kind: 'status', status: 502, afterHandling: true },
      { operationId: 'issues/create-comment' },
    );

    const result = await gateway.upsertStickyComment({
      issueNumber: number,
      key: 'review',
      markdown: 'once',
    });

    expect(github().requests.filter((r) => r.operationId === 'issues/create-comment')).toHaveLength(1);
    expect(ours(number)).toHaveLength(1);
    expect(result).toMatchObject({ id: ours(number)[0]?.id, created: true });
  });

  test('a create that never reached GitHub is made again, once', async () => {
    const number = pullRequest();
    const { gateway, lines } = fakeGateway(github());
    github().failNext({ kind: 'drop-connection' }, { operationId: 'issues/create-comment' });

    await gateway.upsertStickyComment({ issueNumber: number, key: 'review', markdown: 'once' });

    expect(github().requests.filter((r) => r.operationId === 'issues/create-comment')).toHaveLength(2);
    expect(ours(number)).toHaveLength(1);
    expect(lines.join('\n')).toContain('did not reach GitHub');
  });

  test("a body over GitHub's limit is refused before anything is sent", async () => {
    const number = pullRequest();
    const { gateway } = fakeGateway(github());
    github().requests.splice(0);

    await expect(
      gateway.upsertStickyComment({ issueNumber: number, key: 'review', markdown: 'x'.repeat(70_000) }),
    ).rejects.toThrow(BodyTooLongError);
    expect(github().requests).toHaveLength(0);
  });
});

describe('whose comment it is', () => {
  const person = { login: 'release-bot-user', id: 777, type: 'User' as const };
  const withPersonalToken = useGitHubFake({ identity: person });

  test('with a personal token, the comment is found as that user’s (GET /user names it)', async () => {
    const fake = withPersonalToken();
    fake.commit('main', { a: '1' });
    const number = fake.openPullRequest({ head: 'feature', files: { a: '2' } });
    const { gateway } = fakeGateway(fake);

    await gateway.upsertStickyComment({ issueNumber: number, key: 'review', markdown: 'one' });
    const again = await gateway.upsertStickyComment({ issueNumber: number, key: 'review', markdown: 'two' });

    expect(again.created).toBe(false);
    expect(fake.comments(number).map((c) => c.user.login)).toEqual(['release-bot-user']);
    expect(fake.requests.filter((r) => r.operationId === 'users/get-authenticated')).toHaveLength(1);
  });

  test('a GitHub App identity is named explicitly, and nothing else is trusted', async () => {
    const fake = withPersonalToken();
    fake.commit('main', { a: '1' });
    const number = fake.openPullRequest({ head: 'feature', files: { a: '2' } });
    fake.addComments(number, ['<!-- druid-gitops:review -->\nby the user'], person);
    const { gateway } = fakeGateway(fake, { trustedAuthors: ['my-app[bot]'] });

    expect(await gateway.findStickyComment(number, 'review')).toBeUndefined();
    expect(fake.requests.filter((r) => r.operationId === 'users/get-authenticated')).toHaveLength(0);
  });
});
