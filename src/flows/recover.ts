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
import type { ProjectConfig } from '../config/config-file.js';
import { deploySupervisor } from '../deploy/deploy-supervisor.js';
import { pollUntil, resume, Timeline, waitForHealth } from '../deploy/steps.js';
import { deployTimings } from '../deploy/timing.js';
import type {
  Clock,
  DeployContext,
  SupervisorResult,
  SuspensionJournal,
  TimelineEvent,
} from '../deploy/types.js';
import { specComparison } from '../diff/compare.js';
import { DruidNotFoundError, type AuditContext, type OverlordClient } from '../druid/index.js';
import type { StoredSupervisorSpec, SupervisorStatusPayload } from '../druid/types.js';
import { consequences } from '../recover/consequences.js';
import { offsetTable, type OffsetTable } from '../recover/offsets.js';
import { ALL, DESTRUCTIVE, READ_ONLY, refusal, type RecoverRequest } from '../recover/operations.js';
import { specSettings } from '../recover/spec-settings.js';
import type { SourceFile } from '../spec/git-source.js';
import { deployTargets } from './deploy.js';
import { readSupervisors } from './recover-read.js';
import { missingRow, supervisorRow, type SupervisorRow } from './recover-rows.js';

export type RecoverOutcome = 'read' | 'done' | 'unchanged' | 'refused' | 'failed';

export interface RecoverReport {
  request: Omit<RecoverRequest, 'confirm'>;
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
}

/** Git at the commit the run is for, for resync. */
export interface GitAtHead {
  commit: string;
  head: readonly SourceFile[];
  /** The commit before, when available: tells a restored spec from an out-of-band change. */
  base: readonly SourceFile[];
}

export interface RecoverInput {
  request: RecoverRequest;
  client: OverlordClient;
  clock: Clock;
  /** Sent as Druid's audit headers with every write; the comment carries the reason. */
  audit: AuditContext;
  config: ProjectConfig;
  /** Loaded only for resync. */
  git?: () => Promise<GitAtHead>;
  onDrift: 'fail' | 'overwrite';
  healthTimeoutMs?: number;
  journal: SuspensionJournal;
  maxParallel: number;
  sampleIntervalMs?: number;
  log(message: string): void;
}

export async function runRecover(input: RecoverInput): Promise<RecoverReport> {
  const { request } = input;
  const { confirm: _confirm, ...shown } = request;
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
  if (!current && request.operation !== 'resync') return unknown(input, report, id);
  const settings = specSettings(current?.spec);
  const before = current && offsetTable(current.payload);
  const file =
    request.operation === 'terminate' || request.operation === 'resync'
      ? await gitFile(input, id)
      : undefined;
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

  const context = deployContext(input);
  const timeline = new Timeline(context, id);
  report.timeline = timeline.events;
  report.audit = input.audit;
  try {
    const done = await write(input, context, timeline, id, current, file);
    return { ...report, ...done };
  } catch (error) {
    return {
      ...report,
      outcome: 'failed',
      message: `${request.operation} failed: ${(error as Error).message}`,
    };
  }
}

interface Current {
  spec: StoredSupervisorSpec;
  payload: SupervisorStatusPayload;
  sample: { at: number; payload: SupervisorStatusPayload };
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
  });
  const rows = reads.map((one) =>
    one.found ? supervisorRow(one.facts) : missingRow(one.id, one.error ?? 'Druid has no such supervisor'),
  );
  if (request.supervisor !== ALL && reads[0] && !reads[0].found && !reads[0].error)
    return unknown(input, report, request.supervisor);
  const message =
    ids.length === 0
      ? 'Druid lists no supervisors these credentials may see.'
      : `Read ${ids.length} supervisor(s); nothing on the cluster was changed.`;
  return { ...report, outcome: 'read', message, rows };
}

async function unknown(input: RecoverInput, report: RecoverReport, id: string): Promise<RecoverReport> {
  const known = await input.client.listSupervisorIds().catch(() => [] as string[]);
  return { ...report, outcome: 'failed', message: `Druid has no supervisor ${id}.`, known: known.sort() };
}

