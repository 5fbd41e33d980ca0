/**
 * The pull-request review as Markdown: the first screen answers what changes, whether it is safe
 * and what happens on merge (one table row per supervisor); below it one <details> per supervisor
 * with its reasons, impact, schema verdict, field diff, findings and what the live cluster says.
 *
 * It always fits its budget (65,536 characters for a comment, 1 MiB for a job summary): when the
 * full report is too long it degrades step by step — shorter diffs, then details only for what
 * needs a look, then the table alone with a pointer to the job summary — instead of failing.
 * Everything taken from spec files or from Druid is escaped.
 */
import { plural } from '../common/plural.js';
import { SEVERITY_RANK, type Finding } from '../common/finding.js';
import { findingKey, type ChangeAction, type ChangePlan, type SupervisorPlan } from '../diff/plan.js';
import type { FieldChange } from '../diff/spec-diff.js';
import { VERDICT_ORDER, type Verdict } from '../diff/verdict.js';
import { code, codeBlock, escapeMarkdown, tableRow } from './safe-markdown.js';
import type { ReviewSamples } from '../sample/sample-supervisors.js';
import { segmentLines, withSegmentHeadline, type SegmentRenderParts } from './review-segments-markdown.js';
import { everyRowFails, sampleSection, samplesOverview } from './sample-markdown.js';

export interface ReviewRenderOptions {
  budget: number;
  /** Where the complete report is, for when the comment has to leave things out. */
  fullReportHint?: string;
  /** Druid version and reachability, for the header line. */
  cluster?: string;
  /** The cluster's name (the `cluster` input), in the title, when a repository has several. */
  clusterName?: string;
  /** The sampled data of the created and changed supervisors (the data section). */
  samples?: ReviewSamples;
}

const VERDICT: Record<Verdict, string> = {
  blocked: '⛔ blocked',
  breaking: '💥 breaking',
  'needs-attention': '⚠️ needs attention',
  safe: '✅ safe',
};

const PARTS: SegmentRenderParts = { verdict: VERDICT, changesBlock, findingsTable, findingsSummary };

const ACTION: Record<ChangeAction, string> = {
  create: '🆕 create',
  update: '✏️ update',
  delete: '🗑️ delete',
  rename: '🔀 rename',
  noop: '➖ no change',
};

/** How much detail a rendering keeps; each level is shorter than the one before. */
interface Detail {
  /** Field changes listed per supervisor (the rest counted). */
  changes: number;
  /** Findings listed per supervisor. */
  findings: number;
  /** Which supervisors get a <details> section. */
  sections: 'all-changed' | 'not-safe' | 'none';
  /** Table rows shown. */
  rows: number;
  /** Parse errors listed in a supervisor's data section (0: the counts and observations only). */
  sampleErrors: number;
}

const LEVELS: readonly Detail[] = [
  { changes: 200, findings: 100, sections: 'all-changed', rows: Infinity, sampleErrors: 5 },
  { changes: 20, findings: 20, sections: 'all-changed', rows: Infinity, sampleErrors: 3 },
  { changes: 10, findings: 10, sections: 'not-safe', rows: Infinity, sampleErrors: 3 },
  { changes: 0, findings: 3, sections: 'not-safe', rows: Infinity, sampleErrors: 0 },
  { changes: 0, findings: 0, sections: 'none', rows: Infinity, sampleErrors: 0 },
  { changes: 0, findings: 0, sections: 'none', rows: 200, sampleErrors: 0 },
  { changes: 0, findings: 0, sections: 'none', rows: 50, sampleErrors: 0 },
  { changes: 0, findings: 0, sections: 'none', rows: 0, sampleErrors: 0 },
];

export function renderReview(plan: ChangePlan, options: ReviewRenderOptions): string {
  for (const [index, level] of LEVELS.entries()) {
    const text = render(plan, level, index > 0 ? options.fullReportHint : undefined, options);
    if (text.length <= options.budget) return text;
  }
  // Even the bare header is too long only with an absurd budget: cut it, never fail.
  return render(plan, LEVELS[LEVELS.length - 1] as Detail, options.fullReportHint, options).slice(
    0,
    Math.max(0, options.budget),
  );
}

