/**
 * A supervisor's lag over its deploy as a Mermaid `xychart-beta` line chart, which GitHub renders
 * in job summaries, pull requests and issues (no image to host), with the offset-continuity verdict
 * beside it. The points are Druid's own lag at each status read of the deploy: before the suspend,
 * then — Druid reports no lag while suspended — from the first read after the resume, when the
 * backlog built up during the suspension shows, down to where it stood when the deploy ended.
 * Only numbers and fixed words go inside the chart; names stay in the escaped Markdown around it.
 */
import type { SupervisorResult, TimelineEvent } from '../deploy/result.js';
import type { ContinuityVerdict, OffsetContinuity } from '../health/continuity.js';
import { code, escapeMarkdown } from './safe-markdown.js';

const VERDICT_MARK: Record<ContinuityVerdict, string> = {
  continuous: '✅ continuous',
  gap: '🚨 GAP',
  rewind: '🚨 REWIND',
  'not provable': '⚠️ not provable',
};

/** "✅ continuous", "🚨 GAP"…, for tables. */
export function continuityMark(continuity: OffsetContinuity | undefined): string {
  return continuity ? VERDICT_MARK[continuity.verdict] : '–';
}

/** The verdict in a sentence, then one line per partition when it is not simply continuous. */
export function continuityMarkdown(continuity: OffsetContinuity): string[] {
  const lines = [`**Offsets:** ${VERDICT_MARK[continuity.verdict]}: ${escapeMarkdown(continuity.summary)}.`];
  if (continuity.verdict === 'continuous' || continuity.partitions.length === 0) return [...lines, ''];
  lines.push(
    '',
    '| Partition | Tasks before stopped at | Tasks after start at | Verdict |',
    '|---|---|---|---|',
  );
  for (const partition of continuity.partitions) {
    const stopped = partition.stopped
      ? `${partition.stopped.exact ? '' : '≥ '}${count(partition.stopped.offset)}`
      : '–';
    const started = partition.started === undefined ? '–' : count(partition.started);
    const records = partition.records ? ` (${count(partition.records)} records)` : '';
    lines.push(`| ${code(partition.partition)} | ${stopped} | ${started} | ${partition.verdict}${records} |`);
  }
  return [...lines, ''];
}

/**
 * The chart and the verdict for one supervisor, or nothing when the deploy did not stop its
 * reading (no continuity to show).
 */
export function lagChartMarkdown(result: SupervisorResult): string[] {
  const { continuity, lagSamples } = result;
  if (!continuity) return [];
  const lines = [`#### ${code(result.id)}: lag over the deploy`, ''];
  if (lagSamples && lagSamples.length > 0) {
    const origin = eventTime(result.timeline, 'suspend') ?? Date.parse(lagSamples[0]?.at ?? '');
    const resumed = eventTime(result.timeline, 'resume', true);
    const labels = lagSamples.map((sample) => `"${relative(Date.parse(sample.at) - origin)}"`);
    const values = lagSamples.map((sample) => Math.max(0, Math.round(sample.lag)));
    const top = Math.max(1, ...values);
    lines.push(
      '```mermaid',
      'xychart-beta',
      `    title "Records behind, by seconds from the suspend${resumed === undefined ? '' : ` (resumed at ${relative(resumed - origin)})`}"`,
      `    x-axis [${labels.join(', ')}]`,
      `    y-axis "records" 0 --> ${Math.ceil(top * 1.1)}`,
      `    line [${values.join(', ')}]`,
      '```',
      '',
      lagStory(
        values,
        lagSamples.map((sample) => Date.parse(sample.at)),
        origin,
        resumed,
      ),
      '',
    );
  } else {
    lines.push(
      '_Druid reported no lag during the deploy (no reading task with known offsets), so there is no chart._',
      '',
    );
  }
  lines.push(`**Offsets:** ${VERDICT_MARK[continuity.verdict]}: ${escapeMarkdown(continuity.summary)}.`, '');
  return lines;
}

/** Before the suspend, the backlog after the resume, and where it ended, in words. */
function lagStory(values: number[], times: number[], origin: number, resumed: number | undefined): string {
  const before = values.filter((_, index) => (times[index] ?? 0) < origin);
  const after = values.filter((_, index) => (times[index] ?? 0) >= (resumed ?? origin));
  const parts: string[] = [];
  if (before.length > 0) parts.push(`before the suspend ${count(before.at(-1) ?? 0)} records behind`);
  if (after.length > 0) {
    const peak = Math.max(...after);
    const last = after.at(-1) ?? 0;
    parts.push(peak > 0 ? `after the resume the backlog peaked at ${count(peak)}` : 'after the resume 0');
    parts.push(
      last <= Math.max(100, (before.at(-1) ?? 0) * 1.1)
        ? `and drained to ${count(last)} (caught up)`
        : `and was ${count(last)} when the deploy ended (still draining)`,
    );
  }
  return parts.length > 0 ? `Lag: ${parts.join(', ')}.` : '';
}

function eventTime(timeline: readonly TimelineEvent[], step: string, last = false): number | undefined {
  const events = timeline.filter((event) => event.step === step);
  const event = last ? events.at(-1) : events[0];
  return event ? Date.parse(event.at) : undefined;
}

function relative(ms: number): string {
  const seconds = Math.round(ms / 1000);
  return seconds < 0 ? `${seconds}s` : `+${seconds}s`;
}

function count(value: number): string {
  return value.toLocaleString('en-US');
}
