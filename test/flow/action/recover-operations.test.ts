/**
 * Every write operation from the Actions form (GitHub's workflow_dispatch example payload) against
 * the emulator: idempotent suspend and resume, resync with the deploy algorithm, handoff, and the
 * destructive three — refused without confirm (no write reaches Druid), refused when automatic,
 * and when confirmed: done, with offsets before and after and the reason in Druid's audit headers.
 */
import { useGitHubFake } from '../../support/github-fake/jest.js';
import { spec } from '../../support/deploy.js';
import { useEmulator } from '../../support/emulator.js';
import { json, RECOVERY_CLUSTER, runEvent, running, writes } from './recover-harness.js';

const github = useGitHubFake();
const harness = useEmulator(RECOVERY_CLUSTER);

const form = (inputs: Record<string, string>) => runEvent(github(), harness, 'workflow_dispatch', inputs);
const status = async (id = 'clicks') => (await harness.client.getSupervisorStatus(id)).payload;
const PATH = '/druid/indexer/v1/supervisor/clicks';

describe('suspend and resume', () => {
  test('suspend is read back as SUSPENDED; a second suspend changes nothing', async () => {
    await running(harness, spec('clicks'));
    harness.control.clearRequests();
    const first = await form({ operation: 'suspend', supervisor: 'clicks', reason: 'Kafka maintenance' });
    expect(first.recorded.failed).toBeUndefined();
    expect((await status()).state).toBe('SUSPENDED');
    expect(first.recorded.summary).toContain('nothing is lost');
    expect(JSON.parse(first.recorded.outputs.changed as string)).toEqual(['clicks']);
    expect(harness.control.writes()[0]?.audit).toEqual({
      author: 'druid-gitops (octocat)',
      comment: `suspend clicks by @octocat: Kafka maintenance (https://github.com/${github().repository}/actions/runs/1234567890)`,
    });

    harness.control.clearRequests();
    const second = await form({ operation: 'suspend', supervisor: 'clicks' });
    expect(second.recorded.failed).toBeUndefined();
    expect(second.report.outcome).toBe('unchanged');
    expect(writes(harness)).toEqual([`POST ${PATH}/suspend`]); // Druid's "already suspended", taken as done
  });

  test('resume is verified healthy; resuming a running supervisor sends nothing', async () => {
    await running(harness, spec('clicks'));
    await harness.client.suspendSupervisor('clicks');
    harness.control.advance(60_000);
    const { recorded, report } = await form({ operation: 'resume', supervisor: 'clicks' });
    expect(recorded.failed).toBeUndefined();
    expect(report.message).toMatch(
      /^clicks is resumed and healthy: RUNNING and healthy with 1 reading task /,
    );
    expect((await status()).state).toBe('RUNNING');

    harness.control.clearRequests();
    const again = await form({ operation: 'resume', supervisor: 'clicks' });
    expect(again.report.outcome).toBe('unchanged');
    expect(writes(harness)).toEqual([]);
  });

  test('a resume that does not become healthy fails the run and says to diagnose', async () => {
    await running(harness, spec('clicks'));
    await harness.client.suspendSupervisor('clicks');
    harness.control.breakBrokers('prod');
    const { recorded } = await form({ operation: 'resume', supervisor: 'clicks' });
    expect(recorded.failed).toMatch(/clicks is resumed but not healthy: Druid reports UNHEALTHY_SUPERVISOR/);
  });
});

