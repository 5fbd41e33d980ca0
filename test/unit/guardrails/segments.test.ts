import { findingsOf, findingsWithoutFacts } from './helpers.js';

const GS = '/spec/dataSchema/granularitySpec';
const IO = '/spec/ioConfig';

describe('guardrail/task-duration-vs-segment-granularity', () => {
  const rule = 'guardrail/task-duration-vs-segment-granularity';

  test('PT1H tasks with DAY segments (Druid defaults) make 24 sets of segments a day', () => {
    const [finding] = findingsOf(rule, { [`${GS}/segmentGranularity`]: 'day' });
    expect(finding).toMatchObject({ severity: 'warning', pointer: `${IO}/taskDuration` });
    expect(finding?.message).toContain('about 24 sets');
    expect(findingsOf(rule, { [`${GS}`]: undefined, [`${IO}/taskDuration`]: undefined })).toHaveLength(1);
  });

  test('a period granularity object is compared by length', () => {
    expect(
      findingsOf(rule, { [`${GS}/segmentGranularity`]: { type: 'period', period: 'PT6H' } }),
    ).toHaveLength(1);
  });

  test('tasks as long as their segments pass, and ALL is left to its own rule', () => {
    expect(findingsOf(rule)).toEqual([]);
    expect(findingsOf(rule, { [`${GS}/segmentGranularity`]: 'ALL' })).toEqual([]);
  });
});

describe('guardrail/fine-segment-granularity', () => {
  const rule = 'guardrail/fine-segment-granularity';

  test('MINUTE segments on a stream are a warning', () => {
    const [finding] = findingsOf(rule, { [`${GS}/segmentGranularity`]: 'MINUTE' });
    expect(finding).toMatchObject({ pointer: `${GS}/segmentGranularity` });
    expect(finding?.message).toContain('about 60 segment intervals');
  });

  test('HOUR passes; the finest accepted granularity is a parameter', () => {
    expect(findingsOf(rule)).toEqual([]);
    expect(
      findingsWithoutFacts(
        rule,
        { [`${GS}/segmentGranularity`]: 'FIFTEEN_MINUTE' },
        {
          rules: { [rule]: { parameters: { finest: 'FIFTEEN_MINUTE' } } },
        },
      ),
    ).toEqual([]);
  });
});

describe('guardrail/all-segment-granularity', () => {
  const rule = 'guardrail/all-segment-granularity';

  test('ALL, as a name or as {"type": "all"}, is an error', () => {
    expect(findingsOf(rule, { [`${GS}/segmentGranularity`]: 'all' })[0]?.severity).toBe('error');
    expect(findingsOf(rule, { [`${GS}/segmentGranularity`]: { type: 'all' } })).toHaveLength(1);
  });

  test('a bounded granularity passes', () => {
    expect(findingsOf(rule, { [`${GS}/segmentGranularity`]: 'YEAR' })).toEqual([]);
  });
});

describe('guardrail/query-granularity-coarser', () => {
  const rule = 'guardrail/query-granularity-coarser';

  test('DAY timestamps in HOUR segments are an error at queryGranularity', () => {
    expect(findingsOf(rule, { [`${GS}/queryGranularity`]: 'DAY' })[0]).toMatchObject({
      severity: 'error',
      pointer: `${GS}/queryGranularity`,
    });
  });

  test('equal or finer passes, including ALL with ALL', () => {
    expect(findingsOf(rule, { [`${GS}/queryGranularity`]: 'HOUR' })).toEqual([]);
    expect(findingsOf(rule, { [`${GS}/queryGranularity`]: { type: 'none' } })).toEqual([]);
    expect(
      findingsOf(rule, {
        [`${GS}/queryGranularity`]: { type: 'all' },
        [`${GS}/segmentGranularity`]: { type: 'all' },
      }),
    ).toEqual([]);
  });
});

describe('guardrail/short-task-duration', () => {
  const rule = 'guardrail/short-task-duration';

  test('PT60S and PT2M (seen in real specs) are warnings', () => {
    expect(findingsOf(rule, { [`${IO}/taskDuration`]: 'PT60S' })).toHaveLength(1);
    expect(findingsOf(rule, { [`${IO}/taskDuration`]: 'PT2M' })[0]?.pointer).toBe(`${IO}/taskDuration`);
  });

  test('ten minutes or more passes', () => {
    expect(findingsOf(rule, { [`${IO}/taskDuration`]: 'PT600S' })).toEqual([]);
  });
});

describe('guardrail/late-data-vs-compaction', () => {
  const rule = 'guardrail/late-data-vs-compaction';

  test('late rows older than compaction skips are a warning', () => {
    const [finding] = findingsOf(
      rule,
      { [`${IO}/lateMessageRejectionPeriod`]: 'P3D' },
      {
        live: { compaction: { skipOffsetFromLatest: 'P1D' } },
      },
    );
    expect(finding).toMatchObject({ severity: 'warning', pointer: `${IO}/lateMessageRejectionPeriod` });
    expect(finding?.message).toContain('at least P3DT1H');
  });

  test('late rows that are never rejected conflict with any compaction config', () => {
    const [finding] = findingsOf(
      rule,
      { [`${IO}/lateMessageRejectionPeriod`]: undefined },
      {
        live: { compaction: {} },
      },
    );
    expect(finding?.message).toMatch(/never rejected.*newest P1D/);
  });

  test('without the compaction config it is a notice that says what to check', () => {
    const [finding] = findingsWithoutFacts(rule);
    expect(finding).toMatchObject({ severity: 'notice', message: expect.stringContaining('not known here') });
    expect(finding?.message).toContain('at least PT7H');
  });

  test('a window inside skipOffsetFromLatest, no compaction, or concurrent locks pass', () => {
    expect(findingsOf(rule)).toEqual([]);
    expect(
      findingsOf(rule, { [`${IO}/lateMessageRejectionPeriod`]: 'P3D' }, { live: { compaction: null } }),
    ).toEqual([]);
    expect(findingsWithoutFacts(rule, { '/context': { useConcurrentLocks: true } })).toEqual([]);
  });
});
