import { formatDuration, formatPeriod, parsePeriod } from '../../../src/emulator/durations.js';
import { ReplyError } from '../../../src/emulator/http.js';
import type { Json, JsonObject } from '../../../src/emulator/json.js';
import { readSupervisorSpec } from '../../../src/emulator/reserialise.js';
import { spec } from './helpers.js';

const read = (body: Json, version = '35.0.0'): JsonObject => readSupervisorSpec(body, version).json;

function rejection(body: Json, version = '35.0.0'): { status: number; error: string } {
  try {
    readSupervisorSpec(body, version);
  } catch (e) {
    if (e instanceof ReplyError && e.reply.body && 'json' in e.reply.body) {
      return { status: e.reply.status, error: String((e.reply.body.json as JsonObject).error) };
    }
    throw e;
  }
  throw new Error('accepted');
}

describe('GET re-serialisation of a submitted spec', () => {
  test('fills every default, writes ioConfig periods as seconds and keeps tuningConfig periods', () => {
    const json = read(spec());
    const io = (json.spec as JsonObject).ioConfig as JsonObject;
    const tuning = (json.spec as JsonObject).tuningConfig as JsonObject;
    expect(io).toMatchObject({
      taskDuration: 'PT600S',
      startDelay: 'PT5S',
      period: 'PT30S',
      completionTimeout: 'PT1800S',
    });
    expect(io).toMatchObject({
      replicas: 1,
      taskCount: 1,
      pollTimeout: 100,
      stream: 'events',
      useEarliestSequenceNumber: true,
    });
    expect(tuning).toMatchObject({
      maxRowsInMemory: 150000,
      handoffConditionTimeout: 900000,
      intermediatePersistPeriod: 'PT10M',
    });
    expect(tuning).toMatchObject({
      intermediateHandoffPeriod: 'P2147483647D',
      repartitionTransitionDuration: 'PT120S',
    });
    expect(Object.keys(tuning).length).toBeGreaterThanOrEqual(28);
  });

  test('adds the deprecated top-level duplicates, context and suspended, in Druid order', () => {
    const json = read(spec());
    expect(Object.keys(json)).toEqual([
      'type',
      'id',
      'spec',
      'dataSchema',
      'tuningConfig',
      'ioConfig',
      'context',
      'suspended',
    ]);
    expect(json.ioConfig).toEqual((json.spec as JsonObject).ioConfig);
    expect(json).toMatchObject({ context: null, suspended: false });
  });

  test('top-level id is honoured from 34.0 and ignored (absent, id = dataSource) before', () => {
    const body = spec({ top: { id: 'events_v2' } });
    expect(readSupervisorSpec(body, '35.0.0').id).toBe('events_v2');
    expect(read(body, '35.0.0').id).toBe('events_v2');
    expect(readSupervisorSpec(body, '33.0.0').id).toBe('events');
    expect(read(body, '33.0.0')).not.toHaveProperty('id');
  });

  test('unknown keys are dropped, skipOffsetGaps included; mmap becomes tmpFile', () => {
    const json = read(
      spec({
        io: { skipOffsetGaps: false, type: 'kafka' },
        tuning: { skipOffsetGaps: false, segmentWriteOutMediumFactory: { type: 'mmap' } },
      }),
    );
    const spec2 = json.spec as JsonObject;
    expect(spec2.ioConfig).not.toHaveProperty('skipOffsetGaps');
    expect(spec2.ioConfig).not.toHaveProperty('type');
    expect(spec2.tuningConfig).not.toHaveProperty('skipOffsetGaps');
    expect((spec2.tuningConfig as JsonObject).segmentWriteOutMediumFactory).toEqual({ type: 'tmpFile' });
  });

  test('handoffConditionTimeout "PT10M" is Jackson’s 400; the string "600000" is coerced to a number', () => {
    expect(rejection(spec({ tuning: { handoffConditionTimeout: 'PT10M' } }))).toEqual({
      status: 400,
      error: 'Cannot deserialize value of type `long` from String "PT10M": not a valid `long` value',
    });
    const tuning = (read(spec({ tuning: { handoffConditionTimeout: '600000' } })).spec as JsonObject)
      .tuningConfig as JsonObject;
    expect(tuning.handoffConditionTimeout).toBe(600000);
  });

  test('constructor checks are 400s with Druid’s messages', () => {
    const io = (over: JsonObject): JsonObject => spec({ io: over });
    expect(rejection(io({ consumerProperties: {} })).error).toBe(
      'Cannot construct instance of `org.apache.druid.indexing.kafka.supervisor.KafkaSupervisorIOConfig`, problem: consumerProperties must contain entry for [bootstrap.servers]',
    );
    expect(rejection(io({ topic: null })).error).toMatch(
      /problem: Either topic or topicPattern must be specified$/,
    );
    expect(rejection(io({ topicPattern: 'a.*' })).error).toMatch(
      /Only one of topic \[events\] or topicPattern \[a\.\*\] must be specified/,
    );
    expect(rejection(io({ taskDuration: 'P1M' })).error).toMatch(/months vary in length/);
    expect(rejection({ type: 'kafka', spec: { ioConfig: {} } }).error).toMatch(
      /KafkaSupervisorSpec`, problem: dataSchema$/,
    );
    expect(rejection({ spec: {} }).error).toMatch(/missing type id property 'type'/);
    expect(rejection(spec({ tuning: { type: undefined } as unknown as JsonObject })).error).toMatch(
      /missing type id property 'type' \(for POJO property 'tuningConfig'\)/,
    );
  });

  test('dimension strings become typed objects; timestamp, metric inputs and outputs become exclusions', () => {
    const dims = ((read(spec()).spec as JsonObject).dataSchema as JsonObject).dimensionsSpec as JsonObject;
    expect(dims.dimensions).toEqual([
      { type: 'string', name: 'user', multiValueHandling: 'SORTED_ARRAY', createBitmapIndex: true },
      { type: 'long', name: 'latency', multiValueHandling: 'SORTED_ARRAY', createBitmapIndex: false },
    ]);
    expect([...(dims.dimensionExclusions as string[])].sort()).toEqual(['__time', 'count', 'ts']);
  });

  test('granularities: names upper-cased, NONE becomes an object', () => {
    const gs = ((read(spec()).spec as JsonObject).dataSchema as JsonObject).granularitySpec as JsonObject;
    expect(gs).toEqual({
      type: 'uniform',
      segmentGranularity: 'HOUR',
      queryGranularity: { type: 'none' },
      rollup: false,
      intervals: [],
    });
  });

  test('a column both dimension and metric is refused', () => {
    const body = spec();
    ((body.spec as JsonObject).dataSchema as JsonObject).metricsSpec = [
      { type: 'longSum', name: 'user', fieldName: 'x' },
    ];
    expect(rejection(body).error).toMatch(
      /Cannot specify a column more than once: \[user\] seen in dimensions list, metricsSpec list/,
    );
  });

  test('re-submitting what GET returned gives the same bytes (so an identical re-POST is detected)', () => {
    for (const version of ['33.0.0', '35.0.0']) {
      const once = read(
        spec({ top: { id: 'x' }, tuning: { segmentWriteOutMediumFactory: { type: 'mmap' } } }),
        version,
      );
      expect(read(once, version)).toEqual(once);
    }
  });

  test('releases gate keys: 33.0 has no lagAggregator or releaseLocksOnHandoff', () => {
    const json = read(spec(), '33.0.0');
    expect(json.ioConfig).not.toHaveProperty('lagAggregator');
    expect(json.tuningConfig).not.toHaveProperty('releaseLocksOnHandoff');
    expect(read(spec()).tuningConfig).toHaveProperty('releaseLocksOnHandoff', false);
  });
});

describe('Joda periods and durations', () => {
  test.each([
    ['PT1H', 3_600_000, 'PT1H'],
    ['PT90M', 5_400_000, 'PT90M'],
    ['P1D', 86_400_000, 'P1D'],
    ['PT1.5S', 1500, 'PT1.500S'],
  ])('%s', (text, ms, printed) => {
    const p = parsePeriod(text);
    expect(p && formatPeriod(p)).toBe(printed);
    expect(formatDuration(ms)).toBe(
      `PT${ms / 1000 === Math.trunc(ms / 1000) ? ms / 1000 : (ms / 1000).toFixed(3)}S`,
    );
  });

  test('a bare number is milliseconds and prints as time fields', () => {
    const p = parsePeriod(600000);
    expect(p && formatPeriod(p)).toBe('PT10M');
    expect(parsePeriod('10 minutes')).toBeUndefined();
  });
});
