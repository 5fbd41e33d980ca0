/**
 * What a diagnosis reads (facts gathered by the recover flow, each possibly unreadable) and what it
 * concludes: problems mapped to the failure modes operators meet, each ending with the next step.
 */
import type { StatusSample } from './health-verdict.js';
import type {
  DataSourceCompactionConfig,
  ParseErrorReport,
  RetentionRule,
  StoredSupervisorSpec,
  SupervisorHistoryEntry,
  SupervisorStats,
} from '../druid/payloads.js';
import type { RecoverOperation } from './operations.js';

export type { StatusSample };

/** A fact that may not have been readable (permissions, an old Druid, a Coordinator elsewhere). */
export type Read<T> = { ok: true; value: T } | { ok: false; error: string };

export interface SupervisorFacts {
  id: string;
  /** The stored spec (GET /{id}); its settings explain the state. */
  spec?: StoredSupervisorSpec;
  /** Status reads, oldest first: two of them give the lag trend. */
  samples: StatusSample[];
  parseErrors?: Read<ParseErrorReport[]>;
  stats?: Read<SupervisorStats>;
  history?: Read<SupervisorHistoryEntry[]>;
  /** The datasource's own retention rules, and the rules that apply (own, then the cluster default). */
  retention?: Read<{ own: RetentionRule[]; effective: RetentionRule[] }>;
  /** The datasource's auto-compaction config; null when it has none. */
  compaction?: Read<DataSourceCompactionConfig | null>;
  /**
   * A druid-gitops run on this machine suspended it and did not bring it back (the CLI's journal,
   * checked against Druid's history): Druid itself records when, not who.
   */
  suspendedBy?: SuspendedBy;
}

export interface SuspendedBy {
  /** The run that suspended it still runs (another terminal), or it stopped without finishing. */
  running: boolean;
  /** When the run recorded the suspend (ISO). */
  at: string;
  run: { command: string; pid: number; host: string };
  /** The run ended, not interrupted, with the supervisor still suspended, and said why. */
  left?: string;
}

type ProblemSeverity = 'critical' | 'warning' | 'notice';
export type DiagnosisSeverity = ProblemSeverity | 'ok';

/** The failure modes the diagnosis knows (docs/recovery.md describes each). */
type FailureMode =
  | 'offsets-out-of-range'
  | 'cannot-reach-stream'
  | 'lost-contact-with-stream'
  | 'unhealthy-supervisor'
  | 'unhealthy-tasks'
  | 'parse-exceptions'
  | 'stalled-handoff'
  | 'lag-growing'
  | 'missing-tasks'
  | 'suspended'
  | 'starting'
  | 'retention-drops-new-data'
  | 'no-retention-rules'
  | 'no-auto-compaction'
  | 'compaction-overlaps-ingestion';

/** What to do next: one of the action's operations when one is right, else what a person must do. */
export interface NextStep {
  operation?: RecoverOperation;
  /** A few words for the table: "resume", "fix Kafka; no reset". */
  short: string;
  /** One or two sentences, plain words. */
  text: string;
}

export interface Problem {
  mode: FailureMode;
  severity: ProblemSeverity;
  /** A short name for the table: "offsets out of range". */
  title: string;
  /** What was observed, one fact per line. */
  evidence: string[];
  next: NextStep;
}

export interface LagTrend {
  /** Records behind (Druid's aggregateLag) in the first and last sample, when Druid reports lag. */
  first?: number;
  last?: number;
  /** Change in records per second between the samples. */
  perSecond?: number;
  /** Seconds between the samples. */
  seconds: number;
  direction: 'growing' | 'shrinking' | 'steady' | 'unknown';
  /** Why there is no trend (one sample, no reading tasks, Druid did not refresh its offsets). */
  reason?: string;
  /** Growth of the topic (records per second over all partitions), when Druid reports its end offsets. */
  streamPerSecond?: number;
  /** The largest time lag Druid reports (Kafka, `emitTimeLagMetrics`). */
  timeLagMs?: number;
}

export interface Diagnosis {
  id: string;
  severity: DiagnosisSeverity;
  /** One line for the table. */
  summary: string;
  /** Most severe first. */
  problems: Problem[];
  /** The next step of the most severe problem, or "nothing to do". */
  next: NextStep;
  lag: LagTrend;
  /** Facts worth seeing even when they are fine (retention, compaction, history). */
  notes: string[];
}
