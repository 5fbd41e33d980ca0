/**
 * Retention and compaction changes in the review comment: one table row per changed file (beside
 * the supervisors' table, same verdicts), then per file a <details> with the reasons, the dry-run
 * line, the semantic diff (rule order matters), the file's findings and the cross-check findings
 * of the supervisors feeding the datasource. Text from files and from Druid is escaped.
 */
import { plural } from '../common/plural.js';
import type { SegmentAction, SegmentPlan } from '../diff/segment-plan.js';
import type { Verdict } from '../diff/verdict.js';
import { code, escapeMarkdown, tableRow } from './safe-markdown.js';

export interface SegmentDetail {
  changes: number;
  findings: number;
  sections: 'all-changed' | 'not-safe' | 'none';
  rows: number;
}

/** The parts the supervisors' review already renders, shared so both look alike. */
export interface SegmentRenderParts {
  verdict: Record<Verdict, string>;
  changesBlock(changes: SegmentPlan['changes'], limit: number): string[];
  findingsTable(findings: SegmentPlan['findings'], limit: number): string[];
  findingsSummary(findings: SegmentPlan['findings']): string;
}

const ACTION: Record<SegmentAction, string> = {
  create: '🆕 create',
  update: '✏️ update',
  delete: '🗑️ remove file',
  noop: '➖ no change',
};

const WHAT: Record<SegmentPlan['kind'], string> = { retention: 'retention rules', compaction: 'compaction' };

function changedSegments(plans: readonly SegmentPlan[] | undefined): SegmentPlan[] {
  return (plans ?? []).filter((plan) => plan.action !== 'noop');
}

/** The supervisors' headline, followed by the count and verdicts of the segment files that change. */
export function withSegmentHeadline(
  text: string,
  plans: readonly SegmentPlan[] | undefined,
  labels: Record<Verdict, string>,
  order: readonly Verdict[],
): string {
  const segments = changedSegments(plans);
  if (segments.length === 0) return text;
  const verdicts = order
    .map(
      (verdict) =>
        [verdict, segments.filter((segment) => segment.verdict.verdict === verdict).length] as const,
    )
    .filter(([, n]) => n > 0)
    .map(([verdict, n]) => `${n} ${labels[verdict]}`);
  const blocked = segments.some((segment) => segment.verdict.verdict === 'blocked');
  const stop = blocked && !text.startsWith('**Do not merge') ? '**Do not merge yet.** ' : '';
  return `${stop}${text} Retention and compaction: ${plural(segments.length, 'file')} ${segments.length === 1 ? 'changes' : 'change'} (${verdicts.join(' · ')}).`;
}

export function segmentLines(
  plans: readonly SegmentPlan[],
  detail: SegmentDetail,
  parts: SegmentRenderParts,
): string[] {
  const changed = changedSegments(plans);
  if (changed.length === 0) return [];
  const lines = [
    tableRow(['Datasource', 'Config', 'Change', 'Verdict', 'Findings', 'On merge']),
    '|---|---|---|---|---|---|',
  ];
  for (const plan of changed.slice(0, detail.rows))
    lines.push(
      tableRow([
        `${code(plan.dataSource)}<br><sub>${escapeMarkdown(plan.file)}</sub>`,
        WHAT[plan.kind],
        ACTION[plan.action],
        parts.verdict[plan.verdict.verdict],
        parts.findingsSummary(allFindings(plan)),
        escapeMarkdown(onMerge(plan)),
      ]),
    );
  if (changed.length > detail.rows)
    lines.push(
      '',
      `_…and ${changed.length - detail.rows} more retention or compaction files, listed in the job summary._`,
    );
  lines.push('');
  for (const plan of changed) {
    if (
      detail.sections === 'none' ||
      (detail.sections === 'not-safe' && plan.verdict.verdict === 'safe' && !plan.impact)
    )
      continue;
    lines.push(...section(plan, detail, parts), '');
  }
  return lines;
}

function allFindings(plan: SegmentPlan): SegmentPlan['findings'] {
  return [...plan.findings, ...plan.crossChecks.flatMap((report) => report.findings)];
}

function onMerge(plan: SegmentPlan): string {
  if (plan.action === 'delete') return 'no longer managed in git; the cluster keeps its current setting';
  return plan.kind === 'retention'
    ? "replaces the datasource's rules on the Coordinator"
    : "sets the datasource's auto-compaction config";
}

function section(plan: SegmentPlan, detail: SegmentDetail, parts: SegmentRenderParts): string[] {
  const open = plan.verdict.verdict === 'blocked';
  const lines = [
    `<details${open ? ' open' : ''}><summary>${code(plan.dataSource)} ${WHAT[plan.kind]} · ${ACTION[plan.action]} · ${parts.verdict[plan.verdict.verdict]}</summary>`,
    '',
  ];
  if (plan.verdict.reasons.length > 0)
    lines.push(
      '**Why:**',
      ...plan.verdict.reasons.slice(0, 10).map((reason) => `- ${escapeMarkdown(reason.text)}`),
      '',
    );
  if (plan.impact) lines.push(`**${escapeMarkdown(plan.impact)}**`, '');
  if (plan.changes.length > 0) lines.push(...parts.changesBlock(plan.changes, detail.changes), '');
  if (plan.findings.length > 0) lines.push(...parts.findingsTable(plan.findings, detail.findings), '');
  for (const report of plan.crossChecks)
    lines.push(
      `Cross-checks on ${code(report.supervisor ?? report.file)} (${escapeMarkdown(report.file)}):`,
      '',
      ...parts.findingsTable(report.findings, detail.findings),
      '',
    );
  lines.push('</details>');
  return lines;
}
