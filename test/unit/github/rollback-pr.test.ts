import { GitHubError, ROLLBACK_LABEL, type ProposeChangesInput } from '../../../src/github/index.js';
import { fakeGateway } from '../../support/github-fake/client-options.js';
import { useGitHubFake } from '../../support/github-fake/jest.js';

const github = useGitHubFake();

const BRANCH = 'druid-gitops/rollback/987-1a2b3c4';

function seed(): string {
  return github().commit('main', {
    'supervisors/events.json': '{"v":2}\n',
    'supervisors/clicks.yaml': 'v: 2\n',
    'supervisors/old.json': '{}\n',
    'README.md': '# pipelines\n',
  });
}

function rollback(baseSha: string, changes: ProposeChangesInput['changes']): ProposeChangesInput {
  return {
    base: { branch: 'main', sha: baseSha },
    branch: BRANCH,
    changes,
    commitMessage: 'Roll back events to the spec the cluster runs',
    title: 'druid-gitops: roll back events',
    body: 'The deploy failed and the cluster was restored.',
    labels: [ROLLBACK_LABEL],
  };
}

describe('the rollback pull request', () => {
  test('one commit on a new branch from the base, opened as a labelled PR', async () => {
    const base = seed();
    const { gateway } = fakeGateway(github());

    const result = await gateway.proposeChanges(
      rollback(base, { 'supervisors/events.json': '{"v":1}\n', 'supervisors/old.json': null }),
    );

    expect(result).toMatchObject({
      number: 1,
      created: true,
      branch: BRANCH,
      url: 'https://github.com/acme/pipelines/pull/1',
    });
    expect(github().files(BRANCH)).toEqual({
      'supervisors/events.json': '{"v":1}\n',
      'supervisors/clicks.yaml': 'v: 2\n',
      'README.md': '# pipelines\n',
    });
    const commit = github().state.git.commits.get(result.commitSha);
    expect(commit).toMatchObject({
      parents: [base],
      message: 'Roll back events to the spec the cluster runs',
    });
    const [pull] = github().pulls();
    expect(pull).toMatchObject({ title: 'druid-gitops: roll back events', labels: ['druid-rollback'] });
    expect(pull?.pull).toMatchObject({ headRef: BRANCH, baseRef: 'main' });
    expect(github().state.labels.get('druid-rollback')).toMatchObject({ color: ROLLBACK_LABEL.color });
  });

  test('a second run updates the same PR and force-moves the branch: no duplicate, no stacked commits', async () => {
    const base = seed();
    const { gateway } = fakeGateway(github());
    const first = await gateway.proposeChanges(rollback(base, { 'supervisors/events.json': '{"v":1}\n' }));

    const second = await gateway.proposeChanges({
      ...rollback(base, { 'supervisors/clicks.yaml': 'v: 1\n' }),
      body: 'Second run.',
    });

    expect(second).toMatchObject({ number: first.number, created: false });
    expect(github().pulls()).toHaveLength(1);
    expect(github().pulls()[0]?.body).toBe('Second run.');
    // Rebuilt from the base: the first run's change is gone, the second's is there, one commit deep.
    expect(github().files(BRANCH)).toMatchObject({
      'supervisors/events.json': '{"v":2}\n',
      'supervisors/clicks.yaml': 'v: 1\n',
    });
    expect(github().state.git.commits.get(second.commitSha)?.parents).toEqual([base]);
    expect(github().state.git.refs.get(`refs/heads/${BRANCH}`)).toBe(second.commitSha);
  });

  test('deleting a file the base does not have is skipped (GitHub would reject the tree)', async () => {
    const base = seed();
    const { gateway } = fakeGateway(github());

    await gateway.proposeChanges(
      rollback(base, { 'supervisors/gone.json': null, 'supervisors/events.json': 'x' }),
    );

    expect(Object.keys(github().files(BRANCH)).sort()).toEqual([
      'README.md',
      'supervisors/clicks.yaml',
      'supervisors/events.json',
      'supervisors/old.json',
    ]);
  });

  test('content is committed byte for byte (base64 blobs)', async () => {
    const base = seed();
    const { gateway } = fakeGateway(github());
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, 0x7b, 0x7d, 0x0d, 0x0a, 0xff]);

    const result = await gateway.proposeChanges(rollback(base, { 'supervisors/events.json': bytes }));

    const tree = github().state.git.commits.get(result.commitSha)?.tree as string;
    expect([...(github().state.git.filesOf(tree).get('supervisors/events.json') ?? [])]).toEqual([...bytes]);
  });

  test("another branch's open PR is never taken for ours (GitHub's head filter needs owner:branch)", async () => {
    const base = seed();
    github().openPullRequest({ head: 'someone-else', files: { 'x.txt': 'x' } });
    const { gateway } = fakeGateway(github());

    const result = await gateway.proposeChanges(rollback(base, { 'supervisors/events.json': 'x' }));

    expect(result.created).toBe(true);
    expect(
      github()
        .pulls()
        .map((p) => p.pull?.headRef)
        .sort(),
    ).toEqual([BRANCH, 'someone-else'].sort());
    const list = github().requests.find((r) => r.operationId === 'pulls/list');
    expect(list?.url).toContain(`head=acme%3A${encodeURIComponent(BRANCH)}`);
  });

  test('a PR opened meanwhile by a concurrent run is updated, not duplicated', async () => {
    const base = seed();
    const { gateway } = fakeGateway(github());
    // Between our look for an open PR and our create, another run opens one for the branch.
    github().interleave('pulls/create', () =>
      github().openPullRequest({ head: BRANCH, title: 'a concurrent run' }),
    );

    const result = await gateway.proposeChanges(rollback(base, { 'supervisors/events.json': 'x' }));

    expect(result.created).toBe(false);
    expect(github().pulls()).toHaveLength(1);
  });

  test('a failure says what was done and what was not, without the token', async () => {
    const base = seed();
    const { gateway } = fakeGateway(github());
    github().failNext(
      { kind: 'status', status: 403, message: `Resource not accessible by integration ${github().token}` },
      {
        operationId: 'pulls/create',
      },
    );

    const error = (await gateway
      .proposeChanges(rollback(base, { 'supervisors/events.json': 'x' }))
      .catch((e: unknown) => e)) as GitHubError;

    expect(error).toBeInstanceOf(GitHubError);
    expect(error.message).toMatch(
      new RegExp(
        `^commit [0-9a-f]{7} made, branch ${BRANCH} created; PR not opened: HTTP 403 Resource not accessible by integration \\[REDACTED\\] \\(POST /repos/acme/pipelines/pulls\\)$`,
      ),
    );
    expect(error.message).not.toContain(github().token);
    expect(github().state.git.refs.has(`refs/heads/${BRANCH}`)).toBe(true);
  });
});
