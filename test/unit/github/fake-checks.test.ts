/**
 * The harness itself: requests are checked against GitHub's OpenAPI description and a departure
 * fails the test; the fake's answers match GitHub's response schemas; pagination and git objects
 * behave as GitHub's do.
 */
import { createOctokit } from '../../../src/github/index.js';
import { fakeClientOptions } from '../../support/github-fake/client-options.js';
import { GitStore } from '../../support/github-fake/git-store.js';
import { useGitHubFake } from '../../support/github-fake/jest.js';

const github = useGitHubFake();
const repo = { owner: 'acme', repo: 'pipelines' };

function client() {
  return createOctokit(fakeClientOptions(github()));
}

/** A request the client's types would refuse: the harness must catch what slips past them. */
function untyped(route: string, parameters: Record<string, unknown>) {
  return client().request(route, parameters);
}

function openPull(): number {
  github().commit('main', { 'supervisors/a.json': '{}' });
  return github().openPullRequest({ head: 'feature', files: { 'supervisors/a.json': '{"a":1}' } });
}

describe('requests are checked against GitHub’s description', () => {
  test('a wrong body field is answered 422 and recorded, and assertNoViolations fails the test', async () => {
    const number = openPull();
    const request = untyped('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
      ...repo,
      issue_number: number,
      text: 'the field is called body',
    });

    await expect(request).rejects.toMatchObject({ status: 422 });
    expect(() => github().assertNoViolations()).toThrow(/violation/);
    expect(
      github()
        .takeViolations()
        .map((v) => v.problem),
    ).toEqual([
      '/requestBody must have required property \'body\' ("body")',
      'body field "text" is not defined for issues/create-comment',
    ]);
    expect(github().comments(number)).toHaveLength(0);
  });

  test('a misspelt query parameter, which GitHub would silently ignore, is a violation', async () => {
    await expect(
      untyped('GET /repos/{owner}/{repo}/issues', { ...repo, label: 'druid-drift' }),
    ).rejects.toMatchObject({
      status: 422,
    });
    expect(
      github()
        .takeViolations()
        .map((v) => v.problem),
    ).toEqual(['/query must NOT have additional properties ("label")']);
  });

  test('a parameter of the wrong type is a violation', async () => {
    await expect(
      untyped('GET /repos/{owner}/{repo}/pulls', { ...repo, per_page: 'many' }),
    ).rejects.toMatchObject({
      status: 422,
    });
    expect(github().takeViolations()[0]?.problem).toMatch(/per_page must be integer/);
  });

  test('a value outside an enum is a violation', async () => {
    await expect(
      untyped('GET /repos/{owner}/{repo}/pulls', { ...repo, state: 'merged' }),
    ).rejects.toMatchObject({
      status: 422,
    });
    expect(github().takeViolations()[0]?.problem).toMatch(/state must be equal to one of the allowed values/);
  });

  test('a route GitHub does not have, and a method a route does not take, are violations', async () => {
    await expect(untyped('GET /repos/{owner}/{repo}/supervisors', repo)).rejects.toMatchObject({
      status: 404,
    });
    await expect(untyped('DELETE /repos/{owner}/{repo}/pulls', repo)).rejects.toMatchObject({ status: 404 });
    expect(
      github()
        .takeViolations()
        .map((v) => v.problem),
    ).toEqual([
      'GET /repos/acme/pipelines/supervisors is not a route of the GitHub REST API',
      'DELETE is not a method of /repos/acme/pipelines/pulls (GitHub has GET, POST)',
    ]);
  });

  test('a real GitHub route the fake does not emulate is a violation too (never a silent pass)', async () => {
    await expect(client().rest.actions.listWorkflowRunsForRepo(repo)).rejects.toMatchObject({ status: 501 });
    expect(github().takeViolations()[0]?.problem).toBe(
      'actions/list-workflow-runs-for-repo is a GitHub route the fake does not implement',
    );
  });

  test('a filter the fake does not emulate is a violation, not ignored', async () => {
    await expect(client().rest.issues.listForRepo({ ...repo, milestone: '3' })).rejects.toMatchObject({
      status: 501,
    });
    expect(github().takeViolations()[0]?.problem).toContain('does not emulate milestone');
  });

  test('a request without the token is refused as GitHub does', async () => {
    const response = await fetch(`${github().url}/repos/acme/pipelines/labels/x`);
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ message: 'Bad credentials' });
  });
});

