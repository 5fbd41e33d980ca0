/**
 * The review as terminal text (`druid-gitops plan --format text`, the default on a terminal): what
 * the merge changes and whether it is safe, supervisor by supervisor, then the retention and
 * compaction files; and `planBlockers`, the reasons a plan exits 1, each named so no exit is silent
 * (a supervisor the merge does not change can still be blocked by a finding already on the base).
 */
import { SEVERITY_RANK, type Finding } from '../common/finding.js';
import { plural } from '../common/plural.js';
import type { ChangeAction, ChangePlan, SupervisorPlan } from '../diff/plan.js';
import type { SegmentPlan } from '../diff/segment-plan.js';
import type { FieldChange } from '../diff/spec-diff.js';
import { VERDICT_ORDER, type Verdict } from '../diff/verdict.js';
import { CHANGE_MARK, changeValue, onMerge } from './review-markdown.js';
import { observationSentence } from './sample-markdown.js';
import type { ReviewSamples, SupervisorSample } from '../sample/sample-supervisors.js';
import { PLAIN, type TextStyle } from './text-style.js';

const VERDICT: Record<Verdict, string> = {
  blocked: 'BLOCKED',
  breaking: 'BREAKING',
  'needs-attention': 'needs attention',
  safe: 'safe',
};

/** Field changes and findings shown per supervisor before the rest are counted. */
const SHOWN = 20;

export function reviewText(
  plan: ChangePlan,
  cluster: string | undefined,
  style: TextStyle = PLAIN,
  samples?: ReviewSamples,
): string {
  const verdict = (word: Verdict): string =>
    word === 'blocked' || word === 'breaking'
      ? style.error(VERDICT[word])
      : word === 'needs-attention'
        ? style.warning(VERDICT[word])
        : style.ok(VERDICT[word]);
  const changed = plan.supervisors
    .filter((supervisor) => supervisor.action !== 'noop')
    .sort(
      (a, b) =>
        VERDICT_ORDER.indexOf(a.verdict.verdict) - VERDICT_ORDER.indexOf(b.verdict.verdict) ||
        a.id.localeCompare(b.id),
    );
  const blockedUnchanged = plan.supervisors.filter(
    (supervisor) => supervisor.action === 'noop' && supervisor.verdict.verdict === 'blocked',
  );
  const segments = (plan.segments ?? []).filter((segment) => segment.action !== 'noop');
  const lines: string[] = [];
  if (cluster) lines.push(style.dim(cluster), '');
  lines.push(style.strong(headline(changed, segments)), '');
  for (const supervisor of changed) {
    lines.push(
      `${actionWord(supervisor.action)}  ${style.strong(supervisor.id)}  ${verdict(supervisor.verdict.verdict)}  ${style.dim(supervisor.file)}`,
      `  on merge: ${onMerge(supervisor)}`,
      ...supervisor.verdict.reasons.slice(0, 5).map((reason) => `  why: ${reason.text}`),
      ...changeLines(supervisor.changes, style),
      ...findingLines(supervisor.findings, style),
      ...liveLines(supervisor),
      ...sampleLines(
        samples?.supervisors.find((sample) => sample.id === supervisor.id),
        style,
      ),
      '',
    );
  }
  for (const supervisor of blockedUnchanged)
    lines.push(
      `${style.error('BLOCKED')}  ${style.strong(supervisor.id)}  ${style.dim(supervisor.file)}: the merge does not change it, but its file has errors, and a deploy refuses the file`,
      ...findingLines(supervisor.findings, style, 'error'),
      '',
    );
  for (const segment of segments)
    lines.push(
      `${actionWord(segment.action)}  ${segment.kind} of ${style.strong(segment.dataSource)}  ${verdict(segment.verdict.verdict)}  ${style.dim(segment.file)}`,
      ...(segment.impact ? [`  ${segment.impact}`] : []),
      ...changeLines(segment.changes, style),
      ...findingLines(segment.findings, style),
      '',
    );
  for (const file of plan.unreadable)
    lines.push(
      `${style.error('BLOCKED')}  ${style.strong(file.file)}: cannot be deployed`,
      ...findingLines(file.findings, style),
      '',
    );
  const unchanged = plan.supervisors.length - changed.length - blockedUnchanged.length;
  if (unchanged > 0)
    lines.push(
      `${plural(unchanged, 'other supervisor')} ${unchanged === 1 ? 'has' : 'have'} no effective change.`,
    );
  return lines.join('\n').trimEnd();
}

