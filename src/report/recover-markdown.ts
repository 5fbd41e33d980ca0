/**
 * The job summary of a recover run, for an on-call engineer at 3 a.m.: the first screen says what
 * is wrong and the one thing to do next; the table shows every supervisor; details per supervisor
 * hold the evidence, Druid's own words and the datasource's settings. Writes say what they do to
 * the data and show where the supervisor stood before and after. Everything from Druid or a spec
 * is escaped (and was redacted when the report was built).
 */
import { plural } from '../common/plural.js';
import { releaseMarkdown } from './release-text.js';
import type { RecoverReport } from '../flows/recover.js';
import type { SupervisorRow } from '../flows/recover-rows.js';
import { DESTRUCTIVE } from '../health/operations.js';
import type { OffsetTable } from '../health/offsets.js';
import type { DiagnosisSeverity, LagTrend, NextStep, Problem } from '../health/diagnosis.js';
import { resultDetails, type RunLinks } from './deploy-markdown.js';
import { code, escapeMarkdown, tableRow } from './safe-markdown.js';

const ICON: Record<DiagnosisSeverity, string> = { critical: '🔴', warning: '🟠', notice: '🔵', ok: '✅' };
/** GitHub refuses step summaries over 1 MiB; details stop before that. */
const BUDGET = 900_000;

export function recoverSummaryMarkdown(report: RecoverReport, links: RunLinks = {}): string {
  const { operation, supervisor } = report.request;
  const title = `## druid-gitops: ${operation} ${supervisor === '*' ? 'all supervisors' : code(supervisor)}${report.outcome === 'refused' ? ' — refused' : ''}`;
  const lines = [title, '', ...headline(report), '', ...releaseMarkdown(report.release)];
  if (report.rows.length > 0) lines.push(...table(report.rows), '', ...segmentsTable(report.rows));
  if (report.consequences.length > 0 && operation !== 'status' && operation !== 'diagnose') {
    lines.push(
      report.outcome === 'refused' ? '**What it would do to the data:**' : '**What this does to the data:**',
      '',
      ...report.consequences.map((line) => `- ${escapeMarkdown(line)}`),
      '',
    );
  }
  if (report.before)
    lines.push(...offsets(report.outcome === 'refused' ? 'Where it stands now' : 'Before', report.before));
  if (report.after) lines.push(...offsets('After', report.after));
  if (report.known && report.known.length > 0)
    lines.push(`Supervisors Druid knows: ${report.known.map((id) => code(id)).join(', ')}.`, '');
  if (report.deploy) lines.push(...resultDetails(report.deploy));
  if (report.timeline.length > 0) {
    lines.push(
      '**Timeline (UTC):**',
      '',
      ...report.timeline.map(
        (event) =>
          `- ${event.at.slice(11, 19)} ${escapeMarkdown(event.step)}: ${escapeMarkdown(event.detail)}`,
      ),
      '',
    );
  }
  if (report.outcome === 'refused' && DESTRUCTIVE.has(operation) && supervisor !== '*') {
    lines.push(
      `**To go ahead:** run the workflow again (Actions → Run workflow) with operation ${code(operation)}, supervisor ${code(supervisor)}, confirm ${code(supervisor)}${operation === 'reset-offsets' ? ', offsets (JSON: partition → offset)' : ''} and a reason.`,
      '',
    );
  }
  lines.push(...details(report.rows, lines.join('\n').length));
  lines.push(footer(report, links));
  return `${lines.join('\n')}\n`;
}

function headline(report: RecoverReport): string[] {
  const message = escapeMarkdown(report.message);
  if (report.outcome === 'refused') return ['> [!CAUTION]', `> **Refused:** ${message} Nothing was changed.`];
  if (report.outcome === 'failed') return ['> [!CAUTION]', `> **Failed:** ${message}`];
  if (report.outcome !== 'read') return ['> [!NOTE]', `> ${message}`];
  const serious = report.rows.filter(
    (row) => row.missing || severityOf(row) === 'critical' || severityOf(row) === 'warning',
  );
  if (serious.length === 0) {
    return [
      '> [!TIP]',
      `> ${report.rows.length === 0 ? message : `${report.rows.length === 1 ? 'The supervisor is' : `All ${plural(report.rows.length, 'supervisor')} are`} healthy. ${message}`}`,
    ];
  }
  const critical = serious.some((row) => row.missing || severityOf(row) === 'critical');
  const lines = [critical ? '> [!CAUTION]' : '> [!WARNING]'];
  for (const row of serious.slice(0, 5)) {
    const diagnosis = row.diagnosis;
    lines.push(
      diagnosis
        ? `> ${ICON[diagnosis.severity]} **${code(row.id)}: ${escapeMarkdown(diagnosis.summary)}.** Next: ${nextText(diagnosis.next)}`
        : `> 🔴 **${code(row.id)}**: ${escapeMarkdown(row.missing ?? '')}.`,
      '>',
    );
  }
  if (serious.length > 5) lines.push(`> …and ${serious.length - 5} more in the table below.`);
  else lines.pop();
  return lines;
}

