/**
 * What Druid returns, as the client hands it out after checking its shape (schemas.ts). Fields
 * that only newer Druid versions send are optional; fields the flows rely on are required, so a
 * body without them fails at the client with the endpoint named, not later in a flow.
 */

import type { JsonObject } from '../common/json.js';

/**
 * A supervisor spec as Druid stores and re-serialises it (GET `/{id}`): every default filled in,
 * periods as `PT…S`, unknown keys dropped, plus deprecated top-level copies of `dataSchema`,
 * `ioConfig` and `tuningConfig`. Compare it with git only after normalising both sides.
 */
export type StoredSupervisorSpec = JsonObject & { type: string; suspended?: boolean };

/** The basic states (`state`); `detailedState` adds stream-specific ones. Future ones may appear. */
type SupervisorBasicState =
  'PENDING' | 'RUNNING' | 'IDLE' | 'SUSPENDED' | 'STOPPING' | 'UNHEALTHY_SUPERVISOR' | 'UNHEALTHY_TASKS';

// `string & {}` keeps editor completion for the known states while accepting new ones.
type SupervisorState = SupervisorBasicState | (string & {});

/** Partition → number. Keys are `"0"`, `"1"`… or `"<topic>:<partition>"` for topicPattern. */
export type PartitionMap = Record<string, number>;

/** GET `/{id}/status`. State, health and suspension live in `payload`, never at the top level. */
export interface SupervisorStatusReport {
  id: string;
  generationTime: string;
  payload: SupervisorStatusPayload;
}

export interface SupervisorStatusPayload {
  /** Druid 34.0+. */
  id?: string;
  dataSource: string;
  stream?: string;
  partitions?: number;
  replicas?: number;
  durationSeconds?: number;
  /** Empty when Druid omits it. */
  activeTasks: TaskReport[];
  publishingTasks: TaskReport[];
  latestOffsets?: PartitionMap;
  minimumLag?: PartitionMap;
  aggregateLag?: number;
  /** Kafka time lag, Druid 33.0+. */
  minimumLagMillis?: PartitionMap;
  aggregateLagMillis?: number;
  offsetsLastUpdated?: string;
  suspended: boolean;
  healthy: boolean;
  state: SupervisorState;
  detailedState: string;
  recentErrors: RecentError[];
}

interface TaskReport {
  id: string;
  type?: 'ACTIVE' | 'PUBLISHING' | 'UNKNOWN' | (string & {});
  startTime?: string | null;
  remainingSeconds?: number | null;
  startingOffsets?: PartitionMap;
  currentOffsets?: PartitionMap;
  lag?: PartitionMap;
  lagMillis?: PartitionMap;
}

export interface RecentError {
  timestamp: string;
  exceptionClass?: string;
  message?: string | null;
  streamException?: boolean;
}

/**
 * An item of GET `?state=true`. Druid fills that list's `suspended` only when `system` is also
 * asked for, and reports false otherwise; here it is true when Druid says so or the state is
 * `SUSPENDED`. For certainty read the spec (`listSupervisors` or `getSupervisorSpec`).
 */
export interface SupervisorStateSummary {
  id: string;
  dataSource?: string;
  state: SupervisorState;
  detailedState: string;
  healthy: boolean;
  suspended: boolean;
}

/** An item of GET `?full`: the state summary and the stored spec. */
export interface SupervisorSummary extends SupervisorStateSummary {
  /** From `spec.suspended`, which is authoritative (the list's own flag may be left false). */
  suspended: boolean;
  spec: StoredSupervisorSpec;
}

/** GET `/{id}/health`: 200 and 503 are both answers; `status` says which. */
export interface SupervisorHealth {
  healthy: boolean;
  status: 200 | 503;
}

/** GET `/{id}/stats`: task group id → task id → row statistics. */
export type SupervisorStats = Record<string, Record<string, TaskStats>>;

interface TaskStats {
  movingAverages?: JsonObject;
  totals?: JsonObject;
  [key: string]: unknown;
}

/** GET `/{id}/parseErrors`: Druid's ParseExceptionReport. */
export interface ParseErrorReport {
  input?: string | null;
  errorType?: string;
  details?: string[];
  timeOfExceptionMillis?: number;
  [key: string]: unknown;
}

/**
 * One version in a supervisor's history, newest first. `spec` is a tombstone
 * (`{"type":"NoopSupervisorSpec","id":null,…}`) where the supervisor was terminated.
 */
