/**
 * The action on real pull_request payloads (@octokit/webhooks-examples), against the GitHub fake
 * (every request checked against GitHub's OpenAPI description) and, where a cluster is given, the
 * Overlord emulator — which the review must never write to.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
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
  version: '35.0.0',
  clusters: [{ name: 'prod', servers: ['kafka:9092'], autoCreateTopics: { partitions: 1, ratePerSec: 5 } }],
  client: { readOnly: true },
});

const json = (value: object) => `${JSON.stringify(value, null, 2)}\n`;

async function review(
  pullNumber: number,
  options: {
    event?: 'pull_request' | 'pull_request_target';
    action?: string;
    cluster?: boolean;
    failOn?: string;
    /** The `cluster` input: the cluster's name when a repository has several. */
    clusterName?: string;
    forkOwner?: string;
  } = {},
) {
  const event = options.event ?? 'pull_request';
  const env = await actionEnvironment(github(), event, {
    pullNumber,
    action: options.action ?? 'opened',
    ...(options.forkOwner ? { forkOwner: options.forkOwner } : {}),
  });
  const workspace = mkdtempSync(path.join(tmpdir(), 'druid-gitops-ws-')); // no .git: specs through the API
  const { runtime, recorded } = fakeRuntime({
    'github-token': github().token,
    'supervisors-path': 'supervisors',
    'fail-on': options.failOn ?? 'error',
    ...(options.cluster ? { 'druid-url': emulator.url } : {}),
    ...(options.clusterName ? { cluster: options.clusterName } : {}),
  });
  await runAction(runtime, runContext({ ...env, RUNNER_TEMP: workspace }), workspace, {
    ...(options.cluster ? { overlord: emulator.client } : {}),
    github: fakeClientOptions(github()),
  });
  return { recorded, workspace };
}

function reviewComments(pullNumber: number) {
  return github()
    .comments(pullNumber)
    .filter((comment) => comment.body.includes('<!-- druid-gitops:review -->'));
}

test('one sticky comment: summary table first, verdicts, hidden hashes; updated in place on the next push, found past the first page', async () => {
  github().commit('main', {
    'supervisors/clicks.json': json(spec('clicks')),
    'supervisors/views.json': json(spec('views')),
  });
  const pr = github().openPullRequest({
    head: 'more-tasks',
    files: {
      'supervisors/clicks.json': json(spec('clicks', (s) => (s.spec.ioConfig.taskCount = 2))),
      'supervisors/views.json': json(
        spec('views', (s) => s.spec.dataSchema.dimensionsSpec.dimensions.shift()),
      ),
      'supervisors/orders.json': json(
        spec('orders', (s) => (s.spec.tuningConfig.handoffConditionTimeout = 'PT10M')),
      ),
    },
  });

  const first = await review(pr);

  const [comment] = reviewComments(pr);
  expect(reviewComments(pr)).toHaveLength(1);
  const body = comment!.body;
  expect(body.indexOf('| Supervisor |')).toBeLessThan(body.indexOf('<details'));
  expect(body).toMatch(/<code>orders<\/code>[^\n]*🆕 create[^\n]*⛔ blocked/);
  expect(body).toMatch(/<code>views<\/code>[^\n]*✏️ update[^\n]*💥 breaking/);
  expect(body).toMatch(/<code>clicks<\/code>[^\n]*✏️ update[^\n]*✅ safe/);
  expect(body).toContain('~ /spec/ioConfig/taskCount: 1 → 2');
  const metadata = decodeMetadata(body, 'review')?.data as { hashes: Record<string, string> } | undefined;
  expect(Object.keys(metadata?.hashes ?? {}).sort()).toEqual(['clicks', 'orders', 'views']);
  expect(first.recorded.failed).toMatch(/^1 error-level finding in the changed specs/);
  expect(first.recorded.outputs['comment-url']).toContain(`/pull/${pr}#issuecomment-`);
  expect(JSON.parse(first.recorded.outputs.changed as string).sort()).toEqual(['clicks', 'orders', 'views']);
  expect(first.recorded.annotations[0]).toMatchObject({ severity: 'error', file: 'supervisors/orders.json' });

  github().addComments(pr, 150);
  await review(pr, { action: 'synchronize' });
  expect(reviewComments(pr)).toHaveLength(1);
  expect(github().comments(pr)).toHaveLength(151);
});

