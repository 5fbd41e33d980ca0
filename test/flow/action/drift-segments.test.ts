/**
 * The scheduled drift check covers retention rules and compaction configs: a rule list changed in
 * the console is reported with who changed it (Druid's audit log), a file the cluster lacks is
 * "not on the cluster", and configs no file describes are reported only for datasources a
 * supervisor in git feeds. Druid is only read.
 */
import { readFileSync } from 'node:fs';
import { useGitHubFake } from '../../support/github-fake/jest.js';
import { spec } from '../../support/deploy.js';
import { useEmulator } from '../../support/emulator.js';
import { json, RECOVERY_CLUSTER, runEvent, running, writes } from './recover-harness.js';

const github = useGitHubFake();
const harness = useEmulator(RECOVERY_CLUSTER);

const RULES = [{ type: 'loadByPeriod', period: 'P30D' }, { type: 'dropForever' }];

test('retention and compaction drift is reported with the audit log; unrelated datasources are left out', async () => {
  github().commit('main', {
    'supervisors/clicks.json': json(spec('clicks')),
    'supervisors/views.json': json(spec('views')),
    'retention/clicks.yaml': '- {type: loadByPeriod, period: P30D}\n- {type: dropForever}\n',
    'retention/orders.json': json(RULES),
    'compaction/clicks.yaml': 'skipOffsetFromLatest: PT2H\n',
  });
  await running(harness, spec('clicks'));
  await running(harness, spec('views'));
  // clicks: someone shortens retention in the console.
  await harness.client.setRetentionRules(
    'clicks',
    [{ type: 'loadByPeriod', period: 'P7D' }, { type: 'dropForever' }],
    {
      audit: { author: 'alice', comment: 'disk full' },
    },
  );
  // compaction of clicks as git says (Druid's stored form, defaults added).
  await harness.client.setDatasourceCompactionConfig({ dataSource: 'clicks', skipOffsetFromLatest: 'PT2H' });
  // views is fed by a supervisor in git, but its rules only exist on the cluster.
  await harness.client.setRetentionRules('views', [{ type: 'loadForever' }]);
  // batch_import is not this repository's: never reported.
  await harness.client.setRetentionRules('batch_import', [{ type: 'dropForever' }]);
  // orders: git has rules, the cluster none.

  harness.control.clearRequests();
  const { recorded } = await runEvent(github(), harness, 'schedule', {}, {});
  expect(writes(harness)).toEqual([]);

  expect(recorded.failed).toMatch(/retention\/clicks, retention\/orders, retention\/views/);
  const report = JSON.parse(readFileSync(recorded.outputs.report as string, 'utf8')) as {
    segments: { kind: string; dataSource: string; status: string; when?: string }[];
  };
  expect(report.segments.map((entry) => [entry.dataSource, entry.kind, entry.status])).toEqual([
    ['clicks', 'compaction', 'in-sync'],
    ['clicks', 'retention', 'drifted'],
    ['orders', 'retention', 'missing'],
    ['views', 'retention', 'unmanaged'],
  ]);
  expect(report.segments[1]?.when).toMatch(/^changed at .* by alice \(disk full\)$/);
  const [issue] = github().issues({ label: 'druid-drift', state: 'open' });
  expect(issue?.title).toBe(
    'Druid cluster differs from git: retention/clicks, retention/orders, retention/views',
  );
  expect(issue?.body).toContain('### Retention and compaction');
  expect(issue?.body).toContain('changed   /0/period: "P30D" → "P7D"');
  expect(issue?.body).toContain('loadByPeriod P7D ×2 → dropForever');
  expect(issue?.body).not.toContain('batch_import');
});
