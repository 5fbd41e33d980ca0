import { deploySupervisor } from '../../../src/deploy/deploy-supervisor.js';
import type { SupervisorResult } from '../../../src/deploy/result.js';
import { normalizeSpec } from '../../../src/diff/normalize.js';
import {
  comparison,
  DRUID_VERSION,
  running,
  spec,
  target,
  useDeployHarness,
  type DeployHarness,
} from '../../support/deploy.js';
import { useEmulator } from '../../support/emulator.js';

/** A follower Overlord, for the test that deploys through one. */
const follower = useEmulator({
  version: DRUID_VERSION,
  start: 'inTest',
  client: { retry: { baseDelayMs: 1, maxDelayMs: 5 } },
});
const deployHarness = useDeployHarness();
let harness: DeployHarness;

const compare = comparison();
const effective = (value: Record<string, unknown>) =>
  normalizeSpec(value, { druidVersion: DRUID_VERSION }).spec;

async function deploy(
  id: string,
  head: Record<string, unknown> | undefined,
  base: Record<string, unknown> | undefined,
): Promise<SupervisorResult> {
  return deploySupervisor(target(id, head, base), harness.context, compare);
}

function writes(): string[] {
  return harness.emulator.control.writes().map((request) => `${request.method} ${request.path}`);
}

async function liveSpec(id: string) {
  return effective(await harness.client.getSupervisorSpec(id));
}

