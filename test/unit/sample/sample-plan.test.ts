import { mergedOf, planSample } from '../../../src/sample/sample-plan.js';

const KAFKA = { 'bootstrap.servers': 'kafka:9092' };

function supervisor(changes: { io?: Record<string, unknown>; dataSchema?: Record<string, unknown> } = {}) {
  return {
    type: 'kafka',
    spec: {
      dataSchema: {
        dataSource: 'events',
        timestampSpec: { column: 'ts' },
        dimensionsSpec: { dimensions: ['user_id'] },
        ...changes.dataSchema,
      },
      ioConfig: { topic: 'events', inputFormat: { type: 'json' }, consumerProperties: KAFKA, ...changes.io },
      tuningConfig: { type: 'kafka' },
    },
  };
}

const merged = mergedOf([supervisor()]);

describe('what the review may send the sampler', () => {
  test('a text format is replayed: the parsing side of both specs, the connection of the base', () => {
    const head = supervisor({ dataSchema: { timestampSpec: { column: 'event_ts' } } });
    const plan = planSample(head, supervisor(), merged);
    expect(plan).toMatchObject({
      method: 'replay',
      source: { topic: 'events', consumerProperties: KAFKA },
      head: { dataSchema: { timestampSpec: { column: 'event_ts' } }, inputFormat: { type: 'json' } },
      base: { dataSchema: { timestampSpec: { column: 'ts' } } },
    });
  });

  test.each([
    ['csv with columns', { type: 'csv', columns: ['ts', 'user_id'] }, 'replay'],
    ['tsv', { type: 'tsv', columns: ['ts'] }, 'replay'],
    ['regex', { type: 'regex', pattern: '(.*)', columns: ['raw'] }, 'replay'],
    ['csv reading a header in each record', { type: 'csv', findColumnsFromHeader: true }, 'none'],
    ['csv skipping a header row', { type: 'csv', columns: ['a'], skipHeaderRows: 1 }, 'none'],
    [
      'avro with a schema registry the base does not use',
      { type: 'avro_stream', avroBytesDecoder: { type: 'schema_registry', url: 'http://evil.example' } },
      'none',
    ],
    ['the kafka format', { type: 'kafka', valueFormat: { type: 'json' } }, 'none'],
  ])('%s → %s', (_what, inputFormat, method) => {
    expect(planSample(supervisor({ io: { inputFormat } }), undefined, merged).method).toBe(method);
  });

  test('a format that cannot be replayed is sampled live when the base branch already uses it', () => {
    const kafkaFormat = { type: 'kafka', valueFormat: { type: 'json' } };
    const base = supervisor({ io: { inputFormat: kafkaFormat } });
    const plan = planSample(
      supervisor({ io: { inputFormat: kafkaFormat, taskCount: 2 } }),
      base,
      mergedOf([base]),
    );
    expect(plan).toMatchObject({
      method: 'live',
      head: { ioConfig: { taskCount: 2 } },
      base: { ioConfig: { inputFormat: kafkaFormat } },
    });
  });

  test('a Kafka connection no supervisor on the base branch uses is never sent', () => {
    const plan = planSample(
      supervisor({ io: { consumerProperties: { 'bootstrap.servers': 'attacker.example:9092' } } }),
      undefined,
      merged,
    );
    expect(plan).toEqual({ method: 'none', reason: expect.stringContaining('Kafka connection') as unknown });
  });

  test('changed connection settings (a password provider, a SASL config) count as a new connection', () => {
    const io = {
      consumerProperties: {
        ...KAFKA,
        'sasl.jaas.config': { type: 'environment', variable: 'AWS_SECRET_ACCESS_KEY' },
      },
    };
    expect(planSample(supervisor({ io }), supervisor(), merged).method).toBe('none');
  });

  test('settings that only tune fetching (group.id, max.poll.records) do not make a new connection; as objects they do', () => {
    const tuned = {
      consumerProperties: { ...KAFKA, 'group.id': 'druid-sessions', 'max.poll.records': '5000' },
    };
    expect(planSample(supervisor({ io: tuned }), undefined, merged).method).toBe('replay');
    // Druid reads an object value of any property as a password provider.
    const provider = {
      consumerProperties: { ...KAFKA, 'group.id': { type: 'environment', variable: 'SECRET' } },
    };
    expect(planSample(supervisor({ io: provider }), undefined, merged).method).toBe('none');
  });

  test('a new supervisor on a connection the base branch uses is sampled', () => {
    expect(planSample(supervisor({ io: { topic: 'clicks' } }), undefined, merged)).toMatchObject({
      method: 'replay',
      source: { topic: 'clicks' },
    });
  });

  test.each([
    [
      'a JavaScript filter',
      {
        transformSpec: {
          filter: { type: 'javascript', dimension: 'x', function: 'function(x){return true}' },
        },
      },
    ],
    ['a JavaScript aggregator', { metricsSpec: [{ type: 'JavaScript', name: 'x', fnAggregate: '' }] }],
  ])('a spec with %s is never sent', (_what, dataSchema) => {
    expect(planSample(supervisor({ dataSchema }), supervisor(), merged)).toMatchObject({
      method: 'none',
      reason: expect.stringContaining('JavaScript') as unknown,
    });
  });

  test('a spec without inputFormat (the legacy parser), topic or connection is not sampled, and says why', () => {
    expect(planSample(supervisor({ io: { inputFormat: undefined } }), undefined, merged)).toMatchObject({
      reason: expect.stringContaining('inputFormat') as unknown,
    });
    expect(planSample(supervisor({ io: { topic: undefined } }), undefined, merged)).toMatchObject({
      reason: expect.stringContaining('topic') as unknown,
    });
    expect(planSample({ type: 'kafka' }, undefined, merged)).toMatchObject({ method: 'none' });
  });

  test('a topicPattern supervisor is read by its pattern', () => {
    const head = supervisor({ io: { topic: undefined, topicPattern: 'events-.*' } });
    expect(planSample(head, undefined, merged)).toMatchObject({ source: { topicPattern: 'events-.*' } });
  });
});