describe("the fake's answers are GitHub's shapes", () => {
  test('every implemented operation answers with a body valid against its response schema', async () => {
    const octokit = client();
    const base = github().commit('main', { 'supervisors/a.json': '{}', 'supervisors/b/c.yaml': 'x: 1' });
    const number = github().openPullRequest({ head: 'feature', files: { 'supervisors/a.json': '{"a":1}' } });
    github().addIssue({ title: 'an issue', labels: ['bug'] });

    const comment = await octokit.rest.issues.createComment({ ...repo, issue_number: number, body: 'hi' });
    await octokit.rest.issues.getComment({ ...repo, comment_id: comment.data.id });
    await octokit.rest.issues.updateComment({ ...repo, comment_id: comment.data.id, body: 'hello' });
    await octokit.rest.issues.listComments({ ...repo, issue_number: number });
    const issue = await octokit.rest.issues.create({ ...repo, title: 't', body: 'b', labels: ['new-label'] });
    await octokit.rest.issues.get({ ...repo, issue_number: issue.data.number });
    await octokit.rest.issues.get({ ...repo, issue_number: number });
    await octokit.rest.issues.update({
      ...repo,
      issue_number: issue.data.number,
      state: 'closed',
      state_reason: 'not_planned',
    });
    await octokit.rest.issues.listForRepo({ ...repo, state: 'all' });
    await octokit.rest.issues.addLabels({ ...repo, issue_number: number, labels: ['bug'] });
    await octokit.rest.issues.createLabel({ ...repo, name: 'druid-x', color: 'ff0000', description: 'd' });
    await octokit.rest.issues.getLabel({ ...repo, name: 'druid-x' });
    await octokit.rest.pulls.list({ ...repo, state: 'all' });
    await octokit.rest.pulls.get({ ...repo, pull_number: number });
    await octokit.rest.pulls.update({ ...repo, pull_number: number, title: 'new title' });
    await octokit.rest.pulls.listFiles({ ...repo, pull_number: number });
    const blob = await octokit.rest.git.createBlob({ ...repo, content: 'x' });
    await octokit.rest.git.getBlob({ ...repo, file_sha: blob.data.sha });
    const commit = await octokit.rest.git.getCommit({ ...repo, commit_sha: base });
    await octokit.rest.git.getTree({ ...repo, tree_sha: commit.data.tree.sha, recursive: '1' });
    const tree = await octokit.rest.git.createTree({
      ...repo,
      base_tree: commit.data.tree.sha,
      tree: [{ path: 'x.txt', mode: '100644', type: 'blob', content: 'inline' }],
    });
    const made = await octokit.rest.git.createCommit({
      ...repo,
      message: 'm',
      tree: tree.data.sha,
      parents: [base],
    });
    await octokit.rest.git.createRef({ ...repo, ref: 'refs/heads/topic', sha: made.data.sha });
    await octokit.rest.git.getRef({ ...repo, ref: 'heads/topic' });
    await octokit.rest.git.updateRef({ ...repo, ref: 'heads/topic', sha: base, force: true });
    await octokit.rest.repos.getContent({ ...repo, path: 'supervisors', ref: 'main' });
    await octokit.rest.repos.getContent({ ...repo, path: 'supervisors/a.json', ref: 'feature' });
    await octokit.rest.pulls
      .create({ ...repo, head: 'topic', base: 'main', title: 'from topic' })
      .catch(() => undefined);
    await octokit.rest.pulls
      .create({ ...repo, head: 'acme:feature', base: 'main', title: 'twice' })
      .catch(() => undefined);

    github().assertNoViolations();
    const answered = new Set(github().requests.map((r) => r.operationId));
    expect(answered.size).toBeGreaterThanOrEqual(25);
  });

  test('response checking can fail: an answer not shaped like GitHub’s is reported', () => {
    expect(github().description.checkResponse('issues/get-comment', 200, { id: 'one' })).toEqual(
      expect.arrayContaining([expect.stringMatching(/must have required property 'node_id'/)]),
    );
  });
});

