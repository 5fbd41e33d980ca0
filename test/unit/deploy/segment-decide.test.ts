import { readFileSync } from 'node:fs';
import { decideSegmentAction, readBackMatches } from '../../../src/deploy/segment-decide.js';
import { describeCompaction } from '../../../src/deploy/segment-summary.js';
import { describeRules } from '../../../src/health/datasource.js';
import { diffSegmentConfigs } from '../../../src/diff/segment-normalize.js';

const V = '33.0.0';
const capture = (name: string): { request: { body: unknown }; response: { body: unknown } } =>
  JSON.parse(readFileSync(new URL(`../../fixtures/druid-real/${name}.json`, import.meta.url), 'utf8'));

// What we sent and what the real Druid 33 stored for it.
const sentRules = capture('coordinator-rules-post-audited').request.body as unknown[];
const storedRules = capture('coordinator-rules-get-defaults').response.body as unknown[];
const sentCompaction = capture('coordinator-compaction-post').request.body;
const storedCompaction = capture('coordinator-compaction-get-ds').response.body;

const decide = (input: Partial<Parameters<typeof decideSegmentAction>[0]>) =>
  decideSegmentAction({ kind: 'retention', onDrift: 'fail', druidVersion: V, ...input });

describe('retention and compaction deploy decision', () => {
  test('what Druid stored for the file (defaults added, intervals in UTC) is no change', () => {
    expect(decide({ head: sentRules, base: sentRules, live: storedRules })).toEqual({ kind: 'unchanged' });
    expect(
      decide({ kind: 'compaction', head: sentCompaction, base: undefined, live: storedCompaction }),
    ).toEqual({ kind: 'unchanged' });
  });

  test('the order of the rules is a change: the first rule that matches wins', () => {
    const reordered = [...sentRules].reverse();
    expect(decide({ head: reordered, base: sentRules, live: storedRules })).toEqual({
      kind: 'apply',
      overwritesDrift: false,
    });
  });

  test('a file applies when the datasource has no rules or config, whatever the previous commit said', () => {
    expect(decide({ head: sentRules, live: [] })).toEqual({ kind: 'apply', overwritesDrift: false });
    expect(decide({ head: sentRules, base: [{ type: 'dropForever' }], live: [] })).toEqual({
      kind: 'apply',
      overwritesDrift: false,
    });
    expect(decide({ kind: 'compaction', head: sentCompaction, live: undefined })).toEqual({
      kind: 'apply',
      overwritesDrift: false,
    });
  });

  test('a change made outside git is refused unless on-drift is overwrite', () => {
    const clicked = [{ type: 'loadForever' }];
    expect(decide({ head: sentRules, base: [{ type: 'dropForever' }], live: clicked })).toEqual({
      kind: 'drift',
    });
    expect(decide({ head: sentRules, live: clicked })).toEqual({ kind: 'drift' });
    expect(decide({ head: sentRules, live: clicked, onDrift: 'overwrite' })).toEqual({
      kind: 'apply',
      overwritesDrift: true,
    });
  });

  test('a deleted file leaves the cluster alone; nothing to do when Druid has nothing either', () => {
    expect(decide({ base: sentRules, live: storedRules })).toEqual({ kind: 'deleted-kept' });
    expect(decide({ base: sentRules, live: [] })).toEqual({ kind: 'gone' });
    expect(decide({ kind: 'compaction', base: sentCompaction, live: undefined })).toEqual({ kind: 'gone' });
  });

  test('a file with error findings is not applied', () => {
    expect(decide({ head: sentRules, live: [], blocked: 'druid/type at line 2' })).toEqual({
      kind: 'blocked',
      reason: 'druid/type at line 2',
    });
  });

  test('read-back compares what was asked with what Druid stores, normalised', () => {
    expect(readBackMatches('retention', sentRules, storedRules, V)).toBe(true);
    expect(readBackMatches('compaction', sentCompaction, storedCompaction, V)).toBe(true);
    expect(
      readBackMatches('compaction', { ...(sentCompaction as object), taskPriority: 99 }, storedCompaction, V),
    ).toBe(false);
  });
});

describe('segment config diff and one-line forms', () => {
  test('diff points into the file as written and ignores defaults', () => {
    const changes = diffSegmentConfigs(
      'retention',
      storedRules,
      [{ ...(sentRules[0] as object), period: 'P14D' }, ...sentRules.slice(1)],
      V,
    );
    expect(changes).toEqual([{ pointer: '/0/period', kind: 'changed', before: 'P7D', after: 'P14D' }]);
    expect(diffSegmentConfigs('compaction', undefined, sentCompaction, V)).toEqual([
      expect.objectContaining({ pointer: '', kind: 'added' }),
    ]);
  });

  test('rules read in evaluation order with replicas', () => {
    expect(describeRules(storedRules)).toBe(
      'loadByPeriod P7D ×2 → loadByPeriod P1M (not future) ×0 → dropByPeriod PT2H → dropBeforeByPeriod P90D → loadByInterval 2024-01-01T00:00:00.000Z/2025-01-01T00:00:00.000Z hot×1 → dropForever',
    );
    expect(describeRules([])).toBe('no rules');
  });

  test('compaction summary names what it skips and produces', () => {
    expect(describeCompaction(storedCompaction)).toBe(
      'skipOffsetFromLatest PT2H · segment granularity kept · dynamic partitions · priority 30',
    );
    expect(describeCompaction(undefined)).toBe('no automatic compaction');
  });
});
