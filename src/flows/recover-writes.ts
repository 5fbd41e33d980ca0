/**
 * The writes of the recover flow, each "do, then read back": suspend until SUSPENDED, resume until
 * healthy, handoff until the reading tasks moved on, reset and reset-offsets until new tasks show
 * where reading starts now, terminate until Druid no longer has it, resync through the deploy.
 */
import { plural } from '../common/plural.js';
import { deploySupervisor } from '../deploy/deploy-supervisor.js';
import { pollUntil, resume, suspendAndWait, waitForHealth, type Timeline } from '../deploy/steps.js';
import { deployTimings } from '../deploy/timing.js';
import type { DeployContext } from '../deploy/context.js';
import { specComparison } from '../diff/compare.js';
import { DruidNotFoundError } from '../druid/index.js';
import type { StoredSupervisorSpec, SupervisorStatusPayload } from '../druid/payloads.js';
import { offsetTable, type OffsetTable } from '../health/offsets.js';
import { specSettings } from '../spec/spec-settings.js';
import { deployTargets, withSecrets } from './deploy.js';
import type { SecretLookup } from '../spec/secret-references.js';
import { splitFiles } from './deploy-segments.js';
import type { ProjectConfig } from '../config/config-file.js';
import type { AuditContext, OverlordClient } from '../druid/index.js';
import type { RecoverRequest } from '../health/operations.js';
import type { SourceFile } from '../spec/git-source.js';
import type { SegmentFolders } from '../spec/segment-files.js';
import type { SupervisorResult } from '../deploy/result.js';

/** The supervisor as the run found it. */
export interface Current {
  spec: StoredSupervisorSpec;
  payload: SupervisorStatusPayload;
  sample: { at: number; payload: SupervisorStatusPayload };
}

/** Git at the commit the run is for, for resync. */
export interface GitAtHead {
  commit: string;
  head: readonly SourceFile[];
  /** The commit before, when available: tells a restored spec from an out-of-band change. */
  base: readonly SourceFile[];
  /** Where retention and compaction files are; their files are among `head` and `base`. */
  segmentFolders?: SegmentFolders;
}

/** What the writes read of the recover flow's input. */
export interface WriteInput {
  request: RecoverRequest;
  client: OverlordClient;
  /** Sent as Druid's audit headers with every write; the comment carries the reason. */
  audit: AuditContext;
  config: ProjectConfig;
  /** Loaded only for resync. */
  git?: () => Promise<GitAtHead>;
  /** resync: where `${env:NAME}` credentials in git's spec get their values. */
  secrets?: SecretLookup;
  healthTimeoutMs?: number;
}

export type WriteOutcome = 'done' | 'unchanged' | 'failed';

/** What a write did: its outcome and sentence, and what it read back. */
interface Done {
  outcome: WriteOutcome;
  message: string;
  after?: OffsetTable;
  /** resync: the deploy's own result. */
  deploy?: SupervisorResult;
}