test('a pull request changing 300 supervisors completes and the comment stays within 65,536 characters', async () => {
  const base: Record<string, string> = {};
  const head: Record<string, string> = {};
  for (let index = 0; index < 300; index++) {
    const id = `stream_${String(index).padStart(3, '0')}`;
    base[`supervisors/${id}.json`] = json(spec(id));
    head[`supervisors/${id}.json`] = json(
      spec(id, (s) => {
        s.spec.ioConfig.taskCount = 2;
        if (index % 50 === 0) s.spec.dataSchema.dimensionsSpec.dimensions.push(`extra_${index}`);
        if (index % 7 === 0) s.spec.tuningConfig.maxRowPerSegment = 1;
      }),
    );
  }
  github().commit('main', base);
  const pr = github().openPullRequest({ head: 'bulk', files: head });

  const { recorded } = await review(pr);

  const [comment] = reviewComments(pr);
  expect(comment!.body.length).toBeLessThanOrEqual(65_536);
  expect(comment!.body).toContain('job summary');
  expect(recorded.summary).toContain('stream_299');
  expect(JSON.parse(recorded.outputs.changed as string)).toHaveLength(300);
}, 60_000);

test('hostile text from a spec is inert in the comment, and credentials appear in no output', async () => {
  const canary = 'CANARY-sasl-secret-7f3a9c';
  const withSecret = (password: string) =>
    spec('clicks', (s) => {
      s.spec.ioConfig.consumerProperties['sasl.jaas.config'] =
        `org.apache.kafka.common.security.plain.PlainLoginModule required username="u" password="${password}";`;
    });
  github().commit('main', { 'supervisors/clicks.json': json(withSecret('old-CANARY-91b2')) });
  const hostile = '<img src=x onerror=alert(1)> @octocat `x` [link](https://evil.example) </details>';
  const pr = github().openPullRequest({
    head: 'hostile',
    files: {
      'supervisors/clicks.json': json({
        ...withSecret(canary),
        spec: { ...(withSecret(canary).spec as object), [hostile]: 1 },
      }),
    },
  });

  const { recorded } = await review(pr);

  const body = reviewComments(pr)[0]!.body;
  expect(body).not.toContain('<img');
  expect(body).not.toContain('@octocat');
  expect(body).not.toMatch(/[^\\]\[link\]\(/);
  expect(body.match(/<\/details>/g)?.length).toBe(body.match(/<details/g)?.length);
  const outputs = [
    body,
    recorded.summary,
    JSON.stringify(recorded.outputs),
    readFileSync(recorded.outputs.report as string, 'utf8'),
    ...recorded.annotations.map((a) => a.message),
  ];
  for (const text of outputs) {
    expect(text).not.toContain(canary);
    expect(text).not.toContain('old-CANARY-91b2');
  }
  expect(body).toContain('sasl.jaas.config');
});

test('with a cluster: live state and drift are shown, and the review makes no write request to Druid', async () => {
  const writer = emulator.connect();
  await writer.submitSupervisor(spec('clicks', (s) => (s.spec.ioConfig.replicas = 2))); // changed outside git
  emulator.control.advance(60_000);
  emulator.control.clearRequests();
  github().commit('main', { 'supervisors/clicks.json': json(spec('clicks')) });
  const pr = github().openPullRequest({
    head: 'tasks',
    files: { 'supervisors/clicks.json': json(spec('clicks', (s) => (s.spec.ioConfig.taskCount = 2))) },
  });

  await review(pr, { cluster: true });

  expect(emulator.control.writes()).toEqual([]);
  expect(emulator.control.requests().length).toBeGreaterThan(0);
  const body = reviewComments(pr)[0]!.body;
  expect(body).toContain('Changed outside git');
  expect(body).toContain('/spec/ioConfig/replicas');
  expect(body).toContain('Live cluster read (Druid 35.0.0)');
});

test('pull_request_target reads the specs through the API, and works without any cluster or Druid credentials', async () => {
  github().commit('main', { 'supervisors/clicks.json': json(spec('clicks')) });
  const pr = github().openPullRequest({
    head: 'fork-change',
    files: { 'supervisors/clicks.json': json(spec('clicks', (s) => (s.spec.ioConfig.taskCount = 3))) },
  });
  const { recorded } = await review(pr, { event: 'pull_request_target' });
  expect(recorded.failed).toBeUndefined();
  expect(reviewComments(pr)[0]!.body).toContain('~ /spec/ioConfig/taskCount: 1 → 3');
  expect(github().requests.some((request) => request.operationId === 'repos/get-content')).toBe(true);
});

describe('a pull_request from a fork, whose token GitHub makes read-only', () => {
  const refuseComments = () =>
    github().failNext(
      { kind: 'status', status: 403, message: 'Resource not accessible by integration' },
      { operationId: 'issues/create-comment' },
    );

  test('the refused comment is a warning: the review is in the job summary and the check passes on clean specs', async () => {
    github().commit('main', { 'supervisors/clicks.json': json(spec('clicks')) });
    const pr = github().openPullRequest({
      head: 'more-tasks',
      files: { 'supervisors/clicks.json': json(spec('clicks', (s) => (s.spec.ioConfig.taskCount = 2))) },
    });
    refuseComments();

    const { recorded } = await review(pr, { forkOwner: 'contributor' });

    expect(recorded.failed).toBeUndefined();
    expect(reviewComments(pr)).toHaveLength(0);
    expect(recorded.summary).toContain('~ /spec/ioConfig/taskCount: 1 → 2');
    expect(recorded.annotations).toContainEqual(
      expect.objectContaining({ severity: 'warning', title: 'Review comment not written' }),
    );
    expect(recorded.outputs['comment-url']).toBeUndefined();
  });

  test('the check still fails on error-level findings, for those and not for the comment', async () => {
    github().commit('main', { 'supervisors/clicks.json': json(spec('clicks')) });
    const pr = github().openPullRequest({
      head: 'broken',
      files: {
        'supervisors/clicks.json': json(
          spec('clicks', (s) => (s.spec.tuningConfig.handoffConditionTimeout = 'PT10M')),
        ),
      },
    });
    refuseComments();

    const { recorded } = await review(pr, { forkOwner: 'contributor' });

    expect(recorded.failed).toMatch(/^1 error-level finding in the changed specs/);
  });

  test('the same refusal on a pull request from the repository itself is a failure (missing pull-requests: write)', async () => {
    github().commit('main', { 'supervisors/clicks.json': json(spec('clicks')) });
    const pr = github().openPullRequest({
      head: 'more-tasks',
      files: { 'supervisors/clicks.json': json(spec('clicks', (s) => (s.spec.ioConfig.taskCount = 2))) },
    });
    refuseComments();

    const { recorded } = await review(pr);

    expect(recorded.failed).toMatch(/403/);
  });
});

test('several clusters reviewing one pull request keep a comment each, titled with the cluster, each updated in place', async () => {
  github().commit('main', { 'supervisors/clicks.json': json(spec('clicks')) });
  const pr = github().openPullRequest({
    head: 'more-tasks',
    files: { 'supervisors/clicks.json': json(spec('clicks', (s) => (s.spec.ioConfig.taskCount = 2))) },
  });

  await review(pr, { clusterName: 'staging' });
  await review(pr, { clusterName: 'Production' });
  await review(pr, { clusterName: 'staging', action: 'synchronize' });

  const bodies = github()
    .comments(pr)
    .map((comment) => comment.body);
  expect(bodies).toHaveLength(2);
  expect(bodies[0]).toContain('<!-- druid-gitops:review/staging -->');
  expect(bodies[0]).toContain('## druid-gitops review: staging');
  expect(bodies[1]).toContain('<!-- druid-gitops:review/production -->');
  expect(bodies[1]).toContain('## druid-gitops review: Production');
  expect(decodeMetadata(bodies[1]!, 'review/production')?.data).toHaveProperty('hashes.clicks');
});
