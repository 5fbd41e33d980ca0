/** How many findings fail the check under `fail-on` (suppressed findings are never counted). */
import type { FailOn } from '../config/action-settings.js';
import type { ValidationReport } from '../flows/validate.js';

export function failingCount(summary: ValidationReport['summary'], failOn: FailOn): number {
  if (failOn === 'never') return 0;
  return summary.errors + (failOn === 'warning' ? summary.warnings : 0);
}