export async function applyRecoveryWrite(
  input: WriteInput,
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
      const seen = await suspendAndWait(id, context, timings, timeline);
      timeline.add(
        'read back',
        `${seen.payload.state}, ${plural(seen.payload.publishingTasks.length, 'task')} publishing`,
      );
      if (!seen.done)
        return {
          outcome: 'failed',
          message: `Druid took the suspend but still reports ${seen.payload.state} with ${plural(seen.payload.activeTasks.length, 'reading task')}.`,
        };
      return {
        outcome: seen.alreadySuspended ? 'unchanged' : 'done',
        message: seen.alreadySuspended
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
      if (isSuspended(current)) return whileSuspended(timeline, id, `${id} was reset`);
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
        `stored offsets of ${Object.keys(request.offsets ?? {}).length === 1 ? 'partition' : 'partitions'} ${Object.keys(request.offsets ?? {}).join(', ')} replaced`,
      );
      if (isSuspended(current)) return whileSuspended(timeline, id, `${id}: offsets set`);
      const after = await settle(context, timings, timeline, id);
      return { ...confirmOffsets(id, request.offsets ?? {}, after, timeline), after };
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

function isSuspended(current: Current | undefined): boolean {
  return current?.payload.suspended === true || current?.spec.suspended === true;
}

/**
 * A suspended supervisor starts no task, and Druid shows stored offsets only through the tasks
 * that start from them: nothing to wait for, and nothing to confirm until it is resumed.
 */
function whileSuspended(timeline: Timeline, id: string, what: string): Done {
  timeline.add('read back', 'suspended: no task starts, so Druid cannot show the new offsets yet');
  return {
    outcome: 'done',
    message: `${what}; it stays suspended, and no task reads until it is resumed. Druid shows stored offsets only through the tasks that start from them: after \`druid-gitops resume ${id}\`, \`druid-gitops status ${id}\` shows where each partition starts.`,
  };
}

/** The new tasks' start per asked partition: the one public confirmation of the stored offsets. */
function confirmOffsets(
  id: string,
  asked: Record<string, number>,
  after: OffsetTable,
  timeline: Timeline,
): Pick<Done, 'outcome' | 'message'> {
  const start = new Map(after.partitions.map((position) => [position.partition, position.taskStart]));
  const unseen = Object.keys(asked).filter((partition) => start.get(partition) === undefined);
  const wrong = Object.entries(asked).filter(([partition, offset]) => {
    const seen = start.get(partition);
    return seen !== undefined && seen !== offset;
  });
  if (wrong.length > 0) {
    const list = wrong.map(
      ([partition, offset]) => `partition ${partition} at ${start.get(partition)}, not ${offset}`,
    );
    timeline.add('confirm', `new tasks start ${list.join('; ')}`);
    return { outcome: 'failed', message: `${id}: Druid's new tasks start ${list.join('; ')}. Run diagnose.` };
  }
  if (unseen.length > 0) {
    timeline.add(
      'confirm',
      `no task reads ${unseen.length === 1 ? 'partition' : 'partitions'} ${unseen.join(', ')} yet`,
    );
    return {
      outcome: 'done',
      message: `${id}: offsets set; confirmed where a task reads (${plural(unseen.length, 'partition')} not read yet: \`druid-gitops status ${id}\` shows them once tasks start).`,
    };
  }
  timeline.add('confirm', 'new tasks start every asked partition at its new offset');
  return {
    outcome: 'done',
    message: `${id}: offsets set, and the new tasks start every asked partition there.`,
  };
}

/** After a reset: waits for new reading tasks (they show where reading starts now), within a bound. */
async function settle(
  context: DeployContext,
  timings: ReturnType<typeof deployTimings>,
  timeline: Timeline,
  id: string,
): Promise<OffsetTable> {
  const seen = await pollUntil(id, context, timeline, timings, timings.suspendTimeoutMs, (p) =>
    p.activeTasks.some((task) => Object.keys(task.startingOffsets ?? {}).length > 0),
  );
  timeline.add(
    'read back',
    seen.done
      ? plural(seen.payload.activeTasks.length, 'new reading task')
      : `no reading task yet after ${Math.round(timings.suspendTimeoutMs / 1000)} s (${seen.payload.state})`,
  );
  if (seen.done && !seen.payload.healthy)
    timeline.add(
      'note',
      'Druid keeps reporting it unhealthy until 3 runs in a row succeed (healthinessThreshold)',
    );
  return offsetTable(seen.payload);
}

async function handoff(
  input: WriteInput,
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
  timeline.add(
    'handoff',
    `${taskGroupIds.length === 1 ? 'task group' : 'task groups'} ${taskGroupIds.join(', ')} asked to hand off`,
  );
  const timings = deployTimings(current.spec, input.healthTimeoutMs);
  const seen = await pollUntil(
    id,
    context,
    timeline,
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
        message: `${id}: ${plural(reading.length, 'reading task')} handed off; new tasks continue from their offsets.`,
      }
    : {
        outcome: 'failed',
        message: `${id}: Druid took the handoff, but the same tasks still read after ${Math.round(timings.suspendTimeoutMs / 1000)} s.`,
      };
}

async function resync(
  input: WriteInput,
  context: DeployContext,
  id: string,
  file: { path: string } | undefined,
): Promise<Done> {
  if (!input.git) throw new Error('resync needs the git repository');
  const git = await input.git();
  const { targets, blocked } = withSecrets(
    deployTargets(
      splitFiles(git.head, git.segmentFolders).supervisors,
      splitFiles(git.base, git.segmentFolders).supervisors,
      input.config,
    ),
    input.secrets,
  );
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
  const outcome: WriteOutcome =
    result.outcome === 'unchanged'
      ? 'unchanged'
      : ['applied', 'created'].includes(result.outcome)
        ? 'done'
        : 'failed';
  return { outcome, message: `resync from ${git.commit.slice(0, 12)}: ${result.message}`, deploy: result };
}
