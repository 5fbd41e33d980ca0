/**
 * The review's data section: what each created or changed spec does to its topic's records, from
 * Druid's sampler (docs/sampling.md). One collapsed block per supervisor, inside its section, and
 * one line on the first screen. Aggregates only, unless the repository opted in to values; every
 * text from Druid or the records is escaped here.
 */
import type { Counted, SampleObservation } from '../sample/compare-samples.js';
import type { SampleStats } from '../sample/sample-stats.js';
import type { ReviewSamples, SupervisorSample } from '../sample/sample-supervisors.js';
import { code, codeBlock, escapeMarkdown, tableRow } from './safe-markdown.js';

const OBSERVATIONS_SHOWN = 10;
const EXAMPLE_LENGTH = 300;

/** The first-screen lines: how sampling went, and every supervisor whose sampled rows all fail. */
export function samplesOverview(samples: ReviewSamples | undefined): string[] {
  if (!samples || samples.supervisors.length === 0) return [];
  const sampled = samples.supervisors.filter((sample) => sample.outcome === 'sampled');
  const failing = samples.supervisors.filter(everyRowFails);
  const unsampled = samples.supervisors.length - sampled.length;
  const lines: string[] = [];
  for (const sample of failing)
    lines.push(
      `> [!WARNING]\n> Sampled data: under the new spec of ${code(sample.id)}, every sampled row fails to parse (details below). Sampling is information: it does not block the merge.`,
      '',
    );
  const parts = [
    sampled.length > 0
      ? `${sampled.length} supervisor topic(s) sampled through Druid's sampler (up to ${samples.settings.rows} records each, ${samples.settings.showValues ? 'values shown' : 'values hidden'})`
      : '',
    unsampled > 0 ? `${unsampled} not sampled (the reason is in each section)` : '',
  ].filter(Boolean);
  lines.push(`<sub>📊 ${escapeMarkdown(parts.join('; '))}.</sub>`, '');
  return lines;
}

/** Whether the head spec failed on every sampled row: the supervisor's section opens for it. */
export function everyRowFails(sample: SupervisorSample | undefined): boolean {
  return (
    sample?.outcome === 'sampled' &&
    sample.observations.some((observation) => observation.kind === 'all-unparseable')
  );
}

/** The collapsed data block of one supervisor; `errorRows` parse errors listed (0: none). */
export function sampleSection(sample: SupervisorSample, errorRows: number): string[] {
  if (sample.outcome === 'not-sampled')
    return [`**Sampled data:** not sampled: ${escapeMarkdown(sample.reason)}.`];
  if (sample.outcome === 'failed')
    return [
      `**Sampled data:** Druid could not sample the topic, so there is nothing to show (the review goes on without it): ${escapeMarkdown(sample.reason)}`,
    ];
  const { head, base } = sample;
  const first = sample.observations.find((observation) => observation.level === 'warning');
  const summary = first
    ? `⚠️ ${sentence(first, true)}`
    : head.read === 0
      ? 'no records to show'
      : base
        ? `${head.read} records, nothing worse under the new spec`
        : `${head.read} records, nothing to note`;
  const lines = [
    `<details><summary>📊 Sampled data: ${escapeMarkdown(summary)}</summary>`,
    '',
    escapeMarkdown(introduction(sample)),
    '',
  ];
  if (head.read > 0) lines.push(...countsTable(head, base), '');
  const observations = sample.observations.filter((observation) => observation.kind !== 'no-rows');
  if (observations.length > 0) {
    lines.push(
      ...observations
        .slice(0, OBSERVATIONS_SHOWN)
        .map(
          (observation) => `- ${observation.level === 'warning' ? '⚠️ ' : ''}${sentence(observation, false)}`,
        ),
    );
    if (observations.length > OBSERVATIONS_SHOWN)
      lines.push(`- …and ${observations.length - OBSERVATIONS_SHOWN} more observations in the job summary.`);
    lines.push('');
  }
  if (head.time.min !== undefined && head.time.max !== undefined)
    lines.push(
      `Timestamps under the new spec (truncated to its queryGranularity): ${iso(head.time.min)} to ${iso(head.time.max)}.`,
      '',
    );
  if (errorRows > 0 && head.errors.length > 0) lines.push(...errorsTable(head, errorRows, sample), '');
  if (errorRows > 0 && head.examples && head.examples.length > 0)
    lines.push(
      'First rows under the new spec (values shown: `sampling.showValues` is on; secrets redacted):',
      '',
      codeBlock(head.examples.map((row) => clip(JSON.stringify(row))).join('\n'), 'json'),
      '',
    );
  lines.push('</details>');
  return lines;
}

