/**
 * The action on a real push payload (from @octokit/webhooks-examples), against the Overlord
 * emulator and the GitHub fake (every request checked against GitHub's OpenAPI description).
 * The checkout has no history, so specs come through the contents API.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runAction } from '../../../src/action/run.js';
import { runPost } from '../../../src/action/post-run.js';
import { JOURNAL_STATE } from '../../../src/action/deploy-mode.js';
import { fakeClientOptions } from '../../support/github-fake/client-options.js';
import { actionEnvironment } from '../../support/github-fake/events.js';
import { useGitHubFake } from '../../support/github-fake/jest.js';
import { useEmulator } from '../../support/emulator.js';
import { fakeRuntime } from '../../support/fake-runtime.js';
import { spec } from '../../support/deploy.js';
import { runContext } from '../../support/run-context.js';

const github = useGitHubFake();
const emulator = useEmulator({
  version: '35.0.0',
  clusters: [{ name: 'prod', servers: ['kafka:9092'], autoCreateTopics: { partitions: 1, ratePerSec: 20 } }],
  client: { retry: { baseDelayMs: 1, maxDelayMs: 2 } },
});

const json = (value: object) => `${JSON.stringify(value, null, 2)}\n`;

async function push(before: string, inputs: Record<string, string> = {}) {
  const env = await actionEnvironment(github(), 'push', { before });
  const workspace = mkdtempSync(path.join(tmpdir(), 'druid-gitops-ws-')); // no .git: the API is the source
  const { runtime, recorded } = fakeRuntime({
    'github-token': github().token,
    'druid-url': emulator.url,
    'supervisors-path': 'supervisors',
    rollback: 'pr',
    'max-parallel': '4',
    ...inputs,
  });
  const services = {
    overlord: emulator.client,
    clock: emulator.clock,
    github: fakeClientOptions(github()),
  };
  await runAction(runtime, runContext({ ...env, RUNNER_TEMP: workspace }), workspace, services);
  return { recorded, env, workspace, services };
}

async function running(value: Record<string, unknown>) {
  await emulator.client.submitSupervisor(value);
  emulator.control.advance(60_000);
}

test('a change that breaks ingestion is restored on the cluster and a rollback PR brings git back', async () => {
  const base = spec('clicks');
  const before = github().commit('main', {
    'supervisors/clicks.json': json(base),
    'supervisors/views.json': json(spec('views')),
  });
  const broken = spec(
    'clicks',
    (s) => (s.spec.ioConfig.consumerProperties['bootstrap.servers'] = 'kafka-old:9092'),
  );
  const after = github().commit('main', {
    'supervisors/clicks.json': json(broken),
    'supervisors/views.json': json(spec('views', (s) => (s.spec.ioConfig.taskCount = 2))),
  });
  await running(base);
  await running(spec('views'));

  const { recorded } = await push(before);

  expect(JSON.parse(recorded.outputs['rolled-back'] as string)).toEqual(['clicks']);
  expect(JSON.parse(recorded.outputs.deployed as string)).toEqual(['views']);
  expect(recorded.failed).toMatch(/clicks \(restored\)/);
  const pulls = github().pulls();
  expect(pulls).toHaveLength(1);
  const pull = pulls[0]!;
  expect(recorded.outputs['rollback-pr']).toBe(
    `https://github.com/${github().repository}/pull/${pull.number}`,
  );
  const branch = `druid-gitops/rollback/clicks-${after.slice(0, 7)}`;
  expect(pull.pull?.headRef).toBe(branch);
  expect(pull.labels).toEqual(['druid-rollback']);
  expect(pull.body).toContain('UNHEALTHY_SUPERVISOR');
  expect(github().files(branch)['supervisors/clicks.json']).toBe(json(base));
  expect(github().files(branch)['supervisors/views.json']).toContain('"taskCount": 2');
  expect((await emulator.client.getSupervisorStatus('clicks')).payload).toMatchObject({
    state: 'RUNNING',
    healthy: true,
  });
  expect(recorded.summary).toContain('Rollback pull request');
});

test('a good change is applied; the re-run is a no-op that writes nothing to Druid', async () => {
  const before = github().commit('main', { 'supervisors/clicks.json': json(spec('clicks')) });
  github().commit('main', {
    'supervisors/clicks.json': json(spec('clicks', (s) => (s.spec.ioConfig.taskCount = 2))),
  });
  await running(spec('clicks'));

  const first = await push(before);
  expect(first.recorded.failed).toBeUndefined();
  expect(JSON.parse(first.recorded.outputs.deployed as string)).toEqual(['clicks']);

  emulator.control.clearRequests();
  const second = await push(before);
  expect(second.recorded.failed).toBeUndefined();
  expect(JSON.parse(second.recorded.outputs.deployed as string)).toEqual([]);
  expect(emulator.control.writes()).toEqual([]);
  expect(github().pulls()).toHaveLength(0);
});

test('when the restore fails too, the job fails and an issue names the supervisor and the manual steps', async () => {
  const before = github().commit('main', { 'supervisors/clicks.json': json(spec('clicks')) });
  github().commit('main', {
    'supervisors/clicks.json': json(spec('clicks', (s) => (s.spec.ioConfig.taskCount = 2))),
  });
  await running(spec('clicks'));
  emulator.control.breakBrokers('prod');

  const { recorded } = await push(before);

  expect(recorded.failed).toMatch(/clicks \(restore-failed\)/);
  const [issue] = github().issues({ label: 'druid-restore-failed' });
  expect(issue?.title).toContain('clicks needs a person');
  expect(issue?.body).toContain('Kafka lag grows');
});

test('the post step puts back the spec that ran before and resumes what an interrupted run left suspended', async () => {
  const base = spec('clicks');
  await running(base);
  await emulator.client.suspendSupervisor('clicks');
  await emulator.client.submitSupervisor({
    ...spec('clicks', (s) => (s.spec.ioConfig.taskCount = 3)),
    suspended: true,
  });
  const journal = path.join(mkdtempSync(path.join(tmpdir(), 'druid-gitops-post-')), 'journal.json');
  const previous = await (async () => ({ ...base, suspended: false }))();
  writeFileSync(
    journal,
    JSON.stringify([{ id: 'clicks', previousSpec: previous, since: new Date().toISOString() }]),
  );
  const { runtime, recorded } = fakeRuntime({ 'druid-url': emulator.url }, { [JOURNAL_STATE]: journal });

  await runPost(runtime, runContext({ GITHUB_EVENT_NAME: 'push' }), { overlord: emulator.client });

  expect(recorded.failed).toMatch(/interrupted while changing clicks/);
  expect(recorded.summary).toContain('put back and resumed');
  const stored = await emulator.client.getSupervisorSpec('clicks');
  expect(stored.suspended).toBe(false);
  expect(JSON.stringify(stored)).toContain('"taskCount":1');
  expect(readFileSync(journal, 'utf8')).toContain('clicks'); // the post step reports; the file is the main step's
});

test('the deploy links the merged pull request and says whether each spec is the one its review showed', async () => {
  const before = github().commit('main', {
    'supervisors/clicks.json': json(spec('clicks')),
    'supervisors/views.json': json(spec('views')),
  });
  await running(spec('clicks'));
  await running(spec('views'));
  const pr = github().openPullRequest({
    head: 'tune',
    files: {
      'supervisors/clicks.json': json(spec('clicks', (s) => (s.spec.ioConfig.taskCount = 2))),
      'supervisors/views.json': json(spec('views', (s) => (s.spec.ioConfig.taskCount = 2))),
    },
  });
  const reviewEnv = await actionEnvironment(github(), 'pull_request', { pullNumber: pr });
  const review = fakeRuntime({ 'github-token': github().token, 'supervisors-path': 'supervisors' });
  const workspace = mkdtempSync(path.join(tmpdir(), 'druid-gitops-ws-'));
  await runAction(review.runtime, runContext({ ...reviewEnv, RUNNER_TEMP: workspace }), workspace, {
    github: fakeClientOptions(github()),
  });
  // After the review, views changes once more on the branch and the PR merges without a new review.
  github().commit('tune', {
    ...github().files('tune'),
    'supervisors/views.json': json(spec('views', (s) => (s.spec.ioConfig.taskCount = 3))),
  });
  github().mergePullRequest(pr);

  const { recorded } = await push(before);

  const report = JSON.parse(readFileSync(recorded.outputs.report as string, 'utf8')) as {
    results: Array<{ id: string; reviewed: string }>;
  };
  expect(Object.fromEntries(report.results.map((result) => [result.id, result.reviewed]))).toEqual({
    clicks: 'as-reviewed',
    views: 'differs',
  });
  expect(recorded.summary).toContain('differs from the one the pull request review showed');
  expect(recorded.summary).toContain(`/pull/${pr}`);
});

test('with the cluster input, a deploy reads its own cluster’s review, and its incident issue is the cluster’s own', async () => {
  const before = github().commit('main', { 'supervisors/clicks.json': json(spec('clicks')) });
  await running(spec('clicks'));
  const pr = github().openPullRequest({
    head: 'tune',
    files: { 'supervisors/clicks.json': json(spec('clicks', (s) => (s.spec.ioConfig.taskCount = 2))) },
  });
  const reviewEnv = await actionEnvironment(github(), 'pull_request', { pullNumber: pr });
  const workspace = mkdtempSync(path.join(tmpdir(), 'druid-gitops-ws-'));
  for (const cluster of ['staging', 'eu-prod']) {
    const review = fakeRuntime({
      'github-token': github().token,
      'supervisors-path': 'supervisors',
      cluster,
    });
    await runAction(review.runtime, runContext({ ...reviewEnv, RUNNER_TEMP: workspace }), workspace, {
      github: fakeClientOptions(github()),
    });
  }
  github().mergePullRequest(pr);
  emulator.control.breakBrokers('prod');

  const { recorded } = await push(before, { cluster: 'eu-prod' });

  const report = JSON.parse(readFileSync(recorded.outputs.report as string, 'utf8')) as {
    results: Array<{ id: string; reviewed: string }>;
  };
  expect(report.results[0]?.reviewed).toBe('as-reviewed');
  const [issue] = github().issues({ label: 'druid-restore-failed' });
  expect(issue?.title).toMatch(/clicks needs a person: .* on eu-prod$/);
  expect(issue?.body).toContain('<!-- druid-gitops:restore-failed/clicks/eu-prod -->');
});

test('the log folds each supervisor’s steps into one group titled with its outcome, even when they deploy together', async () => {
  const before = github().commit('main', {
    'supervisors/clicks.json': json(spec('clicks')),
    'supervisors/views.json': json(spec('views')),
  });
  github().commit('main', {
    'supervisors/clicks.json': json(spec('clicks', (s) => (s.spec.ioConfig.taskCount = 2))),
    'supervisors/views.json': json(spec('views', (s) => (s.spec.ioConfig.taskCount = 2))),
  });
  await running(spec('clicks'));
  await running(spec('views'));

  const { recorded } = await push(before);
  const groups: Array<{ title: string; lines: string[] }> = [];
  let open: { title: string; lines: string[] } | undefined;
  for (const line of recorded.info) {
    if (line.startsWith('::group::')) groups.push((open = { title: line.slice(9), lines: [] }));
    else if (line === '::endgroup::') open = undefined;
    else if (open) open.lines.push(line);
  }
  expect(groups.map((group) => group.title).sort()).toEqual([
    'clicks: applied (supervisors/clicks.json)',
    'views: applied (supervisors/views.json)',
  ]);
  for (const group of groups) {
    const id = group.title.split(':')[0] as string;
    expect(group.lines.length).toBeGreaterThan(3);
    expect(group.lines.slice(0, -1).every((line) => line.startsWith(`${id}: `))).toBe(true);
  }
  expect(
    recorded.info.filter(
      (line) => /^(clicks|views): /.test(line) && !groups.some((g) => g.lines.includes(line)),
    ),
  ).toEqual([]);
});