describe('resync: git’s spec at HEAD with the deploy algorithm', () => {
  test('a spec changed by hand is not overwritten without on-drift: overwrite', async () => {
    github().commit('main', { 'supervisors/clicks.json': json(spec('clicks')) });
    await running(
      harness,
      spec('clicks', (s) => (s.spec.ioConfig.taskCount = 2)),
    );
    harness.control.clearRequests();

    const refused = await form({ operation: 'resync', supervisor: 'clicks' });
    expect(refused.recorded.failed).toMatch(
      /resync clicks: failed: resync from [0-9a-f]{12}: the live spec was changed outside git/,
    );
    expect(writes(harness)).toEqual([]);
    expect(refused.recorded.summary).toContain('/spec/ioConfig/taskCount');

    const applied = await runEvent(
      github(),
      harness,
      'workflow_dispatch',
      { operation: 'resync', supervisor: 'clicks' },
      {
        'on-drift': 'overwrite',
      },
    );
    expect(applied.recorded.failed).toBeUndefined();
    expect((await harness.client.getSupervisorSpec('clicks')).spec).toMatchObject({
      ioConfig: { taskCount: 1 },
    });
    expect(writes(harness)).toEqual([
      `POST ${PATH}/suspend`,
      'POST /druid/indexer/v1/supervisor',
      `POST ${PATH}/resume`,
    ]);
  });

  test('a terminated supervisor git still describes is created again', async () => {
    github().commit('main', { 'supervisors/clicks.json': json(spec('clicks')) });
    await running(harness, spec('clicks'));
    await harness.client.terminateSupervisor('clicks');
    const { recorded, report } = await form({ operation: 'resync', supervisor: 'clicks' });
    expect(recorded.failed).toBeUndefined();
    expect(report.message).toMatch(/created and running/);
  });

  test('a supervisor git does not describe cannot be resynced', async () => {
    github().commit('main', { 'supervisors/views.json': json(spec('views')) });
    await running(harness, spec('clicks'));
    const { recorded } = await form({ operation: 'resync', supervisor: 'clicks' });
    expect(recorded.failed).toMatch(/git has no spec for clicks/);
  });
});

test('handoff: the reading task groups publish early and new tasks continue', async () => {
  await running(harness, spec('clicks'));
  const reading = (await status()).activeTasks.map((task) => task.id);
  const { recorded, report } = await form({ operation: 'handoff', supervisor: 'clicks' });
  expect(recorded.failed).toBeUndefined();
  expect(report.outcome).toBe('done');
  expect(writes(harness)).toContain(`POST ${PATH}/taskGroups/handoff`);
  expect((await status()).activeTasks.map((task) => task.id)).not.toEqual(reading);
});

