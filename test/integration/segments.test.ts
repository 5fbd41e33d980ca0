/**
 * Retention rules and automatic compaction configs against the real Druid, through our client:
 * what the Coordinator stores for what we send (the defaults it adds, the forms it rewrites), its
 * audit history (our author and comment), what it refuses and how. Run with CAPTURE_FIXTURES=1 to
 * refresh the coordinator-*.json captures the emulator's contract tests replay.
 */
import {
  auditHeaders,
  DruidRejectedError,
  type AuditContext,
  type RetentionRule,
} from '../../src/druid/index.js';
import { deploySegment } from '../../src/deploy/deploy-segment.js';
import { normalizeSegmentConfig, sameSegmentConfig } from '../../src/diff/segment-normalize.js';
import { capture } from './support/capture.js';
import { clusterEnv, overlord } from './support/cluster.js';

const druidVersion = clusterEnv().DRUID_VERSION;
const client = overlord();
afterAll(() => client.close());

const C = '/druid/coordinator/v1';
const audit: AuditContext = { author: 'octocat', comment: 'druid-gitops: deploy abc1234 (PR #12)' };
// The headers the client sends with `audit`, sent by hand to the raw captures.
const sentAudit = auditHeaders(audit);

// Every rule type a streaming datasource is likely to use, most with fields left out.
const RULES = [
  { type: 'loadByPeriod', period: 'P7D' },
  { type: 'loadByPeriod', period: 'P1M', includeFuture: false, useDefaultTierForNull: false },
  { type: 'dropByPeriod', period: 'PT2H' },
  { type: 'dropBeforeByPeriod', period: 'P90D' },
  { type: 'loadByInterval', interval: '2024-01-01/2025-01-01', tieredReplicants: { hot: 1 } },
  { type: 'dropForever' },
] as RetentionRule[];

describe('retention rules on the real Coordinator', () => {
  const ds = 'seg-retention';

  test('are stored with defaults added and read back equal once both are normalised', async () => {
    const posted = await capture('coordinator-rules-post-audited', 'POST', `${C}/rules/${ds}`, {
      json: RULES,
      headers: sentAudit,
      note: 'a datasource that has no segments and no supervisor: accepted',
    });
    expect(posted.status).toBe(200);
    await capture('coordinator-rules-get-defaults', 'GET', `${C}/rules/${ds}`);
    const stored = await client.getRetentionRules(ds);
    expect(stored).toEqual([
      {
        period: 'P7D',
        includeFuture: true,
        tieredReplicants: { _default_tier: 2 },
        useDefaultTierForNull: true,
        type: 'loadByPeriod',
      },
      {
        period: 'P1M',
        includeFuture: false,
        tieredReplicants: {},
        useDefaultTierForNull: false,
        type: 'loadByPeriod',
      },
      { period: 'PT2H', includeFuture: true, type: 'dropByPeriod' },
      { period: 'P90D', type: 'dropBeforeByPeriod' },
      {
        interval: '2024-01-01T00:00:00.000Z/2025-01-01T00:00:00.000Z',
        tieredReplicants: { hot: 1 },
        useDefaultTierForNull: true,
        type: 'loadByInterval',
      },
      { type: 'dropForever' },
    ]);
    expect(sameSegmentConfig('retention', RULES, stored, druidVersion)).toBe(true);
    // Order is meaning: the first rule that matches wins.
    expect(sameSegmentConfig('retention', [...RULES].reverse(), stored, druidVersion)).toBe(false);
  });

  test('history names our author and comment, and an identical write adds no entry', async () => {
    const before = await client.getRetentionRulesHistory(ds);
    await client.setRetentionRules(ds, RULES, { audit });
    expect(await client.getRetentionRulesHistory(ds)).toHaveLength(before.length);
    await capture('coordinator-rules-history-audited', 'GET', `${C}/rules/${ds}/history?count=1`);
    const [latest] = await client.getRetentionRulesHistory(ds, { count: 1 });
    expect(latest?.auditInfo).toMatchObject({ author: audit.author, comment: audit.comment });
    expect(normalizeSegmentConfig('retention', JSON.parse(latest?.payload ?? '[]'), druidVersion)).toEqual(
      normalizeSegmentConfig('retention', RULES, druidVersion),
    );
  });

  test.each([
    [
      'coordinator-rules-post-bad-period',
      [{ type: 'loadByPeriod', period: '30 days' }],
      /Invalid format: "30 days"/,
    ],
    ['coordinator-rules-post-missing-type', [{ period: 'P1D' }], /missing type id property 'type'/],
    [
      'coordinator-rules-post-negative-replicas',
      [{ type: 'loadByPeriod', period: 'P1D', tieredReplicants: { _default_tier: -1 } }],
      /Invalid number of replicas for tier \[_default_tier\]/,
    ],
    [
      'coordinator-rules-post-bad-interval',
      [{ type: 'loadByInterval', interval: 'bad' }],
      /Invalid interval\[bad\]/,
    ],
  ])(
    '%s is refused with a 400 naming the problem, and the stored rules stay',
    async (name, rules, message) => {
      const answer = await capture(name, 'POST', `${C}/rules/${ds}`, { json: rules });
      expect(answer.status).toBe(400);
      const error = await client.setRetentionRules(ds, rules as RetentionRule[]).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DruidRejectedError);
      expect((error as DruidRejectedError).druidMessage).toMatch(message);
      expect(sameSegmentConfig('retention', RULES, await client.getRetentionRules(ds), druidVersion)).toBe(
        true,
      );
    },
  );
});

