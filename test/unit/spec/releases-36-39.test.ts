/**
 * What the model says Druid 36–39 read and write (docs/druid-fidelity.md, "Druid 36–39"): new and
 * removed fields, defaults that changed, the autoscaler's task count by release, and how the
 * validator reports each against the release it is told the cluster runs.
 */
import { applyDefaults } from '../../../src/spec/model/defaults.js';
import { ioConfig, kafkaSupervisor, tuningConfig } from '../../../src/spec/model/kafka-supervisor.js';
import { NEWEST_DRUID_VERSION } from '../../../src/spec/model/version.js';
import { validateSpec } from '../../../src/validate/validate-supervisor.js';
import type { Finding } from '../../../src/common/finding.js';

const BOOTSTRAP = { 'bootstrap.servers': 'kafka:9092' };
const stored = (node: Parameters<typeof applyDefaults>[0], value: unknown, version: string) =>
  applyDefaults(node, value, { druidVersion: version, form: 'stored' }) as Record<string, unknown>;
const effective = (node: Parameters<typeof applyDefaults>[0], value: unknown, version: string) =>
  applyDefaults(node, value, { druidVersion: version }) as Record<string, unknown>;

type Spec = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- tests mutate freely

function spec(change: (value: Spec) => void = () => {}): Spec {
  const value: Spec = {
    type: 'kafka',
    spec: {
      dataSchema: {
        dataSource: 'clicks',
        timestampSpec: { column: 'ts', format: 'iso' },
        dimensionsSpec: { dimensions: ['page'] },
        granularitySpec: { segmentGranularity: 'HOUR' },
      },
      ioConfig: { topic: 'clicks', inputFormat: { type: 'json' }, consumerProperties: BOOTSTRAP },
      tuningConfig: { type: 'kafka', handoffConditionTimeout: 900000 },
    },
  };
  change(value);
  return value;
}

const findings = (value: Spec, version: string): Finding[] => validateSpec(value, { druidVersion: version });
const at = (list: Finding[], pointer: string): Finding[] => list.filter((item) => item.pointer === pointer);