function deployContext(input: RecoverInput): DeployContext {
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
    log: input.log,
  };
}

type Done = Pick<RecoverReport, 'outcome' | 'message'> & Partial<Pick<RecoverReport, 'after' | 'deploy'>>;

async function write(
  input: RecoverInput,
  context: DeployContext,
  timeline: Timeline,
  id: string,
  current: Current | undefined,
  file: { path: string } | undefined,
): Promise<Done> {
  const { client, audit, request } = input;
  const timings = deployTimings(current?.spec, input.healthTimeoutMs);
  switch (request.operation) {
    case 'suspend': {
      const result = await client.suspendSupervisor(id, { audit });
      timeline.add('suspend', result.alreadyInState ? 'was already suspended' : 'suspend requested');
      const seen = await pollUntil(
        id,
        context,
        timings,
        timings.suspendTimeoutMs,
        (p) => p.state === 'SUSPENDED' && p.activeTasks.length === 0,
      );
      timeline.add(
        'read back',
        `${seen.payload.state}, ${seen.payload.publishingTasks.length} task(s) publishing`,
      );
      if (!seen.done)
        return {
          outcome: 'failed',
          message: `Druid took the suspend but still reports ${seen.payload.state} with ${seen.payload.activeTasks.length} reading task(s).`,
        };
      return {
        outcome: result.alreadyInState ? 'unchanged' : 'done',
        message: result.alreadyInState
          ? `${id} was already suspended.`
          : `${id} is suspended; its tasks publish what they read.`,
      };
    }
    case 'resume': {
      if (current?.spec.suspended !== true) {
        timeline.add('resume', 'already running; nothing sent');
        return { outcome: 'unchanged', message: `${id} is already running.` };
      }
      const since = await resume(id, context, timeline);
      const { verdict } = await waitForHealth(id, current.spec, since, context, timings, timeline);
      return verdict.status === 'healthy'
        ? { outcome: 'done', message: `${id} is resumed and healthy: ${verdict.reason}.` }
        : {
            outcome: 'failed',
            message: `${id} is resumed but not healthy: ${verdict.reason}. Run diagnose.`,
          };
    }
    case 'resync':
      return resync(input, context, id, file);
    case 'handoff':
      return handoff(input, context, timeline, id, current as Current);
    case 'reset': {
      await client.resetSupervisor(id, { audit });
      timeline.add('reset', 'stored offsets deleted, reading tasks killed');
      return {
        outcome: 'done',
        message: `${id} was reset.`,
        after: await settle(context, timings, timeline, id),
      };
    }
    case 'reset-offsets': {
      const stream = current?.payload.stream ?? specSettings(current?.spec).topic ?? id;
      await client.resetSupervisorOffsets(
        id,
        { stream, partitionOffsetMap: request.offsets ?? {} },
        { audit },
      );
      timeline.add(
        'reset-offsets',
        `stored offsets of partition(s) ${Object.keys(request.offsets ?? {}).join(', ')} replaced`,
      );
      return {
        outcome: 'done',
        message: `${id}: offsets set.`,
        after: await settle(context, timings, timeline, id),
      };
    }
    case 'terminate': {
      await client.terminateSupervisor(id, { audit });
      const gone = await client.getSupervisorSpec(id).then(
        () => false,
        (error: unknown) => error instanceof DruidNotFoundError,
      );
      timeline.add(
        'terminate',
        gone ? 'terminated; Druid no longer lists it' : 'Druid answered, but still lists it',
      );
      if (!gone)
        return {
          outcome: 'failed',
          message: `Druid answered the terminate of ${id} but still has the supervisor.`,
        };
      return { outcome: 'done', message: `${id} is terminated; Druid keeps its stored offsets.` };
    }
    default:
      throw new Error(`${request.operation} is not a write`);
  }
}

