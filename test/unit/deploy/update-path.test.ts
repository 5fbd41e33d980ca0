/**
 * The least disruptive update path the cluster's release allows, against the emulator playing each
 * release: from 38.0.0 an update Druid applies without restarting (only the autoscaled taskCount
 * changes) is submitted directly; everything else keeps suspend → submit → resume → verify; on
 * Druid 33 nothing changes. The autoscaler's task count is never reported as a change nor undone.
 */
import { deploySupervisor } from '../../../src/deploy/deploy-supervisor.js';
import { previewDeploy } from '../../../src/deploy/preview.js';
import type { SupervisorResult } from '../../../src/deploy/result.js';
import {
  comparison,
  running,
  spec,
  target,
  useDeployHarness,
  type DeployHarness,
} from '../../support/deploy.js';

const deployHarness = useDeployHarness();
let harness: DeployHarness;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests edit specs freely
type Edit = (spec: any) => void;
const autoscaled =
  (extra: object = {}, taskCount?: number): Edit =>
  (s) => {
    if (taskCount === undefined) delete s.spec.ioConfig.taskCount;
    else s.spec.ioConfig.taskCount = taskCount;
    s.spec.ioConfig.autoScalerConfig = {
      enableTaskAutoScaler: true,
      taskCountMin: 1,
      taskCountMax: 4,
      ...extra,
    };
  };
const both =
  (...edits: Edit[]): Edit =>
  (s) => {
    for (const edit of edits) edit(s);
  };

async function start(
  druidVersion: string,
  overrides: Parameters<typeof deployHarness>[0] = {},
): Promise<void> {
  harness = await deployHarness(overrides, { druidVersion });
}

async function deploy(head: object, base: object): Promise<SupervisorResult> {
  return deploySupervisor(
    target('clicks', head as never, base as never),
    harness.context,
    comparison(harness.context.druidVersion),
  );
}

const writes = (): string[] =>
  harness.emulator.control.writes().map((request) => `${request.method} ${request.path}`);
const liveTaskCount = async (): Promise<unknown> =>
  ((await harness.client.getSupervisorSpec('clicks')).spec as { ioConfig: { taskCount: unknown } }).ioConfig
    .taskCount;

