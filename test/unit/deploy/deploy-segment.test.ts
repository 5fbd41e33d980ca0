import { deploySegment, previewSegment, type SegmentTarget } from '../../../src/deploy/deploy-segment.js';
import { useDeployHarness, type DeployHarness } from '../../support/deploy.js';

const deployHarness = useDeployHarness();
let harness: DeployHarness;
beforeEach(async () => {
  harness = await deployHarness();
});

const RULES = [{ type: 'loadByPeriod', period: 'P30D' }, { type: 'dropForever' }];
const target: SegmentTarget = {
  kind: 'retention',
  dataSource: 'clicks',
  file: 'retention/clicks.yaml',
  head: RULES,
};

describe('deploying one retention file', () => {
  test('a write Druid may have acted on before the connection failed is reported as unknown, not as kept', async () => {
    harness.emulator.control.injectFault({
      method: 'POST',
      path: '/druid/coordinator/v1/rules/clicks',
      status: 502,
      afterHandling: true,
    });
    const result = await deploySegment(target, harness.context);
    expect(result.outcome).toBe('failed');
    expect(result.message).toMatch(/^the write failed, and whether Druid applied it is unknown/);
    expect(result.message).not.toContain('the cluster keeps');
  });

  test('a refusal says what the cluster keeps, in Druid words', async () => {
    const result = await deploySegment(
      { ...target, head: [{ type: 'loadByPeriod', period: '30 days' }] },
      harness.context,
    );
    expect(result.outcome).toBe('failed');
    expect(result.message).toMatch(
      /^Druid refused the write; the cluster keeps no rules: .*Invalid format: "30 days"/,
    );
  });

  test('the dry run reads and decides without writing', async () => {
    harness.emulator.control.clearRequests();
    const preview = await previewSegment(target, harness.context);
    expect(preview).toMatchObject({
      outcome: 'applied',
      message: 'would write it and read it back',
      before: 'no rules',
    });
    expect(preview.changes).toEqual([expect.objectContaining({ pointer: '', kind: 'changed' })]);
    expect(harness.emulator.control.writes()).toEqual([]);
  });

  test('a secret in a compaction config never leaves in the message or the diff, even when Druid echoes it', async () => {
    const SECRET = 's3cr3t-from-git';
    const compaction: SegmentTarget = {
      kind: 'compaction',
      dataSource: 'clicks',
      file: 'compaction/clicks.yaml',
      head: { dataSource: 'clicks', taskContext: { password: SECRET } },
    };
    harness.emulator.control.injectFault({
      method: 'POST',
      path: '/druid/coordinator/v1/config/compaction',
      status: 400,
      body: { error: `Cannot construct instance from String value (${SECRET})` },
    });
    const result = await deploySegment(compaction, harness.context);
    expect(result.outcome).toBe('failed');
    expect(result.message).toMatch(/^Druid refused the write/);
    expect(result.changes.length).toBeGreaterThan(0);
    expect(JSON.stringify(result)).not.toContain(SECRET);
  });
});
