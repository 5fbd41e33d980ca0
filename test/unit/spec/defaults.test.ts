/**
 * The model walker that fills Druid's defaults (spec/model/defaults.ts) and Druid's constructor
 * rules (constructor-rules.ts), on their own: the normaliser and the emulator both build on them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { aggregator } from '../../../src/spec/model/aggregators.js';
import { applyDefaults, type DefaultsOptions } from '../../../src/spec/model/defaults.js';
import { dimensionsSpec } from '../../../src/spec/model/dimensions.js';
import { dimFilter } from '../../../src/spec/model/filters.js';
import { granularity } from '../../../src/spec/model/granularity.js';
import { inputFormat } from '../../../src/spec/model/input-formats.js';
import { ingestionSpec, ioConfig, tuningConfig } from '../../../src/spec/model/kafka-supervisor.js';
import type { Node } from '../../../src/spec/model/vocabulary.js';

const here = dirname(fileURLToPath(import.meta.url));
const on = (version: string, form: DefaultsOptions['form'] = 'effective'): DefaultsOptions => ({
  druidVersion: version,
  form,
});
const fill = (node: Node, value: unknown, options = on('35.0.0')): unknown =>
  applyDefaults(node, value, options);
const BOOTSTRAP = { 'bootstrap.servers': 'kafka:9092' };

describe('the walk', () => {
  test('fills only the fields the release reads', () => {
    const io = { topic: 't', consumerProperties: BOOTSTRAP };
    expect(fill(ioConfig, io, on('33.0.0'))).not.toHaveProperty('lagAggregator');
    expect(fill(ioConfig, io, on('34.0.0'))).toHaveProperty('lagAggregator', { type: 'default' });
    expect(fill(tuningConfig, { type: 'kafka' }, on('34.0.0'))).not.toHaveProperty('releaseLocksOnHandoff');
    expect(fill(tuningConfig, { type: 'kafka' }, on('35.0.0'))).toHaveProperty(
      'releaseLocksOnHandoff',
      false,
    );
  });

  test('a typed value without its tag takes the default variant, tag written', () => {
    expect(fill(tuningConfig, { type: 'kafka', appendableIndexSpec: {} })).toHaveProperty(
      'appendableIndexSpec',
      {
        type: 'onheap',
        preserveExistingMetrics: false,
      },
    );
  });

  test('an extension type the model does not describe is kept as written, nulls dropped', () => {
    const sketch = {
      type: 'thetaSketch',
      name: 's',
      fieldName: 'user',
      size: 16384,
      errorBoundsStdDev: null,
    };
    expect(fill(aggregator, sketch)).toEqual({
      type: 'thetaSketch',
      name: 's',
      fieldName: 'user',
      size: 16384,
    });
  });

  test('the stored form writes null defaults and output-only values, as GET does', () => {
    const stored = fill(tuningConfig, { type: 'kafka' }, on('33.0.0', 'stored'));
    expect(stored).toHaveProperty('segmentWriteOutMediumFactory', null);
    expect(stored).toHaveProperty('skipSequenceNumberAvailabilityCheck', false);
    const io = fill(
      ioConfig,
      { topic: 't', useEarliestOffset: true, consumerProperties: BOOTSTRAP },
      on('33.0.0', 'stored'),
    );
    expect(io).toMatchObject({ stream: 't', useEarliestSequenceNumber: true, idleConfig: null });
  });

  const realDir = join(here, '../../fixtures/druid-real');
  (existsSync(realDir) ? test : test.skip)(
    'the stored form of the submitted real spec is the real 33.0 GET, key order and nulls included',
    () => {
      const read = (file: string): Record<string, unknown> =>
        JSON.parse(readFileSync(join(realDir, file), 'utf8'));
      const submitted = read('spec-main.submitted.json').spec;
      const real = (read('supervisor-get-spec.json').response as Record<string, Record<string, unknown>>).body
        ?.spec;
      // The caller's scalar hook writes durations as Druid does (seconds); periods stay as written.
      const stored = fill(ingestionSpec, submitted, {
        druidVersion: '33.0.0',
        form: 'stored',
        scalar: (node, value) =>
          node.kind === 'string' && node.format === 'duration' && typeof value === 'string'
            ? ({ PT1H: 'PT3600S', PT20M: 'PT1200S', P1D: 'PT86400S' }[value] ?? value)
            : value,
      });
      expect(JSON.stringify(stored)).toBe(JSON.stringify(real));
    },
  );

  test('inGet: GET writes null, leaves out, or leaves out the default, per release', () => {
    const io = { topicPattern: 'a.*', consumerProperties: BOOTSTRAP, inputFormat: { type: 'json' } };
    const stored = fill(ioConfig, io, on('33.0.0', 'stored')) as Record<string, unknown>;
    expect(stored).toMatchObject({ topic: null, topicPattern: 'a.*', inputFormat: { type: 'json' } });
    expect(fill(ioConfig, io, on('33.0.0'))).not.toHaveProperty('topic');
    const json = { type: 'json', assumeNewlineDelimited: false, featureSpec: {} };
    expect(fill(inputFormat, json, on('33.0.0', 'stored'))).toEqual({ type: 'json' });
    expect(fill(inputFormat, json, on('30.0.0', 'stored'))).toEqual({
      type: 'json',
      assumeNewlineDelimited: false,
      useJsonNodeReader: false,
    });
    expect(fill(inputFormat, { ...json, assumeNewlineDelimited: true }, on('33.0.0', 'stored'))).toEqual({
      type: 'json',
      assumeNewlineDelimited: true,
    });
    expect(fill(dimensionsSpec, {}, on('33.0.0', 'stored'))).not.toHaveProperty('forceSegmentSortByTime');
    expect(fill(dimensionsSpec, {}, on('33.0.0'))).toHaveProperty('forceSegmentSortByTime', true);
  });

  test('the stored form writes keys in the model order (GET order), copies included', () => {
    const stored = fill(tuningConfig, { maxRowsInMemory: 1, type: 'kafka' }, on('33.0.0', 'stored'));
    const keys = Object.keys(stored as object);
    expect(keys.slice(0, 3)).toEqual(['type', 'appendableIndexSpec', 'maxRowsInMemory']);
    expect(keys.indexOf('indexSpecForIntermediatePersists')).toBe(keys.indexOf('indexSpec') + 1);
  });

  test('the reader sees every value as written, with where it is', () => {
    const seen: string[] = [];
    fill(
      ioConfig,
      { topic: 't', taskCount: '2', consumerProperties: BOOTSTRAP },
      {
        druidVersion: '33.0.0',
        reader: (node, _value, path) => seen.push(`${node.kind} /${path.join('/')}`),
      },
    );
    expect(seen).toEqual(
      expect.arrayContaining([
        'object /',
        'string /topic',
        'integer /taskCount',
        'object /consumerProperties',
      ]),
    );
    expect(() =>
      fill(
        ioConfig,
        { taskCount: 'x' },
        {
          druidVersion: '33.0.0',
          reader: (node, value) => {
            if (node.kind === 'integer' && typeof value !== 'number') throw new Error('not a number');
          },
        },
      ),
    ).toThrow('not a number');
  });
});

describe('constructor rules', () => {
  test('legacy spatialDimensions become spatial dimensions after the others', () => {
    const spec = { dimensions: ['a'], spatialDimensions: [{ dimName: 'loc', dims: ['x', 'y'] }] };
    expect(fill(dimensionsSpec, spec)).toMatchObject({
      dimensions: [{ name: 'a' }, { type: 'spatial', name: 'loc', dims: ['x', 'y'] }],
    });
    expect(fill(dimensionsSpec, spec)).not.toHaveProperty('spatialDimensions');
  });

  test('a filtered aggregator is named after the one it wraps', () => {
    const filtered = { type: 'filtered', aggregator: { type: 'count', name: 'n' }, filter: { type: 'true' } };
    expect(fill(aggregator, filtered)).toHaveProperty('name', 'n');
  });

  test('a flattenSpec field written as a name is a root field reading that name', () => {
    const json = { type: 'json', flattenSpec: { fields: ['user'] } };
    expect(fill(inputFormat, json)).toMatchObject({
      flattenSpec: { useFieldDiscovery: true, fields: [{ type: 'root', name: 'user', expr: 'user' }] },
      keepNullColumns: true,
    });
    expect(fill(inputFormat, { type: 'json' })).toHaveProperty('keepNullColumns', false);
  });

  test('csv hasHeaderRow is the old name of findColumnsFromHeader', () => {
    expect(fill(inputFormat, { type: 'csv', columns: ['a'], hasHeaderRow: true })).toMatchObject({
      findColumnsFromHeader: true,
    });
  });

  test('filters: bound alphaNumeric is an ordering, typed IN values are written back sorted', () => {
    expect(fill(dimFilter, { type: 'bound', dimension: 'd', lower: '1', alphaNumeric: true })).toMatchObject({
      ordering: { type: 'alphanumeric' },
    });
    expect(fill(dimFilter, { type: 'bound', dimension: 'd', lower: '1', ordering: 'Numeric' })).toMatchObject(
      {
        ordering: { type: 'numeric' },
      },
    );
    expect(
      fill(dimFilter, { type: 'inType', column: 'c', matchValueType: 'LONG', values: [3, 1, 2] }),
    ).toEqual({
      type: 'inType',
      column: 'c',
      matchValueType: 'LONG',
      sortedValues: [1, 2, 3],
    });
  });

  test('a dimension spec written as a name is a default spec whose output name is the column', () => {
    const cardinality = { type: 'cardinality', name: 'c', fields: ['user'] };
    expect(fill(aggregator, cardinality)).toMatchObject({
      fields: [{ type: 'default', dimension: 'user', outputName: 'user', outputType: 'STRING' }],
    });
  });

  test('a duration granularity keeps its origin modulo the duration', () => {
    const hourly = { type: 'duration', duration: 3_600_000, origin: '2024-01-01T00:30:00.000Z' };
    expect(fill(granularity, hourly)).toEqual({ ...hourly, origin: '1970-01-01T00:30:00.000Z' });
  });
});