describe('the model of Druid 36–39', () => {
  test('the newest release described is 39.0.0', () => {
    expect(NEWEST_DRUID_VERSION).toBe('39.0.0');
  });

  test('serverPriorityToReplicas: unknown before 37, written as null from 37, replicas become its sum', () => {
    const io = { topic: 't', consumerProperties: BOOTSTRAP };
    expect(stored(ioConfig, io, '36.0.0')).not.toHaveProperty('serverPriorityToReplicas');
    expect(stored(ioConfig, io, '37.0.0')).toHaveProperty('serverPriorityToReplicas', null);
    const prioritised = { ...io, serverPriorityToReplicas: { '0': 1, '1': 2 } };
    expect(stored(ioConfig, prioritised, '37.0.0')).toMatchObject({
      replicas: 3,
      serverPriorityToReplicas: { '0': 1, '1': 2 },
    });
    expect(stored(ioConfig, prioritised, '36.0.0')).toMatchObject({ replicas: 1 });
  });

  test('boundedStreamConfig is written as null from 38, before stream', () => {
    const io = stored(ioConfig, { topic: 't', consumerProperties: BOOTSTRAP }, '38.0.0');
    const keys = Object.keys(io);
    expect(io.boundedStreamConfig).toBeNull();
    expect(keys.indexOf('boundedStreamConfig')).toBe(keys.indexOf('serverPriorityToReplicas') + 1);
    expect(keys.indexOf('stream')).toBeGreaterThan(keys.indexOf('boundedStreamConfig'));
    expect(stored(ioConfig, { topic: 't', consumerProperties: BOOTSTRAP }, '37.0.0')).not.toHaveProperty(
      'boundedStreamConfig',
    );
  });

  test('costBased exists from 36, with the fields and defaults of each release', () => {
    const scaler = { autoScalerStrategy: 'costBased', enableTaskAutoScaler: false };
    const on = (version: string) =>
      stored(ioConfig, { topic: 't', consumerProperties: BOOTSTRAP, autoScalerConfig: scaler }, version)
        .autoScalerConfig as Record<string, unknown>;
    // 35 does not know costBased: AutoScalerConfig's defaultImpl reads it as lagBased.
    expect(on('35.0.0')).toMatchObject({ autoScalerStrategy: 'lagBased', scaleOutStep: 2 });
    expect(on('36.0.0')).toMatchObject({
      autoScalerStrategy: 'costBased',
      scaleActionPeriodMillis: 900000,
      minTriggerScaleActionFrequencyMillis: 1200000,
      lagWeight: 0.25,
      idleWeight: 0.75,
      defaultProcessingRate: 1000,
    });
    expect(on('37.0.0')).toMatchObject({
      scaleActionPeriodMillis: 600000,
      minTriggerScaleActionFrequencyMillis: 300000,
      highLagThreshold: -1,
      useTaskCountBoundaries: false,
      minScaleDownDelay: 'PT1800S',
    });
    expect(on('37.0.0')).not.toHaveProperty('defaultProcessingRate');
    const v38 = on('38.0.0');
    expect(v38).toMatchObject({
      lagWeight: 0.4,
      idleWeight: 0.6,
      minScaleUpDelay: 'PT600S',
      optimalTaskIdleRatio: 0.25,
      useTaskCountBoundariesOnScaleDown: true,
      usePollIdleRatio: true,
    });
    for (const removed of [
      'minTriggerScaleActionFrequencyMillis',
      'highLagThreshold',
      'useTaskCountBoundaries',
    ])
      expect(v38).not.toHaveProperty(removed);
    expect(on('39.0.0')).toMatchObject({
      scaleActionPeriodMillis: 120000,
      minScaleUpDelay: 'PT900S',
      highLagCostFactor: 6,
    });
    // NON_NULL: an unset criticalLagThreshold is left out.
    expect(on('39.0.0')).not.toHaveProperty('criticalLagThreshold');
  });

  test('lagBased writes minScaleUpDelay and minScaleDownDelay from 38, defaulting to the trigger frequency', () => {
    const scaler = (extra: object) => ({
      topic: 't',
      consumerProperties: BOOTSTRAP,
      autoScalerConfig: { enableTaskAutoScaler: false, ...extra },
    });
    const lag = (value: object, version: string) =>
      stored(ioConfig, scaler(value), version).autoScalerConfig as Record<string, unknown>;
    expect(lag({}, '37.0.0')).not.toHaveProperty('minScaleUpDelay');
    expect(lag({}, '38.0.0')).toMatchObject({ minScaleUpDelay: 'PT600S', minScaleDownDelay: 'PT600S' });
    expect(
      lag({ minTriggerScaleActionFrequencyMillis: 120000, minScaleDownDelay: 'PT30M' }, '38.0.0'),
      // A written Duration is printed by the caller's scalar hook (the emulator's: Joda's seconds).
    ).toMatchObject({ minScaleUpDelay: 'PT120S', minScaleDownDelay: 'PT30M' });
  });

  test('the task count Druid starts an autoscaled supervisor with changes by release', () => {
    const io = (taskCount: number | undefined, start?: number) => ({
      topic: 't',
      consumerProperties: BOOTSTRAP,
      ...(taskCount === undefined ? {} : { taskCount }),
      autoScalerConfig: {
        enableTaskAutoScaler: true,
        taskCountMin: 2,
        taskCountMax: 8,
        taskCountStart: start,
      },
    });
    const count = (value: object, version: string) => effective(ioConfig, value, version).taskCount;
    // Before 37 a written taskCount is ignored: taskCountStart, else taskCountMin.
    expect(count(io(5), '36.0.0')).toBe(2);
    expect(count(io(5, 3), '36.0.0')).toBe(3);
    // 37: taskCountStart, else taskCount, else taskCountMin (#19091).
    expect(count(io(5, 3), '37.0.0')).toBe(3);
    expect(count(io(5), '37.0.0')).toBe(5);
    expect(count(io(undefined), '37.0.0')).toBe(2);
    // 38: a written taskCount is kept when read (#19417); taskCountStart wins only when posted.
    expect(count(io(5, 3), '38.0.0')).toBe(5);
    expect(count(io(undefined, 3), '38.0.0')).toBe(3);
  });

  test('streamingPartitionsSpec from 38; its type is written from 39', () => {
    const tuning = { type: 'kafka', streamingPartitionsSpec: { partitionDimensions: ['country'] } };
    expect(stored(tuningConfig, tuning, '37.0.0')).not.toHaveProperty('streamingPartitionsSpec');
    expect(stored(tuningConfig, tuning, '38.0.0').streamingPartitionsSpec).toEqual({
      partitionDimensions: ['country'],
    });
    expect(stored(tuningConfig, tuning, '39.0.0').streamingPartitionsSpec).toEqual({
      type: 'dim_value_set',
      partitionDimensions: ['country'],
    });
  });

  test('indexSpec gains metadataCompression (36) and stringColumnFormatSpec (37), written only when set', () => {
    const indexSpec = { metadataCompression: 'ZSTD', stringColumnFormatSpec: { maxStringLength: 100 } };
    const on = (version: string) =>
      stored(tuningConfig, { type: 'kafka', indexSpec }, version).indexSpec as Record<string, unknown>;
    expect(on('35.0.0')).not.toHaveProperty('metadataCompression');
    expect(on('36.0.0')).toHaveProperty('metadataCompression', 'zstd');
    expect(on('36.0.0')).not.toHaveProperty('stringColumnFormatSpec');
    expect(on('37.0.0')).toHaveProperty('stringColumnFormatSpec', { maxStringLength: 100 });
    expect(stored(tuningConfig, { type: 'kafka', indexSpec: {} }, '37.0.0').indexSpec).not.toHaveProperty(
      'stringColumnFormatSpec',
    );
  });

  test('the legacy parser is not read from 37, and dimensionsSpec is left out when unset from 38', () => {
    const legacy = spec((value) => {
      delete value.spec.dataSchema.dimensionsSpec;
      value.spec.dataSchema.parser = { type: 'string', parseSpec: { format: 'json' } };
    });
    const dataSchema = (version: string) =>
      (stored(kafkaSupervisor, legacy, version).spec as Record<string, Record<string, unknown>>).dataSchema;
    expect(dataSchema('36.0.0')).toMatchObject({ dimensionsSpec: null, parser: { type: 'string' } });
    expect(dataSchema('37.0.0')).toHaveProperty('dimensionsSpec', null);
    expect(dataSchema('37.0.0')).not.toHaveProperty('parser');
    expect(dataSchema('38.0.0')).not.toHaveProperty('dimensionsSpec');
  });
});

