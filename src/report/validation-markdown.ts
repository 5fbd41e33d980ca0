/**
 * The validation report as Markdown, for the job summary: counts first, then one table of
 * findings per file. Text from the files is escaped; the whole stays within a character budget
 * (GitHub accepts 1 MiB per step summary), cutting the least severe findings first.
 */
import { plural } from '../common/plural.js';
import type { Finding, Severity } from '../common/finding.js';
import type { FileReport, ValidationReport } from '../check/validation-report.js';
import { code, escapeMarkdown, tableRow } from './safe-markdown.js';

export const SUMMARY_BUDGET = 1024 * 1024 - 4096;

const ICON: Record<Severity, string> = { error: '❌', warning: '⚠️', notice: 'ℹ️' };

export function renderValidationMarkdown(report: ValidationReport, budget = SUMMARY_BUDGET): string {
  const { files, supervisors, errors, warnings, notices } = report.summary;
  const head = [
    '## druid-gitops: spec validation and guardrails',
    '',
    `**${plural(files, 'file')}, ${plural(supervisors, 'supervisor')}: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(notices, 'notice')}.**`,
    '',
  ];
  const withFindings = report.files.filter((file) => file.findings.length > 0);
  if (withFindings.length === 0) return [...head, 'Every spec passed.', ''].join('\n');

  const sections = withFindings.map(renderFile);
  const closing = (left: number): string =>
    left === 0
      ? ''
      : `\n_${left} more findings are not shown here; the JSON report (output \`report\`) has all of them._\n`;
  let text = head.join('\n');
  let omitted = 0;
  for (const [index, section] of sections.entries()) {
    const remaining = withFindings.slice(index).reduce((sum, file) => sum + file.findings.length, 0);
    if (text.length + section.text.length + closing(remaining).length > budget) {
      omitted = remaining;
      break;
    }
    text += section.text;
  }
  return text + closing(omitted);
}

function renderFile(file: FileReport): { text: string } {
  const title = `### ${escapeMarkdown(file.file)}${file.supervisor ? ` (${code(file.supervisor)})` : ''}`;
  const rows = file.findings.map((finding: Finding) =>
    tableRow([
      `${ICON[finding.severity]} ${finding.severity}${finding.suppressed ? ' (suppressed)' : ''}`,
      `${finding.line ?? 1}:${finding.column ?? 1}`,
      code(finding.rule),
      escapeMarkdown(finding.message) +
        (finding.suppressed ? ` — suppressed: ${escapeMarkdown(finding.suppressed.reason)}` : ''),
    ]),
  );
  return {
    text: [
      '',
      title,
      '',
      tableRow(['Severity', 'Line', 'Rule', 'Finding']),
      '|---|---|---|---|',
      ...rows,
      '',
    ].join('\n'),
  };
}

/**
 * GitHub shows at most 10 error and 10 warning annotations per step (and 10 notices); choose the
 * most severe, in file order, and let the summary carry the rest.
 */
export function selectAnnotations(
  report: ValidationReport,
  perSeverity = 10,
): Array<{ file: string; finding: Finding }> {
  const chosen: Array<{ file: string; finding: Finding }> = [];
  const taken: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  for (const severity of ['error', 'warning', 'notice'] as const) {
    for (const file of report.files) {
      for (const finding of file.findings) {
        if (finding.severity !== severity || finding.suppressed || taken[severity] >= perSeverity) continue;
        taken[severity]++;
        chosen.push({ file: file.file, finding });
      }
    }
  }
  return chosen;
}
