/** The vocabulary of a deploy: what was asked, what happened, and when. */
import type { FieldChange } from '../diff/diff.js';
import type { AuditContext } from '../druid/audit.js';
import type { OverlordClient } from '../druid/overlord-client.js';
import type { RecentError } from '../druid/types.js';
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
 * run can be repaired by the action's post step (DESIGN invariant 1).
 */
export interface SuspensionJournal {
  suspended(id: string, previousSpec: JsonObject | undefined): Promise<void>;
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
  log(message: string): void;
}

export type DeployOutcome =
  | 'applied'
  | 'unchanged'
  | 'created'
  | 'drift'
  | 'restored'
  | 'restore-failed'
  | 'left-suspended'
  | 'pruned'
  | 'skipped'
  | 'failed';

export interface TimelineEvent {
  at: string;
  step: string;
  detail: string;
}

export interface LagReading {
  aggregateLag?: number;
  state: string;
}

export interface SupervisorResult {
  id: string;
  file: string;
  outcome: DeployOutcome;
  /** One sentence for the summary row. */
  message: string;
  timeline: TimelineEvent[];
  lagBefore?: LagReading;
  lagAfter?: LagReading;
  /** Keys in git that Druid did not keep in the stored spec (it drops unknown keys). */
  droppedKeys?: string[];
  /** For drift: what changed outside git (base → live) and what the head would change (live → head). */
  drift?: { outOfBand: FieldChange[]; wanted: FieldChange[] };
  /** For failures: what Druid said when it went wrong. */
  diagnosis?: { state: string; reason: string; recentErrors: RecentError[] };
  /** The head spec did not take; git should go back to the base file (rollback PR). */
  rollbackWanted?: boolean;
  /** What a person must do now, when the tool could not finish. */
  manualSteps?: string[];
  /**
   * Whether the deployed spec is the one the pull request's review comment showed: `differs` means
   * the merge brought something the review never saw (e.g. a change on the base branch).
   */
  reviewed?: 'as-reviewed' | 'differs' | 'not-reviewed';
  /** What the run opened on GitHub about this supervisor, or why it could not. */
  github?: { rollbackPullRequest?: string; issue?: string; error?: string };
}

/** The outcomes that leave a supervisor off its head spec: the run must fail (DESIGN contract). */
export const FAILING_OUTCOMES: ReadonlySet<DeployOutcome> = new Set([
  'drift',
  'restored',
  'restore-failed',
  'left-suspended',
  'failed',
]);
