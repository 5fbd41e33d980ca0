/**
 * What `status` and `diagnose` exit with, so a monitoring script can act on it (docs/design.md):
 * 0 every supervisor read is healthy; 1 at least one is not (a warning or critical problem, or
 * Druid does not know the id asked for); 2 the cluster, or a supervisor's status, could not be read
 * (and usage errors, as for every command). An unhealthy supervisor decides over an unreadable one:
 * it is a known problem.
 */
import type { RecoverReport } from '../flows/recover.js';
import { EXIT } from './io.js';

export const STATUS_EXIT_HELP =
  'Exit status: 0 every supervisor read is healthy; 1 at least one is not (a warning or critical\n' +
  'problem, or Druid does not know the id); 2 Druid (or a supervisor’s status) could not be read,\n' +
  'or a usage error. An unhealthy supervisor decides over an unreadable one.';

export function statusExit(report: RecoverReport): { code: number; reason?: string } {
  if (report.outcome === 'failed' || report.outcome === 'refused')
    return { code: EXIT.findings, reason: report.message };
  const unhealthy = report.rows.filter(
    (row) => row.diagnosis?.severity === 'critical' || row.diagnosis?.severity === 'warning',
  );
  if (unhealthy.length > 0)
    return {
      code: EXIT.findings,
      reason: `not healthy: ${unhealthy.map((row) => `${row.id} (${row.diagnosis?.summary ?? 'unhealthy'})`).join(', ')}`,
    };
  const unreadable = report.rows.filter((row) => row.missing !== undefined);
  if (unreadable.length > 0)
    return {
      code: EXIT.usage,
      reason: `could not read ${unreadable.map((row) => `${row.id} (${row.missing})`).join(', ')}`,
    };
  return { code: EXIT.ok };
}