export interface SupervisorHistoryEntry {
  spec: StoredSupervisorSpec;
  /** ISO timestamp of the version. */
  version: string;
}

/**
 * suspend/resume: Druid's updated spec, or its "already …" answer taken as success. `message` is
 * Druid's (`[events] is already suspended`); an earlier attempt of the same call, retried after
 * a lost answer, may be what put the supervisor in that state.
 */
export type StateChangeResult =
  | { id: string; alreadyInState: false; spec: StoredSupervisorSpec }
  | { id: string; alreadyInState: true; message: string };

/**
 * POST `/druid/indexer/v1/supervisor`. Up to 37.0.0 Druid answers `{"id"}` only; from 38.0.0 also
 * whether it stored a changed spec (`modified`) and whether it restarted the supervisor and its
 * tasks to apply it (`restarted`; false: applied in place, or nothing changed) (#19349, #19541).
 */
export interface SubmitAnswer {
  id: string;
  modified?: boolean;
  restarted?: boolean;
}

/** Body of POST `/{id}/resetOffsets`: where each listed partition resumes reading. */
export interface ResetOffsets {
  /** The topic the supervisor reads; Druid refuses any other. */
  stream: string;
  partitionOffsetMap: PartitionMap;
}

/**
 * GET `/status` of the process behind the base URL (a Router reports its own): `version` is the
 * druid-server jar's Implementation-Version ("33.0.0", "38.0.0-SNAPSHOT", "unknown" without a
 * manifest), `modules` the loaded extensions.
 */
export interface DruidServerStatus {
  version: string;
  modules: JsonObject[];
  [key: string]: unknown;
}

/** A retention rule (`loadByPeriod`, `dropForever`, …), kept as Druid sends it. */
export type RetentionRule = JsonObject & { type: string };

export interface DataSourceCompactionConfig {
  dataSource: string;
  [key: string]: unknown;
}

/** GET `/druid/coordinator/v1/config/compaction`. */
export interface ClusterCompactionConfig {
  compactionConfigs: DataSourceCompactionConfig[];
  [key: string]: unknown;
}

/** Who changed a Coordinator config, as Druid's audit log keeps it (the `X-Druid-*` headers). */
interface AuditInfo {
  author: string;
  comment: string;
  identity?: string;
  ip?: string;
}

/**
 * One entry of GET `/druid/coordinator/v1/rules/{ds}/history`, newest first. `payload` is the rule
 * list as a JSON string (captured on 33.0). Druid writes no entry when a POST changes nothing.
 */
export interface RulesAuditEntry {
  key: string;
  auditInfo: AuditInfo;
  payload: string;
  auditTime: string;
  [key: string]: unknown;
}

/** One entry of GET `/druid/coordinator/v1/config/compaction/{ds}/history`, oldest first. */
export interface CompactionAuditEntry {
  /** null for the entry that records the config's removal. */
  compactionConfig: DataSourceCompactionConfig | null;
  auditInfo: AuditInfo;
  auditTime: string;
  [key: string]: unknown;
}

/** GET `/druid/coordinator/v1/metadata/datasources/{ds}`: the datasource's used segments. */
export interface DatasourceMetadata {
  name: string;
  properties?: JsonObject;
  segments: JsonObject[];
}

/** One row of the answer: parsed, unparseable, or both (a column that did not convert). */
export interface SampledRow {
  /** The raw columns the input format read (before flattening); absent when even that failed. */
  input?: JsonObject;
  /** `__time` in epoch milliseconds (truncated to the query granularity), then each column. */
  parsed?: JsonObject;
  unparseable?: boolean;
  /** Druid's parse error. It quotes the row's values: never show it unmasked without consent. */
  error?: string;
}

interface SamplerColumn {
  name: string;
  type: string;
}

/** Druid's `SamplerResponse`. */
export interface SamplerResponse {
  /** Rows read, parsed or not; rows the transform filter dropped are not counted. */
  numRowsRead: number;
  /** Rows added to the index without error, before rollup. */
  numRowsIndexed: number;
  logicalDimensions: SamplerColumn[];
  physicalDimensions: SamplerColumn[];
  logicalSegmentSchema: SamplerColumn[];
  /** In read order; rows rollup folded into an earlier one are left out. */
  data: SampledRow[];
}
