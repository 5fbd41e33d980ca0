import { DRIFT_LABEL, RESTORE_FAILED_LABEL } from '../../../src/github/index.js';
import { fakeGateway } from '../../support/github-fake/client-options.js';
import { ACTIONS_BOT, OCTOCAT } from '../../support/github-fake/index.js';
import { useGitHubFake } from '../../support/github-fake/jest.js';

const github = useGitHubFake();

describe('the drift issue', () => {
  test('opened when drift appears, updated while it lasts, closed with a comment when it ends', async () => {
    const { gateway } = fakeGateway(github());

    const opened = await gateway.upsertIssue({
      key: 'drift',
      label: DRIFT_LABEL,
      title: 'Druid differs from git: 1 supervisor',
      markdown: '`events` differs',
      metadata: { drifted: ['events'] },
    });
    const updated = await gateway.upsertIssue({
      key: 'drift',
      label: DRIFT_LABEL,
      title: 'Druid differs from git: 2 supervisors',
      markdown: '`events` and `clicks` differ',
      metadata: { drifted: ['events', 'clicks'] },
    });
    const found = await gateway.findIssue('drift', DRIFT_LABEL);
    const closed = await gateway.closeIssue({
      key: 'drift',
      label: DRIFT_LABEL,
      comment: 'git and Druid agree again.',
    });

    expect(opened).toEqual({ number: 1, url: 'https://github.com/acme/pipelines/issues/1', created: true });
    expect(updated).toEqual({ ...opened, created: false });
    expect(found?.metadata?.data).toEqual({ drifted: ['events', 'clicks'] });
    expect(closed).toEqual({ ...opened, created: false });
    const [issue] = github().issues();
    expect(issue).toMatchObject({
      title: 'Druid differs from git: 2 supervisors',
      state: 'closed',
      stateReason: 'completed',
      labels: ['druid-drift'],
      user: ACTIONS_BOT,
    });
    expect(
      github()
        .comments(1)
        .map((c) => c.body),
    ).toEqual(['git and Druid agree again.']);
    expect(github().state.labels.get('druid-drift')).toMatchObject({
      color: DRIFT_LABEL.color,
      description: DRIFT_LABEL.description,
    });
  });

  test('after it was closed, new drift opens a new issue', async () => {
    const { gateway } = fakeGateway(github());
    await gateway.upsertIssue({ key: 'drift', label: DRIFT_LABEL, title: 'Drift', markdown: 'a' });
    await gateway.closeIssue({ key: 'drift', label: DRIFT_LABEL, comment: 'resolved' });

    const again = await gateway.upsertIssue({
      key: 'drift',
      label: DRIFT_LABEL,
      title: 'Drift',
      markdown: 'b',
    });

    expect(again).toMatchObject({ number: 2, created: true });
  });

  test('closing when nothing is open does nothing', async () => {
    const { gateway } = fakeGateway(github());
    await expect(
      gateway.closeIssue({ key: 'drift', label: DRIFT_LABEL, comment: 'x' }),
    ).resolves.toBeUndefined();
    expect(github().requests.map((r) => r.operationId)).toEqual([
      'users/get-authenticated',
      'issues/list-for-repo',
    ]);
  });

  test("a person's issue with the same label is left alone, and so are pull requests", async () => {
    const mine = github().addIssue({
      title: 'Our own drift notes',
      body: 'hands off',
      labels: ['druid-drift'],
      user: OCTOCAT,
    });
    const pr = github().openPullRequest({ head: 'x', files: { a: 'b' } });
    github().state.issues.get(pr)?.labels.push('druid-drift');
    const { gateway } = fakeGateway(github());

    const result = await gateway.upsertIssue({
      key: 'drift',
      label: DRIFT_LABEL,
      title: 'Drift',
      markdown: 'ours',
    });
    await gateway.closeIssue({ key: 'drift', label: DRIFT_LABEL, comment: 'done' });

    expect(result.number).not.toBe(mine);
    expect(github().state.issues.get(mine)).toMatchObject({ body: 'hands off', state: 'open' });
    expect(github().state.issues.get(pr)?.state).toBe('open');
  });

  test('the drift issue is found among many (all pages)', async () => {
    for (let i = 0; i < 120; i++) github().addIssue({ title: `other ${i}`, labels: ['druid-drift'] });
    const { gateway } = fakeGateway(github());
    const opened = await gateway.upsertIssue({
      key: 'drift',
      label: DRIFT_LABEL,
      title: 'Drift',
      markdown: 'a',
    });

    const again = await gateway.upsertIssue({
      key: 'drift',
      label: DRIFT_LABEL,
      title: 'Drift',
      markdown: 'b',
    });

    expect(again).toEqual({ ...opened, created: false });
  });
});

describe('"restore failed" issues', () => {
  const restoreFailed = (supervisor: string, markdown: string) => ({
    key: `restore-failed/${supervisor}`,
    label: RESTORE_FAILED_LABEL,
    title: `druid-gitops: ${supervisor} could not be restored; manual steps needed`,
    markdown,
  });

  test('one per supervisor; a re-run of the same deploy updates it instead of opening another', async () => {
    const { gateway } = fakeGateway(github());

    const events = await gateway.upsertIssue(restoreFailed('events', 'run 1'));
    const clicks = await gateway.upsertIssue(restoreFailed('clicks', 'run 1'));
    const eventsAgain = await gateway.upsertIssue(restoreFailed('events', 'run 2'));

    expect(events.number).not.toBe(clicks.number);
    expect(eventsAgain).toEqual({ ...events, created: false });
    expect(github().issues({ label: 'druid-restore-failed' })).toHaveLength(2);
    expect(github().state.issues.get(events.number)?.body).toBe(
      '<!-- druid-gitops:restore-failed/events -->\nrun 2',
    );
  });
});