describe('destructive operations', () => {
  test.each([
    ['reset', {}],
    ['reset-offsets', { offsets: '{"0": 10}' }],
    ['terminate', {}],
  ])(
    '%s without confirm is refused: nothing written, the consequence and the current offsets shown',
    async (operation, extra) => {
      await running(harness, spec('clicks'));
      harness.control.clearRequests();
      const { recorded } = await form({ operation, supervisor: 'clicks', ...extra });
      expect(recorded.failed).toBe(
        `${operation} clicks: refused: ${operation} is destructive: set confirm to clicks to go ahead.`,
      );
      expect(writes(harness)).toEqual([]);
      expect(recorded.summary).toContain('**What it would do to the data:**');
      expect(recorded.summary).toContain('**Where it stands now:**');
      expect(recorded.summary).toContain(`confirm <code>clicks</code>`);
    },
  );

  test('never automatic: a confirmed reset on a schedule is refused', async () => {
    await running(harness, spec('clicks'));
    harness.control.clearRequests();
    const { recorded } = await runEvent(
      github(),
      harness,
      'schedule',
      {},
      {
        mode: 'recover',
        operation: 'reset',
        supervisor: 'clicks',
        confirm: 'clicks',
      },
    );
    expect(recorded.failed).toMatch(/reset is destructive and never runs automatically/);
    expect(writes(harness)).toEqual([]);
  });

  test('reset, confirmed: stored offsets deleted, new tasks at the latest offset, reason in the audit comment', async () => {
    await running(harness, spec('clicks'));
    await harness.client.suspendSupervisor('clicks'); // publishes: Druid now has stored offsets
    harness.control.advance(60_000);
    await harness.client.resumeSupervisor('clicks');
    harness.control.advance(60_000);
    expect(harness.control.committedOffsets('clicks')).toBeDefined();
    harness.control.clearRequests();

    const { recorded, report } = await form({
      operation: 'reset',
      supervisor: 'clicks',
      confirm: 'clicks',
      reason: 'INC-42 offsets gone',
    });

    expect(recorded.failed).toBeUndefined();
    expect(writes(harness)).toEqual([`POST ${PATH}/reset`]);
    expect(harness.control.writes()[0]?.audit?.comment).toMatch(
      /^reset clicks by @octocat: INC-42 offsets gone/,
    );
    expect(harness.control.committedOffsets('clicks')).toBeUndefined();
    expect(report.before).toMatchObject({ readingTasks: 1 });
    expect(report.after).toMatchObject({ readingTasks: 1 });
    expect(recorded.summary).toContain('skipped — data loss');
    expect(recorded.summary).toContain('**Before:**');
    expect(recorded.summary).toContain('**After:**');
  });

  test('reset-offsets, confirmed: the given partitions resume where asked; an unknown partition is refused', async () => {
    await running(harness, spec('clicks'));
    await harness.client.suspendSupervisor('clicks'); // publishes: the stored offsets move forward
    harness.control.advance(60_000);
    await harness.client.resumeSupervisor('clicks');
    harness.control.advance(60_000);
    const stored = harness.control.committedOffsets('clicks') ?? {};
    const typo = await form({
      operation: 'reset-offsets',
      supervisor: 'clicks',
      confirm: 'clicks',
      offsets: '{"p0": 10}',
    });
    expect(typo.recorded.failed).toMatch(
      /Druid reports no partition p0 for clicks \(it has 0, 1\); nothing was changed/,
    );

    const back = (stored['0'] ?? 0) - 100;
    const forward = (stored['1'] ?? 0) + 50;
    const { recorded, report } = await form({
      operation: 'reset-offsets',
      supervisor: 'clicks',
      confirm: 'clicks',
      offsets: JSON.stringify({ '0': back, '1': forward }),
    });
    expect(recorded.failed).toBeUndefined();
    expect(harness.control.committedOffsets('clicks')).toEqual({ '0': back, '1': forward });
    const after = report.after as { partitions: Array<{ partition: string; taskStart?: number }> };
    expect(after.partitions.map((p) => [p.partition, p.taskStart])).toEqual([
      ['0', back],
      ['1', forward],
    ]);
    expect(recorded.summary).toContain(
      `Partition 0: back from ${stored['0']?.toLocaleString('en-US')} to ${back.toLocaleString('en-US')}: 100 records read again (duplicates).`,
    );
    expect(recorded.summary).toContain(
      `Partition 1: forward from ${stored['1']?.toLocaleString('en-US')} to ${forward.toLocaleString('en-US')}: 50 records skipped (data loss).`,
    );
  });

  test('terminate, confirmed: gone from Druid, offsets kept, and the summary warns the next deploy brings it back', async () => {
    github().commit('main', { 'supervisors/clicks.json': json(spec('clicks')) });
    await running(harness, spec('clicks'));
    const { recorded } = await form({
      operation: 'terminate',
      supervisor: 'clicks',
      confirm: 'clicks',
      reason: 'retired',
    });
    expect(recorded.failed).toBeUndefined();
    await expect(harness.client.getSupervisorSpec('clicks')).rejects.toThrow(/404/);
    expect(recorded.summary).toContain(
      'Git still has supervisors/clicks.json: the next deploy creates the supervisor again',
    );
    expect(harness.control.writes().at(-1)?.audit?.comment).toMatch(/^terminate clicks by @octocat: retired/);
  });
});

test('Druid’s error echoing a credential reaches neither the summary nor the report', async () => {
  await running(
    harness,
    spec('clicks', (s) => {
      s.spec.ioConfig.consumerProperties['sasl.jaas.config'] =
        'org.apache.kafka.common.security.plain.PlainLoginModule required username="druid" password="s3cret-pw-42";';
    }),
  );
  harness.control.injectFault({
    method: 'POST',
    path: `${PATH}/suspend`,
    status: 400,
    body: { error: 'Cannot suspend: consumer config password="s3cret-pw-42" rejected' },
  });
  const { recorded, report } = await form({ operation: 'suspend', supervisor: 'clicks' });
  expect(recorded.failed).toMatch(/suspend failed: .*\[REDACTED\]/);
  for (const text of [recorded.failed ?? '', recorded.summary, JSON.stringify(report)])
    expect(text).not.toContain('s3cret-pw-42');
});
