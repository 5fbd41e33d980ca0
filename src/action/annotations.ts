/**
 * Findings as GitHub annotations on their lines. GitHub shows at most 10 of each level per step, so
 * `selectAnnotations` picks the ones to show; the job summary has them all.
 */
import type { ValidationReport } from '../check/validation-report.js';
import { selectAnnotations } from '../report/validation-markdown.js';
import { RULES_BY_ID } from '../config/rule-catalogue.js';
import type { ActionRuntime } from './runtime.js';

export function annotateFindings(runtime: ActionRuntime, report: ValidationReport): void {
  for (const { file, finding } of selectAnnotations(report)) {
    runtime.annotate({
      severity: finding.severity,
      message: finding.message,
      title: `${finding.rule}: ${RULES_BY_ID.get(finding.rule)?.title ?? finding.rule}`,
      file,
      ...(finding.line === undefined ? {} : { line: finding.line }),
      ...(finding.column === undefined ? {} : { column: finding.column }),
    });
  }
}