describe('validation against the release', () => {
  test('serverPriorityToReplicas is a working setting on 37, and unknown to 36', () => {
    const prioritised = spec((value) => (value.spec.ioConfig.serverPriorityToReplicas = { '0': 1, '1': 1 }));
    expect(findings(prioritised, '37.0.0')).toEqual([]);
    expect(at(findings(prioritised, '36.0.0'), '/spec/ioConfig/serverPriorityToReplicas')).toEqual([
      expect.objectContaining({
        rule: 'druid/version',
        message: expect.stringContaining('added in Druid 37.0.0'),
      }),
    ]);
  });

  test('replicas that disagree with serverPriorityToReplicas, or a priority that is not an integer, are errors', () => {
    const mismatch = spec((value) => {
      value.spec.ioConfig.serverPriorityToReplicas = { '0': 1, '1': 2 };
      value.spec.ioConfig.replicas = 2;
    });
    expect(at(findings(mismatch, '37.0.0'), '/spec/ioConfig/replicas')).toEqual([
      expect.objectContaining({ rule: 'druid/range', severity: 'error' }),
    ]);
    const badKey = spec((value) => (value.spec.ioConfig.serverPriorityToReplicas = { high: 1 }));
    expect(at(findings(badKey, '37.0.0'), '/spec/ioConfig/serverPriorityToReplicas/high')).toEqual([
      expect.objectContaining({ rule: 'druid/type', severity: 'error' }),
    ]);
  });

  test('a parser is a deprecation warning on 36 and an error from 37, which also needs timestampSpec', () => {
    const legacy = spec((value) => {
      delete value.spec.dataSchema.timestampSpec;
      delete value.spec.dataSchema.dimensionsSpec;
      value.spec.dataSchema.parser = {
        type: 'string',
        parseSpec: { format: 'json', timestampSpec: { column: 'ts' }, dimensionsSpec: { dimensions: [] } },
      };
    });
    expect(at(findings(legacy, '36.0.0'), '/spec/dataSchema/parser')).toEqual([
      expect.objectContaining({ rule: 'druid/legacy-parser', severity: 'warning' }),
    ]);
    const on37 = findings(legacy, '37.0.0');
    expect(at(on37, '/spec/dataSchema/parser')).toEqual([
      expect.objectContaining({ rule: 'druid/legacy-parser', severity: 'error' }),
    ]);
    expect(at(on37, '/spec/dataSchema/timestampSpec')).toEqual([
      expect.objectContaining({ rule: 'druid/required', severity: 'error' }),
    ]);
  });

  test('costBased on a release before 36 is read as lagBased, and says so', () => {
    const costBased = spec(
      (value) =>
        (value.spec.ioConfig.autoScalerConfig = {
          autoScalerStrategy: 'costBased',
          enableTaskAutoScaler: true,
          taskCountMin: 1,
          taskCountMax: 4,
        }),
    );
    expect(findings(costBased, '36.0.0')).toEqual([]);
    expect(at(findings(costBased, '35.0.0'), '/spec/ioConfig/autoScalerConfig/autoScalerStrategy')).toEqual([
      expect.objectContaining({
        rule: 'druid/version',
        message: expect.stringContaining('reads it as "lagBased"'),
      }),
    ]);
  });

  test('a costBased field a release removed is reported on that release', () => {
    const old = spec(
      (value) =>
        (value.spec.ioConfig.autoScalerConfig = {
          autoScalerStrategy: 'costBased',
          enableTaskAutoScaler: false,
          minTriggerScaleActionFrequencyMillis: 60000,
        }),
    );
    expect(findings(old, '37.0.0')).toEqual([]);
    expect(
      at(findings(old, '38.0.0'), '/spec/ioConfig/autoScalerConfig/minTriggerScaleActionFrequencyMillis'),
    ).toEqual([expect.objectContaining({ rule: 'druid/removed-key', severity: 'warning' })]);
  });

  test('bounded streams and clustered base tables are checked as Druid 38 checks them', () => {
    const bounded = spec(
      (value) =>
        (value.spec.ioConfig.boundedStreamConfig = {
          startSequenceNumbers: { '0': 0, '1': 0 },
          endSequenceNumbers: { '0': 100 },
        }),
    );
    expect(at(findings(bounded, '38.0.0'), '/spec/ioConfig/boundedStreamConfig')).toEqual([
      expect.objectContaining({ rule: 'druid/schema', message: expect.stringContaining('same partitions') }),
    ]);
    const clustered = spec(
      (value) =>
        (value.spec.dataSchema.baseTable = {
          type: 'clusteredValueGroups',
          columns: ['page'],
          clusteringColumns: ['page'],
        }),
    );
    expect(at(findings(clustered, '38.0.0'), '/spec/dataSchema/dimensionsSpec')).toEqual([
      expect.objectContaining({ rule: 'druid/schema', severity: 'error' }),
    ]);
  });

  test('an autoscaled taskCount gets a notice that the autoscaler owns it', () => {
    const autoscaled = spec((value) => {
      value.spec.ioConfig.taskCount = 4;
      value.spec.ioConfig.autoScalerConfig = { enableTaskAutoScaler: true, taskCountMin: 1, taskCountMax: 8 };
    });
    expect(at(findings(autoscaled, '37.0.0'), '/spec/ioConfig/taskCount')).toEqual([
      expect.objectContaining({ rule: 'druid/autoscaled-task-count', severity: 'notice' }),
    ]);
  });

  test('on a release newer than the model, an unknown key is a notice that Druid may drop it', () => {
    const novel = spec((value) => (value.spec.ioConfig.someFutureSetting = true));
    expect(at(findings(novel, '39.0.0'), '/spec/ioConfig/someFutureSetting')).toEqual([
      expect.objectContaining({
        rule: 'druid/unknown-key',
        severity: 'warning',
        message: expect.stringContaining('Remove it'),
      }),
    ]);
    const [notice] = at(findings(novel, '40.0.0'), '/spec/ioConfig/someFutureSetting');
    expect(notice).toMatchObject({ rule: 'druid/unknown-key', severity: 'notice' });
    expect(notice?.message).toContain('not known here up to Druid 39.0.0');
    expect(notice?.message).toContain('may drop it');
    expect(notice?.message).not.toContain('Remove it');
  });
});
