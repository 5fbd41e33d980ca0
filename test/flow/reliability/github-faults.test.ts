/**
 * The fault matrix's GitHub side: a deploy whose change to `clicks` fails and is restored (a
 * rollback pull request) and whose `views` cannot be restored (an issue), run as the action runs,
 * against the emulator and the OpenAPI-checked GitHub fake. GitHub's faults — a 5xx, a 5xx after
 * GitHub acted (the answer lost), its secondary rate limit, and a 5xx that does not go away — hit
 * every request the deploy makes to GitHub, once each. Either the rollback PR and the issue exist,
 * once each and describing the divergence, or the job fails with the summary saying what could
 * not be opened (docs/design.md, invariants 1 and 2).
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runAction } from '../../../src/action/run.js';
import type { SupervisorResult } from '../../../src/deploy/result.js';
import type { Fault } from '../../support/github-fake/faults.js';
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
  clusters: [
    { name: 'prod', servers: ['kafka:9092'], autoCreateTopics: { partitions: 1, ratePerSec: 20 } },
    { name: 'edge', servers: ['edge-kafka:9092'], autoCreateTopics: { partitions: 1, ratePerSec: 20 } },
  ],
  client: { retry: { baseDelayMs: 1, maxDelayMs: 2 } },
});

const json = (value: object) => `${JSON.stringify(value, null, 2)}\n`;
const onEdge = (s: { spec: { ioConfig: { consumerProperties: Record<string, string> } } }) =>
  (s.spec.ioConfig.consumerProperties['bootstrap.servers'] = 'edge-kafka:9092');

/** Seeds git and the cluster, then runs the deploy of the failing change with `faults` armed. */
async function failingDeploy(faults: (operations: string[]) => void, operations: string[] = []) {
  const before = github().commit('main', {
    'supervisors/clicks.json': json(spec('clicks')),
    'supervisors/views.json': json(spec('views', onEdge)),
  });
  github().commit('main', {
    'supervisors/clicks.json': json(
      spec('clicks', (s) => (s.spec.ioConfig.consumerProperties['bootstrap.servers'] = 'kafka-typo:9092')),
    ),
    'supervisors/views.json': json(
      spec('views', (s) => {
        onEdge(s);
        s.spec.ioConfig.taskCount = 2;
      }),
    ),
  });
  for (const value of [spec('clicks'), spec('views', onEdge)]) await emulator.client.submitSupervisor(value);
  emulator.control.advance(60_000);
  emulator.control.breakBrokers('edge'); // views can neither take its new spec nor go back
  const env = await actionEnvironment(github(), 'push', { before });
  const workspace = mkdtempSync(path.join(tmpdir(), 'druid-gitops-ghfaults-'));
  const { runtime, recorded } = fakeRuntime({
    'github-token': github().token,
    'druid-url': emulator.url,
    rollback: 'pr',
  });
  const startedAt = github().requests.length;
  faults(operations);
  await runAction(runtime, runContext({ ...env, RUNNER_TEMP: workspace }), workspace, {
    overlord: emulator.client,
    clock: emulator.clock,
    github: fakeClientOptions(github()),
  });
  const report = JSON.parse(readFileSync(recorded.outputs.report as string, 'utf8')) as {
    results: SupervisorResult[];
  };
  const byId = new Map(report.results.map((result) => [result.id, result]));
  return { recorded, byId, requests: github().requests.slice(startedAt) };
}

/**
 * Every operation the failing deploy sends to GitHub, found by the first test's fault-free run
 * (the tests of a file run in order), so an operation added later is faulted too.
 */
let operations: string[] = [];
let writes: string[] = [];

function rollbackPulls() {
  return github()
    .pulls()
    .filter((pull) => pull.pull?.headRef.startsWith('druid-gitops/rollback/clicks-'));
}

test('without faults: a rollback PR for the restored supervisor, an issue for the one that needs a person', async () => {
  const { recorded, byId, requests } = await failingDeploy(() => {});
  const idsOf = (list: typeof requests) => [
    ...new Set(list.flatMap((request) => (request.operationId ? [request.operationId] : []))),
  ];
  operations = idsOf(requests);
  writes = idsOf(requests.filter((request) => request.method !== 'GET'));
  expect(byId.get('clicks')?.outcome).toBe('restored');
  expect(byId.get('views')?.outcome).toBe('restore-failed');
  expect(rollbackPulls()).toHaveLength(1);
  expect(github().issues({ label: 'druid-restore-failed' })).toHaveLength(1);
  expect(recorded.failed).toMatch(/clicks \(restored\).*views \(restore-failed\)/);
  expect(writes.length).toBeGreaterThan(3);
});

const transient: Array<[string, (operation: string) => [Fault, { operationId: string; times: number }]]> = [
  [
    'a 502 on each request',
    (operationId) => [
      { kind: 'status', status: 502 },
      { operationId, times: 1 },
    ],
  ],
  [
    'the secondary rate limit on each request',
    (operationId) => [
      { kind: 'secondary-rate-limit', retryAfterSeconds: 60 },
      { operationId, times: 1 },
    ],
  ],
];

describe.each(transient)('GitHub answers %s once', (_name, fault) => {
  test('the rollback PR and the issue still exist, once each, describing the divergence', async () => {
    expect(operations.length).toBeGreaterThan(0);
    const { recorded, byId } = await failingDeploy((ops) => {
      for (const operation of ops) github().failNext(...fault(operation));
    }, operations);

    const pulls = rollbackPulls();
    expect(pulls).toHaveLength(1);
    expect(pulls[0]?.body).toContain('UNHEALTHY_SUPERVISOR');
    expect(recorded.outputs['rollback-pr']).toContain(`/pull/${pulls[0]?.number}`);
    const issues = github().issues({ label: 'druid-restore-failed' });
    expect(issues).toHaveLength(1);
    expect(issues[0]?.body).toContain('views');
    expect(byId.get('clicks')?.github?.error).toBeUndefined();
    expect(byId.get('views')?.github?.error).toBeUndefined();
    expect(recorded.failed).toMatch(/clicks \(restored\).*views \(restore-failed\)/);
  });
});

test('a 502 after GitHub acted (the answer lost) on each write never opens a second PR or issue', async () => {
  expect(writes.length).toBeGreaterThan(0);
  await failingDeploy((ops) => {
    for (const operationId of ops)
      github().failNext({ kind: 'status', status: 502, afterHandling: true }, { operationId, times: 1 });
  }, writes);

  expect(rollbackPulls()).toHaveLength(1);
  expect(github().issues({ label: 'druid-restore-failed' })).toHaveLength(1);
});

test.each([
  { operationId: 'pulls/create', id: 'clicks', what: 'rollback pull request' },
  { operationId: 'issues/create', id: 'views', what: 'issue' },
])(
  'when $operationId keeps failing, the job fails and the summary says the $what for $id could not be opened',
  async ({ operationId, id, what }) => {
    const { recorded, byId } = await failingDeploy(() =>
      github().failNext({ kind: 'status', status: 502 }, { operationId, times: 100 }),
    );

    expect(byId.get(id)?.github?.error).toContain(`the ${what} could not be opened`);
    expect(recorded.summary).toContain(id);
    expect(recorded.summary).toContain(`${what} could not be opened`);
    expect(recorded.failed).toMatch(new RegExp(`${id} \\(`));
  },
);
