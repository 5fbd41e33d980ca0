import fc from 'fast-check';
import { DruidForbiddenError, DruidRejectedError, DruidTransientError } from '../../../src/druid/errors.js';
import type { SamplerRequest, SamplerResponse } from '../../../src/druid/index.js';
import type { SamplerApi } from '../../../src/druid/sampler.js';
import { mergedOf } from '../../../src/sample/sample-plan.js';
import { sampleSupervisors, type SampleTarget } from '../../../src/sample/sample-supervisors.js';
import { realBody } from '../../support/druid-real.js';
import { samplerDataSchema } from '../../support/sampler-records.js';

const SETTINGS = { rows: 500, timeoutMs: 3000, showValues: false };
const NOW = Date.UTC(2026, 0, 1, 1);
const KAFKA = { 'bootstrap.servers': 'localhost:9092' };

function supervisor(dataSchema = samplerDataSchema(), consumerProperties: Record<string, unknown> = KAFKA) {
  return {
    type: 'kafka',
    spec: {
      dataSchema,
      ioConfig: { topic: 'fx-sampler', inputFormat: { type: 'json' }, consumerProperties },
      tuningConfig: { type: 'kafka' },
    },
  };
}

/** A sampler that answers like the real Druid did: captures for the capture, replays for the specs. */
function realSampler(calls: Array<{ request: SamplerRequest; timeoutMs: number }> = []): SamplerApi {
  return {
    sample: async (request, { timeoutMs }) => {
      calls.push({ request, timeoutMs });
      if (request.type === 'kafka') return realBody<SamplerResponse>('sampler-kafka-whole-records');
      const dataSchema = request.spec.dataSchema as { timestampSpec: { column: string } };
      return realBody<SamplerResponse>(
        dataSchema.timestampSpec.column === 'ts' ? 'sampler-kafka-timestamp-missing' : 'sampler-index-replay',
      );
    },
  };
}

const changed: SampleTarget = {
  id: 'fx-sampler',
  head: supervisor(samplerDataSchema({ timestampSpec: { column: 'ts', format: 'iso' } })),
  base: supervisor(),
};
const merged = mergedOf([supervisor()]);

test('a changed spec: one capture, then both specs replayed on its records, each call bounded', async () => {
  const calls: Array<{ request: SamplerRequest; timeoutMs: number }> = [];
  const { supervisors } = await sampleSupervisors([changed], merged, realSampler(calls), SETTINGS, NOW);
  expect(calls.map((call) => call.request.type)).toEqual(['kafka', 'index', 'index']);
  expect(calls.every((call) => call.timeoutMs === SETTINGS.timeoutMs + 15_000)).toBe(true);
  const data = (call: { request: SamplerRequest }) =>
    (call.request.spec.ioConfig as { inputSource: { data: string } }).inputSource.data;
  expect(data(calls[1]!)).toBe(data(calls[2]!));
  expect(data(calls[1]!).split('\n')).toHaveLength(405);
  expect(supervisors[0]).toMatchObject({
    id: 'fx-sampler',
    outcome: 'sampled',
    method: 'replay',
    topic: 'fx-sampler',
    head: { read: 405, unparseable: 30 },
    base: { read: 405, ingested: 400, unparseable: 5 },
  });
  const [first] = supervisors[0]?.outcome === 'sampled' ? supervisors[0].observations : [];
  expect(first).toMatchObject({ kind: 'all-unparseable', level: 'warning' });
});

test('a topic with no records: nothing is replayed, and the section will say so', async () => {
  const calls: Array<{ request: SamplerRequest; timeoutMs: number }> = [];
  const empty: SamplerApi = {
    sample: async (request, options) => {
      calls.push({ request, ...options });
      return realBody<SamplerResponse>('sampler-kafka-latest');
    },
  };
  const { supervisors } = await sampleSupervisors([changed], merged, empty, SETTINGS, NOW);
  expect(calls).toHaveLength(1);
  expect(supervisors[0]).toMatchObject({
    outcome: 'sampled',
    head: { read: 0 },
    observations: [{ kind: 'no-rows' }],
  });
});

test.each([
  [
    'a read-only login (403)',
    new DruidForbiddenError({ request: { method: 'POST', path: '/druid/indexer/v1/sampler' }, status: 403 }),
    /HTTP 403.*needs STATE WRITE/,
  ],
  [
    'an extension the cluster lacks (400)',
    new DruidRejectedError('rejected', {
      request: { method: 'POST', path: '/druid/indexer/v1/sampler' },
      status: 400,
      druidMessage: "Could not resolve type id 'kafka' as a subtype of `SamplerSpec`",
    }),
    /Could not resolve type id/,
  ],
  [
    'a timeout',
    new DruidTransientError('no answer within 18000 ms', 'unknown', {
      request: { method: 'POST', path: '/druid/indexer/v1/sampler' },
    }),
    /no answer within 18000 ms/,
  ],
  [
    'a bug of ours',
    new TypeError('cannot read x of undefined'),
    /sampling failed unexpectedly: cannot read x/,
  ],
])('%s is a note on that supervisor, and the others are still sampled', async (_what, error, reason) => {
  const failing: SamplerApi = {
    sample: async (request, options) => {
      if (
        (request.spec.spec as { ioConfig?: { topic?: string } } | undefined)?.ioConfig?.topic === 'fx-broken'
      )
        throw error;
      return realSampler().sample(request, options);
    },
  };
  const broken = { id: 'fx-broken', head: supervisor() };
  (broken.head.spec.ioConfig as { topic: string }).topic = 'fx-broken';
  const { supervisors } = await sampleSupervisors([broken, changed], merged, failing, SETTINGS, NOW);
  expect(supervisors[0]).toMatchObject({
    id: 'fx-broken',
    outcome: 'failed',
    reason: expect.stringMatching(reason) as unknown,
  });
  expect(supervisors[1]).toMatchObject({ id: 'fx-sampler', outcome: 'sampled' });
});

