import { deploySummaryMarkdown, rollbackPullRequestBody } from '../../../src/report/deploy-markdown.js';
import { lagChartMarkdown } from '../../../src/report/lag-chart.js';
import type { SupervisorResult } from '../../../src/deploy/result.js';
import type { OffsetContinuity } from '../../../src/health/continuity.js';

const t = (second: number) => new Date(Date.UTC(2026, 2, 14, 10, 0, second)).toISOString();

const continuous: OffsetContinuity = {
  verdict: 'continuous',
  summary:
    'every partition: the new tasks start exactly where the tasks before stopped (Druid reported both)',
  partitions: [
    { partition: '0', verdict: 'continuous', stopped: { offset: 170, exact: true }, started: 170 },
  ],
};

function deployed(id: string, extra: Partial<SupervisorResult> = {}): SupervisorResult {
  return {
    id,
    file: `supervisors/${id}.json`,
    outcome: 'applied',
    message: 'new spec running: RUNNING and healthy with 1 reading tasks for 34 s',
    timeline: [
      { at: t(10), step: 'suspend', detail: 'suspend requested' },
      { at: t(25), step: 'resume', detail: 'resumed' },
    ],
    continuity: continuous,
    lagSamples: [
      { at: t(8), lag: 120 },
      { at: t(45), lag: 4800 },
      { at: t(52), lag: 900 },
      { at: t(59), lag: 20 },
    ],
    ...extra,
  };
}

test('the chart is a Mermaid xychart of Druid’s lag, by seconds from the suspend, with the verdict beside it', () => {
  const lines = lagChartMarkdown(deployed('clicks'));
  const block = lines.slice(
    lines.indexOf('```mermaid'),
    lines.indexOf('```', lines.indexOf('```mermaid') + 1) + 1,
  );
  expect(block).toEqual([
    '```mermaid',
    'xychart-beta',
    '    title "Records behind, by seconds from the suspend (resumed at +15s)"',
    '    x-axis ["-2s", "+35s", "+42s", "+49s"]',
    '    y-axis "records" 0 --> 5280',
    '    line [120, 4800, 900, 20]',
    '```',
  ]);
  const text = lines.join('\n');
  expect(text).toContain(
    'Lag: before the suspend 120 records behind, after the resume the backlog peaked at 4,800, and drained to 20 (caught up).',
  );
  expect(text).toContain('**Offsets:** ✅ continuous');
});

test('names stay out of the chart and are escaped around it', () => {
  const text = lagChartMarkdown(deployed('evil"]\n    line [1')).join('\n');
  const chart = text.slice(text.indexOf('```mermaid'), text.lastIndexOf('```'));
  expect(chart).not.toContain('evil');
  expect(text).toContain('<code>evil"]     line [1</code>');
});

test('no continuity (nothing stopped reading), no chart; no lag reported, a sentence instead of a chart', () => {
  const { continuity: _c, lagSamples: _l, ...unchanged } = deployed('clicks', { outcome: 'unchanged' });
  expect(lagChartMarkdown(unchanged)).toEqual([]);
  const { lagSamples: _s, ...blind } = deployed('clicks');
  expect(lagChartMarkdown(blind).join('\n')).toContain('Druid reported no lag during the deploy');
});

test('the job summary shows each verdict in the table, the charts, and warns loudly about a gap', () => {
  const gap: OffsetContinuity = {
    verdict: 'gap',
    summary:
      'GAP in partition(s) 1 (20 records): the new tasks start after where the tasks before stopped, so those records are never read',
    partitions: [
      { partition: '1', verdict: 'gap', stopped: { offset: 280, exact: true }, started: 300, records: 20 },
    ],
  };
  const summary = deploySummaryMarkdown([deployed('clicks'), deployed('views', { continuity: gap })]);
  expect(summary).toContain('| Supervisor | Outcome | What happened | Lag before → after | Offsets |');
  expect(summary).toContain('✅ continuous |');
  expect(summary).toContain('🚨 GAP |');
  expect(summary).toContain('> [!WARNING]\n> Offsets did not continue for <code>views</code> (gap)');
  expect(summary).toContain('### Lag over the deploy');
  expect(summary.match(/```mermaid/g)).toHaveLength(2);
  expect(summary).toContain('| <code>1</code> | 280 | 300 | gap (20 records) |');
});

test('the summary never exceeds its budget: the charts go first, then details, and it says so', () => {
  const many = Array.from({ length: 60 }, (_, index) => deployed(`supervisor_${index}`));
  const whole = deploySummaryMarkdown(many);
  const budgets = [whole.length, Math.floor(whole.length * 0.6), Math.floor(whole.length * 0.2)];
  for (const budget of budgets) {
    const text = deploySummaryMarkdown(many, {}, [], undefined, budget);
    expect(text.length).toBeLessThanOrEqual(budget);
    if (budget < whole.length) {
      expect(text).toContain('left out to fit the summary');
      expect(text).not.toContain('```mermaid');
    }
  }
  const tiny = deploySummaryMarkdown(many, {}, [], undefined, 1500);
  expect(tiny.length).toBeLessThanOrEqual(1500);
  expect(tiny).toContain('Cut to fit the summary');
});

test('the rollback pull request body carries the chart and the verdict, and fits GitHub’s limit', () => {
  const restored = deployed('clicks', {
    outcome: 'restored',
    rollbackWanted: true,
    diagnosis: { state: 'UNHEALTHY_SUPERVISOR', reason: 'verify: unhealthy', recentErrors: [] },
  });
  const body = rollbackPullRequestBody(restored, { runUrl: 'https://github.com/o/r/actions/runs/1' });
  expect(body).toContain('```mermaid');
  expect(body).toContain('**Offsets:** ✅ continuous');
  const huge = {
    ...restored,
    timeline: [
      ...restored.timeline,
      ...Array.from({ length: 3000 }, (_, i) => ({
        at: t(30),
        step: 'verify',
        detail: `poll ${i} `.repeat(5),
      })),
    ],
  };
  const cut = rollbackPullRequestBody(huge, {});
  expect(cut.length).toBeLessThanOrEqual(65_536);
  expect(cut).toContain('Cut to fit a pull request');
});