describe('the update path by release', () => {
  test('38.0.0: a taskCount git changes under the autoscaler is submitted in place — no suspend, nothing restarts', async () => {
    await start('38.0.0');
    const base = spec('clicks', autoscaled({}, 2));
    const head = spec('clicks', autoscaled({}, 3));
    await running(harness, base);
    const taskIds = (): string[] =>
      (
        harness.emulator.control.status('clicks')?.payload as { activeTasks: { id: string }[] }
      ).activeTasks.map((task) => task.id);
    const tasks = taskIds();
    harness.emulator.control.clearRequests();

    const result = await deploy(head, base);

    expect(result).toMatchObject({
      outcome: 'applied',
      updatePath: 'in-place',
      answer: { id: 'clicks', modified: true, restarted: false },
    });
    expect(result.message).toContain('new spec applied in place, nothing restarted');
    expect(writes()).toEqual(['POST /druid/indexer/v1/supervisor']);
    expect(result.timeline.find((event) => event.step === 'path')?.detail).toContain(
      'Druid 38.0.0 applies this without restarting the supervisor or its tasks',
    );
    expect(result.timeline.find((event) => event.step === 'submit')?.detail).toContain(
      'nothing restarted (applied in place)',
    );
    expect(await liveTaskCount()).toBe(3);
    expect(taskIds()).toEqual(tasks); // the same tasks read on
    harness.emulator.control.clearRequests();
    expect(await deploy(head, base)).toMatchObject({ outcome: 'unchanged' });
    expect(writes()).toEqual([]);
  });

  test('38.0.0: the same change with a suspend in git is not in place: the run state changes too', async () => {
    await start('38.0.0');
    const base = spec('clicks', autoscaled({}, 2));
    const head = spec(
      'clicks',
      both(autoscaled({}, 3), (s) => (s.suspended = true)),
    );
    await running(harness, base);
    harness.emulator.control.clearRequests();

    const result = await deploy(head, base);

    expect(result).toMatchObject({ outcome: 'applied', updatePath: 'restart' });
    expect(result.timeline.find((event) => event.step === 'path')?.detail).toContain(
      'But the supervisor is also suspended',
    );
    expect(writes()).toEqual([
      'POST /druid/indexer/v1/supervisor/clicks/suspend',
      'POST /druid/indexer/v1/supervisor',
    ]);
  });

  test('38.0.0: the dry run says in place only where the deploy goes in place', async () => {
    await start('38.0.0');
    const base = spec('clicks', autoscaled({}, 2));
    await running(harness, base);
    harness.emulator.control.clearRequests();
    const preview = (head: object) =>
      previewDeploy(
        target('clicks', head as never, base as never),
        harness.context,
        comparison(harness.context.druidVersion),
      );

    expect((await preview(spec('clicks', autoscaled({}, 3)))).sentence).toContain(
      'would submit taskCount 3 in place',
    );
    const suspending = await preview(
      spec(
        'clicks',
        both(autoscaled({}, 3), (s) => (s.suspended = true)),
      ),
    );
    expect(suspending.sentence).not.toContain('in place');
    expect(harness.emulator.control.writes()).toEqual([]);
  });

  test('38.0.0: any other change keeps suspend → submit → resume → verify, and says what Druid answered', async () => {
    await start('38.0.0');
    const base = spec('clicks');
    const head = spec('clicks', (s) => (s.spec.ioConfig.taskDuration = 'PT2H'));
    await running(harness, base);
    harness.emulator.control.clearRequests();

    const result = await deploy(head, base);

    expect(result).toMatchObject({ outcome: 'applied', updatePath: 'restart', answer: { modified: true } });
    expect(writes()).toEqual([
      'POST /druid/indexer/v1/supervisor/clicks/suspend',
      'POST /druid/indexer/v1/supervisor',
      'POST /druid/indexer/v1/supervisor/clicks/resume',
    ]);
    expect(result.timeline.find((event) => event.step === 'path')?.detail).toContain(
      'Druid 38.0.0 restarts the supervisor and its tasks for this change',
    );
  });

  test('33.0.0 (the real lane): the same path as always, and Druid says nothing about restarts', async () => {
    await start('33.0.0');
    const base = spec('clicks');
    const head = spec('clicks', (s) => (s.spec.ioConfig.taskDuration = 'PT2H'));
    await running(harness, base);
    harness.emulator.control.clearRequests();

    const result = await deploy(head, base);

    expect(result).toMatchObject({ outcome: 'applied', updatePath: 'restart', answer: { id: 'clicks' } });
    expect(result.answer).not.toHaveProperty('restarted');
    expect(writes()).toEqual([
      'POST /druid/indexer/v1/supervisor/clicks/suspend',
      'POST /druid/indexer/v1/supervisor',
      'POST /druid/indexer/v1/supervisor/clicks/resume',
    ]);
    expect(result.timeline.find((event) => event.step === 'submit')?.detail).toContain(
      'Druid answered with the id only',
    );
  });
});

