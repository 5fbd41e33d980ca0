/** What a deploy did with one supervisor: its outcome, what Druid said, and when each step happened. */
import type { FieldChange } from '../diff/spec-diff.js';
import type { RecentError, SubmitAnswer } from '../druid/payloads.js';
import type { OffsetContinuity } from '../health/continuity.js';

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

interface LagReading {
  aggregateLag?: number;
  state: string;
}

/** Druid's lag (records behind) at one status read of the deploy. */
export interface LagSample {
  at: string;
  lag: number;
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
  /**
   * Whether the tasks reading after the deploy start exactly where the tasks before stopped, per
   * partition; only when the deploy had the supervisor suspended.
   */
  continuity?: OffsetContinuity;
  /** Druid's lag at each status read of the deploy that reported one, oldest first (the lag chart). */
  lagSamples?: LagSample[];
  /** Keys in git that Druid did not keep in the stored spec (it drops unknown keys). */
  droppedKeys?: string[];
  /**
   * How an update was applied: `in-place` (submitted directly; the release applies it without a
   * restart) or `restart` (suspended, submitted, resumed and verified).
   */
  updatePath?: 'in-place' | 'restart';
  /** What Druid answered to the submit of the new spec (modified/restarted from 38.0.0). */
  answer?: SubmitAnswer;
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

/**
 * The outcomes that leave a supervisor off its head spec: the run must fail (docs/design.md, the
 * action's exit status).
 */
export const FAILING_OUTCOMES: ReadonlySet<DeployOutcome> = new Set([
  'drift',
  'restored',
  'restore-failed',
  'left-suspended',
  'failed',
]);
