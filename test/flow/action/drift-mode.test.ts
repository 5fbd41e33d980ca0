/**
 * The scheduled drift check (schedule payload, as GitHub documents it) against the emulator and
 * the OpenAPI-checked GitHub fake: the one `druid-drift` issue is opened, updated, and closed when
 * git and the cluster agree again; Druid is only read.
 */
import { useGitHubFake } from '../../support/github-fake/jest.js';
import { spec } from '../../support/deploy.js';
import { useEmulator } from '../../support/emulator.js';
import { json, RECOVERY_CLUSTER, runEvent, running, writes } from './recover-harness.js';

const github = useGitHubFake();
const harness = useEmulator(RECOVERY_CLUSTER);

const scheduled = async (extra: Record<string, string> = {}) => {
  harness.control.clearRequests();
  const result = await runEvent(github(), harness, 'schedule', {}, extra);
  expect(writes(harness)).toEqual([]); // drift only reads Druid
  return result;
};
const driftIssues = (state?: 'open' | 'closed') =>
  github().issues({ label: 'druid-drift', ...(state ? { state } : {}) });

test('the drift issue is opened, updated while the cluster differs, and closed when they agree again', async () => {
  github().commit('main', {
    'supervisors/clicks.json': json(spec('clicks')),
    'supervisors/views.json': json(spec('views')),
    'supervisors/orders.json': json(spec('orders')),
  });
  await running(harness, spec('clicks'));
  await harness.client.submitSupervisor(spec('clicks', (s) => (s.spec.ioConfig.taskCount = 3))); // by hand
  await running(harness, spec('views'));
  await running(harness, spec('legacy')); // git does not know it
  // orders: in git, not on the cluster

  const first = await scheduled();
  expect(first.recorded.failed).toMatch(/The cluster differs from git for clicks, legacy, orders/);
  expect(JSON.parse(first.recorded.outputs.changed as string)).toEqual(['clicks', 'legacy', 'orders']);
  const [opened] = driftIssues('open');
  expect(opened?.title).toBe('Druid cluster differs from git: clicks, legacy, orders');
  expect(opened?.body).toContain('changed   /spec/ioConfig/taskCount: 1 → 3');
  expect(opened?.body).toContain('runs on the cluster, but no file in git describes it');
  expect(opened?.body).toContain('git describes it, but the cluster does not run it');
  expect(opened?.body).toContain(
    'changed on the cluster at 2026-01-01T00:01:00.000Z (Druid records when, not who)',
  );
  expect(opened?.body).toContain('<!-- druid-gitops:drift -->');
  expect(first.recorded.summary).toContain(opened!.number.toString());

  // Someone changes views too: the same issue is updated, not a second one opened.
  await harness.client.submitSupervisor(
    spec('views', (s) => (s.spec.tuningConfig.maxRowsPerSegment = 1_000_000)),
  );
  const second = await scheduled();
  expect(second.recorded.failed).toMatch(/clicks, legacy, orders, views/);
  expect(driftIssues()).toHaveLength(1);
  expect(driftIssues('open')[0]?.body).toContain('/spec/tuningConfig/maxRowsPerSegment: 5000000 → 1000000');

  // Git and the cluster agree again: the issue is closed with a comment.
  for (const id of ['clicks', 'views']) await harness.client.submitSupervisor(spec(id));
  await harness.client.submitSupervisor(spec('orders'));
  await harness.client.terminateSupervisor('legacy');
  const third = await scheduled();
  expect(third.recorded.failed).toBeUndefined();
  expect(JSON.parse(third.recorded.outputs.changed as string)).toEqual([]);
  const [closed] = driftIssues('closed');
  expect(closed?.number).toBe(opened?.number);
  expect(github().comments(closed!.number).at(-1)?.body).toMatch(
    /agree again for all 3 supervisors.*Closing\./,
  );
  expect(third.recorded.summary).toContain('agree for all 3 supervisors');
});

test('fail-on-drift: false reports the drift without failing the job', async () => {
  github().commit('main', { 'supervisors/clicks.json': json(spec('clicks')) });
  await running(
    harness,
    spec('clicks', (s) => (s.spec.ioConfig.taskCount = 2)),
  );
  const { recorded } = await scheduled({ 'fail-on-drift': 'false' });
  expect(recorded.failed).toBeUndefined();
  expect(driftIssues('open')).toHaveLength(1);
});

test('with the cluster input, each cluster keeps its own drift issue, titled with its name', async () => {
  github().commit('main', { 'supervisors/clicks.json': json(spec('clicks')) });
  await running(
    harness,
    spec('clicks', (s) => (s.spec.ioConfig.taskCount = 2)),
  );
  await scheduled({ cluster: 'staging' });
  await scheduled({ cluster: 'production' });
  await scheduled({ cluster: 'staging' });

  const titles = driftIssues('open').map((issue) => issue.title);
  expect(titles.sort()).toEqual([
    'Druid cluster differs from git: clicks on production',
    'Druid cluster differs from git: clicks on staging',
  ]);
});

test('differences only in defaults, spellings and key order are not drift', async () => {
  github().commit('main', {
    'supervisors/clicks.json': json(spec('clicks', (s) => (s.spec.ioConfig.taskDuration = 'PT60M'))),
  });
  await running(
    harness,
    spec('clicks', (s) => (s.spec.tuningConfig.maxRowsInMemory = 150_000)),
  ); // the default
  const { recorded } = await scheduled();
  expect(recorded.failed).toBeUndefined();
  expect(driftIssues()).toHaveLength(0);
});

test('a changed credential is reported without its value', async () => {
  const withSecret = (password: string) =>
    spec('clicks', (s) => {
      s.spec.ioConfig.consumerProperties['sasl.jaas.config'] =
        `org.apache.kafka.common.security.plain.PlainLoginModule required username="druid" password="${password}";`;
    });
  github().commit('main', { 'supervisors/clicks.json': json(withSecret('old-secret-1')) });
  await running(harness, withSecret('new-secret-2'));
  const { recorded } = await scheduled();
  const body = driftIssues('open')[0]?.body ?? '';
  expect(body).toContain('/spec/ioConfig/consumerProperties/sasl.jaas.config: "[REDACTED]" → "[REDACTED]"');
  for (const text of [body, recorded.summary, JSON.stringify(recorded)]) {
    expect(text).not.toContain('old-secret-1');
    expect(text).not.toContain('new-secret-2');
  }
});

test('a cluster that cannot be read fails the run and leaves the issue as it was', async () => {
  github().commit('main', { 'supervisors/clicks.json': json(spec('clicks')) });
  const existing = github().addIssue({ title: 'a person’s note', labels: ['druid-drift'] });
  harness.control.injectFault({
    method: 'GET',
    path: '/druid/indexer/v1/supervisor',
    status: 403,
    body: { 'Access-Check-Result': 'Unauthorized' },
  });
  const { recorded } = await runEvent(github(), harness, 'schedule', {});
  expect(recorded.failed).toMatch(/^GET \/druid\/indexer\/v1\/supervisor\?full.*403/);
  expect(
    github()
      .issues({ state: 'open' })
      .map((issue) => issue.number),
  ).toEqual([existing]);
});
