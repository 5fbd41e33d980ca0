import fc from 'fast-check';
import type { ChangePlan, SupervisorPlan } from '../../../src/diff/plan.js';
import type { SamplerResponse } from '../../../src/druid/index.js';
import { renderReview } from '../../../src/report/review-markdown.js';
import { observeSamples } from '../../../src/sample/compare-samples.js';
import { sampleStats, type StatsContext } from '../../../src/sample/sample-stats.js';
import type { ReviewSamples, SupervisorSample } from '../../../src/sample/sample-supervisors.js';
import { realBody } from '../../support/druid-real.js';
import { samplerDataSchema } from '../../support/sampler-records.js';

const SETTINGS = { rows: 500, timeoutMs: 3000, showValues: false };

function plan(ids: readonly string[], verdict: SupervisorPlan['verdict']['verdict'] = 'safe'): ChangePlan {
  return {
    supervisors: ids.map((id) => ({
      id,
      action: 'update',
      file: `supervisors/${id}.json`,
      changes: [
        {
          pointer: '/spec/dataSchema/timestampSpec/column',
          kind: 'changed',
          before: 'event_ts',
          after: 'ts',
        },
      ],
      schema: { overall: 'unchanged', items: [] },
      impacts: [],
      findings: [],
      preexisting: [],
      verdict: { verdict, reasons: [] },
    })),
    unreadable: [],
    druidVersion: '33.0.0',
  };
}

const context = (changes: Partial<StatsContext> = {}): StatsContext => ({
  dataSchema: samplerDataSchema(),
  ioConfig: {},
  now: Date.UTC(2026, 0, 1, 1),
  showValues: false,
  ...changes,
});

function sampled(
  id: string,
  head: SamplerResponse,
  base: SamplerResponse,
  showValues = false,
): SupervisorSample {
  const headStats = sampleStats(
    head,
    context({ showValues, dataSchema: samplerDataSchema({ timestampSpec: { column: 'ts' } }) }),
  );
  const baseStats = sampleStats(base, context({ showValues }));
  return {
    id,
    outcome: 'sampled',
    method: 'replay',
    topic: 'fx-sampler',
    head: headStats,
    base: baseStats,
    observations: observeSamples(headStats, baseStats),
  };
}

const broken = sampled(
  'fx-sampler',
  realBody<SamplerResponse>('sampler-kafka-timestamp-missing'),
  realBody<SamplerResponse>('sampler-kafka-json'),
);

test('the data section: what every row does under the new spec against the old, on the first screen and collapsed per supervisor', () => {
  const text = renderReview(plan(['fx-sampler']), {
    budget: 65_536,
    samples: { settings: SETTINGS, supervisors: [broken] },
  });
  expect(text).toContain(
    '> Sampled data: under the new spec of <code>fx-sampler</code>, every sampled row fails to parse',
  );
  expect(text).toContain('📊 1 supervisor topic(s) sampled');
  // The supervisor's section opens although its verdict is safe.
  expect(text).toMatch(/<details open><summary><code>fx-sampler<\/code>/);
  expect(text).toContain(
    '<details><summary>📊 Sampled data: ⚠️ every sampled row fails to parse under the new spec: 30 of 30 (5 of 405 under the old)</summary>',
  );
  expect(text).toContain('| unparseable (thrown away) | 5 | 30 |');
  expect(text).toContain(
    '<code>Timestamp[null] is unparseable! Event: {event_ts=…, user_id=…, region=…, latency=…, session=…}</code>',
  );
  expect(text).toContain('values hidden; `sampling.showValues: true` shows them');
  expect(text).not.toMatch(/user_id=u\d|not json at all|2026-01-01T00:00:0\d/);
});

test('a changed spec with nothing new on its rows says so, with no warning', () => {
  const same = sampled(
    'fx-sampler',
    realBody<SamplerResponse>('sampler-kafka-json'),
    realBody<SamplerResponse>('sampler-kafka-json'),
  );
  if (same.outcome !== 'sampled' || !same.base) throw new Error('sampled with a base');
  const quiet = { ...same, observations: observeSamples(same.base, same.base) };
  const text = renderReview(plan(['fx-sampler']), {
    budget: 65_536,
    samples: { settings: SETTINGS, supervisors: [quiet] },
  });
  expect(text).not.toContain('[!WARNING]');
  expect(text).toContain('📊 Sampled data: 405 records, nothing worse under the new spec');
  expect(text).toContain('<code>country</code> is null in 400 of 400 rows (was 400)');
});

test('values appear only with consent, and then inert: HTML, mentions and code fences from a record do nothing', () => {
  const hostile = realBody<SamplerResponse>('sampler-kafka-json');
  hostile.data.unshift({
    unparseable: true,
    error: 'Unable to parse row [<img src=x onerror=alert(1)> @octocat ``` </details>] into JSON',
  });
  hostile.data.splice(1, 0, {
    input: { '<b>evil</b>': 1 },
    parsed: { __time: 0, user_id: '<script>@octocat</script>' },
  });
  const shown = sampled('fx-sampler', hostile, realBody<SamplerResponse>('sampler-kafka-json'), true);
  const text = renderReview(plan(['fx-sampler']), {
    budget: 65_536,
    samples: { settings: { ...SETTINGS, showValues: true }, supervisors: [shown] },
  });
  expect(text).toContain('values shown');
  expect(text).toContain('First rows under the new spec');
  // A fenced block is literal text; everywhere else HTML is escaped.
  const fenced = /^(`{3,})json\n[^]*?\n\1$/gm;
  expect(text.match(fenced)?.join('')).toContain('<script>@\u200docto');
  const outside = text.replace(fenced, '');
  expect(outside).not.toContain('<img');
  expect(outside).not.toContain('<script>');
  expect(outside).not.toContain('<b>evil');
  expect(text).not.toMatch(/(^|[^\u200d])@octocat/m);
  expect(text.match(/<\/details>/g)?.length).toBe(text.match(/<details/g)?.length);
});

test('a supervisor that could not be sampled, or was not, gets a note saying why; the review is the same otherwise', () => {
  const notes: SupervisorSample[] = [
    {
      id: 'a',
      outcome: 'failed',
      status: 403,
      reason:
        'POST /druid/indexer/v1/sampler: the credentials lack permission (HTTP 403). The sampler needs STATE WRITE',
    },
    {
      id: 'b',
      outcome: 'not-sampled',
      reason: 'the spec uses JavaScript, which the review never sends to Druid',
    },
  ];
  const text = renderReview(plan(['a', 'b']), {
    budget: 65_536,
    samples: { settings: SETTINGS, supervisors: notes },
  });
  expect(text).toContain('**Sampled data:** Druid could not sample the topic');
  expect(text).toContain('needs STATE WRITE');
  expect(text).toContain('**Sampled data:** not sampled: the spec uses JavaScript');
  expect(text).toContain('2 not sampled (the reason is in each section)');
});

test('with the data section the review still never exceeds its budget', () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 300, max: 70_000 }), (count, budget) => {
      const ids = Array.from({ length: count }, (_, index) => `s${index}`);
      const samples: ReviewSamples = {
        settings: SETTINGS,
        supervisors: ids.map((id) => ({ ...broken, id })),
      };
      const text = renderReview(plan(ids, 'needs-attention'), {
        budget,
        fullReportHint: 'See the job summary.',
        samples,
      });
      expect(text.length).toBeLessThanOrEqual(budget);
    }),
    { numRuns: 40 },
  );
});
