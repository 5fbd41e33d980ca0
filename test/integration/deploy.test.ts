/**
 * The deploy path against a real Druid: the cluster reports its own release (GET /status, captured
 * for the contract tests) and the run follows it; the normaliser sees no difference between a git
 * spec and Druid's re-serialisation of it (so drift and diffs are noise-free); on Druid 33 an update
 * goes through suspend → submit → resume → verify as it always did (Druid answers the id only), an
 * autoscaled taskCount is no change, and a resume that fails reaches Druid's real unhealthy state
 * and is restored.
 */
import { deploySupervisor } from '../../src/deploy/deploy-supervisor.js';
import type { DeployContext } from '../../src/deploy/context.js';
import { systemClock } from '../../src/common/clock.js';
import { specComparison } from '../../src/diff/compare.js';
import type { JsonObject } from '../../src/common/json.js';
import { readDruidRelease } from '../../src/flows/druid-release.js';
import { capture } from './support/capture.js';
import { clusterEnv, createTopic, events, overlord, produce, terminateIfPresent } from './support/cluster.js';

const env = clusterEnv();
const client = overlord();
const compare = specComparison(env.DRUID_VERSION);
const ID = 'it_deploy';

afterAll(async () => {
  await terminateIfPresent(client, ID);
  await client.close();
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests edit specs freely
function spec(changes: (s: any) => void = () => {}): JsonObject {
  const value = {
    type: 'kafka',
    spec: {
      dataSchema: {
        dataSource: ID,
        timestampSpec: { column: 'timestamp', format: 'iso' },
        dimensionsSpec: {
          dimensions: ['page', { type: 'long', name: 'user_id' }, { type: 'double', name: 'latency' }],
        },
        metricsSpec: [
          { type: 'count', name: 'count' },
          { type: 'doubleSum', name: 'latency_sum', fieldName: 'latency' },
        ],
        granularitySpec: { segmentGranularity: 'hour', queryGranularity: 'minute', rollup: true },
        transformSpec: {
          transforms: [{ type: 'expression', name: 'page_upper', expression: 'upper(page)' }],
        },
      },
      ioConfig: {
        topic: 'it_deploy_events',
        inputFormat: { type: 'json', flattenSpec: { useFieldDiscovery: true } },
        consumerProperties: { 'bootstrap.servers': env.KAFKA_BOOTSTRAP, 'default.api.timeout.ms': '3000' },
        taskCount: 1,
        replicas: 1,
        taskDuration: 'PT60M',
        startDelay: 'PT1S',
        period: 'PT5S',
        completionTimeout: 'PT20M',
        lateMessageRejectionPeriod: 'P1D',
      },
      tuningConfig: {
        type: 'kafka',
        maxRowsInMemory: 100000,
        intermediatePersistPeriod: 'PT5M',
        handoffConditionTimeout: 600000,
      },
    },
  };
  changes(value);
  return value;
}

function context(): DeployContext {
  return {
    client,
    clock: systemClock,
    druidVersion: env.DRUID_VERSION,
    audit: { author: 'druid-gitops integration test', comment: 'deploy lane' },
    onDrift: 'fail',
    prune: false,
    confirmed: new Set(),
    journal: { suspended: async () => {}, settled: async () => {} },
    log: (message) => process.stdout.write(`${message}\n`),
  };
}

beforeAll(async () => {
  createTopic('it_deploy_events', 2);
  produce(
    'it_deploy_events',
    events(50, (index) => ({ page: `/p/${index % 5}`, user_id: index, latency: 1.5 })),
  );
});

test('the cluster reports its own release, and a run follows it over druidVersion', async () => {
  const raw = await capture('status', 'GET', '/status');
  expect(raw.status).toBe(200);
  expect((await client.getServerStatus()).version).toBe(env.DRUID_VERSION);
  const release = await readDruidRelease(client, {
    druidVersion: '35.0.0',
    druidVersionAt: { file: '.druid-gitops.yml', line: 1, column: 15 },
  });
  expect(release).toMatchObject({ version: env.DRUID_VERSION, reported: env.DRUID_VERSION });
  expect(release.notes[0]).toContain(
    `The cluster runs Druid ${env.DRUID_VERSION}, but druidVersion in .druid-gitops.yml says 35.0.0`,
  );
});

test("the normaliser sees no difference between a git spec and Druid's stored re-serialisation, and sees a real one", async () => {
  const head = spec();
  await client.submitSupervisor({ ...head, suspended: true });
  const stored = await client.getSupervisorSpec(ID);
  expect(compare.changes(head, stored)).toEqual([]);
  expect(compare.effective(stored)).toEqual(compare.effective(head));

  const changed = spec((s) => {
    s.spec.ioConfig.taskCount = 2;
    s.spec.dataSchema.dimensionsSpec.dimensions.reverse();
  });
  expect(compare.changes(stored, changed).map((change) => [change.pointer, change.kind])).toEqual(
    expect.arrayContaining([
      ['/spec/ioConfig/taskCount', 'changed'],
      ['/spec/dataSchema/dimensionsSpec/dimensions', 'reordered'],
    ]),
  );
  await terminateIfPresent(client, ID);
});

test('create, then update through suspend → submit → resume → verify, then a no-op re-run', async () => {
  const base = spec();
  const created = await deploySupervisor(
    { id: ID, file: 'supervisors/it.json', head: base },
    context(),
    compare,
  );
  expect(created.outcome).toBe('created');

  const head = spec((s) => (s.spec.ioConfig.taskCount = 2));
  const updated = await deploySupervisor(
    { id: ID, file: 'supervisors/it.json', head, base },
    context(),
    compare,
  );
  // Druid 33 restarts on every change: the path is the one it always was, and Druid says no more.
  expect(updated).toMatchObject({ outcome: 'applied', updatePath: 'restart', answer: { id: ID } });
  expect(updated.answer).not.toHaveProperty('restarted');
  expect(updated.timeline.map((event) => event.step)).toEqual([
    'pre-flight',
    'path',
    'suspend',
    'suspended',
    ...(updated.timeline.some((event) => event.step === 'handoff') ? ['handoff'] : []),
    'submit',
    'resume',
    'verify',
  ]);
  expect(updated.timeline.find((event) => event.step === 'path')?.detail).toContain(
    `Druid ${env.DRUID_VERSION} restarts the supervisor on every spec change`,
  );
  expect(updated.timeline.find((event) => event.step === 'submit')?.detail).toContain(
    'Druid answered with the id only',
  );
  const { payload } = await client.getSupervisorStatus(ID);
  expect(payload).toMatchObject({ state: 'RUNNING', healthy: true });
  expect(payload.activeTasks).toHaveLength(2);
  expect(compare.changes(head, await client.getSupervisorSpec(ID))).toEqual([]);

  const again = await deploySupervisor(
    { id: ID, file: 'supervisors/it.json', head, base },
    context(),
    compare,
  );
  expect(again.outcome).toBe('unchanged');
});

test('an autoscaled taskCount is no change on Druid 33: nothing is submitted, nothing restarts', async () => {
  const autoscaled = (taskCount: number) =>
    spec((s) => {
      s.spec.ioConfig.taskCount = taskCount;
      s.spec.ioConfig.autoScalerConfig = { enableTaskAutoScaler: true, taskCountMin: 1, taskCountMax: 2 };
    });
  const base = autoscaled(1);
  const applied = await deploySupervisor(
    { id: ID, file: 'supervisors/it.json', head: base, base: spec((s) => (s.spec.ioConfig.taskCount = 2)) },
    { ...context(), onDrift: 'overwrite' },
    compare,
  );
  expect(applied).toMatchObject({ outcome: 'applied' });
  const versions = (await client.getSupervisorHistory(ID)).length;

  const again = await deploySupervisor(
    { id: ID, file: 'supervisors/it.json', head: autoscaled(2), base },
    context(),
    compare,
  );

  expect(again.outcome).toBe('unchanged');
  expect(await client.getSupervisorHistory(ID)).toHaveLength(versions);
  // Leave the next test a supervisor without the autoscaler, as it expects.
  await deploySupervisor(
    { id: ID, file: 'supervisors/it.json', head: spec((s) => (s.spec.ioConfig.taskCount = 2)), base },
    { ...context(), onDrift: 'overwrite' },
    compare,
  );
}, 600_000);

test("a resume that fails reaches Druid's real unhealthy state, and the previous spec is restored", async () => {
  const base = spec((s) => (s.spec.ioConfig.taskCount = 2));
  const broken = spec((s) => {
    s.spec.ioConfig.taskCount = 2;
    s.spec.ioConfig.consumerProperties['bootstrap.servers'] = '127.0.0.1:1';
  });
  const result = await deploySupervisor(
    { id: ID, file: 'supervisors/it.json', head: broken, base },
    context(),
    compare,
  );

  expect(result).toMatchObject({ outcome: 'restored', rollbackWanted: true });
  expect(result.diagnosis?.state).toBe('UNHEALTHY_SUPERVISOR (UNABLE_TO_CONNECT_TO_STREAM)');
  expect(result.diagnosis?.recentErrors[0]).toMatchObject({ streamException: true });
  expect(compare.changes(base, await client.getSupervisorSpec(ID))).toEqual([]);
  const { payload } = await client.getSupervisorStatus(ID);
  expect(payload).toMatchObject({ state: 'RUNNING', healthy: true, suspended: false });
});
