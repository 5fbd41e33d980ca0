/** What a deploy is asked to do and what it works with: the targets from git, the cluster, the clock. */
import type { AuditContext } from '../druid/audit.js';
import type { OverlordClient } from '../druid/overlord-client.js';
import type { JsonObject } from '../common/json.js';
import type { Clock } from '../common/clock.js';

/** One supervisor as git describes it at the deployed commit and the one before. */
export interface SupervisorTarget {
  id: string;
  /** The file at head (or at base, when it was deleted). */
  file: string;
  /** The spec at head in Druid's wrapped layout; absent when the file was deleted. */
  head?: JsonObject;
  /** The spec at the previous commit; absent for a new file. */
  base?: JsonObject;
  /** The file's text at the previous commit, for a rollback PR. */
  baseText?: string;
}

/**
 * Remembers supervisors this run suspended until they are settled, so that a cancelled or crashed
 * run can be repaired by the action's post step (docs/design.md, invariant 1).
 */
export interface SuspensionJournal {
  /**
   * Called before the suspend (or the suspended create). `seenAt` is the Overlord's time of the
   * run's last status read before it (the report's `generationTime`): what Druid's spec history is
   * compared with to tell a later suspension by a person from this one.
   */
  suspended(id: string, previousSpec: JsonObject | undefined, seenAt?: string): Promise<void>;
  settled(id: string): Promise<void>;
}

export interface DeployContext {
  client: OverlordClient;
  clock: Clock;
  druidVersion: string;
  audit: AuditContext;
  onDrift: 'fail' | 'overwrite';
  prune: boolean;
  /** Supervisor ids the user confirmed for destructive operations (`confirm`). */
  confirmed: ReadonlySet<string>;
  /** Overrides the health timeout derived from the spec (`health-timeout`). */
  healthTimeoutMs?: number;
  journal: SuspensionJournal;
  /** Aborted when the run is interrupted (Ctrl-C in the CLI): no new write or wait starts. */
  signal?: AbortSignal;
  /** A step as it happens; `supervisor` names whose step it is (the action groups the log by it). */
  log(message: string, supervisor?: string): void;
  /**
   * What a wait between steps waits for, as it changes (the CLI's progress line shows it); `wait`
   * names the wait, so a new description of it is not a new wait.
   */
  waitingFor?(activity: string, wait: string): void;
}
