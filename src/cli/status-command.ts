/**
 * What `status` and `diagnose` add to the recovery operations on a terminal: one quick reading by
 * default (--trend waits one offset refresh to tell growing lag from steady), --watch to redraw it
 * every few seconds until Ctrl-C, and exit codes a monitoring script can use (status-exit.ts). The
 * reading itself is the recover flow's, built by recover-command.ts.
 */
import type { RecoverReport } from '../flows/recover.js';
import type { RecoverOperation } from '../health/operations.js';
import { duration } from '../settings/input-forms.js';
import { UsageError, type CliIO } from './io.js';
import { STATUS_EXIT_HELP, statusExit } from './status-exit.js';
import { watch } from './watch.js';

export const STATUS_USAGE =
  'druid-gitops status|diagnose [ID] --druid-url URL [--format text|markdown|json] [--trend]\n' +
  '         [--watch [--interval SECONDS|PT5S]] [--timeout SECONDS|PT30S]';

export const READ_HELP = `status and diagnose read each supervisor once; --trend reads it again after Druid refreshes its
offsets (offsetFetchPeriod + 5 s, about 35 s) to tell growing lag from steady. --watch reads again
every --interval (default 5 s) until Ctrl-C, redrawn in place on a terminal (JSON: one report per
line). ${STATUS_EXIT_HELP}`;

export const READ_FLAGS = {
  trend: { type: 'boolean' },
  watch: { type: 'boolean' },
  interval: { type: 'string' },
} as const;

const DEFAULT_INTERVAL_MS = 5_000;

export async function readCommand(
  io: CliIO,
  operation: RecoverOperation,
  values: {
    format: string;
    watch?: boolean | undefined;
    interval?: string | undefined;
    trend?: boolean | undefined;
  },
  once: () => Promise<RecoverReport>,
  render: (report: RecoverReport) => string,
): Promise<number> {
  if (values.interval !== undefined && !values.watch) throw new UsageError('--interval goes with --watch.');
  const json = values.format === 'json';
  const reading = async (): Promise<{ text: string; code: number; reason?: string }> => {
    const report = await once();
    const { code, reason } = statusExit(report);
    const text = json && values.watch ? JSON.stringify(report) : render(report);
    const hint =
      values.format === 'text' &&
      !values.trend &&
      report.rows.some((row) => row.diagnosis?.lag.last !== undefined)
        ? '\n\nLag is Druid’s latest reading; add --trend to see whether it grows (about 35 s more).'
        : '';
    return { text: `${text}${hint}`, code, ...(reason ? { reason } : {}) };
  };
  if (values.watch) {
    const intervalMs = values.interval ? duration('--interval', values.interval) : DEFAULT_INTERVAL_MS;
    return watch(io, {
      intervalMs,
      read: reading,
      title: `druid-gitops ${operation}, every ${intervalMs / 1000} s`,
      json,
    });
  }
  const { text, code, reason } = await reading();
  io.stdout(text);
  if (reason) io.stderr(`druid-gitops ${operation}: exit ${code}: ${reason}`);
  return code;
}