function render(
  plan: ChangePlan,
  detail: Detail,
  hint: string | undefined,
  options: ReviewRenderOptions,
): string {
  const changed = sortForReview(plan.supervisors.filter((supervisor) => supervisor.action !== 'noop'));
  const unchanged = plan.supervisors.length - changed.length;
  const title = options.clusterName
    ? `## druid-gitops review: ${escapeMarkdown(options.clusterName)}`
    : '## druid-gitops review';
  const lines: string[] = [title, ''];
  lines.push(headline(plan, changed), '');
  if (options.cluster) lines.push(`<sub>${escapeMarkdown(options.cluster)}</sub>`, '');
  if (hint)
    lines.push(`> [!NOTE]`, `> This comment is shortened to fit GitHub's limit. ${escapeMarkdown(hint)}`, '');

  if (changed.length > 0) {
    lines.push(
      tableRow(['Supervisor', 'Change', 'Verdict', 'Findings', 'On merge']),
      '|---|---|---|---|---|',
    );
    for (const supervisor of changed.slice(0, detail.rows)) lines.push(summaryRow(supervisor));
    if (changed.length > detail.rows)
      lines.push('', `_…and ${changed.length - detail.rows} more supervisors, listed in the job summary._`);
    lines.push('');
  }
  if (unchanged > 0)
    lines.push(
      `${plural(unchanged, 'other supervisor')} ${unchanged === 1 ? 'has' : 'have'} no effective change.`,
      '',
    );
  // Unchanged, yet blocked by errors already on the base: the deploy refuses the file, so say why.
  for (const supervisor of plan.supervisors)
    if (supervisor.action === 'noop' && supervisor.verdict.verdict === 'blocked')
      lines.push(
        `⛔ ${code(supervisor.id)} is not changed by the merge, but ${code(supervisor.file)} has errors already on the base branch, and a deploy refuses the file: ${findingsSummary(supervisor.findings)}.`,
        ...findingsTable(
          supervisor.findings.filter((finding) => finding.severity === 'error'),
          Math.max(detail.findings, 3),
        ),
        '',
      );
  lines.push(...samplesOverview(options.samples));
  lines.push(...segmentLines(plan.segments ?? [], detail, PARTS));
  for (const file of plan.unreadable) {
    lines.push(
      `⛔ ${code(file.file)} cannot be deployed: ${findingsSummary(file.findings)}.`,
      ...findingsTable(file.findings, Math.max(detail.findings, 3)),
      '',
    );
  }
  const sectioned = changed.filter(
    (supervisor) =>
      detail.sections === 'all-changed' ||
      (detail.sections === 'not-safe' && supervisor.verdict.verdict !== 'safe'),
  );
  for (const supervisor of sectioned) lines.push(...section(supervisor, detail, options.samples), '');
  return lines.join('\n');
}

function headline(plan: ChangePlan, changed: readonly SupervisorPlan[]): string {
  return withSegmentHeadline(supervisorHeadline(plan, changed), plan.segments, VERDICT, VERDICT_ORDER);
}

function supervisorHeadline(plan: ChangePlan, changed: readonly SupervisorPlan[]): string {
  if (changed.length === 0 && plan.unreadable.length === 0) return 'No supervisor changes on merge.';
  const count = (action: ChangeAction) => changed.filter((supervisor) => supervisor.action === action).length;
  const verdicts = VERDICT_ORDER.map(
    (verdict) =>
      [verdict, changed.filter((supervisor) => supervisor.verdict.verdict === verdict).length] as const,
  )
    .filter(([, n]) => n > 0)
    .map(([verdict, n]) => `${n} ${VERDICT[verdict]}`);
  const actions = (['create', 'update', 'rename', 'delete'] as const)
    .filter((action) => count(action) > 0)
    .map((action) => `${count(action)} to ${action}`);
  const blocked =
    plan.unreadable.length > 0 || changed.some((supervisor) => supervisor.verdict.verdict === 'blocked');
  return `${blocked ? '**Do not merge yet.** ' : ''}On merge: ${actions.join(', ') || 'nothing to apply'}. ${verdicts.join(' · ')}${plan.unreadable.length ? ` · ${plural(plan.unreadable.length, 'unreadable file')}` : ''}.`;
}

