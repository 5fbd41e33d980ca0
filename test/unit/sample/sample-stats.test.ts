/**
 * The numbers the data section shows, computed from what the real Druid 33 answered
 * (test/fixtures/druid-real/sampler-*.json), so they mean what Druid meant.
 */
import type { SamplerResponse } from '../../../src/druid/index.js';
import { observeSamples } from '../../../src/sample/compare-samples.js';
import { sampleStats, type StatsContext } from '../../../src/sample/sample-stats.js';
import { realBody } from '../../support/druid-real.js';
import { samplerDataSchema } from '../../support/sampler-records.js';

const NOW = Date.UTC(2026, 0, 1, 0, 10);
const context = (changes: Partial<StatsContext> = {}): StatsContext => ({
  dataSchema: samplerDataSchema(),
  ioConfig: { topic: 'fx-sampler', inputFormat: { type: 'json' } },
  now: NOW,
  showValues: false,
  ...changes,
});
const answer = (name: string) => realBody<SamplerResponse>(name);

describe('one spec over the sampled rows', () => {
  test('counts: read, ingested, unparseable; the column null in every row; fields nothing ingests', () => {
    const stats = sampleStats(answer('sampler-kafka-json'), context());
    expect(stats).toMatchObject({
      read: 405,
      ingested: 400,
      unparseable: 5,
      columnErrors: 0,
      rowsWithColumns: 400,
    });
    expect(stats.filtered).toBeUndefined();
    expect(stats.columns.find((column) => column.name === 'country')).toEqual({
      name: 'country',
      type: 'string',
      nulls: 400,
    });
    expect(stats.columns.find((column) => column.name === 'user_id')?.nulls).toBe(0);
    expect(stats.unusedFields).toEqual(['nested', 'session']);
    expect(stats.time).toMatchObject({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2026, 0, 1, 0, 6, 39) });
  });

  test('errors are grouped, values masked, and the examples are absent without consent', () => {
    const stats = sampleStats(
      answer('sampler-kafka-timestamp-missing'),
      context({ dataSchema: samplerDataSchema({ timestampSpec: { column: 'ts' } }) }),
    );
    expect(stats.errors).toEqual([
      {
        message:
          'Timestamp[null] is unparseable! Event: {event_ts=…, user_id=…, region=…, latency=…, session=…}',
        rows: 30,
      },
    ]);
    expect(stats.examples).toBeUndefined();
    expect(JSON.stringify(stats)).not.toMatch(/u\d|2026-01-01T/);
  });

  test('with showValues the errors are as Druid wrote them and the first rows are kept', () => {
    const stats = sampleStats(answer('sampler-kafka-json'), context({ showValues: true }));
    expect(stats.errors[0]).toEqual({
      message: 'Unable to parse row [not json at all 0] into JSON',
      rows: 1,
    });
    expect(stats.errors).toHaveLength(5);
    expect(stats.examples).toHaveLength(3);
    expect(stats.examples?.[0]).toMatchObject({ user_id: 'u0' });
  });

  test('a replay knows how many records the filter dropped; its line numbers do not split the errors', () => {
    const stats = sampleStats(answer('sampler-index-replay-filter'), context({ fed: 405 }));
    expect(stats).toMatchObject({ read: 405, filtered: 405 - 139, ingested: 134, unparseable: 5 });
    expect(stats.errors).toEqual([{ message: 'Unable to parse row […] into JSON', rows: 5 }]);
  });

  test('a value that does not convert is ingested as null and counted apart', () => {
    const stats = sampleStats(answer('sampler-index-replay-long-dimension'), context({ fed: 3 }));
    expect(stats).toMatchObject({ read: 3, ingested: 3, unparseable: 0, columnErrors: 3 });
    expect(stats.errors[0]?.message).toBe(
      'Found unparseable columns in row: [SamplerInputRow{row={timestamp=…, event={event_ts=…, user_id=…, region=…, latency=…, session=…}, dimensions=[user_id, region]}}], exceptions: [Could not convert value […] to long for dimension [region].]',
    );
  });

  test('rows outside the rejection windows and the intervals are counted from now', () => {
    const rows = answer('sampler-kafka-json');
    const late = sampleStats(rows, context({ ioConfig: { lateMessageRejectionPeriod: 'PT5M' } }));
    // Rows from 00:00:00 to 00:06:39, now 00:10: those before 00:05 are late.
    expect(late.time.late).toBe(300);
    const early = sampleStats(
      rows,
      context({
        now: Date.UTC(2025, 11, 31, 22),
        ioConfig: { earlyMessageRejectionPeriod: 'PT30M', taskDuration: 'PT1H' },
      }),
    );
    expect(early.time.early).toBe(400);
    const intervals = sampleStats(
      rows,
      context({
        dataSchema: samplerDataSchema({
          granularitySpec: { intervals: ['2026-01-01T00:00:00Z/2026-01-01T00:01:00Z'] },
        }),
      }),
    );
    expect(intervals.time.outsideIntervals).toBe(340);
  });

  test('with schema discovery nothing counts as not ingested', () => {
    const stats = sampleStats(
      answer('sampler-kafka-json'),
      context({ dataSchema: samplerDataSchema({ dimensionsSpec: { useSchemaDiscovery: true } }) }),
    );
    expect(stats.unusedFields).toEqual([]);
  });
});