describe('automatic compaction config on the real Coordinator', () => {
  const ds = 'seg-compaction';
  const CONFIG = {
    dataSource: ds,
    skipOffsetFromLatest: 'PT3H',
    granularitySpec: { segmentGranularity: { type: 'period', period: 'P1D' } },
    tuningConfig: {
      partitionsSpec: { type: 'range', partitionDimensions: ['page'], targetRowsPerSegment: 5000000 },
    },
    taskContext: { priority: 10 },
  };

  test('a datasource Druid does not know yet is accepted; stored with every field and read back equal', async () => {
    const posted = await capture(
      'coordinator-compaction-post-new-datasource',
      'POST',
      `${C}/config/compaction`,
      {
        json: CONFIG,
        headers: sentAudit,
        note: 'no segments, no supervisor for this datasource',
      },
    );
    expect(posted).toEqual({ status: 200, body: { success: true } });
    await capture('coordinator-compaction-get-ds-full', 'GET', `${C}/config/compaction/${ds}`);
    const stored = await client.getDatasourceCompactionConfig(ds);
    expect(stored).toMatchObject({
      type: 'inline',
      dataSource: ds,
      taskPriority: 25,
      inputSegmentSizeBytes: 100000000000000,
      maxRowsPerSegment: null,
      skipOffsetFromLatest: 'PT3H',
      // A period granularity of one UTC day is stored by its name.
      granularitySpec: { segmentGranularity: 'DAY', queryGranularity: null, rollup: null },
      tuningConfig: {
        partitionsSpec: {
          type: 'range',
          targetRowsPerSegment: 5000000,
          maxRowsPerSegment: null,
          partitionDimensions: ['page'],
          assumeGrouped: false,
        },
        type: 'index_parallel',
        forceGuaranteedRollup: true,
      },
      taskContext: { priority: 10 },
      engine: null,
    });
    expect(sameSegmentConfig('compaction', CONFIG, stored, druidVersion)).toBe(true);
    expect(
      sameSegmentConfig('compaction', { ...CONFIG, skipOffsetFromLatest: 'PT4H' }, stored, druidVersion),
    ).toBe(false);
  });

  test('history names our author and comment, and an identical write adds no entry', async () => {
    const before = await client.getCompactionConfigHistory(ds);
    await client.setDatasourceCompactionConfig(CONFIG, { audit });
    expect(await client.getCompactionConfigHistory(ds)).toHaveLength(before.length);
    await capture(
      'coordinator-compaction-history-audited',
      'GET',
      `${C}/config/compaction/${ds}/history?count=1`,
    );
    const [latest] = await client.getCompactionConfigHistory(ds, { count: 1 });
    expect(latest?.auditInfo).toMatchObject({ author: audit.author, comment: audit.comment });
    expect(sameSegmentConfig('compaction', CONFIG, latest?.compactionConfig, druidVersion)).toBe(true);
  });

  test.each([
    ['coordinator-compaction-post-msq', { dataSource: ds, engine: 'msq' }, /MSQ engine is supported only/],
    [
      'coordinator-compaction-post-missing-datasource',
      { skipOffsetFromLatest: 'PT1H' },
      /problem: dataSource/,
    ],
    [
      'coordinator-compaction-post-unknown-granularity',
      { dataSource: ds, granularitySpec: { segmentGranularity: 'FORTNIGHT' } },
      /No enum constant .*FORTNIGHT/,
    ],
  ])('%s is refused with a 400 naming the problem', async (name, config, message) => {
    const answer = await capture(name, 'POST', `${C}/config/compaction`, { json: config });
    expect(answer.status).toBe(400);
    const error = await client
      .setDatasourceCompactionConfig(config as { dataSource: string })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DruidRejectedError);
    expect((error as DruidRejectedError).druidMessage).toMatch(message);
  });
});

describe('the deploy step on the real Coordinator', () => {
  const context = {
    client,
    druidVersion,
    audit,
    onDrift: 'fail' as const,
    log: () => undefined,
  };

  test.each([
    ['retention', 'seg-deploy-retention', RULES],
    [
      'compaction',
      'seg-deploy-compaction',
      {
        dataSource: 'seg-deploy-compaction',
        skipOffsetFromLatest: 'PT2H',
        granularitySpec: { segmentGranularity: 'HOUR' },
      },
    ],
  ] as const)(
    '%s: applied and read back equal, then a re-run writes nothing',
    async (kind, dataSource, head) => {
      // What the previous commit had, put on the cluster first, so the test runs the same on a kept cluster.
      const previous = kind === 'retention' ? [] : { dataSource, skipOffsetFromLatest: 'PT9H' };
      if (kind === 'retention') await client.setRetentionRules(dataSource, []);
      else await client.setDatasourceCompactionConfig({ dataSource, skipOffsetFromLatest: 'PT9H' });
      const target = { kind, dataSource, file: `${kind}/${dataSource}.yaml`, head, base: previous };
      const first = await deploySegment(target, context);
      expect(first).toMatchObject({ outcome: 'applied', message: 'applied and read back' });
      const history = async () =>
        kind === 'retention'
          ? (await client.getRetentionRulesHistory(dataSource)).length
          : (await client.getCompactionConfigHistory(dataSource)).length;
      const entries = await history();
      const second = await deploySegment({ ...target, base: head }, context);
      expect(second.outcome).toBe('unchanged');
      expect(await history()).toBe(entries);
    },
  );
});
