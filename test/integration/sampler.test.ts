/**
 * Druid's sampler (POST /druid/indexer/v1/sampler) on the real Druid 33, as the review uses it:
 * the requests src/sample/sampler-requests.ts builds are the ones sent, and what Druid answers is
 * kept (CAPTURE_FIXTURES=1) as test/fixtures/druid-real/sampler-*.json, which the client's contract
 * test and the emulator's replay. Then the whole review against the real cluster, through the
 * read-only client: base and head sampled on the same records, nothing written.
 */
import { DruidRejectedError, type SamplerRequest } from '../../src/druid/index.js';
import { runReview } from '../../src/flows/review.js';
import { renderReview } from '../../src/report/review-markdown.js';
import { DEFAULT_CONFIG } from '../../src/config/config-file.js';
import { captureRequest, capturedRecords, replayRequest } from '../../src/sample/sampler-requests.js';
import type { SourceFile } from '../../src/spec/git-source.js';
import { SAMPLER_TOPIC, samplerDataSchema, samplerRecords } from '../support/sampler-records.js';
import { capture } from './support/capture.js';
import { clusterEnv, createTopic, overlord, produceLines } from './support/cluster.js';

const SAMPLER = '/druid/indexer/v1/sampler';
const env = clusterEnv();
const bootstrap = { 'bootstrap.servers': env.KAFKA_BOOTSTRAP };
const records = samplerRecords();

beforeAll(() => {
  // One partition: the records are read back in the order they were produced.
  createTopic(SAMPLER_TOPIC, 1);
  produceLines(SAMPLER_TOPIC, records);
});

function kafka(
  dataSchema: Record<string, unknown>,
  io: Record<string, unknown> = {},
  samplerConfig = { numRows: 500, timeoutMs: 3000 },
): SamplerRequest {
  return {
    type: 'kafka',
    spec: {
      type: 'kafka',
      spec: {
        dataSchema,
        ioConfig: {
          topic: SAMPLER_TOPIC,
          inputFormat: { type: 'json' },
          consumerProperties: bootstrap,
          useEarliestOffset: true,
          ...io,
        },
        tuningConfig: { type: 'kafka' },
      },
    },
    samplerConfig,
  };
}

interface Answer {
  numRowsRead: number;
  numRowsIndexed: number;
  data: Array<{
    input?: Record<string, unknown>;
    parsed?: Record<string, unknown>;
    unparseable?: boolean;
    error?: string;
  }>;
}

const sample = async (name: string, json: unknown, note?: string) => {
  const started = Date.now();
  const answer = await capture(name, 'POST', SAMPLER, { json, ...(note ? { note } : {}) });
  return { ...answer, body: answer.body as Answer & { error?: string }, ms: Date.now() - started };
};

