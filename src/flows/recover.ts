/**
 * The recover flow: one operation an on-call engineer asked for, as a runbook.
 * - status / diagnose read (GETs only) and say what is wrong and what to do next;
 * - suspend, resume and handoff are idempotent and read back what Druid did;
 * - resync re-applies git's spec at HEAD with the deploy algorithm (drift refused unless
 *   `on-drift: overwrite`);
 * - reset, reset-offsets and terminate are refused unless a person started the run and confirmed it
 *   with the supervisor id; the where-it-stands table is printed before and after, with the data
 *   consequence in plain words.
 */
import { plural } from '../common/plural.js';
import { Timeline } from '../deploy/steps.js';
import type { SupervisorResult, TimelineEvent } from '../deploy/result.js';
import type { DeployContext, SuspensionJournal } from '../deploy/context.js';
import type { Clock } from '../common/clock.js';
import { DruidNotFoundError, type AuditContext } from '../druid/index.js';
import type { JsonObject } from '../common/json.js';
import { collectSecrets, redactStrings } from '../common/redact.js';
import { consequences } from '../health/consequences.js';
import { offsetTable, type OffsetTable } from '../health/offsets.js';
import { ALL, DESTRUCTIVE, READ_ONLY, refusal, type RecoverRequest } from '../health/operations.js';
import { specSettings } from '../spec/spec-settings.js';
import { deployTargets } from './deploy.js';
import { splitFiles } from './deploy-segments.js';
import { readSupervisors } from './recover-read.js';
import { attributeSuspensions } from './recover-suspensions.js';
import type { RunSuspension } from '../deploy/suspension-owner.js';
import { missingRow, supervisorRow, type SupervisorRow } from './recover-rows.js';
import { readDatasourceSegments, type GitSegments } from './recover-segments.js';
import { readDruidRelease, withRelease, type DruidRelease } from './druid-release.js';
import { applyRecoveryWrite, type Current, type WriteInput, type WriteOutcome } from './recover-writes.js';

type RecoverOutcome = 'read' | 'refused' | WriteOutcome;

export interface RecoverReport {
  request: Omit<RecoverRequest, 'confirm' | 'via'>;
  outcome: RecoverOutcome;
  /** One sentence: what happened. */
  message: string;
  /** status / diagnose: one row per supervisor; writes: the target as it was before. */
  rows: SupervisorRow[];
  /** Writes: what the operation does to the data (said before it runs, and when refused). */
  consequences: string[];
  before?: OffsetTable;
  after?: OffsetTable;
  timeline: TimelineEvent[];
  /** resync: the deploy's own result. */
  deploy?: SupervisorResult;
  /** Ids Druid knows, when the requested one is unknown (typos at 3 a.m.). */
  known?: string[];
  /** The audit headers writes carried. */
  audit?: AuditContext;
  /** The Druid release the operation followed (the cluster's, when it says). */
  release?: DruidRelease;
}

export interface RecoverInput extends WriteInput {
  clock: Clock;
  /** Suspensions druid-gitops runs on this machine recorded (the CLI's journal), for status and diagnose. */
  suspensions?: () => Promise<RunSuspension[]>;
  onDrift: 'fail' | 'overwrite';
  journal: SuspensionJournal;
  /** Aborted when the run is interrupted (Ctrl-C): resync starts no new step. */
  signal?: AbortSignal;
  maxParallel: number;
  sampleIntervalMs?: number;
  /** status / diagnose: read each status once, without the wait a lag trend needs. */
  oneSample?: boolean;
  /** What a read waits for, for progress on a terminal. */
  waitingFor?: (activity: string, wait?: string) => void;
  log(message: string): void;
}

export async function runRecover(input: RecoverInput): Promise<RecoverReport> {
  const secrets = new Set(input.client.secrets());
  // The cluster's own release decides what resync validates, compares and submits.
  const release = await readDruidRelease(input.client, input.config);
  const followed = { ...input, config: withRelease(input.config, release) };
  const report = { ...(await recover(followed, (spec) => collectSecrets(spec, secrets))), release };
  // Druid's errors and messages may echo a spec back: nothing leaves with a credential in it.
  return redactStrings(report, secrets);
}

async function recover(input: RecoverInput, learn: (spec: JsonObject) => void): Promise<RecoverReport> {
  const { request } = input;
  const { confirm: _confirm, via: _via, ...shown } = request;
  const report: RecoverReport = {
    request: shown,
    outcome: 'read',
    message: '',
    rows: [],
    consequences: [],
    timeline: [],
  };
  const refused = refusal(request);
  if (refused && request.supervisor === ALL) return { ...report, outcome: 'refused', message: refused };
  if (READ_ONLY.has(request.operation)) return read(input, report);

  const id = request.supervisor;
  const current = await readOne(input, id);
  if (current) learn(current.spec);
  if (!current && request.operation !== 'resync') return unknown(input, report, id);
  const settings = specSettings(current?.spec);
  const before = current && offsetTable(current.payload);
  const file =
    request.operation === 'terminate' || request.operation === 'resync'
      ? await gitFile(input, id)
      : undefined;
  if (file?.head) learn(file.head);
  Object.assign(report, {
    rows: current ? [supervisorRow({ id, spec: current.spec, samples: [current.sample] })] : [],
    consequences: consequences({
      operation: request.operation,
      settings,
      ...(before ? { before } : {}),
      ...(request.offsets ? { offsets: request.offsets } : {}),
      ...(file?.path ? { file: file.path } : {}),
    }),
    ...(before && DESTRUCTIVE.has(request.operation) ? { before } : {}),
  });
  if (refused) return { ...report, outcome: 'refused', message: refused };
  const unknownPartition =
    request.operation === 'reset-offsets' ? unknownPartitions(request, before) : undefined;
  if (unknownPartition) return { ...report, outcome: 'refused', message: unknownPartition };

  const context = recoverDeployContext(input);
  const timeline = new Timeline(context, id);
  report.timeline = timeline.events;
  report.audit = input.audit;
  try {
    const done = await applyRecoveryWrite(input, context, timeline, id, current, file);
    return { ...report, ...done };
  } catch (error) {
    return {
      ...report,
      outcome: 'failed',
      message: `${request.operation} failed: ${(error as Error).message}`,
    };
  }
}