function summaryRow(supervisor: SupervisorPlan): string {
  return tableRow([
    `${code(supervisor.id)}<br><sub>${escapeMarkdown(supervisor.file)}</sub>`,
    ACTION[supervisor.action],
    VERDICT[supervisor.verdict.verdict],
    findingsSummary(supervisor.findings),
    escapeMarkdown(onMerge(supervisor)),
  ]);
}

/** The one-line consequence of merging, from the most severe impact. */
export function onMerge(supervisor: SupervisorPlan): string {
  const kinds = new Set(supervisor.impacts.map((impact) => impact.kind));
  if (kinds.has('stream-change')) return 'topic change: a planned migration, not a deploy';
  if (supervisor.action === 'delete') return 'stays running unless pruned';
  if (kinds.has('new-supervisor')) return 'new supervisor starts';
  if (kinds.has('datasource-change')) return 'writes a new datasource';
  if (kinds.has('restart')) return 'suspend, update, resume (tasks restart)';
  if (kinds.has('in-place')) return 'applied in place (nothing restarts)';
  return 'nothing (same effective spec)';
}

function section(supervisor: SupervisorPlan, detail: Detail, samples: ReviewSamples | undefined): string[] {
  const sample = samples?.supervisors.find((candidate) => candidate.id === supervisor.id);
  const open =
    supervisor.verdict.verdict === 'blocked' ||
    supervisor.verdict.verdict === 'breaking' ||
    everyRowFails(sample);
  const lines = [
    `<details${open ? ' open' : ''}><summary>${code(supervisor.id)} · ${ACTION[supervisor.action]} · ${VERDICT[supervisor.verdict.verdict]}</summary>`,
    '',
  ];
  if (supervisor.previousFile)
    lines.push(`Moved from ${code(supervisor.previousFile)} to ${code(supervisor.file)}.`, '');
  if (supervisor.verdict.reasons.length > 0) {
    lines.push(
      '**Why:**',
      ...distinctReasons(supervisor)
        .slice(0, 10)
        .map((text) => `- ${escapeMarkdown(text)}`),
      '',
    );
  }
  const impacts = supervisor.impacts.filter((impact) => impact.severity === 'info');
  if (impacts.length > 0)
    lines.push('**On merge:**', ...impacts.map((impact) => `- ${escapeMarkdown(impact.message)}`), '');
  const compatible = supervisor.schema.items.filter((item) => item.severity === 'compatible');
  if (compatible.length > 0)
    lines.push(
      '**Compatible schema changes:**',
      ...compatible.map((item) => `- ${escapeMarkdown(item.message)}`),
      '',
    );
  if (supervisor.changes.length > 0) lines.push(...changesBlock(supervisor.changes, detail.changes), '');
  if (supervisor.findings.length > 0)
    lines.push(...findingsTable(supervisor.findings, detail.findings, new Set(supervisor.preexisting)), '');
  if (supervisor.live) lines.push(...liveLines(supervisor), '');
  if (sample) lines.push(...sampleSection(sample, detail.sampleErrors), '');
  lines.push('</details>');
  return lines;
}

/**
 * The reasons, once each: a guardrail often says what the schema check already said ("Dimension
 * "x" is removed: ..."), so a reason whose opening clause was already given is left out.
 */
function distinctReasons(supervisor: SupervisorPlan): string[] {
  const seen = new Set<string>();
  const texts: string[] = [];
  for (const reason of supervisor.verdict.reasons) {
    const text = reason.source === 'finding' ? reason.text.replace(/^[\w/-]+: /, '') : reason.text;
    const opening = text.split(':')[0] ?? text;
    if (seen.has(opening)) continue;
    seen.add(opening);
    texts.push(reason.text);
  }
  return texts;
}

/** The mark of each kind of field change, in the comment and in the terminal. */
export const CHANGE_MARK: Record<FieldChange['kind'], string> = {
  added: '+',
  removed: '-',
  changed: '~',
  reordered: '↕',
};