describe('the sampler on the real Druid 33', () => {
  test('reads 405 records of a 1-partition topic: 400 parsed, 5 not JSON (their text only in the error)', async () => {
    const { status, body, ms } = await sample(
      'sampler-kafka-json',
      kafka(samplerDataSchema()),
      'numRows 500 on a topic of 405 records: Druid reads until timeoutMs',
    );
    expect(status).toBe(200);
    expect(body.numRowsRead).toBe(405);
    expect(body.numRowsIndexed).toBe(400);
    const bad = body.data.filter((row) => row.unparseable);
    expect(bad.map((row) => row.error)).toEqual(
      [0, 1, 2, 3, 4].map((n) => `Unable to parse row [not json at all ${n}] into JSON`),
    );
    expect(bad.every((row) => row.input === undefined)).toBe(true);
    expect(body.data[0]?.parsed).toEqual({
      __time: Date.UTC(2026, 0, 1),
      user_id: 'u0',
      region: 'eu',
      latency: 0,
      country: null,
      count: 1,
    });
    // A topic holding fewer records than numRows costs the whole timeoutMs.
    expect(ms).toBeGreaterThanOrEqual(3000);
  });

  test('a timestamp column the records lack: every row unparseable, the error quoting the row', async () => {
    const { body } = await sample(
      'sampler-kafka-timestamp-missing',
      kafka(
        samplerDataSchema({ timestampSpec: { column: 'ts', format: 'iso' } }),
        {},
        { numRows: 30, timeoutMs: 3000 },
      ),
    );
    expect(body.numRowsRead).toBe(30);
    expect(body.numRowsIndexed).toBe(0);
    expect(body.data[0]?.error).toBe(
      'Timestamp[null] is unparseable! Event: {event_ts=2026-01-01T00:00:00.000Z, user_id=u0, region=eu, latency=0, session=s0}',
    );
  });

  test('the spec without its inner "type" is a 400', async () => {
    const request = kafka(samplerDataSchema());
    const { status, body } = await sample('sampler-kafka-flat-spec', { ...request, spec: request.spec.spec });
    expect(status).toBe(400);
    expect(body.error).toContain("missing type id property 'type' (for POJO property 'spec')");
  });

  test('useEarliestOffset false reads only what arrives while it waits: nothing', async () => {
    const { status, body } = await sample(
      'sampler-kafka-latest',
      kafka(samplerDataSchema(), { useEarliestOffset: false }, { numRows: 10, timeoutMs: 1000 }),
    );
    expect(status).toBe(200);
    expect(body.numRowsRead).toBe(0);
    expect(body.data).toEqual([]);
  });

  test('a topic that does not exist is a 400 naming no topic', async () => {
    const { status, body } = await sample(
      'sampler-kafka-missing-topic',
      kafka(samplerDataSchema(), { topic: 'fx-no-such-topic' }, { numRows: 10, timeoutMs: 1000 }),
    );
    expect(status).toBe(400);
    expect(body.error).toBe(
      'Failed to sample data: Consumer is not subscribed to any topics or assigned any partitions',
    );
  });

  test('an unreachable broker is a 400 after default.api.timeout.ms, which the review bounds', async () => {
    const { status, body, ms } = await sample(
      'sampler-kafka-unreachable',
      kafka(
        samplerDataSchema(),
        { consumerProperties: { 'bootstrap.servers': '127.0.0.1:1', 'default.api.timeout.ms': '2000' } },
        { numRows: 10, timeoutMs: 2000 },
      ),
      'default.api.timeout.ms 2000: without it Druid answers after 60 s',
    );
    expect(status).toBe(400);
    expect(body.error).toBe(
      `Exception while seeking to the [earliest] offset of partitions in topic [${SAMPLER_TOPIC}]: Timeout expired while fetching topic metadata`,
    );
    expect(ms).toBeLessThan(20_000);
  });

  test('more than 5000 rows is a 400', async () => {
    const { status, body } = await sample(
      'sampler-kafka-too-many-rows',
      kafka(samplerDataSchema(), {}, { numRows: 5001, timeoutMs: 1000 }),
    );
    expect(status).toBe(400);
    expect(body.error).toContain('numRows must be <= 5000');
  });
});

describe('the review’s requests on the real Druid 33', () => {
  let captured: string[] = [];

  test('the capture reads each record whole, as text', async () => {
    const request = captureRequest(
      { topic: SAMPLER_TOPIC, consumerProperties: bootstrap },
      { numRows: 500, timeoutMs: 3000 },
    );
    const { status, body } = await sample('sampler-kafka-whole-records', request);
    expect(status).toBe(200);
    captured = capturedRecords(body.data);
    expect(captured).toEqual(records);
  });

  test('the replay parses the captured records as the topic would: the same counts, a line number added', async () => {
    const { status, body } = await sample(
      'sampler-index-replay',
      replayRequest(samplerDataSchema(), { type: 'json' }, captured, 3000),
    );
    expect(status).toBe(200);
    expect([body.numRowsRead, body.numRowsIndexed]).toEqual([405, 400]);
    expect(body.data.filter((row) => row.unparseable)[0]?.error).toBe(
      'Unable to parse row [not json at all 0] into JSON (Line: 81)',
    );
  });

  test('rows the transform filter drops are not counted: records fed minus rows read', async () => {
    const { body } = await sample(
      'sampler-index-replay-filter',
      replayRequest(
        samplerDataSchema({
          transformSpec: { filter: { type: 'selector', dimension: 'region', value: 'eu' } },
        }),
        { type: 'json' },
        captured,
        3000,
      ),
    );
    const eu = records.filter((record) => record.includes('"region":"eu"')).length;
    expect(body.numRowsRead).toBe(eu + 5);
    expect(body.numRowsIndexed).toBe(eu);
  });

  test('a value that does not convert to a long dimension: parsed with null and marked unparseable', async () => {
    const { body } = await sample(
      'sampler-index-replay-long-dimension',
      replayRequest(
        samplerDataSchema({ dimensionsSpec: { dimensions: ['user_id', { type: 'long', name: 'region' }] } }),
        { type: 'json' },
        captured.slice(0, 3),
        3000,
      ),
    );
    expect(body.numRowsIndexed).toBe(0);
    expect(body.data[0]).toMatchObject({ parsed: { region: null }, unparseable: true });
    expect(body.data[0]?.error).toContain('Could not convert value [eu] to long for dimension [region].');
  });

  test('rollup folds rows: fewer rows in data than were indexed', async () => {
    const { body } = await sample(
      'sampler-index-replay-rollup',
      replayRequest(
        samplerDataSchema({
          dimensionsSpec: { dimensions: ['region'] },
          metricsSpec: [
            { type: 'count', name: 'count' },
            { type: 'longSum', name: 'latency_sum', fieldName: 'latency' },
          ],
          granularitySpec: { segmentGranularity: 'HOUR', queryGranularity: 'HOUR', rollup: true },
        }),
        { type: 'json' },
        captured.slice(0, 50),
        3000,
      ),
    );
    expect([body.numRowsRead, body.numRowsIndexed]).toEqual([50, 50]);
    expect(body.data.filter((row) => row.parsed)).toHaveLength(3);
  });

  test('an empty replay is a 400 (the review never sends one)', async () => {
    const { status, body } = await sample(
      'sampler-index-empty-data',
      replayRequest(samplerDataSchema(), { type: 'json' }, [], 1000),
    );
    expect(status).toBe(400);
    expect(body.error).toContain('empty data');
  });
});

