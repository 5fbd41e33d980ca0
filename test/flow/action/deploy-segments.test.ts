/**
 * Retention rules and compaction configs on merge: the action on a push payload, against the
 * emulator's Coordinator and the GitHub fake. They are applied with the run's audit headers before
 * the supervisors, read back, and a re-run writes nothing.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { jest } from '@jest/globals';
import { runAction } from '../../../src/action/run.js';
import { fakeClientOptions } from '../../support/github-fake/client-options.js';
import { actionEnvironment } from '../../support/github-fake/events.js';
import { useGitHubFake } from '../../support/github-fake/jest.js';
import { useEmulator } from '../../support/emulator.js';
import { fakeRuntime } from '../../support/fake-runtime.js';
import { spec } from '../../support/deploy.js';
import { runContext } from '../../support/run-context.js';

jest.setTimeout(30_000);
const github = useGitHubFake();
const emulator = useEmulator({
  version: '35.0.0',
  clusters: [{ name: 'prod', servers: ['kafka:9092'], autoCreateTopics: { partitions: 1, ratePerSec: 20 } }],
  client: { retry: { baseDelayMs: 1, maxDelayMs: 2 } },
});

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
const RETENTION = `# hot for a week, kept a month, then dropped
- type: loadByPeriod
  period: P7D
  tieredReplicants: {_default_tier: 2}
- type: loadByPeriod
  period: P30D
  tieredReplicants: {_default_tier: 1}
- type: dropForever
`;
const COMPACTION = `skipOffsetFromLatest: PT2H
granularitySpec:
  segmentGranularity: DAY
`;

async function push(before: string, inputs: Record<string, string> = {}) {
  const env = await actionEnvironment(github(), 'push', { before });
  const workspace = mkdtempSync(path.join(tmpdir(), 'druid-gitops-ws-'));
  const { runtime, recorded } = fakeRuntime({
    'github-token': github().token,
    'druid-url': emulator.url,
    'supervisors-path': 'supervisors',
    'max-parallel': '4',
    ...inputs,
  });
  const services = {
    overlord: emulator.client,
    clock: emulator.clock,
    github: fakeClientOptions(github()),
  };
  await runAction(runtime, runContext({ ...env, RUNNER_TEMP: workspace }), workspace, services);
  const report = JSON.parse(readFileSync(recorded.outputs.report as string, 'utf8')) as {
    segments: { kind: string; dataSource: string; outcome: string; message: string }[];
  };
  return { recorded, report };
}

test('rules and compaction are applied before the supervisor, audited, read back; the re-run writes nothing', async () => {
  const before = github().commit('main', { 'README.md': 'x\n' });
  github().commit('main', {
    'supervisors/clicks.json': json(spec('clicks')),
    'retention/clicks.yaml': RETENTION,
    'compaction/clicks.yaml': COMPACTION,
  });

  const { recorded, report } = await push(before);

  expect(recorded.failed).toBeUndefined();
  expect(report.segments.map((s) => [s.kind, s.dataSource, s.outcome])).toEqual([
    ['compaction', 'clicks', 'applied'],
    ['retention', 'clicks', 'applied'],
  ]);
  const writes = emulator.control.writes().map((w) => `${w.method} ${w.path}`);
  const supervisorPost = writes.indexOf('POST /druid/indexer/v1/supervisor');
  expect(writes.indexOf('POST /druid/coordinator/v1/rules/clicks')).toBeLessThan(supervisorPost);
  expect(writes.indexOf('POST /druid/coordinator/v1/config/compaction')).toBeLessThan(supervisorPost);
  expect(await emulator.client.getRetentionRules('clicks')).toEqual([
    {
      period: 'P7D',
      includeFuture: true,
      tieredReplicants: { _default_tier: 2 },
      useDefaultTierForNull: true,
      type: 'loadByPeriod',
    },
    {
      period: 'P30D',
      includeFuture: true,
      tieredReplicants: { _default_tier: 1 },
      useDefaultTierForNull: true,
      type: 'loadByPeriod',
    },
    { type: 'dropForever' },
  ]);
  expect(await emulator.client.getDatasourceCompactionConfig('clicks')).toMatchObject({
    dataSource: 'clicks',
    skipOffsetFromLatest: 'PT2H',
    granularitySpec: { segmentGranularity: 'DAY' },
  });
  const [change] = await emulator.client.getRetentionRulesHistory('clicks', { count: 1 });
  expect(change?.auditInfo.author).toMatch(/^druid-gitops \(/);
  expect(change?.auditInfo.comment).toMatch(/^deploy of [0-9a-f]{7}/);
  expect(recorded.summary).toContain('### Retention and compaction');
  expect(recorded.summary).toContain('loadByPeriod P7D ×2 → loadByPeriod P30D ×1 → dropForever');

  emulator.control.clearRequests();
  const again = await push(before);
  expect(again.recorded.failed).toBeUndefined();
  expect(again.report.segments.map((s) => s.outcome)).toEqual(['unchanged', 'unchanged']);
  expect(emulator.control.writes()).toEqual([]);
});

test('a read-back that differs from git fails the run and shows both', async () => {
  const before = github().commit('main', { 'retention/clicks.yaml': '- type: dropForever\n' });
  github().commit('main', { 'retention/clicks.yaml': RETENTION });
  // The Coordinator answers every GET with the old rules: the write does not show.
  emulator.control.injectFault({
    method: 'GET',
    path: '/druid/coordinator/v1/rules/clicks',
    status: 200,
    body: [{ type: 'dropForever' }],
  });

  const { recorded, report } = await push(before);

  expect(report.segments).toEqual([
    expect.objectContaining({
      kind: 'retention',
      outcome: 'failed',
      message:
        'written, but Druid stores something else: git says loadByPeriod P7D ×2 → loadByPeriod P30D ×1 → dropForever; Druid stores dropForever',
    }),
  ]);
  expect(recorded.failed).toMatch(/retention of clicks \(failed\)/);
  expect(recorded.summary).toContain('dropForever');
});

test('a Coordinator error is reported with what was and was not done; the supervisors still deploy', async () => {
  const before = github().commit('main', { 'README.md': 'x\n' });
  github().commit('main', {
    'supervisors/clicks.json': json(spec('clicks')),
    'retention/clicks.yaml': RETENTION,
    'compaction/clicks.yaml': COMPACTION,
  });
  emulator.control.injectFault({
    method: 'POST',
    path: '/druid/coordinator/v1/config/compaction',
    status: 500,
    body: { error: 'metadata store unavailable' },
  });
  // A transient answer to the repeatable rules write is retried.
  emulator.control.injectFault({
    method: 'POST',
    path: '/druid/coordinator/v1/rules/clicks',
    status: 503,
    times: 1,
  });

  const { recorded, report } = await push(before);

  expect(report.segments).toEqual([
    expect.objectContaining({
      kind: 'compaction',
      outcome: 'failed',
      message: expect.stringContaining('metadata store unavailable'),
    }),
    expect.objectContaining({ kind: 'retention', outcome: 'applied' }),
  ]);
  expect(report.segments[0]?.message).toContain('the cluster keeps no automatic compaction');
  expect(await emulator.client.getDatasourceCompactionConfig('clicks')).toBeUndefined();
  expect(JSON.parse(recorded.outputs.deployed as string)).toEqual(['clicks']);
  expect(recorded.failed).toMatch(/compaction of clicks \(failed\)/);
  const rulePosts = emulator.control
    .requests()
    .filter((r) => r.method === 'POST' && r.path === '/druid/coordinator/v1/rules/clicks');
  expect(rulePosts.map((r) => r.status)).toEqual([503, 200]);
});

test('rules changed in the console are not overwritten unless on-drift is overwrite; a file with errors is not applied', async () => {
  const before = github().commit('main', { 'retention/clicks.yaml': '- type: dropForever\n' });
  github().commit('main', {
    'retention/clicks.yaml': RETENTION,
    'retention/views.yaml': '- type: loadByPeriod\n  period: 30 days\n',
  });
  await emulator.client.setRetentionRules('clicks', [{ type: 'loadForever' }]);

  const refused = await push(before);
  expect(refused.report.segments.map((s) => [s.dataSource, s.outcome])).toEqual([
    ['clicks', 'drift'],
    ['views', 'failed'],
  ]);
  expect(refused.report.segments[1]?.message).toMatch(/^not applied: 1 error-level finding/);
  expect(await emulator.client.getRetentionRules('clicks')).toEqual([
    expect.objectContaining({ type: 'loadForever' }),
  ]);
  expect(emulator.control.writes().filter((w) => w.path.startsWith('/druid/coordinator'))).toHaveLength(1);

  const overwritten = await push(before, { 'on-drift': 'overwrite' });
  expect(overwritten.report.segments[0]).toMatchObject({
    outcome: 'applied',
    message: 'applied and read back (overwriting a change made outside git)',
  });
});

test('each applied file says whether it is what the merged pull request’s review showed', async () => {
  const before = github().commit('main', {
    'supervisors/clicks.json': json(spec('clicks')),
    'supervisors/views.json': json(spec('views')),
  });
  const pr = github().openPullRequest({
    head: 'segments',
    files: { 'retention/clicks.yaml': RETENTION, 'retention/views.yaml': RETENTION },
  });
  const reviewEnv = await actionEnvironment(github(), 'pull_request', { pullNumber: pr });
  const workspace = mkdtempSync(path.join(tmpdir(), 'druid-gitops-ws-'));
  const review = fakeRuntime({ 'github-token': github().token, 'supervisors-path': 'supervisors' });
  await runAction(review.runtime, runContext({ ...reviewEnv, RUNNER_TEMP: workspace }), workspace, {
    github: fakeClientOptions(github()),
  });
  // views' rules change again after the review, and the pull request merges without a new one.
  github().commit('segments', {
    ...github().files('segments'),
    'retention/views.yaml': RETENTION.replace('P30D', 'P60D'),
  });
  github().mergePullRequest(pr);

  const { recorded, report } = await push(before);

  const reviewed = report.segments as Array<{ dataSource: string; reviewed?: string }>;
  expect(Object.fromEntries(reviewed.map((result) => [result.dataSource, result.reviewed]))).toEqual({
    clicks: 'as-reviewed',
    views: 'differs',
  });
  expect(recorded.summary).toContain('This file differs from the one the pull request review showed');
});