/** What a field change shows: the new value, the old one, or old → new, each through `show`. */
export function changeValue(change: FieldChange, show: (value: unknown) => string): string {
  if (change.kind === 'added') return show(change.after);
  if (change.kind === 'removed') return show(change.before);
  return `${show(change.before)} → ${show(change.after)}`;
}

function changesBlock(changes: readonly FieldChange[], limit: number): string[] {
  if (limit === 0) return [`${plural(changes.length, 'field change')}; the job summary lists them.`];
  const shown = changes
    .slice(0, limit)
    .map((change) => `${CHANGE_MARK[change.kind]} ${change.pointer}: ${changeValue(change, show)}`);
  if (changes.length > limit) shown.push(`… ${changes.length - limit} more`);
  return [
    '**Effective changes** (Druid defaults applied; `+` added, `-` removed, `~` changed, `↕` reordered):',
    '',
    codeBlock(shown.join('\n'), 'diff'),
  ];
}

function findingsTable(
  findings: readonly Finding[],
  limit: number,
  preexisting: ReadonlySet<string> = new Set(),
): string[] {
  if (limit === 0 || findings.length === 0) return [];
  const sorted = [...findings].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
  const rows = sorted
    .slice(0, limit)
    .map((finding) =>
      tableRow([
        `${finding.severity}${finding.suppressed ? ' (suppressed)' : ''}${preexisting.has(findingKey(finding)) ? ' (already on base)' : ''}`,
        `${finding.line ?? 1}:${finding.column ?? 1}`,
        code(finding.rule),
        escapeMarkdown(finding.message) +
          (finding.suppressed ? ` — suppressed: ${escapeMarkdown(finding.suppressed.reason)}` : ''),
      ]),
    );
  const more =
    findings.length > limit ? [`_…and ${findings.length - limit} more findings in the job summary._`] : [];
  return ['| Severity | Line | Rule | Finding |', '|---|---|---|---|', ...rows, ...more];
}

function liveLines(supervisor: SupervisorPlan): string[] {
  const live = supervisor.live;
  if (!live) return [];
  if (live.error) return [`**Live cluster:** could not be read (${escapeMarkdown(live.error)}).`];
  if (live.missing) return ['**Live cluster:** no such supervisor yet.'];
  const lines = [
    `**Live cluster:** ${code(live.state ?? 'unknown')}${live.aggregateLag === undefined ? '' : `, lag ${live.aggregateLag.toLocaleString('en-US')} messages`}.`,
  ];
  if (live.drift.length > 0) {
    lines.push(
      '',
      '⚠️ **Changed outside git** (the live spec differs from the base branch; a deploy stops here unless `on-drift: overwrite`):',
      '',
      ...changesBlock(live.drift, 20),
    );
  }
  return lines;
}

function findingsSummary(findings: readonly Finding[]): string {
  const active = findings.filter((finding) => !finding.suppressed);
  const count = (severity: Finding['severity']) =>
    active.filter((finding) => finding.severity === severity).length;
  const parts = [
    count('error') ? `${count('error')} ❌` : '',
    count('warning') ? `${count('warning')} ⚠️` : '',
    count('notice') ? `${count('notice')} ℹ️` : '',
  ].filter(Boolean);
  const suppressed = findings.length - active.length;
  return (parts.join(' ') || '—') + (suppressed ? ` (+${suppressed} suppressed)` : '');
}

function sortForReview(supervisors: readonly SupervisorPlan[]): SupervisorPlan[] {
  return [...supervisors].sort(
    (a, b) =>
      VERDICT_ORDER.indexOf(a.verdict.verdict) - VERDICT_ORDER.indexOf(b.verdict.verdict) ||
      a.id.localeCompare(b.id),
  );
}

function show(value: unknown): string {
  // A dimension, metric or transform is named by its name and type, not by every default Druid fills in.
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const { name, type } = value as { name?: unknown; type?: unknown };
    if (typeof name === 'string')
      return `${JSON.stringify(name)}${typeof type === 'string' ? ` (${type})` : ''}`;
  }
  const text = JSON.stringify(value) ?? 'null';
  return text.length > 120 ? `${text.slice(0, 119)}…` : text;
}
