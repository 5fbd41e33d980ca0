/**
 * The retention and compaction part of a review plan (pure): actions, the semantic diff without
 * default noise, cross-checks new with the change, and the retention dry run.
 */
import { DEFAULT_CONFIG } from '../../../src/config/config-file.js';
import { planChanges } from '../../../src/diff/plan.js';
import { segmentHash } from '../../../src/diff/segment-plan.js';
import {
  describeRetentionImpact,
  retentionImpact,
  usedSegments,
} from '../../../src/diff/retention-impact.js';
import { SHIPPED_DEFAULT_RULES } from '../../../src/spec/model/retention-rules.js';
import { spec } from '../../support/deploy.js';

const FOLDERS = { retention: 'retention', compaction: 'compaction' };
const file = (path: string, value: unknown) => ({
  path,
  bytes: new TextEncoder().encode(JSON.stringify(value)),
});
const clicks = file(
  'supervisors/clicks.json',
  spec('clicks', (s) => (s.spec.ioConfig.lateMessageRejectionPeriod = 'PT6H')),
);
const plan = (base: ReturnType<typeof file>[], head: ReturnType<typeof file>[]) =>
  planChanges({ base, head, config: DEFAULT_CONFIG, segmentFolders: FOLDERS });

describe('planning segment files', () => {
  test('create, update, delete and no change, by datasource and kind', async () => {
    const rules = [{ type: 'loadByPeriod', period: 'P30D' }, { type: 'dropForever' }];
    const result = await plan(
      [
        clicks,
        file('retention/clicks.json', rules),
        file('compaction/clicks.json', {}),
        file('retention/old.json', rules),
      ],
      [
        clicks,
        file('retention/clicks.json', [{ ...rules[0], tieredReplicants: { _default_tier: 2 } }, rules[1]]),
        file('compaction/clicks.json', { skipOffsetFromLatest: 'PT12H' }),
        file('retention/new.json', rules),
      ],
    );
    expect(result.segments?.map((s) => [s.kind, s.dataSource, s.action])).toEqual([
      ['compaction', 'clicks', 'update'],
      ['retention', 'clicks', 'noop'], // writing Druid's default tieredReplicants is not a change
      ['retention', 'new', 'create'],
      ['retention', 'old', 'delete'],
    ]);
    expect(result.supervisors.map((s) => s.action)).toEqual(['noop']);
  });

  test('a head file that cannot be parsed is blocked without a diff', async () => {
    const broken = { path: 'retention/x.yaml', bytes: new TextEncoder().encode('- type: [\n') };
    const result = await plan([file('retention/x.json', [{ type: 'loadForever' }])], [broken]);
    expect(result.segments?.[0]).toMatchObject({
      action: 'update',
      changes: [],
      verdict: { verdict: 'blocked' },
    });
  });

  test('the head hash is the value as the Coordinator holds it: a written default does not change it', () => {
    const loose = segmentHash('compaction', { dataSource: 'x', skipOffsetFromLatest: 'PT12H' }, '33.0.0');
    const explicit = segmentHash(
      'compaction',
      { dataSource: 'x', skipOffsetFromLatest: 'PT12H', taskPriority: 25 },
      '33.0.0',
    );
    expect(explicit).toBe(loose);
    expect(segmentHash('compaction', { dataSource: 'x', skipOffsetFromLatest: 'PT6H' }, '33.0.0')).not.toBe(
      loose,
    );
  });

  test('rule order is a change', async () => {
    const a = { type: 'dropByPeriod', period: 'P1D' };
    const b = { type: 'loadForever' };
    const result = await plan([file('retention/x.json', [a, b])], [file('retention/x.json', [b, a])]);
    expect(result.segments?.[0]?.action).toBe('update');
  });

  test('a cross-check the change introduces counts; one the base already had does not', async () => {
    const base = [
      clicks,
      file('retention/clicks.json', [{ type: 'loadForever' }]),
      file('compaction/clicks.json', {}),
    ];
    const eager = await plan(base, [
      ...base.slice(0, 2),
      file('compaction/clicks.json', { skipOffsetFromLatest: 'PT1H' }),
    ]);
    const compaction = eager.segments?.find((s) => s.kind === 'compaction');
    expect(compaction?.crossChecks.flatMap((r) => r.findings.map((f) => f.rule))).toEqual([
      'guardrail/late-data-vs-compaction',
    ]);
    expect(compaction?.verdict.verdict).toBe('needs-attention');
    const calm = await plan(base, [
      ...base.slice(0, 2),
      file('compaction/clicks.json', { taskPriority: 30 }),
    ]);
    expect(calm.segments?.find((s) => s.kind === 'compaction')?.verdict.verdict).toBe('safe');
  });

  test('without segment folders the plan has no segments part and segment-looking files stay specs', async () => {
    const result = await planChanges({ base: [clicks], head: [clicks], config: DEFAULT_CONFIG });
    expect(result).not.toHaveProperty('segments');
  });
});

describe('retention dry run', () => {
  const NOW = Date.parse('2026-06-30T00:00:00Z');
  const DAY = 86_400_000;
  const segments = Array.from({ length: 10 }, (_, index) => ({
    interval: { start: NOW - (index + 1) * DAY, end: NOW - index * DAY },
    size: 1024,
  }));

  test('lists what the new rules drop that the rules in force keep', () => {
    const impact = retentionImpact(
      [{ type: 'loadByPeriod', period: 'P30D' }, { type: 'dropForever' }],
      [{ type: 'loadByPeriod', period: 'P3D' }, { type: 'dropForever' }],
      SHIPPED_DEFAULT_RULES,
      segments,
      NOW,
    );
    expect(impact.dropped).toHaveLength(7);
    expect(describeRetentionImpact(impact, 'the rules in force')).toBe(
      'Dry run: would drop 7 of 10 used segments (7.0 KiB) that the rules in force keep, from 2026-06-20T00:00:00.000Z/2026-06-21T00:00:00.000Z to 2026-06-26T00:00:00.000Z/2026-06-27T00:00:00.000Z.',
    );
  });

  test('no rules in force means the _default rules decide; keeping more drops nothing', () => {
    const impact = retentionImpact([], [{ type: 'loadForever' }], SHIPPED_DEFAULT_RULES, segments, NOW);
    expect(describeRetentionImpact(impact, 'x')).toBe(
      'Dry run: drops none of the 10 used segments that x keep.',
    );
  });

  test('segments are read from DataSegment objects; unreadable ones are skipped', () => {
    expect(
      usedSegments([
        { interval: '2026-01-01T00:00:00.000Z/2026-01-02T00:00:00.000Z', size: 5 },
        { interval: 'x' },
        null,
      ]),
    ).toEqual([
      { interval: { start: Date.parse('2026-01-01T00:00Z'), end: Date.parse('2026-01-02T00:00Z') }, size: 5 },
    ]);
  });
});
