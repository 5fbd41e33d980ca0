import { deploySegment, previewSegment, type SegmentTarget } from '../../../src/deploy/deploy-segment.js';
import { deployHarness, type DeployHarness } from '../../support/deploy.js';

let harness: DeployHarness;
beforeEach(async () => {
  harness = await deployHarness();
});
afterEach(async () => harness.close());

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
});