/** Each supervisor's datasource: retention rules and compaction as the Coordinator has them. */
function segmentsTable(rows: readonly SupervisorRow[]): string[] {
  const shown = rows.filter((row) => row.segments);
  if (shown.length === 0) return [];
  const view = (segment: { live: string; git?: string }): string =>
    `${escapeMarkdown(segment.live)}${segment.git ? ` (${segment.git})` : ''}`;
  return [
    tableRow(['Supervisor', 'Datasource', 'Retention rules', 'Automatic compaction']),
    '|---|---|---|---|',
    ...shown.map((row) =>
      tableRow([
        code(row.id),
        code(row.segments?.dataSource ?? row.id),
        row.segments ? view(row.segments.retention) : '–',
        row.segments ? view(row.segments.compaction) : '–',
      ]),
    ),
    '',
  ];
}

function table(rows: readonly SupervisorRow[]): string[] {
  const lines = [
    tableRow([
      'Supervisor',
      'State',
      'Healthy',
      'Tasks reading / expected (publishing)',
      'Lag (records)',
      'Trend',
      'Diagnosis',
      'Next',
    ]),
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const row of rows) {
    if (row.missing) {
      lines.push(tableRow([`🔴 ${code(row.id)}`, '–', '–', '–', '–', '–', escapeMarkdown(row.missing), '–']));
      continue;
    }
    const diagnosis = row.diagnosis;
    lines.push(
      tableRow([
        `${ICON[severityOf(row)]} ${code(row.id)}`,
        code(row.state ?? '?'),
        row.healthy ? 'yes' : '**no**',
        `${row.readingTasks ?? 0} / ${row.expectedTasks ?? '?'} (${row.publishingTasks ?? 0})`,
        lagCell(diagnosis?.lag),
        trendCell(diagnosis?.lag),
        escapeMarkdown(diagnosis?.summary ?? ''),
        diagnosis ? nextCell(diagnosis.next) : '–',
      ]),
    );
  }
  return lines;
}

function details(rows: readonly SupervisorRow[], used: number): string[] {
  const lines: string[] = [];
  let size = used;
  const shown = rows.filter(
    (row) =>
      row.diagnosis &&
      (row.diagnosis.problems.length > 0 || row.recentErrors.length > 0 || row.diagnosis.notes.length > 0),
  );
  for (const [index, row] of shown.entries()) {
    const block = rowDetails(row);
    if (size + block.length > BUDGET) {
      lines.push(
        `_Details of ${plural(shown.length - index, 'more supervisor')} left out to fit the summary: see the JSON report._`,
        '',
      );
      break;
    }
    size += block.length;
    lines.push(block);
  }
  return lines;
}

function rowDetails(row: SupervisorRow): string {
  const diagnosis = row.diagnosis;
  if (!diagnosis) return '';
  const open = diagnosis.severity === 'critical' || diagnosis.severity === 'warning';
  const lines = [
    `<details${open ? ' open' : ''}><summary>${ICON[diagnosis.severity]} ${code(row.id)}: ${escapeMarkdown(diagnosis.summary)}</summary>`,
    '',
  ];
  const serious = diagnosis.problems.filter((problem) => problem.severity !== 'notice');
  const notices = diagnosis.problems.filter((problem) => problem.severity === 'notice');
  serious.forEach((problem, index) => lines.push(...problemLines(problem, index + 1)));
  if (notices.length > 0) {
    lines.push(
      serious.length > 0 ? '**Also worth knowing:**' : '**Worth knowing:**',
      '',
      ...notices.map(
        (problem) =>
          `- ${ICON.notice} **${escapeMarkdown(capitalise(problem.title))}:** ${problem.evidence.map(escapeMarkdown).join('; ')}. ${nextText(problem.next)}`,
      ),
      '',
    );
  }
  if (row.recentErrors.length > 0)
    lines.push(
      '**Recent errors reported by Druid:**',
      '',
      ...row.recentErrors.map((error) => `- ${escapeMarkdown(error)}`),
      '',
    );
  if (diagnosis.notes.length > 0)
    lines.push(
      '**Datasource and history:**',
      '',
      ...diagnosis.notes.map((note) => `- ${escapeMarkdown(note)}`),
      '',
    );
  lines.push('</details>', '');
  return lines.join('\n');
}

