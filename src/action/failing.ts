/** How many findings fail the check under `fail-on` (suppressed findings are never counted). */
import type { FailOn } from '../settings/action-settings.js';
import type { ValidationReport } from '../check/validation-report.js';
import { countFindings } from '../common/finding.js';

export function failingCount(summary: ValidationReport['summary'], failOn: FailOn): number {
  if (failOn === 'never') return 0;
  return summary.errors + (failOn === 'warning' ? summary.warnings : 0);
}

/** "1 error-level finding", "3 error- or warning-level findings": the start of the failure message. */
export function failingFindings(count: number, failOn: FailOn): string {
  return countFindings(count, failOn === 'warning' ? 'error- or warning-level' : 'error-level');
}
