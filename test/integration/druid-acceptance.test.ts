/* eslint-disable @typescript-eslint/no-explicit-any -- specs are mutated freely in these tests */
/**
 * The validator against the real Druid: what it calls an error, Druid refuses or silently
 * rewrites; what it accepts (the examples in supervisors/), Druid accepts.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { DruidRejectedError } from '../../src/druid/index.js';
import { readSpec } from '../../src/spec/load.js';
import { canonicalLayout } from '../../src/spec/layout.js';
import { validateSpec } from '../../src/validate/validate-supervisor.js';
import { clusterEnv, createTopic, overlord, terminateIfPresent } from './support/cluster.js';

const druidVersion = clusterEnv().DRUID_VERSION;
const client = overlord();

afterAll(() => client.close());

function spec(dataSource: string, changes: (s: any) => void = () => {}): any {
  const value: any = {
    type: 'kafka',
    spec: {
      dataSchema: {
        dataSource,
        timestampSpec: { column: 'timestamp', format: 'iso' },
        dimensionsSpec: { dimensions: ['page'] },
        metricsSpec: [{ type: 'count', name: 'count' }],
        granularitySpec: { segmentGranularity: 'HOUR', queryGranularity: 'MINUTE' },
      },
      ioConfig: {
        topic: `${dataSource}-topic`,
        inputFormat: { type: 'json' },
        consumerProperties: { 'bootstrap.servers': clusterEnv().KAFKA_BOOTSTRAP },
      },
      tuningConfig: { type: 'kafka' },
    },
    suspended: true,
  };
  changes(value);
  return value;
}

const errorsOf = (value: any) =>
  validateSpec(value, { druidVersion }).filter((finding) => finding.severity === 'error');

describe('Druid rejects what the validator rejects', () => {
  test.each([
    [
      'handoffConditionTimeout as an ISO period',
      (s: any) => (s.spec.tuningConfig.handoffConditionTimeout = 'PT10M'),
      'druid/type',
    ],
    [
      'consumerProperties without bootstrap.servers',
      (s: any) => (s.spec.ioConfig.consumerProperties = { 'group.id': 'g' }),
      'druid/required',
    ],
    ['tuningConfig without its type', (s: any) => delete s.spec.tuningConfig.type, 'druid/required'],
    [
      'an unknown granularity',
      (s: any) => (s.spec.dataSchema.granularitySpec.segmentGranularity = 'FORTNIGHT'),
      'druid/enum',
    ],
    ['a period that is not ISO-8601', (s: any) => (s.spec.ioConfig.taskDuration = '1 hour'), 'druid/period'],
    [
      'a datasource name with a slash',
      (s: any) => (s.spec.dataSchema.dataSource = 'bad/name'),
      'druid/invalid-id',
    ],
    ['neither topic nor topicPattern', (s: any) => delete s.spec.ioConfig.topic, 'druid/topic'],
    ['an unknown tuningConfig type', (s: any) => (s.spec.tuningConfig.type = 'kafka_typo'), 'druid/enum'],
    ['no dataSchema', (s: any) => delete s.spec.dataSchema, 'druid/required'],
  ])('%s', async (_name, change, rule) => {
    const value = spec('it-reject', change);
    expect(errorsOf(value).map((finding) => finding.rule)).toContain(rule);
    await expect(client.submitSupervisor(value)).rejects.toBeInstanceOf(DruidRejectedError);
  });
});

describe('values the validator calls errors although Druid takes them', () => {
  afterEach(() => terminateIfPresent(client, 'it-silent'));

  test('segmentWriteOutMediumFactory mmap: Druid stores tmpFile instead, as the finding says', async () => {
    const value = spec(
      'it-silent',
      (s) => (s.spec.tuningConfig.segmentWriteOutMediumFactory = { type: 'mmap' }),
    );
    expect(errorsOf(value)).toEqual([
      expect.objectContaining({ rule: 'druid/silent-default', message: expect.stringContaining('tmpFile') }),
    ]);
    await client.submitSupervisor(value);
    const stored: any = await client.getSupervisorSpec('it-silent');
    expect(stored.spec.tuningConfig.segmentWriteOutMediumFactory).toEqual({ type: 'tmpFile' });
  });

  test('skipOffsetGaps and a misspelled key: Druid drops them without a word, as the findings say', async () => {
    const value = spec('it-silent', (s) => {
      s.spec.tuningConfig.skipOffsetGaps = false;
      s.spec.tuningConfig.maxRowPerSegment = 1000;
    });
    const rules = validateSpec(value, { druidVersion }).map((finding) => finding.rule);
    expect(rules).toEqual(expect.arrayContaining(['druid/removed-key', 'druid/unknown-key']));
    await client.submitSupervisor(value);
    const stored: any = await client.getSupervisorSpec('it-silent');
    expect(stored.spec.tuningConfig).not.toHaveProperty('skipOffsetGaps');
    expect(stored.spec.tuningConfig).not.toHaveProperty('maxRowPerSegment');
    expect(stored.spec.tuningConfig.maxRowsPerSegment).toBe(5000000);
  });
});

describe('Druid accepts the example specs in supervisors/', () => {
  const files = readdirSync('supervisors').map((name) => path.join('supervisors', name));

  test.each(files)('%s', async (file) => {
    const loaded = readSpec(file, readFileSync(file), druidVersion);
    const value = canonicalLayout(loaded.document!.value) as any;
    expect(errorsOf(value)).toEqual([]);
    // The examples name production brokers; point them at the lane's Kafka, and submit suspended.
    value.spec.ioConfig.consumerProperties['bootstrap.servers'] = clusterEnv().KAFKA_BOOTSTRAP;
    createTopic(value.spec.ioConfig.topic);
    const id = loaded.supervisorId as string;
    try {
      expect(await client.submitSupervisor({ ...value, suspended: true })).toEqual({
        id: value.spec.dataSchema.dataSource,
      });
    } finally {
      await terminateIfPresent(
        client,
        id === value.spec.dataSchema.dataSource ? id : value.spec.dataSchema.dataSource,
      );
    }
  });
});
