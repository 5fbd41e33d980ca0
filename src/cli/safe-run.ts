/**
 * The CLI's safety net around a command that suspends supervisors (`deploy`, `resync`): the same
 * journal port the action uses, kept on disk (local-journal.ts); what an earlier run left
 * suspended settled first (flows/settle-interrupted.ts); Ctrl-C handled (interrupt.ts); and the
 * supervisors a finished run still leaves suspended (a new one that never became healthy, a
 * restore that failed) kept in the journal with the reason, so the next run retries them and
 * `status` says who suspended them.
 */
import { resolveConnection, type DruidConnectionSettings } from '../druid/connection.js';
import type { DeployContext } from '../deploy/context.js';
import { DeployInterrupted } from '../deploy/steps.js';
import { settleInterrupted, type SettledSuspension } from '../flows/settle-interrupted.js';
import { Interruptible, resumeCommand, type Repaired } from './interrupt.js';
import {
  forgetSuspension,
  journalFolder,
  keepSuspension,
  LocalJournal,
  readSuspensions,
} from './local-journal.js';
import type { CliIO, StopSignal } from './io.js';

export interface SafeRun<T> {
  /** What the work returned; absent when it was interrupted before it could return. */
  report?: T;
  /** What an earlier run had left, settled before the work. */
  settled: SettledSuspension[];
  interrupted?: { signal: StopSignal; repaired: Repaired[] };
  resumeCommand: (id: string) => string;
  /** 130 or 143 after a signal. */
  exitCode?: number;
}

export interface SafeRunOptions<T> {
  command: 'deploy' | 'resync';
  /** Only the records of these supervisors are settled first (resync: the one it resyncs). */
  only?: (id: string) => boolean;
  /** Why the work left a supervisor suspended, said in its record. */
  leftBecause: (report: T | undefined, id: string) => string;
}

export async function runSafely<T>(
  io: CliIO,
  druid: DruidConnectionSettings,
  context: DeployContext,
  options: SafeRunOptions<T>,
  work: (context: DeployContext) => Promise<T>,
): Promise<SafeRun<T>> {
  const cluster = clusterOf(druid);
  const folder = journalFolder(io.env);
  const journal = new LocalJournal(folder, cluster, options.command);
  const resume = (id: string): string => resumeCommand(id, cluster);
  const guard = new Interruptible(io, journal, resume);
  const safe: DeployContext = { ...context, journal, signal: guard.signal };
  try {
    let settled: SettledSuspension[] = [];
    let report: T | undefined;
    try {
      const records = (await readSuspensions(folder, cluster)).filter(
        (record) => !options.only || options.only(record.id),
      );
      settled = await settleInterrupted({
        context: safe,
        records,
        forget: (id) => forgetSuspension(folder, cluster, id),
        keep: (record, why) => keepSuspension(folder, cluster, record, why),
      });
      report = await work(safe);
    } catch (error) {
      if (!(error instanceof DeployInterrupted)) throw error;
    }
    if (guard.interrupted) {
      const repaired = await guard.repair(context.client, context.audit);
      return {
        ...(report === undefined ? {} : { report }),
        settled,
        interrupted: { signal: guard.interrupted, repaired },
        resumeCommand: resume,
        exitCode: guard.exitCode,
      };
    }
    for (const record of journal.pending())
      await journal.leave(record.id, options.leftBecause(report, record.id));
    return { ...(report === undefined ? {} : { report }), settled, resumeCommand: resume };
  } finally {
    guard.dispose();
  }
}

/** The cluster as records and commands name it: the Druid URL without credentials. */
export function clusterOf(druid: DruidConnectionSettings): string {
  return resolveConnection(druid).overlordUrl.href.replace(/\/+$/, '');
}