function problemLines(problem: Problem, number: number): string[] {
  return [
    `**${number}. ${ICON[problem.severity]} ${escapeMarkdown(capitalise(problem.title))}**`,
    '',
    ...problem.evidence.map((line) => `- ${escapeMarkdown(line)}`),
    '',
    `**Next:** ${nextText(problem.next)}`,
    '',
  ];
}

function offsets(title: string, table: OffsetTable): string[] {
  const lines = [
    `**${title}:** ${code(table.state)}, ${table.readingTasks} reading and ${plural(table.publishingTasks, 'publishing task')}${table.stream ? ` on ${code(table.stream)}` : ''}.`,
    '',
  ];
  if (table.partitions.length === 0)
    return [
      ...lines,
      '_Druid reports no partition offsets now (no reading task, or the offsets are not fetched yet)._',
      '',
    ];
  lines.push(
    tableRow(['Partition', 'End of partition', 'Reading task started at', 'Read up to', 'Lag']),
    '|---|--:|--:|--:|--:|',
  );
  for (const p of table.partitions) {
    lines.push(
      tableRow([code(p.partition), number(p.end), number(p.taskStart), number(p.read), number(p.lag)]),
    );
  }
  lines.push(
    '',
    '_Druid has no API for its stored offsets: a reading task starts at them (or at the checkpoint before it)._',
    '',
  );
  return lines;
}

function footer(report: RecoverReport, links: RunLinks): string {
  const parts: string[] = [];
  const samples = report.rows
    .map((row) => row.diagnosis?.lag.seconds)
    .find((seconds) => seconds !== undefined && seconds > 0);
  if (samples !== undefined)
    parts.push(`Status read twice, ${Math.round(samples)} s apart, for the lag trend.`);
  if (report.outcome === 'read') parts.push('Read-only: nothing on the cluster was changed.');
  const text = parts.map(escapeMarkdown);
  const audit = report.audit;
  if (audit && report.outcome !== 'refused')
    text.push(`Druid's audit headers: author ${code(audit.author)}, comment ${code(audit.comment)}.`);
  // The run URL is the runner's own (GITHUB_SERVER_URL), never text from a spec or from Druid.
  if (links.runUrl) text.push(`Run: ${links.runUrl}`);
  return `<sub>${text.join(' ')}</sub>`;
}

function nextText(next: NextStep): string {
  return next.operation ? `${nextOperation(next)} — ${escapeMarkdown(next.text)}` : escapeMarkdown(next.text);
}

function nextCell(next: NextStep): string {
  return next.operation
    ? `**${code(next.operation)}**${DESTRUCTIVE.has(next.operation) ? ' (confirm)' : ''}`
    : escapeMarkdown(next.short);
}

function nextOperation(next: NextStep): string {
  if (!next.operation) return '';
  return `**${code(next.operation)}**${DESTRUCTIVE.has(next.operation) ? ' (destructive: needs confirm)' : ''}`;
}

function lagCell(lag: LagTrend | undefined): string {
  if (!lag) return '–';
  if (lag.last === undefined) return `– _(${escapeMarkdown(lag.reason ?? 'unknown')})_`;
  return lag.first !== undefined && lag.first !== lag.last
    ? `${number(lag.first)} → ${number(lag.last)}`
    : number(lag.last);
}

function trendCell(lag: LagTrend | undefined): string {
  if (!lag || lag.direction === 'unknown') return '–';
  const rate =
    lag.perSecond === undefined
      ? ''
      : ` (${lag.perSecond >= 0 ? '+' : ''}${Math.round(lag.perSecond).toLocaleString('en-US')}/s)`;
  const arrow =
    lag.direction === 'growing' ? '📈 growing' : lag.direction === 'shrinking' ? '📉 shrinking' : '➖ steady';
  return `${arrow}${rate}`;
}

function severityOf(row: SupervisorRow): DiagnosisSeverity {
  return row.diagnosis?.severity ?? 'critical';
}

function number(value: number | undefined): string {
  return value === undefined ? '–' : value.toLocaleString('en-US');
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
