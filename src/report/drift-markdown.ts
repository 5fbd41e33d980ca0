/**
 * What the drift check tells people: the job summary, and the body of the one `druid-drift` issue
 * (opened while git and the cluster differ, updated on each scheduled run, closed with a comment
 * when they agree again). It says which supervisors differ, how (redacted field changes, git →
 * cluster), since when according to Druid, and how to make them agree.
 */
import { plural } from '../common/plural.js';
import type { DriftEntry, DriftReport, DriftStatus } from '../flows/drift.js';
import type { RunLinks } from './deploy-markdown.js';
import { changesDetails } from './changes-markdown.js';
import { code, escapeMarkdown, tableRow } from './safe-markdown.js';
import { segmentDriftMarkdown } from './segments-markdown.js';
import { releaseMarkdown } from './release-text.js';

const STATUS: Record<DriftStatus, string> = {
  'in-sync': '✅ in sync',
  drifted: '⚠️ differs',
  missing: '❓ not on the cluster',
  'not-in-git': '👻 not in git',
  invalid: '❌ file invalid',
};

export function driftIssueTitle(report: DriftReport): string {
  const all = [...report.drifted, ...report.segmentsDrifted];
  const shown = all.slice(0, 3).join(', ');
  const more = all.length > 3 ? ` (+${all.length - 3})` : '';
  return `Druid cluster differs from git: ${shown}${more}`;
}

export function driftSummaryMarkdown(report: DriftReport, links: RunLinks = {}, issue?: string): string {
  const lines = ['## druid-gitops: drift', '', ...releaseMarkdown(report.release)];
  if (report.drifted.length === 0 && report.segmentsDrifted.length === 0) {
    lines.push(
      '> [!TIP]',
      `> Git (${code(report.commit.slice(0, 12))}) and the cluster agree for all ${plural(report.entries.length, 'supervisor')}${segmentCount(report)}.`,
      '',
    );
  } else if (report.drifted.length === 0) {
    lines.push(
      '> [!WARNING]',
      `> Retention or compaction differs between git (${code(report.commit.slice(0, 12))}) and the cluster: ${report.segmentsDrifted.map((label) => code(label)).join(', ')}.${issue ? ` Issue: ${issue}` : ''}`,
      '',
    );
  } else {
    lines.push(
      '> [!WARNING]',
      `> ${report.drifted.length} of ${plural(report.entries.length, 'supervisor')} ${report.drifted.length === 1 ? 'differs' : 'differ'} between git (${code(report.commit.slice(0, 12))}) and the cluster: ${report.drifted.map((id) => code(id)).join(', ')}.${issue ? ` Issue: ${issue}` : ''}`,
      '',
    );
  }
  lines.push(...body(report, links));
  return `${lines.join('\n')}\n`;
}

export function driftIssueBody(report: DriftReport, links: RunLinks = {}): string {
  return [
    `The Druid cluster differs from git (${code(report.commit.slice(0, 12))}) for ${plural(report.drifted.length, 'supervisor')}. ` +
      'druid-gitops updates this issue on every drift check and closes it when git and the cluster agree again.',
    '',
    ...body(report, links),
  ].join('\n');
}

export function driftClosedComment(report: DriftReport, links: RunLinks = {}): string {
  return `Git (${code(report.commit.slice(0, 12))}) and the cluster agree again for all ${plural(report.entries.length, 'supervisor')}${segmentCount(report)}${links.runUrl ? ` (checked by ${links.runUrl})` : ''}. Closing.`;
}

function body(report: DriftReport, links: RunLinks): string[] {
  const lines = [
    tableRow(['Supervisor', 'File', 'Status', 'What differs', 'When (Druid history)']),
    '|---|---|---|---|---|',
  ];
  for (const entry of report.entries) {
    lines.push(
      tableRow([
        code(entry.id),
        entry.file ? code(entry.file) : '–',
        STATUS[entry.status],
        escapeMarkdown(entry.message) +
          (entry.suspended ? ' (suspended on the cluster)' : '') +
          (entry.skipped ? `. The deploy skips git's file: ${escapeMarkdown(entry.skipped)}` : ''),
        entry.when ? escapeMarkdown(entry.when) : '–',
      ]),
    );
  }
  lines.push('');
  for (const entry of report.entries.filter((candidate) => candidate.changes.length > 0))
    lines.push(...changesDetails(`${code(entry.id)}: git → cluster`, entry.changes, true));
  lines.push(...segmentDriftMarkdown(report.segments));
  if (report.drifted.length > 0) lines.push(...whatToDo(report.entries), '');
  if (links.runUrl) lines.push(`<sub>Checked by ${links.runUrl}</sub>`, '');
  return lines;
}

const segmentCount = (report: DriftReport): string =>
  report.segments.length > 0 ? ` and ${plural(report.segments.length, 'retention/compaction config')}` : '';

function whatToDo(entries: readonly DriftEntry[]): string[] {
  const lines = ['**How to make them agree:**', ''];
  const statuses = new Set(entries.map((entry) => entry.status));
  if (statuses.has('drifted')) {
    lines.push(
      '- **Keep the cluster’s change:** write it into the file and merge (the deploy then finds nothing to do).',
      '- **Put git’s spec back:** run the workflow with operation `resync` and the supervisor id, with `on-drift: overwrite` (a changed cluster is never overwritten without it).',
    );
  }
  if (statuses.has('missing'))
    lines.push(
      '- **Not on the cluster:** the next deploy creates it, or run `resync` now; delete the file if it should stay gone.',
    );
  if (statuses.has('not-in-git'))
    lines.push(
      '- **Not in git:** add a file for it (export it with GET /druid/indexer/v1/supervisor/{id}), or terminate it (operation `terminate`, confirmed).',
    );
  if (statuses.has('invalid'))
    lines.push('- **File invalid:** fix the findings in the file; the deploy skips it until then.');
  return lines;
}