/** After a reset: waits for new reading tasks (they show where reading starts now), within a bound. */
async function settle(
  context: DeployContext,
  timings: ReturnType<typeof deployTimings>,
  timeline: Timeline,
  id: string,
): Promise<OffsetTable> {
  const seen = await pollUntil(id, context, timings, timings.suspendTimeoutMs, (p) =>
    p.activeTasks.some((task) => Object.keys(task.startingOffsets ?? {}).length > 0),
  );
  timeline.add(
    'read back',
    seen.done
      ? `${seen.payload.activeTasks.length} new reading task(s)`
      : `no reading task yet after ${Math.round(timings.suspendTimeoutMs / 1000)} s (${seen.payload.state})`,
  );
  return offsetTable(seen.payload);
}

async function handoff(
  input: RecoverInput,
  context: DeployContext,
  timeline: Timeline,
  id: string,
  current: Current,
): Promise<Done> {
  const reading = current.payload.activeTasks.map((task) => task.id);
  if (reading.length === 0) {
    timeline.add('handoff', 'no reading task groups; nothing sent');
    return { outcome: 'unchanged', message: `${id} has no reading tasks to hand off.` };
  }
  const stats = await input.client.getSupervisorStats(id).catch(() => ({}));
  const groups = Object.keys(stats).map(Number).filter(Number.isInteger);
  const taskGroupIds = groups.length > 0 ? groups : [...Array(specSettings(current.spec).taskCount).keys()];
  await input.client.handoffTaskGroups(id, taskGroupIds, { audit: input.audit });
  timeline.add('handoff', `task group(s) ${taskGroupIds.join(', ')} asked to hand off`);
  const timings = deployTimings(current.spec, input.healthTimeoutMs);
  const seen = await pollUntil(
    id,
    context,
    timings,
    timings.suspendTimeoutMs,
    (p) => !p.activeTasks.some((task) => reading.includes(task.id)),
  );
  timeline.add(
    'read back',
    `${seen.payload.publishingTasks.length} publishing, ${seen.payload.activeTasks.length} reading`,
  );
  return seen.done
    ? {
        outcome: 'done',
        message: `${id}: ${reading.length} reading task(s) handed off; new tasks continue from their offsets.`,
      }
    : {
        outcome: 'failed',
        message: `${id}: Druid took the handoff, but the same tasks still read after ${Math.round(timings.suspendTimeoutMs / 1000)} s.`,
      };
}

async function resync(
  input: RecoverInput,
  context: DeployContext,
  id: string,
  file: { path: string } | undefined,
): Promise<Done> {
  if (!input.git) throw new Error('resync needs the git repository');
  const git = await input.git();
  const { targets, blocked } = deployTargets(git.head, git.base, input.config);
  const target = targets.find((candidate) => candidate.id === id && candidate.head);
  const invalid = blocked.find((result) => result.id === id);
  if (!target) {
    return invalid
      ? {
          outcome: 'failed',
          message: `git's spec for ${id} cannot be applied: ${invalid.message}`,
          deploy: invalid,
        }
      : {
          outcome: 'failed',
          message: `git has no spec for ${id} at ${git.commit.slice(0, 12)}${file ? '' : ' (looked in the supervisors folders)'}.`,
        };
  }
  const result = await deploySupervisor(target, context, specComparison(input.config.druidVersion));
  const outcome: RecoverOutcome =
    result.outcome === 'unchanged'
      ? 'unchanged'
      : ['applied', 'created'].includes(result.outcome)
        ? 'done'
        : 'failed';
  return { outcome, message: `resync from ${git.commit.slice(0, 12)}: ${result.message}`, deploy: result };
}

/** The git file for the supervisor, when git can be read (terminate mentions it; resync needs it). */
async function gitFile(input: RecoverInput, id: string): Promise<{ path: string } | undefined> {
  if (!input.git) return undefined;
  try {
    const git = await input.git();
    const { targets } = deployTargets(git.head, [], input.config);
    const target = targets.find((candidate) => candidate.id === id);
    return target && { path: target.file };
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
