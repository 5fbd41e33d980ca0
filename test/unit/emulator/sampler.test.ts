/**
 * The emulator's sampler against the real Druid 33's answers: each capture in
 * test/fixtures/druid-real/sampler-*.json is sent again, to an emulator whose Kafka holds the same
 * records (test/support/sampler-records.ts), and must get the same status and the same body,
 * counts, columns, rows and messages included.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { SAMPLER_TOPIC, samplerRecords } from '../../support/sampler-records.js';
import { useEmulator } from '../../support/emulator.js';
import { Api } from './helpers.js';

const SAMPLER = '/druid/indexer/v1/sampler';
const directory = new URL('../../fixtures/druid-real/', import.meta.url);
const captures = readdirSync(directory)
  .filter((file) => file.startsWith('sampler-') && file.endsWith('.json'))
  .sort()
  .map((file) => ({
    file,
    ...(JSON.parse(readFileSync(new URL(file, directory), 'utf8')) as {
      request: { body: unknown };
      response: { status: number; body: unknown };
    }),
  }));

const emulator = useEmulator({
  version: '33.0.0',
  start: 'beforeAll',
  // The lane's broker, as the captured requests name it.
  clusters: [{ name: 'lane', servers: ['localhost:9092'] }],
  seed: (emu) => {
    emu.control.createTopic(SAMPLER_TOPIC, { partitions: 1 });
    emu.control.produceRecords(SAMPLER_TOPIC, samplerRecords());
  },
});

test('there are captures to hold the emulator to', () => {
  expect(captures.length).toBeGreaterThanOrEqual(10);
});

test.each(captures)('$file: the same status and body as Druid 33', async ({ request, response }) => {
  const answer = await new Api(emulator.url).post(SAMPLER, request.body);
  expect(answer.status).toBe(response.status);
  expect(answer.json()).toEqual(response.body);
});

describe('beyond the captures', () => {
  test('a login that may only read gets 403: the sampler needs STATE WRITE', async () => {
    emulator.control.setAuth({
      users: { reader: { password: 'r', access: 'read' }, admin: { password: 'a', access: 'write' } },
    });
    try {
      const body = captures.find((capture) => capture.file === 'sampler-kafka-latest.json')?.request.body;
      const as = (user: string, password: string) =>
        new Api(emulator.url, {
          Authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`,
        }).post(SAMPLER, body);
      expect((await as('reader', 'r')).status).toBe(403);
      expect((await as('admin', 'a')).status).toBe(200);
    } finally {
      emulator.control.setAuth(undefined);
    }
  });

  test('the sampler writes nothing: it is not among the requests that could change the cluster', async () => {
    emulator.control.clearRequests();
    const body = captures.find((capture) => capture.file === 'sampler-kafka-latest.json')?.request.body;
    await new Api(emulator.url).post(SAMPLER, body);
    expect(emulator.control.requests().map((r) => `${r.method} ${r.path}`)).toEqual([`POST ${SAMPLER}`]);
    expect(emulator.control.writes()).toEqual([]);
  });

  test('records nobody produced come from the generator, and a topic grows at its rate', async () => {
    emulator.control.createTopic('generated', { partitions: 2, ratePerSec: 10 });
    emulator.control.advance(1000);
    const answer = await new Api(emulator.url).post(SAMPLER, {
      type: 'kafka',
      spec: {
        type: 'kafka',
        spec: {
          dataSchema: {
            dataSource: 'generated',
            timestampSpec: { column: 'timestamp', format: 'iso' },
            dimensionsSpec: { dimensions: ['user_id', 'country', { type: 'long', name: 'latency_ms' }] },
          },
          ioConfig: {
            topic: 'generated',
            inputFormat: { type: 'json' },
            consumerProperties: { 'bootstrap.servers': 'localhost:9092' },
            useEarliestOffset: true,
          },
        },
      },
      samplerConfig: { numRows: 100, timeoutMs: 1000 },
    });
    const body = answer.json() as {
      numRowsRead: number;
      numRowsIndexed: number;
      data: Array<{ parsed: { country: string } }>;
    };
    expect([body.numRowsRead, body.numRowsIndexed]).toEqual([20, 20]);
    expect(body.data[0]?.parsed.country).toBe('DE');
  });

  test('rows the filter drops do not count: the sampler reads on until it has numRows rows', async () => {
    emulator.control.createTopic('filtered', { partitions: 1, ratePerSec: 100 });
    emulator.control.advance(1000);
    const answer = await new Api(emulator.url).post(SAMPLER, {
      type: 'kafka',
      spec: {
        type: 'kafka',
        spec: {
          dataSchema: {
            dataSource: 'filtered',
            timestampSpec: { column: 'timestamp', format: 'iso' },
            dimensionsSpec: { dimensions: ['country'] },
            transformSpec: { filter: { type: 'selector', dimension: 'country', value: 'DE' } },
          },
          ioConfig: {
            topic: 'filtered',
            inputFormat: { type: 'json' },
            consumerProperties: { 'bootstrap.servers': 'localhost:9092' },
            useEarliestOffset: true,
          },
        },
      },
      samplerConfig: { numRows: 10, timeoutMs: 1000 },
    });
    const body = answer.json() as { numRowsRead: number; data: Array<{ parsed: { country: string } }> };
    expect(body.numRowsRead).toBe(10);
    expect(new Set(body.data.map((row) => row.parsed.country))).toEqual(new Set(['DE']));
  });

  test('what the emulator does not implement is a 500 that says so, never a guess', async () => {
    const answer = await new Api(emulator.url).post(SAMPLER, {
      type: 'index',
      spec: {
        type: 'index',
        dataSchema: {
          dataSource: 'x',
          timestampSpec: { column: 't', format: 'yyyy-MM-dd' },
          dimensionsSpec: {},
        },
        ioConfig: {
          type: 'index',
          inputSource: { type: 'inline', data: '{"t":"2026-01-01"}' },
          inputFormat: { type: 'json' },
        },
      },
      samplerConfig: { numRows: 1, timeoutMs: 1000 },
    });
    expect(answer.status).toBe(500);
    expect(answer.text).toContain('the emulator does not implement the timestamp format');
  });
});
