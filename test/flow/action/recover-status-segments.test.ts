/**
 * status shows each supervisor's datasource retention rules and compaction as the Coordinator has
 * them, and whether they are what git says; still GETs only.
 */
import { useGitHubFake } from '../../support/github-fake/jest.js';
import { spec } from '../../support/deploy.js';
import { useEmulator } from '../../support/emulator.js';
import { json, RECOVERY_CLUSTER, runEvent, running, writes } from './recover-harness.js';

const github = useGitHubFake();
const harness = useEmulator({ ...RECOVERY_CLUSTER, start: 'inTest' });

test('status shows retention and compaction next to each supervisor, compared with git', async () => {
  await harness.start();
  github().commit('main', {
    'supervisors/clicks.json': json(spec('clicks')),
    'supervisors/views.json': json(spec('views')),
    'retention/clicks.yaml': '- {type: loadByPeriod, period: P30D}\n- {type: dropForever}\n',
    'compaction/clicks.yaml': 'skipOffsetFromLatest: PT2H\n',
    'retention/views.yaml': '- {type: loadForever}\n',
  });
  await running(harness, spec('clicks'));
  await running(harness, spec('views'));
  await harness.client.setRetentionRules('clicks', [
    { type: 'loadByPeriod', period: 'P30D' },
    { type: 'dropForever' },
  ]);
  await harness.client.setDatasourceCompactionConfig({ dataSource: 'clicks', skipOffsetFromLatest: 'PT6H' });
  harness.control.clearRequests();

  const { recorded, report } = await runEvent(github(), harness, 'workflow_dispatch', {
    operation: 'status',
    supervisor: '*',
  });

  expect(recorded.failed).toBeUndefined();
  expect(writes(harness)).toEqual([]);
  const rows = report.rows as Array<{ id: string; segments?: unknown }>;
  expect(rows.map((row) => [row.id, row.segments])).toEqual([
    [
      'clicks',
      {
        dataSource: 'clicks',
        retention: { live: 'loadByPeriod P30D ×2 → dropForever', git: 'matches git' },
        compaction: {
          live: 'skipOffsetFromLatest PT6H · segment granularity kept · priority 25',
          git: 'differs from git',
        },
      },
    ],
    [
      'views',
      {
        dataSource: 'views',
        retention: { live: 'no rules', git: 'differs from git' },
        compaction: { live: 'no automatic compaction', git: 'no file in git' },
      },
    ],
  ]);
  expect(recorded.summary).toContain(
    '| <code>clicks</code> | <code>clicks</code> | loadByPeriod P30D ×2 → dropForever (matches git) |',
  );
});
