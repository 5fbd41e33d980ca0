/**
 * Cross-checks between a supervisor and its datasource's retention and compaction files: each
 * fails on its documented case and passes on the reference files (retention P30D then
 * dropForever, compaction skipping PT12H with DAY segments).
 */
import { findingsOf, findingsWithoutFacts } from './helpers.js';

const IO = '/spec/ioConfig';
const GRANULARITY = '/spec/dataSchema/granularitySpec';
const REFERENCE = { segments: {} };

describe('guardrail/retention-missing and guardrail/compaction-missing', () => {
  test('fail when the repository keeps segment files but none for this datasource', () => {
    expect(findingsOf('guardrail/retention-missing', {}, { segments: { retention: null } })).toEqual([
      expect.objectContaining({
        severity: 'warning',
        pointer: '/spec/dataSchema/dataSource',
        message: expect.stringContaining('add retention/clicks.yaml'),
      }),
    ]);
    expect(findingsOf('guardrail/compaction-missing', {}, { segments: { compaction: null } })).toHaveLength(
      1,
    );
  });

  test('pass when the files exist, and say nothing when the repository keeps no segment files', () => {
    expect(findingsOf('guardrail/retention-missing', {}, REFERENCE)).toEqual([]);
    expect(findingsOf('guardrail/compaction-missing', {}, REFERENCE)).toEqual([]);
    expect(findingsWithoutFacts('guardrail/retention-missing')).toEqual([]);
    expect(findingsWithoutFacts('guardrail/compaction-missing')).toEqual([]);
  });
});

describe('guardrail/late-data-vs-compaction with a compaction file', () => {
  const rule = 'guardrail/late-data-vs-compaction';

  test('fails when the file skips less than ingestion still writes, and names the file', () => {
    const [finding] = findingsOf(
      rule,
      { [`${IO}/lateMessageRejectionPeriod`]: 'P1D' },
      { segments: { compaction: { skipOffsetFromLatest: 'PT12H' } } },
    );
    expect(finding?.message).toMatch(/compaction\/clicks\.yaml skips only the newest PT12H/);
  });

  test('a file without skipOffsetFromLatest means Druid default P1D', () => {
    const [finding] = findingsOf(
      rule,
      { [`${IO}/lateMessageRejectionPeriod`]: 'P2D' },
      { segments: { compaction: {} } },
    );
    expect(finding?.message).toContain('newest P1D');
  });

  test('the file wins over the cluster: passes when the file skips enough, even if the cluster skips less', () => {
    expect(
      findingsOf(
        rule,
        { [`${IO}/lateMessageRejectionPeriod`]: 'P1D' },
        {
          live: { compaction: { skipOffsetFromLatest: 'PT1H' } },
          segments: { compaction: { skipOffsetFromLatest: 'P2D' } },
        },
      ),
    ).toEqual([]);
  });
});

describe('guardrail/compaction-vs-ingestion', () => {
  const rule = 'guardrail/compaction-vs-ingestion';
  const compacting = (granularitySpec: Record<string, unknown>) => ({
    segments: { compaction: { granularitySpec } },
  });

  test('fails on a queryGranularity finer than ingestion (MINUTE → SECOND)', () => {
    expect(findingsOf(rule, {}, compacting({ queryGranularity: 'SECOND' }))).toEqual([
      expect.objectContaining({
        pointer: `${GRANULARITY}/queryGranularity`,
        message: expect.stringContaining('cannot come back'),
      }),
    ]);
  });

  test('fails on a segmentGranularity finer than ingestion (HOUR → FIFTEEN_MINUTE)', () => {
    expect(findingsOf(rule, {}, compacting({ segmentGranularity: 'FIFTEEN_MINUTE' }))).toEqual([
      expect.objectContaining({ pointer: `${GRANULARITY}/segmentGranularity` }),
    ]);
  });

  test('fails on rollup true over a datasource ingested without rollup', () => {
    expect(findingsOf(rule, { [`${GRANULARITY}/rollup`]: false }, compacting({ rollup: true }))).toEqual([
      expect.objectContaining({ pointer: GRANULARITY, message: expect.stringContaining('merge rows') }),
    ]);
  });

  test('passes coarser segments and query granularity, and the same rollup', () => {
    expect(
      findingsOf(rule, {}, compacting({ segmentGranularity: 'DAY', queryGranularity: 'HOUR', rollup: true })),
    ).toEqual([]);
    expect(findingsOf(rule, {}, REFERENCE)).toEqual([]);
  });
});

describe('guardrail/retention-vs-earliest-offset', () => {
  const rule = 'guardrail/retention-vs-earliest-offset';
  const dropAfterADay = {
    segments: { retention: [{ type: 'loadByPeriod', period: 'P1D' }, { type: 'dropForever' }] },
  };

  test('fails when useEarliestOffset re-reads a week but retention keeps a day', () => {
    expect(findingsOf(rule, { [`${IO}/useEarliestOffset`]: true }, dropAfterADay)).toEqual([
      expect.objectContaining({
        severity: 'notice',
        pointer: `${IO}/useEarliestOffset`,
        message: expect.stringContaining('drops data older than about P1D'),
      }),
    ]);
  });

  test('passes with useEarliestOffset false, or a retention longer than the topic keeps', () => {
    expect(findingsOf(rule, {}, dropAfterADay)).toEqual([]);
    expect(findingsOf(rule, { [`${IO}/useEarliestOffset`]: true }, REFERENCE)).toEqual([]);
  });
});