describe('pagination as GitHub does it', () => {
  test('Link headers in GitHub’s order, by repository id, keeping the query', async () => {
    const number = openPull();
    github().addComments(number, 250);
    const link = async (page: number) =>
      (await client().rest.issues.listComments({ ...repo, issue_number: number, per_page: 100, page }))
        .headers.link;
    const url = (page: number) =>
      `<${github().url}/repositories/4242/issues/${number}/comments?per_page=100&page=${page}>`;

    expect(await link(1)).toBe(`${url(2)}; rel="next", ${url(3)}; rel="last"`);
    expect(await link(2)).toBe(
      `${url(1)}; rel="prev", ${url(3)}; rel="next", ${url(3)}; rel="last", ${url(1)}; rel="first"`,
    );
    expect(await link(3)).toBe(`${url(2)}; rel="prev", ${url(1)}; rel="first"`);
  });

  test('30 per page by default, at most 100', async () => {
    const number = openPull();
    github().addComments(number, 130);
    const octokit = client();
    expect((await octokit.rest.issues.listComments({ ...repo, issue_number: number })).data).toHaveLength(30);
    expect(
      (await octokit.rest.issues.listComments({ ...repo, issue_number: number, per_page: 500 })).data,
    ).toHaveLength(100);
    github().takeViolations();
  });
});

describe('git objects are git’s', () => {
  test('blob, tree and commit SHAs are the ones git computes', () => {
    const git = new GitStore();
    expect(git.putBlob('hello\n')).toBe('ce013625030ba8dba906f756967f9e9ca394464a');
    expect(git.treeFromFiles({})).toBe('4b825dc642cb6eb9a060e54bf8d69288fbee4904');
    // `git hash-object -t tree` of one file a.txt = "hello\n"
    expect(git.treeFromFiles({ 'a.txt': 'hello\n' })).toBe('2e81171448eb9f2ee3821e3d447aa6b2fe3ddba1');
  });

  test('a tree that deletes a path its base does not have is refused, as GitHub does', async () => {
    const base = github().commit('main', { 'a.txt': '1' });
    const tree = github().state.git.commits.get(base)?.tree as string;
    await expect(
      client().rest.git.createTree({
        ...repo,
        base_tree: tree,
        tree: [{ path: 'b.txt', mode: '100644', type: 'blob', sha: null }],
      }),
    ).rejects.toMatchObject({ status: 422 });
  });

  test('a ref update that is not a fast-forward is refused without force', async () => {
    const first = github().commit('main', { 'a.txt': '1' });
    github().commit('main', { 'a.txt': '2' });
    await expect(
      client().rest.git.updateRef({ ...repo, ref: 'heads/main', sha: first }),
    ).rejects.toMatchObject({
      status: 422,
      message: expect.stringContaining('Update is not a fast forward'),
    });
  });
});

describe('the description', () => {
  test('keeps every GitHub operation, implemented or not', () => {
    expect(github().description.route('GET', '/repos/acme/pipelines/actions/runs')).toMatchObject({
      operationId: 'actions/list-workflow-runs-for-repo',
    });
    expect(github().description.route('GET', '/repos/acme/pipelines/git/ref/heads%2Fa%2Fb')).toMatchObject({
      operationId: 'git/get-ref',
      params: { ref: 'heads/a/b' },
    });
  });
});