test("Druid's failure text is masked like a parse error unless values may be shown", async () => {
  const failing: SamplerApi = {
    sample: async () => {
      throw new DruidRejectedError('rejected', {
        request: { method: 'POST', path: '/druid/indexer/v1/sampler' },
        status: 400,
        druidMessage: 'Failed to sample data: bad record [alice@example.com,4111-1111] in topic [fx-sampler]',
      });
    },
  };
  const hidden = await sampleSupervisors([changed], merged, failing, SETTINGS, NOW);
  expect(hidden.supervisors[0]).toMatchObject({
    reason: expect.stringContaining('bad record […] in topic [fx-sampler]') as unknown,
  });
  const shown = await sampleSupervisors([changed], merged, failing, { ...SETTINGS, showValues: true }, NOW);
  expect(shown.supervisors[0]).toMatchObject({
    reason: expect.stringContaining('alice@example.com') as unknown,
  });
});

test("a credential in the spec never reaches a note, even when Druid's error quotes it", async () => {
  const secret = 'kafka-CANARY-5e1f';
  const withSecret = supervisor(samplerDataSchema(), {
    ...KAFKA,
    'sasl.jaas.config': `org.apache.kafka.common.security.plain.PlainLoginModule required username="u" password="${secret}";`,
  });
  const echoing: SamplerApi = {
    sample: async (request) => {
      throw new DruidRejectedError('rejected', {
        request: { method: 'POST', path: '/druid/indexer/v1/sampler' },
        status: 400,
        druidMessage: `Unable to create RecordSupplier: ${JSON.stringify(request.spec)}`,
      });
    },
  };
  const result = await sampleSupervisors(
    [{ id: 'fx-sampler', head: withSecret }],
    mergedOf([withSecret]),
    echoing,
    { ...SETTINGS, showValues: true },
    NOW,
  );
  expect(JSON.stringify(result)).not.toContain(secret);
});

test('at most 8 supervisors are sampled at once, and every one is', async () => {
  let inFlight = 0;
  let most = 0;
  const slow: SamplerApi = {
    sample: async (request, options) => {
      inFlight++;
      most = Math.max(most, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 5));
      inFlight--;
      return realSampler().sample(request, options);
    },
  };
  const targets = Array.from({ length: 20 }, (_, index) => ({ id: `s${index}`, head: supervisor() }));
  const { supervisors } = await sampleSupervisors(targets, merged, slow, SETTINGS, NOW);
  expect(supervisors.map((sample) => sample.outcome)).toEqual(Array(20).fill('sampled'));
  expect(most).toBeLessThanOrEqual(8);
  expect(most).toBeGreaterThan(1);
});

test('a spec the review may not send is not sampled, and no request is made for it', async () => {
  const calls: Array<{ request: SamplerRequest; timeoutMs: number }> = [];
  const elsewhere = {
    id: 'fx-elsewhere',
    head: supervisor(samplerDataSchema(), { 'bootstrap.servers': 'attacker.example:9092' }),
  };
  const { supervisors } = await sampleSupervisors([elsewhere], merged, realSampler(calls), SETTINGS, NOW);
  expect(calls).toEqual([]);
  expect(supervisors[0]).toMatchObject({ outcome: 'not-sampled' });
});

test('whatever a spec holds, sampling gives one result per supervisor and never throws', async () => {
  const json = fc.jsonValue({ maxDepth: 4 });
  const specLike = fc.record({
    type: fc.constant('kafka'),
    spec: fc.record({ dataSchema: json, ioConfig: fc.oneof(json, fc.constant(supervisor().spec.ioConfig)) }),
  });
  await fc.assert(
    fc.asyncProperty(specLike, fc.option(specLike, { nil: undefined }), async (head, base) => {
      const target = { id: 'x', head, ...(base ? { base } : {}) } as SampleTarget;
      const { supervisors } = await sampleSupervisors([target], merged, realSampler(), SETTINGS, NOW);
      expect(supervisors).toHaveLength(1);
      expect(['sampled', 'not-sampled', 'failed']).toContain(supervisors[0]?.outcome);
    }),
    { numRuns: 200 },
  );
});
