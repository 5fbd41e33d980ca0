/**
 * Who left a supervisor suspended: a druid-gitops run that stopped before it settled it (killed,
 * a lost laptop), that run still at work, or a person. A pure decision over the run's record (its
 * journal, written before the suspend) and Druid's spec history. Druid records every suspend and
 * resume as a history version with its time but not who made it (SupervisorResource.specSuspend
 * audits nothing; real 33.0: FINDINGS 32), so the record says "druid-gitops suspended it", and the
 * history says whether anyone resumed it since: a version with `suspended: false` newer than the
 * run's last status read before its suspending write means the suspension now is someone else's.
 */
import type { SupervisorHistoryEntry } from '../druid/payloads.js';
import type { SuspensionRecord } from './repair.js';
import { isTombstone } from '../health/history.js';

/** A suspension a druid-gitops run recorded on this machine, with what is known of that run. */
export interface RunSuspension extends SuspensionRecord {
  /** The Overlord's time of the run's last status read before its suspending write. */
  seenAt?: string;
  run: { host: string; pid: number; command: string; alive: boolean };
  /** The run ended, not interrupted, with the supervisor still suspended, and said why. */
  left?: string;
}

export type SuspensionOwner =
  /** Not suspended any more: the record is stale. */
  | 'not-suspended'
  /** The run that suspended it is still running (another terminal): not ours to touch. */
  | 'run-in-progress'
  /** The recorded run suspended it and nobody resumed it since. */
  | 'druid-gitops'
  /** Resumed by someone after the run, and suspended again since: a person's choice. */
  | 'person';

export function suspensionOwner(input: {
  record: Pick<RunSuspension, 'seenAt' | 'run'>;
  suspended: boolean;
  /** Druid's spec history, newest first. */
  history: readonly SupervisorHistoryEntry[];
}): SuspensionOwner {
  if (!input.suspended) return 'not-suspended';
  if (input.record.run.alive) return 'run-in-progress';
  const since = input.record.seenAt === undefined ? undefined : Date.parse(input.record.seenAt);
  for (const version of input.history) {
    if (isTombstone(version)) break; // the supervisor before a terminate is another life
    if (since !== undefined && !(Date.parse(version.version) > since)) break;
    if (version.spec.suspended !== true) return 'person';
  }
  return 'druid-gitops';
}
