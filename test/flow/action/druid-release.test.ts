/**
 * The cluster's own release decides: the review and the deploy read it (GET /status) and validate,
 * compare and update for it, and say so when .druid-gitops.yml names another. Against the emulator
 * playing Druid 38.0.0 and the GitHub fake.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runAction } from '../../../src/action/run.js';
import { runDrift } from '../../../src/flows/drift.js';
import { readDruidRelease, withRelease } from '../../../src/flows/druid-release.js';
import { specComparison } from '../../../src/diff/compare.js';
import { parseConfig } from '../../../src/config/config-file.js';
import { driftSummaryMarkdown } from '../../../src/report/drift-markdown.js';
import { fakeClientOptions } from '../../support/github-fake/client-options.js';
import { actionEnvironment } from '../../support/github-fake/events.js';
import { useGitHubFake } from '../../support/github-fake/jest.js';
import { useEmulator } from '../../support/emulator.js';
import { fakeRuntime } from '../../support/fake-runtime.js';
import { spec } from '../../support/deploy.js';
import { runContext } from '../../support/run-context.js';

const github = useGitHubFake();
const emulator = useEmulator({
  version: '38.0.0',
  clusters: [{ name: 'prod', servers: ['kafka:9092'], autoCreateTopics: { partitions: 2, ratePerSec: 20 } }],
  client: { retry: { baseDelayMs: 1, maxDelayMs: 2 } },
});

const json = (value: object) => `${JSON.stringify(value, null, 2)}\n`;
const CONFIG = 'druidVersion: 35.0.0\n';

/** The workspace the action runs in: only the configuration; specs come through the contents API. */
function workspace(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'druid-gitops-ws-'));
  writeFileSync(path.join(folder, '.druid-gitops.yml'), CONFIG);
  return folder;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests edit specs freely
const autoscaled = (taskCount: number) => (s: any) => {
  s.spec.ioConfig.taskCount = taskCount;
  s.spec.ioConfig.autoScalerConfig = { enableTaskAutoScaler: true, taskCountMin: 1, taskCountMax: 4 };
};

test('the review follows the cluster’s release, says it differs from druidVersion, and predicts the in-place path', async () => {
  github().commit('main', { 'supervisors/clicks.json': json(spec('clicks', autoscaled(1))) });
  const pr = github().openPullRequest({
    head: 'more-tasks',
    files: {
      'supervisors/clicks.json': json(spec('clicks', autoscaled(2))),
      // 37.0.0+ reads serverPriorityToReplicas: on the cluster's release it is a working setting.
      'supervisors/views.json': json(
        spec('views', (s) => {
          delete s.spec.ioConfig.replicas;
          s.spec.ioConfig.serverPriorityToReplicas = { '0': 1 };
        }),
      ),
    },
  });
  await emulator.client.submitSupervisor(spec('clicks', autoscaled(1)));
  emulator.control.clearRequests();
  const folder = workspace();
  const env = await actionEnvironment(github(), 'pull_request', { pullNumber: pr, action: 'opened' });
  const { runtime, recorded } = fakeRuntime({
    'github-token': github().token,
    'supervisors-path': 'supervisors',
    'druid-url': emulator.url,
  });

  await runAction(runtime, runContext({ ...env, RUNNER_TEMP: folder }), folder, {
    overlord: emulator.connect({ readOnly: true }),
    github: fakeClientOptions(github()),
  });

  const body = github()
    .comments(pr)
    .find((comment) => comment.body.includes('<!-- druid-gitops:review -->'))?.body;
  expect(body).toContain(
    'The cluster runs Druid 38.0.0, but druidVersion in .druid-gitops.yml says 35.0.0: this run validates, compares and deploys for 38.0.0',
  );
  expect(body).toMatch(/<code>clicks<\/code>[^\n]*applied in place \(nothing restarts\)/);
  expect(body).toContain('Druid 38.0.0 applies this without restarting the supervisor or its tasks');
  expect(body).not.toContain('silently drops');
  expect(emulator.control.writes()).toEqual([]);
  expect(recorded.failed).toBeUndefined();
});

test('the deploy follows the cluster’s release: an autoscaled taskCount goes in place, and the summary says which path and what Druid answered', async () => {
  const before = github().commit('main', { 'supervisors/clicks.json': json(spec('clicks', autoscaled(1))) });
  github().commit('main', { 'supervisors/clicks.json': json(spec('clicks', autoscaled(2))) });
  await emulator.client.submitSupervisor(spec('clicks', autoscaled(1)));
  emulator.control.advance(60_000);
  emulator.control.clearRequests();
  const folder = workspace();
  const env = await actionEnvironment(github(), 'push', { before });
  const { runtime, recorded } = fakeRuntime({
    'github-token': github().token,
    'druid-url': emulator.url,
    'supervisors-path': 'supervisors',
  });

  await runAction(runtime, runContext({ ...env, RUNNER_TEMP: folder }), folder, {
    overlord: emulator.client,
    clock: emulator.clock,
    github: fakeClientOptions(github()),
  });

  expect(recorded.failed).toBeUndefined();
  expect(emulator.control.writes().map((request) => `${request.method} ${request.path}`)).toEqual([
    'POST /druid/indexer/v1/supervisor',
  ]);
  expect(recorded.summary).toContain(
    'The cluster runs Druid 38.0.0, but druidVersion in .druid-gitops.yml says 35.0.0',
  );
  expect(recorded.summary).toContain('new spec applied in place, nothing restarted');
  expect(recorded.summary).toContain('modified: true, restarted: false');
  expect(recorded.annotations).toContainEqual(
    expect.objectContaining({ severity: 'notice', title: 'Druid release' }),
  );
});

test('drift follows the cluster’s release: a count the autoscaler moved is not drift', async () => {
  await emulator.client.submitSupervisor(spec('clicks', autoscaled(1)));
  emulator.control.advance(60_000);
  emulator.control.autoscale('clicks', 3);
  const loaded = parseConfig('.druid-gitops.yml', CONFIG);
  const release = await readDruidRelease(emulator.client, loaded);
  const config = withRelease(loaded, release);
  const report = await runDrift({
    commit: 'abc1234',
    files: [
      {
        path: 'supervisors/clicks.json',
        bytes: new TextEncoder().encode(json(spec('clicks', autoscaled(1)))),
      },
    ],
    config,
    client: emulator.client,
    compare: specComparison(config.druidVersion),
    maxParallel: 2,
    release,
  });
  expect(report.drifted).toEqual([]);
  expect(driftSummaryMarkdown(report)).toContain('The cluster runs Druid 38.0.0, but druidVersion');
});