describe('deploySupervisor against the Overlord emulator', () => {
  test('happy path: suspend, wait, submit suspended, resume, verify — in that order', async () => {
    harness = await deployHarness();
    const base = spec('clicks');
    const head = spec('clicks', (s) => (s.spec.ioConfig.taskCount = 2));
    await running(harness, base);
    harness.emulator.control.clearRequests();

    const result = await deploy('clicks', head, base);

    expect(result).toMatchObject({ outcome: 'applied' });
    expect(writes()).toEqual([
      'POST /druid/indexer/v1/supervisor/clicks/suspend',
      'POST /druid/indexer/v1/supervisor',
      'POST /druid/indexer/v1/supervisor/clicks/resume',
    ]);
    const submit = harness.emulator.control
      .requests()
      .find((request) => request.method === 'POST' && request.path === '/druid/indexer/v1/supervisor');
    expect(submit?.query).toContain('skipRestartIfUnmodified=true');
    expect(result.timeline.map((event) => event.step)).toEqual([
      'pre-flight',
      'path',
      'suspend',
      'suspended',
      'handoff',
      'submit',
      'resume',
      'verify',
    ]);
    expect(await liveSpec('clicks')).toEqual(effective(head));
    const { payload } = await harness.client.getSupervisorStatus('clicks');
    expect(payload).toMatchObject({ state: 'RUNNING', healthy: true, suspended: false });
    expect(payload.activeTasks).toHaveLength(2);
    expect(harness.journal.open.size).toBe(0);
  });

  test('the wait for health says what it waits for, each time the picture changes', async () => {
    harness = await deployHarness();
    const base = spec('clicks');
    await running(harness, base);
    const waits: string[] = [];
    harness.context.waitingFor = (activity) => waits.push(activity);

    const result = await deploy(
      'clicks',
      spec('clicks', (s) => (s.spec.ioConfig.taskCount = 2)),
      base,
    );

    expect(result).toMatchObject({ outcome: 'applied' });
    expect(waits.length).toBeGreaterThan(0);
    expect(waits.every((wait) => wait.startsWith('clicks: verify: '))).toBe(true);
    expect(waits).toContainEqual(
      expect.stringMatching(/^clicks: verify: healthy for \d+ s of the \d+ s it must hold$/),
    );
  });

  test('a re-run whose spec is already live is a no-op: no suspend, no restart, no write', async () => {
    harness = await deployHarness();
    const head = spec('clicks');
    await running(harness, head);
    harness.emulator.control.clearRequests();

    const result = await deploy(
      'clicks',
      head,
      spec('clicks', (s) => (s.spec.ioConfig.taskCount = 3)),
    );

    expect(result.outcome).toBe('unchanged');
    expect(writes()).toEqual([]);
  });

  test('a live spec changed outside git is not overwritten, and the three-way diff is reported', async () => {
    harness = await deployHarness();
    const base = spec('clicks');
    await running(
      harness,
      spec('clicks', (s) => (s.spec.ioConfig.replicas = 2)),
    );
    harness.emulator.control.clearRequests();

    const result = await deploy(
      'clicks',
      spec('clicks', (s) => (s.spec.ioConfig.taskCount = 2)),
      base,
    );

    expect(result.outcome).toBe('drift');
    expect(writes()).toEqual([]);
    expect(result.drift?.outOfBand).toEqual([
      expect.objectContaining({ pointer: '/spec/ioConfig/replicas', before: 1, after: 2 }),
    ]);
    expect(result.drift?.wanted).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ pointer: '/spec/ioConfig/replicas' }),
        expect.objectContaining({ pointer: '/spec/ioConfig/taskCount' }),
      ]),
    );
  });

  test('on-drift: overwrite replaces the out-of-band spec', async () => {
    harness = await deployHarness({ onDrift: 'overwrite' });
    await running(
      harness,
      spec('clicks', (s) => (s.spec.ioConfig.replicas = 2)),
    );
    const head = spec('clicks', (s) => (s.spec.ioConfig.taskCount = 2));
    const result = await deploy('clicks', head, spec('clicks'));
    expect(result.outcome).toBe('applied');
    expect(result.timeline.map((event) => event.step)).toContain('drift');
    expect(await liveSpec('clicks')).toEqual(effective(head));
  });

  test('a new file creates the supervisor: submitted suspended, then resumed and verified', async () => {
    harness = await deployHarness();
    const result = await deploy('orders', spec('orders'), undefined);
    expect(result.outcome).toBe('created');
    expect(writes()).toEqual([
      'POST /druid/indexer/v1/supervisor',
      'POST /druid/indexer/v1/supervisor/orders/resume',
    ]);
    expect((await harness.client.getSupervisorStatus('orders')).payload.state).toBe('RUNNING');
  });

  test('a new supervisor that never becomes healthy is left suspended and reported, never terminated', async () => {
    harness = await deployHarness();
    const result = await deploy(
      'orders',
      spec('orders', (s) => (s.spec.ioConfig.consumerProperties['bootstrap.servers'] = 'nowhere:9092')),
      undefined,
    );
    expect(result).toMatchObject({
      outcome: 'left-suspended',
      diagnosis: { state: 'UNHEALTHY_SUPERVISOR (UNABLE_TO_CONNECT_TO_STREAM)' },
    });
    expect(result.manualSteps?.length).toBeGreaterThan(0);
    expect(writes()).not.toContain('POST /druid/indexer/v1/supervisor/orders/terminate');
    const stored = await harness.client.getSupervisorSpec('orders');
    expect(stored.suspended).toBe(true);
  });

  test('a deleted file does nothing without prune, asks for confirmation with prune, terminates when confirmed', async () => {
    harness = await deployHarness();
    const base = spec('clicks');
    await running(harness, base);
    harness.emulator.control.clearRequests();

    expect((await deploy('clicks', undefined, base)).outcome).toBe('skipped');
    harness.context.prune = true;
    const unconfirmed = await deploy('clicks', undefined, base);
    expect(unconfirmed).toMatchObject({
      outcome: 'skipped',
      message: expect.stringContaining('confirm: clicks'),
    });
    expect(writes()).toEqual([]);

    harness.context.confirmed = new Set(['clicks']);
    expect((await deploy('clicks', undefined, base)).outcome).toBe('pruned');
    expect(writes()).toEqual(['POST /druid/indexer/v1/supervisor/clicks/terminate']);
  });

  test('brokers of another Kafka cluster (guardrail/kafka-cluster-changed) are deployed like any change: no reset or reset-offsets runs by itself', async () => {
    harness = await deployHarness();
    const base = spec('clicks');
    await running(harness, base);
    harness.emulator.control.clearRequests();
    const moved = spec(
      'clicks',
      (s) => (s.spec.ioConfig.consumerProperties['bootstrap.servers'] = 'kafka-dr-1:9092,kafka-dr-2:9092'),
    );

    await deploy('clicks', moved, base);

    expect(writes().length).toBeGreaterThan(0);
    expect(writes().filter((write) => /\/(reset|resetOffsets|terminate)$/.test(write))).toEqual([]);
  });

  test('a resume that fails restores the previous spec, running and healthy, and asks for a rollback', async () => {
    harness = await deployHarness();
    const base = spec('clicks');
    await running(harness, base);
    const broken = spec(
      'clicks',
      (s) => (s.spec.ioConfig.consumerProperties['bootstrap.servers'] = 'kafka-typo:9092'),
    );

    const result = await deploy('clicks', broken, base);

    expect(result).toMatchObject({ outcome: 'restored', rollbackWanted: true });
    expect(result.diagnosis?.state).toBe('UNHEALTHY_SUPERVISOR (UNABLE_TO_CONNECT_TO_STREAM)');
    expect(result.diagnosis?.recentErrors.length).toBeGreaterThan(0);
    expect(await liveSpec('clicks')).toEqual(effective(base));
    const { payload } = await harness.client.getSupervisorStatus('clicks');
    expect(payload).toMatchObject({ state: 'RUNNING', healthy: true, suspended: false });
    expect(harness.journal.open.size).toBe(0);
    expect(result.timeline.map((event) => event.step)).toEqual(
      expect.arrayContaining(['failed', 'submit', 'resume', 'verify']),
    );
  });

  test('when the restore fails too, the result says so with manual steps; nothing is left silently suspended', async () => {
    harness = await deployHarness();
    const base = spec('clicks');
    await running(harness, base);
    harness.emulator.control.breakBrokers('prod');

    const result = await deploy(
      'clicks',
      spec('clicks', (s) => (s.spec.ioConfig.taskCount = 2)),
      base,
    );

    expect(result.outcome).toBe('restore-failed');
    expect(result.manualSteps?.join(' ')).toContain('Kafka lag grows');
    expect(harness.journal.open.has('clicks')).toBe(true);
  });

  test('a supervisor a person suspended gets the new spec and stays suspended', async () => {
    harness = await deployHarness();
    const base = spec('clicks');
    await running(harness, base);
    await harness.client.suspendSupervisor('clicks');
    harness.emulator.control.advance(60_000);
    harness.emulator.control.clearRequests();
    const head = spec('clicks', (s) => (s.spec.ioConfig.taskCount = 2));

    const result = await deploy('clicks', head, base);

    expect(result.outcome).toBe('applied');
    expect(writes()).toEqual(['POST /druid/indexer/v1/supervisor']);
    expect((await harness.client.getSupervisorSpec('clicks')).suspended).toBe(true);
    expect(await liveSpec('clicks')).toEqual(effective(head));
  });

  test('a request that hangs times out and is retried where repeating is safe', async () => {
    // A short request timeout lets the injected hangs end quickly; the emulator answers in ms.
    harness = await deployHarness({}, { requestTimeoutMs: 300 });
    const base = spec('clicks');
    await running(harness, base);
    harness.emulator.control.injectFault({
      method: 'POST',
      path: '/druid/indexer/v1/supervisor/clicks/suspend',
      hang: true,
      times: 1,
    });
    harness.emulator.control.injectFault({
      method: 'GET',
      path: '/druid/indexer/v1/supervisor/clicks/status',
      hang: true,
      times: 2,
    });
    const result = await deploy(
      'clicks',
      spec('clicks', (s) => (s.spec.ioConfig.taskCount = 2)),
      base,
    );
    expect(result.outcome).toBe('applied');
  });

  test('a deploy through a follower Overlord follows its 307 to the leader', async () => {
    harness = await deployHarness();
    await follower.start({ leader: harness.emulator.url });
    const base = spec('clicks');
    await running(harness, base);
    const head = spec('clicks', (s) => (s.spec.ioConfig.taskCount = 2));
    const result = await deploySupervisor(
      target('clicks', head, base),
      { ...harness.context, client: follower.client },
      compare,
    );
    expect(result.outcome).toBe('applied');
    expect(follower.control.requests().length).toBeGreaterThan(0);
    expect(follower.control.requests().every((request) => request.status === 307)).toBe(true);
  });

  test('suspended: true in git stores the spec suspended, and flipping it back resumes and verifies', async () => {
    harness = await deployHarness();
    const base = spec('clicks');
    await running(harness, base);
    const paused = { ...spec('clicks'), suspended: true };

    const suspended = await deploy('clicks', paused, base);
    expect(suspended).toMatchObject({ outcome: 'applied', message: expect.stringContaining('as git asks') });
    expect((await harness.client.getSupervisorSpec('clicks')).suspended).toBe(true);

    const resumed = await deploy('clicks', spec('clicks'), paused);
    expect(resumed).toMatchObject({
      outcome: 'applied',
      message: expect.stringContaining('resumed, as git asks'),
    });
    expect((await harness.client.getSupervisorStatus('clicks')).payload).toMatchObject({
      state: 'RUNNING',
      healthy: true,
    });
  });

  test('a new file with suspended: true is created suspended and not resumed', async () => {
    harness = await deployHarness();
    const result = await deploy('orders', { ...spec('orders'), suspended: true }, undefined);
    expect(result.outcome).toBe('created');
    expect(writes()).toEqual(['POST /druid/indexer/v1/supervisor']);
  });

  test.each([
    ['503 Service Unavailable', { status: 503, body: '' }],
    ['429 with Retry-After', { status: 429, headers: { 'retry-after': '0' }, body: '' }],
    ['a connection reset', { reset: true }],
  ])('a transient %s at each write is retried and the deploy still applies', async (_name, fault) => {
    harness = await deployHarness();
    const base = spec('clicks');
    await running(harness, base);
    for (const path of [
      '/druid/indexer/v1/supervisor/clicks/suspend',
      '/druid/indexer/v1/supervisor',
      '/druid/indexer/v1/supervisor/clicks/resume',
    ]) {
      harness.emulator.control.injectFault({ method: 'POST', path, times: 1, ...fault });
    }
    const result = await deploy(
      'clicks',
      spec('clicks', (s) => (s.spec.ioConfig.taskCount = 2)),
      base,
    );
    expect(result.outcome).toBe('applied');
  });
});