function introduction(sample: Extract<SupervisorSample, { outcome: 'sampled' }>): string {
  const topic = `"${sample.topic}"`;
  if (sample.head.read === 0)
    return `The topic ${topic} gave no records within the sampler's time, so there is nothing to show.`;
  if (sample.method === 'replay')
    return sample.base
      ? `The ${sample.head.read} oldest records of topic ${topic}, parsed by the old spec and by the new one (the same records for both).`
      : `The ${sample.head.read} oldest records of topic ${topic}, parsed by the new spec.`;
  return sample.base
    ? `Each spec read the oldest records of topic ${topic} itself (its input format cannot be replayed as text), so with several partitions the two reads may not hold the same records.`
    : `The oldest records of topic ${topic}, read by the new spec.`;
}

function countsTable(head: SampleStats, base: SampleStats | undefined): string[] {
  const rows: Array<[string, (stats: SampleStats) => number | undefined]> = [
    ['records', (stats) => stats.read],
    ['ingested', (stats) => stats.ingested],
    ['unparseable (thrown away)', (stats) => stats.unparseable],
  ];
  if (head.columnErrors > 0 || (base?.columnErrors ?? 0) > 0)
    rows.push(['a column did not convert (stored as null)', (stats) => stats.columnErrors]);
  if ((head.filtered ?? 0) > 0 || (base?.filtered ?? 0) > 0)
    rows.push(['dropped by the transform filter', (stats) => stats.filtered]);
  const show = (value: number | undefined) => (value === undefined ? '—' : String(value));
  return base
    ? [
        '| | old spec | new spec |',
        '|---|---|---|',
        ...rows.map(([label, pick]) => tableRow([label, show(pick(base)), show(pick(head))])),
      ]
    : ['| | new spec |', '|---|---|', ...rows.map(([label, pick]) => tableRow([label, show(pick(head))]))];
}

function errorsTable(
  head: SampleStats,
  limit: number,
  sample: SupervisorSample & { outcome: 'sampled' },
): string[] {
  const shown = sample.head.examples
    ? 'as Druid wrote them'
    : 'values hidden; `sampling.showValues: true` shows them';
  const rows = head.errors
    .slice(0, limit)
    .map((error) => tableRow([String(error.rows), code(error.message)]));
  return [`First parse errors under the new spec (${shown}):`, '', '| rows | error |', '|---|---|', ...rows];
}

/** One observation in words; `brief` for the block's summary line. */
function sentence(observation: SampleObservation, brief: boolean): string {
  switch (observation.kind) {
    case 'no-rows':
      return 'the topic gave no records';
    case 'all-unparseable':
      return `every sampled row fails to parse under the new spec: ${observation.head} of ${observation.of}${was(observation, ' under the old')}`;
    case 'unparseable':
      return observation.base === undefined
        ? `${observation.head} of ${observation.of} rows fail to parse`
        : `under the new spec ${observation.head} of ${observation.of} rows fail to parse${was(observation, ' under the old')}`;
    case 'column-errors':
      return `${observation.head} of ${observation.of} rows have a column that does not convert to its type (stored as null)${was(observation, ' under the old')}`;
    case 'filtered':
      return `the transform filter drops ${observation.head} of ${observation.of} records${was(observation, ' under the old')}`;
    case 'null-column': {
      const name = brief ? observation.column : code(observation.column);
      const before = observation.added
        ? ' (a new column)'
        : observation.base === undefined
          ? ''
          : ` (was ${observation.base}${observation.baseOf === observation.of ? '' : ` of ${observation.baseOf}`})`;
      return `${name} is null in ${observation.head} of ${observation.of} rows${before}`;
    }
    case 'unused-fields': {
      const names = (fields: readonly string[]) =>
        fields.map((field) => (brief ? field : code(field))).join(', ');
      return `fields in the records that no dimension, metric or transform uses, so ingestion drops them: ${names(observation.fields)}${observation.newly.length > 0 ? `; newly dropped by this change: ${names(observation.newly)}` : ''}`;
    }
    case 'late':
      return `${observation.head} of ${observation.of} sampled rows (the topic's oldest) are older than the late-message window (lateMessageRejectionPeriod or lateMessageRejectionStartDateTime): a task reading them now would drop them${was(observation, ' under the old')}`;
    case 'early':
      return `${observation.head} of ${observation.of} sampled rows are newer than the early-message window (taskDuration + earlyMessageRejectionPeriod): a task reading them now would drop them${was(observation, ' under the old')}`;
    case 'outside-intervals':
      return `${observation.head} of ${observation.of} rows fall outside granularitySpec.intervals, and ingestion drops them${was(observation, ' under the old')}`;
  }
}

function was(counted: Counted, suffix: string): string {
  if (counted.base === undefined) return '';
  return ` (${counted.base}${counted.baseOf === counted.of ? '' : ` of ${counted.baseOf}`}${suffix})`;
}

function iso(millis: number): string {
  return new Date(millis).toISOString();
}

function clip(text: string): string {
  return text.length > EXAMPLE_LENGTH ? `${text.slice(0, EXAMPLE_LENGTH - 1)}…` : text;
}

/** One observation as plain words (names unquoted), for the terminal's review. */
export { sentence as observationSentence };