describe("the autoscaler's task count is Druid's", () => {
  test.each(['37.0.0', '38.0.0'])(
    '%s: a count the autoscaler moved is no change, and an update keeps it',
    async (version) => {
      await start(version);
      const base = spec('clicks', autoscaled());
      await running(harness, base);
      harness.emulator.control.autoscale('clicks', 3);
      harness.emulator.control.clearRequests();

      expect(await deploy(base, base)).toMatchObject({ outcome: 'unchanged' });
      expect(writes()).toEqual([]);

      const head = spec(
        'clicks',
        both(autoscaled(), (s) => (s.spec.ioConfig.taskDuration = 'PT2H')),
      );
      const result = await deploy(head, base);
      expect(result).toMatchObject({ outcome: 'applied', updatePath: 'restart' });
      expect(result.timeline.find((event) => event.step === 'path')?.detail).toContain(
        "submits the autoscaler's current task count with the new spec",
      );
      expect(await liveTaskCount()).toBe(3);
    },
  );

  test('36.0.0 cannot keep it: the deploy says the restart resets it', async () => {
    await start('36.0.0');
    const base = spec('clicks', autoscaled());
    await running(harness, base);
    harness.emulator.control.autoscale('clicks', 3);
    const head = spec(
      'clicks',
      both(autoscaled(), (s) => (s.spec.ioConfig.taskDuration = 'PT2H')),
    );

    const result = await deploy(head, base);

    expect(result.timeline.find((event) => event.step === 'path')?.detail).toContain(
      "Druid 36.0.0 starts an autoscaled supervisor at taskCountMin (1) whatever taskCount says, so the autoscaler's current count is reset",
    );
    expect(await liveTaskCount()).toBe(1);
  });

  test('38.0.0 without the autoscaler: a taskCount git leaves out means 1, not the running count', async () => {
    await start('38.0.0', { onDrift: 'overwrite' });
    const base = spec('clicks', (s) => delete s.spec.ioConfig.taskCount);
    await running(
      harness,
      spec('clicks', (s) => (s.spec.ioConfig.taskCount = 2)),
    );
    const head = spec('clicks', (s) => {
      delete s.spec.ioConfig.taskCount;
      s.spec.ioConfig.taskDuration = 'PT2H';
    });

    expect(await deploy(head, base)).toMatchObject({ outcome: 'applied' });
    expect(await liveTaskCount()).toBe(1);
    harness.emulator.control.clearRequests();
    expect(await deploy(head, base)).toMatchObject({ outcome: 'unchanged' });
    expect(writes()).toEqual([]);
  });
});

describe('the in-place path keeps the deploy invariants', () => {
  test('38.0.0: an in-place submit Druid refuses is restored; when the restore cannot resume it, the supervisor is named with manual steps and its record kept (invariant 1)', async () => {
    await start('38.0.0');
    const base = spec('clicks', autoscaled({}, 2));
    const head = spec('clicks', autoscaled({}, 3));
    await running(harness, base);
    harness.emulator.control.injectFault({
      method: 'POST',
      path: '/druid/indexer/v1/supervisor',
      status: 400,
      body: { error: 'refused' },
      times: 1,
    });
    harness.emulator.control.injectFault({
      method: 'POST',
      path: '/druid/indexer/v1/supervisor/clicks/resume',
      status: 400,
      body: { error: 'refused' },
    });
    harness.emulator.control.clearRequests();

    const result = await deploy(head, base);

    expect(result).toMatchObject({ outcome: 'restore-failed', updatePath: 'in-place' });
    expect(result.manualSteps?.length).toBeGreaterThan(0);
    expect((await harness.client.getSupervisorSpec('clicks')).suspended).toBe(true);
    expect(harness.journal.open.has('clicks')).toBe(true);
  });

  test('38.0.0: a taskCount git changes under the autoscaler does not overwrite a live spec changed out of band (invariant 5)', async () => {
    await start('38.0.0');
    const base = spec('clicks', autoscaled({}, 2));
    const head = spec('clicks', autoscaled({}, 3));
    await running(
      harness,
      spec(
        'clicks',
        both(autoscaled({}, 2), (s) => (s.spec.ioConfig.taskDuration = 'PT2H')),
      ),
    );
    harness.emulator.control.clearRequests();

    const result = await deploy(head, base);

    expect(result.outcome).toBe('drift');
    expect(writes()).toEqual([]);
    expect(await liveTaskCount()).toBe(2);
  });
});