async function readOne(input: RecoverInput, id: string): Promise<Current | undefined> {
  try {
    const spec = await input.client.getSupervisorSpec(id);
    const { payload } = await input.client.getSupervisorStatus(id);
    return { spec, payload, sample: { at: input.clock.now(), payload } };
  } catch (error) {
    if (error instanceof DruidNotFoundError) return undefined;
    throw error;
  }
}

async function read(input: RecoverInput, report: RecoverReport): Promise<RecoverReport> {
  const { request, client } = input;
  const ids =
    request.supervisor === ALL
      ? (await client.listSupervisorStates()).map((s) => s.id).sort()
      : [request.supervisor];
  const reads = await readSupervisors(ids, {
    client,
    clock: input.clock,
    full: request.operation === 'diagnose',
    maxParallel: input.maxParallel,
    ...(input.sampleIntervalMs === undefined ? {} : { sampleIntervalMs: input.sampleIntervalMs }),
    ...(input.oneSample ? { oneSample: true } : {}),
    ...(input.waitingFor ? { waitingFor: input.waitingFor } : {}),
  });
  if (input.suspensions) await attributeSuspensions(reads, await input.suspensions(), client);
  const specs = new Map(
    reads.flatMap((one) => (one.found && one.facts.spec ? [[one.id, one.facts.spec]] : [])),
  );
  const segments = await readDatasourceSegments(
    client,
    specs,
    input.config,
    await gitSegments(input),
    input.maxParallel,
  );
  const rows = reads.map((one) => {
    if (!one.found) return missingRow(one.id, one.error ?? 'Druid has no such supervisor');
    const shown = segments.get(one.id);
    return { ...supervisorRow(one.facts), ...(shown ? { segments: shown } : {}) };
  });
  if (request.supervisor !== ALL && reads[0] && !reads[0].found && !reads[0].error)
    return unknown(input, report, request.supervisor);
  const message =
    ids.length === 0
      ? 'Druid lists no supervisors these credentials may see.'
      : `Read ${plural(ids.length, 'supervisor')}; nothing on the cluster was changed.`;
  return { ...report, outcome: 'read', message, rows };
}

/** Git's retention and compaction files, when git can be read and names their folders. */
async function gitSegments(input: RecoverInput): Promise<GitSegments | undefined> {
  if (!input.git) return undefined;
  try {
    const git = await input.git();
    return git.segmentFolders ? { files: git.head, folders: git.segmentFolders } : undefined;
  } catch {
    return undefined;
  }
}

async function unknown(input: RecoverInput, report: RecoverReport, id: string): Promise<RecoverReport> {
  const known = await input.client.listSupervisorIds().catch(() => [] as string[]);
  return { ...report, outcome: 'failed', message: `Druid has no supervisor ${id}.`, known: known.sort() };
}

/** The deploy steps' context for a recovery (resync deploys git's spec; resume waits for health). */
export function recoverDeployContext(input: RecoverInput): DeployContext {
  return {
    client: input.client,
    clock: input.clock,
    druidVersion: input.config.druidVersion,
    audit: input.audit,
    onDrift: input.onDrift,
    prune: false,
    confirmed: new Set(),
    ...(input.healthTimeoutMs === undefined ? {} : { healthTimeoutMs: input.healthTimeoutMs }),
    journal: input.journal,
    ...(input.signal ? { signal: input.signal } : {}),
    log: input.log,
    ...(input.waitingFor ? { waitingFor: input.waitingFor } : {}),
  };
}

/** The git file for the supervisor, when git can be read (terminate mentions it; resync needs it). */
async function gitFile(
  input: RecoverInput,
  id: string,
): Promise<{ path: string; head?: JsonObject } | undefined> {
  if (!input.git) return undefined;
  try {
    const git = await input.git();
    const { targets } = deployTargets(splitFiles(git.head, git.segmentFolders).supervisors, [], input.config);
    const target = targets.find((candidate) => candidate.id === id);
    return target && { path: target.file, ...(target.head ? { head: target.head } : {}) };
  } catch {
    return undefined;
  }
}

/** reset-offsets naming a partition Druid does not report for this supervisor: a typo, refused. */
function unknownPartitions(request: RecoverRequest, before: OffsetTable | undefined): string | undefined {
  const known = new Set((before?.partitions ?? []).map((position) => position.partition));
  if (known.size === 0) return undefined;
  const strangers = Object.keys(request.offsets ?? {}).filter((partition) => !known.has(partition));
  return strangers.length === 0
    ? undefined
    : `Druid reports no partition ${strangers.join(', ')} for ${request.supervisor} (it has ${[...known].join(', ')}); nothing was changed.`;
}
