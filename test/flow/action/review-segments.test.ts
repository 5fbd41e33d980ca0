/**
 * Retention and compaction files in the pull-request review, through the action with the GitHub
 * fake and the emulator's Coordinator: the semantic diff and findings in the same sticky comment,
 * the dry-run line from the datasource's used segments, a cross-check failing the check, and a
 * repository without segment folders reviewed exactly as before. The review never writes.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runAction } from '../../../src/action/run.js';
import { decodeMetadata } from '../../../src/github/index.js';
import { useEmulator } from '../../support/emulator.js';
import { fakeClientOptions } from '../../support/github-fake/client-options.js';
import { actionEnvironment } from '../../support/github-fake/events.js';
import { useGitHubFake } from '../../support/github-fake/jest.js';
import { fakeRuntime } from '../../support/fake-runtime.js';
import { spec } from '../../support/deploy.js';
import { runContext } from '../../support/run-context.js';

const github = useGitHubFake();
const emulator = useEmulator({
  version: '33.0.0',
  clusters: [{ name: 'prod', servers: ['kafka:9092'], autoCreateTopics: { partitions: 1, ratePerSec: 5 } }],
  client: { readOnly: true },
});

const json = (value: object) => `${JSON.stringify(value, null, 2)}\n`;
const DAY = 86_400_000;
// Late rows rejected after PT6H: with taskDuration PT1H the stream writes 7 hours back.
const clicks = json(spec('clicks', (s) => (s.spec.ioConfig.lateMessageRejectionPeriod = 'PT6H')));
const KEEP_90_DAYS = json([{ type: 'loadByPeriod', period: 'P90D' }, { type: 'dropForever' }]);
const COMPACTION = json({ skipOffsetFromLatest: 'PT12H' });

async function review(pullNumber: number, options: { cluster?: boolean; failOn?: string } = {}) {
  const env = await actionEnvironment(github(), 'pull_request', { pullNumber, action: 'opened' });
  const workspace = mkdtempSync(path.join(tmpdir(), 'druid-gitops-ws-'));
  const { runtime, recorded } = fakeRuntime({
    'github-token': github().token,
    'supervisors-path': 'supervisors',
    'fail-on': options.failOn ?? 'error',
    ...(options.cluster ? { 'druid-url': emulator.url } : {}),
  });
  await runAction(runtime, runContext({ ...env, RUNNER_TEMP: workspace }), workspace, {
    ...(options.cluster ? { overlord: emulator.client } : {}),
    github: fakeClientOptions(github()),
  });
  const comments = github()
    .comments(pullNumber)
    .filter((comment) => comment.body.includes('<!-- druid-gitops:review -->'));
  expect(comments).toHaveLength(1);
  return { recorded, body: comments[0]!.body };
}

test('a retention change shows its rule diff and the segments the new rules would drop, read from the cluster without writing', async () => {
  github().commit('main', {
    'supervisors/clicks.json': clicks,
    'retention/clicks.json': KEEP_90_DAYS,
    'compaction/clicks.json': COMPACTION,
  });
  // Thirty daily segments, the newest ending now; the cluster has no rules for clicks yet.
  const today = Math.floor(Date.now() / DAY) * DAY;
  emulator.control.addSegments(
    Array.from({ length: 30 }, (_, index) => ({
      dataSource: 'clicks',
      interval: `${new Date(today - (index + 1) * DAY).toISOString()}/${new Date(today - index * DAY).toISOString()}`,
      size: 1024 * 1024,
    })),
  );
  const pr = github().openPullRequest({
    head: 'shorter-retention',
    files: {
      'retention/clicks.json': json([{ type: 'loadByPeriod', period: 'P7D' }, { type: 'dropForever' }]),
    },
  });
  emulator.control.clearRequests();

  const { body, recorded } = await review(pr, { cluster: true });

  expect(body).toContain('No supervisor changes on merge. Retention and compaction: 1 file changes');
  expect(body).toMatch(
    /<code>clicks<\/code><br><sub>retention\/clicks\.json<\/sub> \| retention rules \| ✏️ update/,
  );
  expect(body).toContain('~ /0/period: "P90D" → "P7D"');
  expect(body).toMatch(
    /Dry run: would drop 23 of 30 used segments \(23\.0 MiB\) that the cluster's \\?_default rules \(the datasource has none\) keep, from \d{4}-\d\d-\d\dT00:00:00\.000Z\//,
  );
  expect(emulator.control.writes()).toEqual([]);
  expect(recorded.failed).toBeUndefined();
});

test('without a cluster the dry run says what it could not check', async () => {
  github().commit('main', { 'supervisors/clicks.json': clicks, 'retention/clicks.json': KEEP_90_DAYS });
  const pr = github().openPullRequest({
    head: 'retention-no-cluster',
    files: {
      'retention/clicks.json': json([{ type: 'loadByPeriod', period: 'P30D' }, { type: 'dropForever' }]),
    },
  });
  const { body } = await review(pr);
  expect(body).toContain('Dry run not possible: no cluster was given');
});

test('a compaction change is diffed as Druid stores it: writing a default is not a change', async () => {
  github().commit('main', {
    'supervisors/clicks.json': clicks,
    'retention/clicks.json': KEEP_90_DAYS,
    'compaction/clicks.json': COMPACTION,
  });
  const pr = github().openPullRequest({
    head: 'compaction-tuning',
    files: {
      'compaction/clicks.json': json({
        skipOffsetFromLatest: 'PT8H',
        taskPriority: 25,
        tuningConfig: { partitionsSpec: { type: 'dynamic', maxRowsPerSegment: 3000000 } },
      }),
    },
  });
  const { body, recorded } = await review(pr);
  expect(body).toMatch(
    /<code>clicks<\/code><br><sub>compaction\/clicks\.json<\/sub> \| compaction \| ✏️ update \| ✅ safe/,
  );
  expect(body).toContain('~ /skipOffsetFromLatest: "PT12H" → "PT8H"');
  expect(body).toContain('/tuningConfig');
  expect(body).not.toContain('taskPriority');
  expect(recorded.failed).toBeUndefined();
  // The deploy can check that what merges is what was reviewed.
  const metadata = decodeMetadata(body, 'review')?.data as { segmentHashes?: Record<string, string> };
  expect(Object.keys(metadata.segmentHashes ?? {}).sort()).toEqual(['compaction/clicks', 'retention/clicks']);
});

test('a cross-check broken by a compaction change fails the check and is annotated on the supervisor', async () => {
  github().commit('main', {
    'supervisors/clicks.json': clicks,
    'retention/clicks.json': KEEP_90_DAYS,
    'compaction/clicks.json': COMPACTION,
  });
  const pr = github().openPullRequest({
    head: 'compaction-too-eager',
    files: { 'compaction/clicks.json': json({ skipOffsetFromLatest: 'PT1H' }) },
  });
  const { body, recorded } = await review(pr, { failOn: 'warning' });
  expect(body).toMatch(/compaction\/clicks\.json[^\n]*⚠️ needs attention/);
  expect(body).toContain('Cross-checks on <code>clicks</code>');
  expect(body).toContain('compaction/clicks.json skips only the newest PT1H');
  expect(recorded.failed).toMatch(/^1 error- or warning-level finding in the changed specs/);
  expect(recorded.annotations).toContainEqual(
    expect.objectContaining({
      file: 'supervisors/clicks.json',
      title: expect.stringContaining('guardrail/late-data-vs-compaction'),
    }),
  );
});

test('a broken retention file blocks the merge with its line and column', async () => {
  github().commit('main', { 'supervisors/clicks.json': clicks, 'retention/clicks.json': KEEP_90_DAYS });
  const pr = github().openPullRequest({
    head: 'typo',
    files: {
      'retention/clicks.json': json([{ type: 'loadByPeriod', period: '90 days' }, { type: 'dropForever' }]),
    },
  });
  const { body, recorded } = await review(pr);
  expect(body).toContain('**Do not merge yet.**');
  expect(body).toMatch(/retention\/clicks\.json[^\n]*⛔ blocked/);
  expect(recorded.annotations).toContainEqual(
    expect.objectContaining({ severity: 'error', file: 'retention/clicks.json', line: 4 }),
  );
});

test('a repository without segment folders is reviewed as before: no retention section, no missing-file findings', async () => {
  github().commit('main', { 'supervisors/clicks.json': clicks });
  const pr = github().openPullRequest({
    head: 'more-tasks',
    files: { 'supervisors/clicks.json': json(spec('clicks', (s) => (s.spec.ioConfig.taskCount = 2))) },
  });
  const { body } = await review(pr);
  expect(body).not.toMatch(/Retention and compaction|retention-missing|compaction-missing|Dry run/);
  expect(body).toContain('~ /spec/ioConfig/taskCount: 1 → 2');
});
