import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
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

const REAL = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/druid-real');
const real = (file: string): JsonObject => JSON.parse(readFileSync(join(REAL, file), 'utf8')) as JsonObject;
const body = (file: string, part: 'request' | 'response'): Json =>
  (real(file)[part] as JsonObject).body as Json;

(existsSync(REAL) ? describe : describe.skip)('the stored spec is real Druid 33.0’s, byte for byte', () => {
  test.each([
    ['spec-main.submitted.json', 'supervisor-get-spec.json'],
    ['supervisor-post-mmap.json', 'supervisor-get-spec-mmap.json'],
    ['supervisor-post-offHeapMemory.json', 'supervisor-get-spec-offHeapMemory.json'],
    [
      'supervisor-post-negative-maxRowsPerSegment.json',
      'supervisor-post-negative-maxRowsPerSegment.get-spec.json',
    ],
    ['supervisor-post-taskDuration-as-number.json', 'supervisor-post-taskDuration-as-number.get-spec.json'],
    [
      'supervisor-post-skipOffsetGaps-in-tuning.json',
      'supervisor-post-skipOffsetGaps-in-tuning.get-spec.json',
    ],
  ])('%s is stored as %s shows (key order, nulls, periods)', (submitted, stored) => {
    const spec = submitted.endsWith('.submitted.json')
      ? (real(submitted) as Json)
      : body(submitted, 'request');
    expect(JSON.stringify(read(spec, '33.0.0'))).toBe(JSON.stringify(body(stored, 'response')));
  });

  test('the specs listed by ?system (specString) are the emulator’s, byte for byte', () => {
    const listed = body('supervisor-list-system.json', 'response') as JsonObject[];
    for (const [id, file] of [
      ['fx-bad', 'spec-bad-bootstrap.submitted.json'],
      ['fx-bad-fast', 'spec-bad-bootstrap-fast.submitted.json'],
    ] as const) {
      const entry = listed.find((item) => item.id === id);
      if (entry) expect(JSON.stringify(read(real(file) as Json, '33.0.0'))).toBe(entry.specString);
    }
  });

  test.each([
    ['supervisor-post-unknown-granularity.json'],
    ['supervisor-post-bad-period-string.json'],
    ['supervisor-post-handoffConditionTimeout-PT10M.json'],
    ['supervisor-post-missing-bootstrap.json'],
    ['supervisor-post-missing-consumerProperties.json'],
    ['supervisor-post-missing-dataSchema.json'],
    ['supervisor-post-missing-ioConfig.json'],
    ['supervisor-post-missing-topic.json'],
    ['supervisor-post-missing-type.json'],
    ['supervisor-post-topic-and-topicPattern.json'],
    ['supervisor-post-tuning-without-type.json'],
    ['supervisor-post-invalid-datasource-name.json'],
    ['supervisor-post-unknown-supervisor-type.json'],
    ['supervisor-post-unknown-tuning-type.json'],
  ])('%s: the same 400 and message', (file) => {
    const answer = real(file).response as JsonObject;
    expect(rejection(body(file, 'request'), '33.0.0')).toEqual({
      status: answer.status,
      error: (answer.body as JsonObject).error,
    });
  });
});

describe('disagreements with real Druid that are fixed (found by comparing normalised round trips)', () => {
  const dataSchema = (json: JsonObject): JsonObject => (json.spec as JsonObject).dataSchema as JsonObject;
  const withSchema = (change: (schema: JsonObject) => void): JsonObject => {
    const body = spec();
    change((body.spec as JsonObject).dataSchema as JsonObject);
    return body;
  };

  test('a filtered aggregator without a name is named after the aggregator it wraps', () => {
    const body = withSchema((schema) => {
      schema.metricsSpec = [
        {
          type: 'filtered',
          aggregator: { type: 'longSum', name: 'paid', fieldName: 'amount' },
          filter: { type: 'true' },
        },
      ];
    });
    const schema = dataSchema(read(body, '33.0.0'));
    expect((schema.metricsSpec as JsonObject[])[0]).toHaveProperty('name', 'paid');
    expect(((schema.dimensionsSpec as JsonObject).dimensionExclusions as string[]).sort()).toEqual([
      '__time',
      'amount',
      'paid',
      'ts',
    ]);
  });

  test('a json dimension stays json with formatVersion 5 (columnFormatSpec null from 35.0)', () => {
    const body = withSchema((schema) => {
      schema.dimensionsSpec = { dimensions: [{ type: 'json', name: 'attributes' }] };
    });
    const dimension = (version: string): Json =>
      ((dataSchema(read(body, version)).dimensionsSpec as JsonObject).dimensions as Json[])[0] as Json;
    expect(dimension('33.0.0')).toEqual({
      type: 'json',
      name: 'attributes',
      formatVersion: 5,
      multiValueHandling: 'SORTED_ARRAY',
      createBitmapIndex: true,
    });
    expect(dimension('35.0.0')).toHaveProperty('columnFormatSpec', null);
  });

  test('projections are stored (32.0+), after transformSpec', () => {
    const projection = {
      type: 'aggregate',
      name: 'by_user',
      groupingColumns: ['user'],
      aggregators: [{ type: 'count', name: 'n' }],
    };
    const body = withSchema((schema) => {
      schema.projections = [projection];
    });
    const schema = dataSchema(read(body, '33.0.0'));
    expect(Object.keys(schema).slice(-2)).toEqual(['transformSpec', 'projections']);
    expect(schema.projections).toEqual([
      {
        ...projection,
        virtualColumns: [],
        groupingColumns: [
          { type: 'string', name: 'user', multiValueHandling: 'SORTED_ARRAY', createBitmapIndex: true },
        ],
      },
    ]);
    expect(dataSchema(read(body, '31.0.0'))).not.toHaveProperty('projections');
  });

  test('maxRowsPerSegment -1 is stored as the default 5000000 (real 33.0)', () => {
    const tuning = read(spec({ tuning: { maxRowsPerSegment: -1 } }), '33.0.0').tuningConfig as JsonObject;
    expect(tuning.maxRowsPerSegment).toBe(5_000_000);
  });

  test('THREE_HOUR is not a GranularityType: 400 like the captured FORTNIGHT', () => {
    const body = withSchema((schema) => {
      schema.granularitySpec = { segmentGranularity: 'three_hour' };
    });
    expect(rejection(body, '33.0.0')).toEqual({
      status: 400,
      error:
        'Cannot construct instance of `org.apache.druid.java.util.common.granularity.Granularity`, problem: No enum constant org.apache.druid.java.util.common.granularity.GranularityType.THREE_HOUR',
    });
  });
});
