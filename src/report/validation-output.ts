/**
 * Renders a validation report for the terminal (text), for tools (json, the contract in docs/design.md)
 * and for GitHub code scanning (SARIF 2.1.0).
 */
import type { Finding, Severity } from '../common/finding.js';
import type { ValidationReport } from '../check/validation-report.js';
import { RULES_BY_ID, ruleAnchor, rulePage } from '../config/rule-catalogue.js';
import { INFORMATION_URI, TOOL_NAME, VERSION } from '../common/version.js';

export type OutputFormat = 'text' | 'json' | 'sarif';

export function renderValidation(report: ValidationReport, format: OutputFormat): string {
  switch (format) {
    case 'json':
      return JSON.stringify(toJson(report), null, 2);
    case 'sarif':
      return JSON.stringify(toSarif(report), null, 2);
    case 'text':
      return toText(report);
  }
}

/** Exactly the contract in docs/design.md; `suppressed` is added only on suppressed findings. */
function toJson(report: ValidationReport): unknown {
  return {
    summary: report.summary,
    files: report.files.map((file) => ({
      file: file.file,
      supervisor: file.supervisor,
      // Added for retention and compaction files only, so supervisor reports keep their exact shape.
      ...(file.kind ? { kind: file.kind } : {}),
      findings: file.findings.map((finding) => ({
        rule: finding.rule,
        severity: finding.severity,
        message: finding.message,
        pointer: finding.pointer,
        line: finding.line ?? null,
        column: finding.column ?? null,
        ...(finding.suppressed ? { suppressed: finding.suppressed } : {}),
      })),
    })),
  };
}

function toText(report: ValidationReport): string {
  const lines: string[] = [];
  for (const file of report.files) {
    for (const finding of file.findings) {
      const where = `${file.file}:${finding.line ?? 1}:${finding.column ?? 1}`;
      const suppressed = finding.suppressed ? ` (suppressed: ${finding.suppressed.reason})` : '';
      const at = finding.pointer ? ` at ${finding.pointer}` : '';
      lines.push(`${where}: ${finding.severity}: ${finding.message}${suppressed} [${finding.rule}${at}]`);
    }
  }
  const { files, supervisors, errors, warnings, notices } = report.summary;
  if (lines.length > 0) lines.push('');
  lines.push(
    `${files} ${plural(files, 'file')}, ${supervisors} ${plural(supervisors, 'supervisor')}: ` +
      `${errors} ${plural(errors, 'error')}, ${warnings} ${plural(warnings, 'warning')}, ${notices} ${plural(notices, 'notice')}.`,
  );
  return lines.join('\n');
}

const SARIF_LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', notice: 'note' };

function toSarif(report: ValidationReport): unknown {
  const used = [
    ...new Set(report.files.flatMap((file) => file.findings.map((finding) => finding.rule))),
  ].sort();
  const ruleIndex = new Map(used.map((id, index) => [id, index]));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: TOOL_NAME,
            version: VERSION,
            informationUri: INFORMATION_URI,
            rules: used.map((id) => {
              const info = RULES_BY_ID.get(id);
              return {
                id,
                name: id.replace(/[^A-Za-z0-9]+(.)/g, (_, next: string) => next.toUpperCase()),
                shortDescription: { text: info?.title ?? id },
                fullDescription: { text: info?.description ?? id },
                helpUri: `${INFORMATION_URI}/blob/main/${rulePage(id)}#${ruleAnchor(id)}`,
                defaultConfiguration: { level: SARIF_LEVEL[info?.severity ?? 'warning'] },
              };
            }),
          },
        },
        results: report.files.flatMap((file) =>
          file.findings.map((finding) => sarifResult(file.file, finding, ruleIndex)),
        ),
      },
    ],
  };
}

function sarifResult(file: string, finding: Finding, ruleIndex: Map<string, number>): unknown {
  return {
    ruleId: finding.rule,
    ruleIndex: ruleIndex.get(finding.rule),
    level: SARIF_LEVEL[finding.severity],
    message: { text: finding.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: file },
          region: { startLine: finding.line ?? 1, startColumn: finding.column ?? 1 },
        },
        ...(finding.pointer
          ? { logicalLocations: [{ fullyQualifiedName: finding.pointer, kind: 'member' }] }
          : {}),
      },
    ],
    ...(finding.suppressed
      ? {
          suppressions: [
            {
              kind: finding.suppressed.source === 'inline' ? 'inSource' : 'external',
              justification: finding.suppressed.reason,
            },
          ],
        }
      : {}),
  };
}

function plural(count: number, word: string): string {
  return count === 1 ? word : `${word}s`;
}