describe('what the reviewer should notice', () => {
  const base = sampleStats(answer('sampler-kafka-json'), context());
  const head = sampleStats(
    answer('sampler-kafka-timestamp-missing'),
    context({ dataSchema: samplerDataSchema({ timestampSpec: { column: 'ts' } }) }),
  );

  test('every row failing under the new spec comes first, with the old count', () => {
    expect(observeSamples(head, base)[0]).toEqual({
      kind: 'all-unparseable',
      level: 'warning',
      head: 30,
      of: 30,
      base: 5,
      baseOf: 405,
    });
  });

  test('a column null in every row is a warning for a new supervisor', () => {
    expect(observeSamples(base)).toContainEqual({
      kind: 'null-column',
      level: 'warning',
      column: 'country',
      head: 400,
      of: 400,
    });
  });

  test('a column that became null is a warning; one that was null already is only information', () => {
    const withUser = {
      ...base,
      columns: base.columns.map((column) => (column.name === 'country' ? { ...column, nulls: 0 } : column)),
    };
    expect(observeSamples(base, withUser)).toContainEqual({
      kind: 'null-column',
      level: 'warning',
      column: 'country',
      head: 400,
      of: 400,
      base: 0,
      baseOf: 400,
    });
    expect(
      observeSamples(base, base).find((observation) => observation.kind === 'null-column'),
    ).toMatchObject({ level: 'info' });
  });

  test('rows before the late-message window: a warning only for a new supervisor that reads from the earliest offset', () => {
    const late = sampleStats(
      answer('sampler-kafka-json'),
      context({ ioConfig: { lateMessageRejectionPeriod: 'PT5M' } }),
    );
    const observation = (readsFromEarliest: boolean) =>
      observeSamples(late, undefined, { readsFromEarliest }).find((item) => item.kind === 'late');
    expect(observation(true)).toMatchObject({ level: 'warning', head: 300, of: 400 });
    expect(observation(false)).toMatchObject({ level: 'info', head: 300 });
  });

  test('the same spec on the same rows shows nothing new: no warning', () => {
    expect(observeSamples(base, base).filter((observation) => observation.level === 'warning')).toEqual([]);
  });

  test('a topic that gave no records says so and nothing else', () => {
    const empty = sampleStats(answer('sampler-kafka-latest'), context());
    expect(observeSamples(empty, base)).toEqual([{ kind: 'no-rows', level: 'info' }]);
  });
});