test('the review samples a changed supervisor on the same records, through the read-only client, and writes nothing', async () => {
  const client = overlord({ readOnly: true });
  try {
    const supervisor = (dataSchema: Record<string, unknown>, io: Record<string, unknown> = {}) => ({
      type: 'kafka',
      spec: {
        dataSchema,
        ioConfig: {
          topic: SAMPLER_TOPIC,
          inputFormat: { type: 'json' },
          consumerProperties: bootstrap,
          ...io,
        },
        tuningConfig: { type: 'kafka' },
      },
    });
    const file = (path: string, value: object): SourceFile => ({
      path,
      bytes: new TextEncoder().encode(JSON.stringify(value)),
    });
    const before = await client.listSupervisorIds();
    const { samples, plan } = await runReview({
      base: [file('supervisors/fx-sampler.json', supervisor(samplerDataSchema()))],
      head: [
        file(
          'supervisors/fx-sampler.json',
          supervisor(samplerDataSchema({ timestampSpec: { column: 'ts', format: 'iso' } })),
        ),
        file(
          'supervisors/fx-elsewhere.json',
          supervisor(samplerDataSchema({ dataSource: 'fx-elsewhere' }), {
            consumerProperties: { 'bootstrap.servers': '127.0.0.1:1' },
          }),
        ),
      ],
      config: { ...DEFAULT_CONFIG, druidVersion: env.DRUID_VERSION },
      client,
    });

    const changed = samples?.supervisors.find((sample) => sample.id === SAMPLER_TOPIC);
    expect(changed).toMatchObject({ outcome: 'sampled', method: 'replay' });
    if (changed?.outcome !== 'sampled') throw new Error('not sampled');
    // The first 100 records hold one that is not JSON (the 81st).
    expect(changed.base).toMatchObject({ read: 100, ingested: 99, unparseable: 1 });
    expect(changed.head).toMatchObject({ read: 100, ingested: 0, unparseable: 100 });
    expect(changed.observations[0]).toMatchObject({ kind: 'all-unparseable', head: 100, base: 1 });
    expect(samples?.supervisors.find((sample) => sample.id === 'fx-elsewhere')).toMatchObject({
      outcome: 'not-sampled',
    });

    const markdown = renderReview(plan, { budget: 65_536, ...(samples ? { samples } : {}) });
    expect(markdown).toContain(
      'every sampled row fails to parse under the new spec: 100 of 100 (1 under the old)',
    );
    expect(markdown).toContain('Timestamp[null] is unparseable! Event: {event_ts=…, user_id=…');
    expect(markdown).not.toMatch(/user_id=u\d|not json at all/);
    expect(await client.listSupervisorIds()).toEqual(before);
  } finally {
    await client.close();
  }
});

test('the client sends the forms Druid accepts, and a body without the inner type is a 400 it classifies', async () => {
  const client = overlord({ readOnly: true });
  try {
    const request = kafka(samplerDataSchema(), {}, { numRows: 5, timeoutMs: 1000 });
    await expect(
      client.sample(
        {
          ...request,
          spec: { type: 'kafka', ...(request.spec.spec as Record<string, unknown>) },
        } as SamplerRequest,
        {
          timeoutMs: 20_000,
        },
      ),
    ).resolves.toMatchObject({ numRowsRead: 5 });
    await expect(
      client.sample({ ...request, spec: request.spec.spec } as unknown as SamplerRequest, {
        timeoutMs: 20_000,
      }),
    ).rejects.toBeInstanceOf(DruidRejectedError);
  } finally {
    await client.close();
  }
});