/** Why the plan exits 1, one entry per thing that blocks; empty when nothing does. */
export function planBlockers(plan: ChangePlan): string[] {
  const first = (findings: readonly Finding[]): string => {
    const error = findings.find((finding) => finding.severity === 'error' && !finding.suppressed);
    return error ? `${error.rule} at line ${error.line ?? 1}: ${error.message}` : 'a blocking change';
  };
  return [
    ...plan.unreadable.map((file) => `${file.file} cannot be deployed (${first(file.findings)})`),
    ...plan.supervisors
      .filter((supervisor) => supervisor.verdict.verdict === 'blocked')
      .map(
        (supervisor) =>
          `${supervisor.id} is blocked${supervisor.action === 'noop' ? ' (unchanged by the merge; already on the base)' : ''}: ${supervisor.verdict.reasons[0]?.text ?? first(supervisor.findings)}`,
      ),
    ...(plan.segments ?? [])
      .filter((segment) => segment.verdict.verdict === 'blocked')
      .map(
        (segment) =>
          `${segment.kind} of ${segment.dataSource} is blocked: ${segment.verdict.reasons[0]?.text ?? first(segment.findings)}`,
      ),
  ];
}

function headline(changed: readonly SupervisorPlan[], segments: readonly SegmentPlan[]): string {
  if (changed.length === 0 && segments.length === 0) return 'No change on merge.';
  const counts = VERDICT_ORDER.map(
    (verdict) =>
      [verdict, [...changed, ...segments].filter((plan) => plan.verdict.verdict === verdict).length] as const,
  )
    .filter(([, count]) => count > 0)
    .map(([verdict, count]) => `${count} ${VERDICT[verdict]}`);
  const parts = [
    changed.length > 0 ? plural(changed.length, 'supervisor') : '',
    segments.length > 0
      ? plural(segments.length, 'retention or compaction file', 'retention or compaction files')
      : '',
  ].filter(Boolean);
  return `On merge: ${parts.join(' and ')} ${changed.length + segments.length === 1 ? 'changes' : 'change'} (${counts.join(', ')}).`;
}

function actionWord(action: ChangeAction): string {
  return action.padEnd(6);
}

function changeLines(changes: readonly FieldChange[], style: TextStyle): string[] {
  const colour = {
    added: style.ok,
    removed: style.error,
    changed: style.warning,
    reordered: style.notice,
  } as const;
  const lines = changes
    .slice(0, SHOWN)
    .map(
      (change) =>
        `  ${colour[change.kind](CHANGE_MARK[change.kind])} ${change.pointer}: ${changeValue(change, show)}`,
    );
  if (changes.length > SHOWN) lines.push(`  … ${plural(changes.length - SHOWN, 'more change')}`);
  return lines;
}

function findingLines(findings: readonly Finding[], style: TextStyle, only?: Finding['severity']): string[] {
  const shown = findings
    .filter((finding) => !finding.suppressed && (only === undefined || finding.severity === only))
    .sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
  const colour = { error: style.error, warning: style.warning, notice: style.notice } as const;
  const lines = shown
    .slice(0, SHOWN)
    .map(
      (finding) =>
        `  ${colour[finding.severity](finding.severity)} ${finding.line ?? 1}:${finding.column ?? 1} ${finding.message} ${style.dim(`[${finding.rule}]`)}`,
    );
  if (shown.length > SHOWN) lines.push(`  … ${plural(shown.length - SHOWN, 'more finding')}`);
  return lines;
}

function liveLines(supervisor: SupervisorPlan): string[] {
  const live = supervisor.live;
  if (!live) return [];
  if (live.error) return [`  live: could not be read (${live.error})`];
  if (live.missing) return ['  live: no such supervisor yet'];
  const lag =
    live.aggregateLag === undefined ? '' : `, lag ${live.aggregateLag.toLocaleString('en-US')} messages`;
  return [
    `  live: ${live.state ?? 'unknown'}${lag}`,
    ...(live.drift.length > 0
      ? [
          `  changed outside git: ${plural(live.drift.length, 'field')} (a deploy stops here unless --on-drift overwrite)`,
        ]
      : []),
  ];
}

/** What Druid's sampler showed of the rows (docs/sampling.md): counts and sentences, never values. */
function sampleLines(sample: SupervisorSample | undefined, style: TextStyle): string[] {
  if (!sample) return [];
  if (sample.outcome === 'not-sampled') return [`  sampled data: not sampled: ${sample.reason}`];
  if (sample.outcome === 'failed')
    return [`  sampled data: Druid could not sample the topic: ${sample.reason}`];
  const observations = sample.observations.filter((observation) => observation.kind !== 'no-rows');
  return [
    `  sampled data: ${plural(sample.head.read, 'record')} of ${sample.topic}, ${sample.head.ingested} ingested, ${sample.head.unparseable} unparseable`,
    ...observations
      .slice(0, 5)
      .map(
        (observation) =>
          `    ${observation.level === 'warning' ? style.warning('!') : '-'} ${observationSentence(observation, true)}`,
      ),
  ];
}

function show(value: unknown): string {
  const text = JSON.stringify(value) ?? 'null';
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}
