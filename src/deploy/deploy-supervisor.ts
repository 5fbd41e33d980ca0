/**
 * Deploys one supervisor, as an operator would by hand: read what runs, decide, suspend, wait,
 * submit, resume, verify — else restore what ran before and say so. Every exit path after a
 * suspend either resumes a spec or reports the supervisor loudly (docs/design.md, invariant 1).
 */
import type { SpecComparison } from '../diff/compare.js';
import type { JsonObject } from '../common/json.js';
import { decideForTarget, desiredRunState } from './decide.js';
import { describeState } from '../health/health-verdict.js';
import {
  DeployInterrupted,
  readLive,
  resume,
  StepFailure,
  submitInPlace,
  submitSuspended,
  suspendAndDrain,
  Timeline,
  waitForHealth,
  type LiveSupervisor,
} from './steps.js';
import { deployTimings } from './timing.js';
import { deployEvidence } from './evidence.js';
import { submission } from './submission.js';
import { autoscalerEnabled, runStateChange, updatePath } from '../diff/update-path.js';
import type { SubmitAnswer } from '../druid/payloads.js';
import type { SupervisorResult } from './result.js';
import type { DeployContext, SupervisorTarget } from './context.js';

export async function deploySupervisor(
  target: SupervisorTarget,
  context: DeployContext,
  compare: SpecComparison,
): Promise<SupervisorResult> {
  const timeline = new Timeline(context, target.id);
  const result = (
    outcome: SupervisorResult['outcome'],
    message: string,
    extra: Partial<SupervisorResult> = {},
  ): SupervisorResult => ({
    id: target.id,
    file: target.file,
    outcome,
    message,
    timeline: timeline.events,
    ...deployEvidence(timeline.observations),
    ...extra,
  });

  let live: LiveSupervisor | undefined;
  try {
    live = await readLive(target.id, context.client);
  } catch (error) {
    // Git now says something the cluster does not run: that divergence gets an issue
    // (docs/design.md, invariant 2), though the supervisor itself was never touched.
    return result(
      'failed',
      `could not read the supervisor from Druid; nothing was changed: ${(error as Error).message}`,
      { manualSteps: unreadSteps(target.id) },
    );
  }
  if (live) timeline.observe(live.payload, live.seenAt);
  const lagBefore = live
    ? { aggregateLag: live.payload.aggregateLag, state: describeState(live.payload) }
    : undefined;
  timeline.add(
    'pre-flight',
    live
      ? `live: ${describeState(live.payload)}${live.spec.suspended ? ', suspended' : ''}`
      : 'not on the cluster',
  );

  const action = decideForTarget(target, live?.spec, compare, context);

  const desired = desiredRunState({
    head: target.head?.suspended === true,
    ...(target.base ? { base: target.base.suspended === true } : {}),
    ...(live ? { live: live.spec.suspended === true } : {}),
  });

  switch (action.kind) {
    case 'unchanged': {
      const liveState = live?.spec.suspended ? 'suspended' : 'running';
      if (live && liveState !== desired)
        return setRunState(target, live, desired, context, timeline, result, lagBefore);
      return result(
        'unchanged',
        live?.spec.suspended
          ? 'the cluster already runs this spec, suspended (left so)'
          : 'the cluster already runs this spec; nothing to do',
        { lagBefore },
      );
    }
    case 'drift':
      return result(
        'drift',
        'the live spec was changed outside git (it matches neither the previous nor the new file); not overwritten. Set on-drift: overwrite to replace it, or bring the file in line.',
        {
          lagBefore,
          drift: {
            outOfBand: compare.changes(target.base, live?.spec),
            wanted: compare.changes(live?.spec, target.head),
          },
        },
      );
    case 'gone':
      return result('skipped', 'the file was deleted and Druid has no such supervisor');
    case 'deleted-kept':
      return result(
        'skipped',
        'the file was deleted but the supervisor still runs on the cluster; set prune: true (and confirm the id) to terminate it',
        { lagBefore },
      );
    case 'prune-unconfirmed':
      return result(
        'skipped',
        `the file was deleted; prune is on, but terminating is destructive: re-run with confirm: ${target.id}`,
        { lagBefore },
      );
    case 'prune':
      return prune(target, context, timeline, result);
    case 'create':
      return create(target, target.head as JsonObject, desired, context, timeline, result);
    case 'update':
      if (action.overwritesDrift)
        timeline.add('drift', 'the live spec differs from git; overwriting it as on-drift: overwrite asks');
      return update(
        target,
        target.head as JsonObject,
        live as LiveSupervisor,
        desired,
        context,
        timeline,
        result,
        lagBefore,
        action.askedTaskCount,
      );
  }
}

type Result = (
  outcome: SupervisorResult['outcome'],
  message: string,
  extra?: Partial<SupervisorResult>,
) => SupervisorResult;

async function update(
  target: SupervisorTarget,
  head: JsonObject,
  live: LiveSupervisor,
  desired: 'suspended' | 'running',
  context: DeployContext,
  timeline: Timeline,
  result: Result,
  lagBefore: SupervisorResult['lagBefore'],
  askedTaskCount: number | undefined,
): Promise<SupervisorResult> {
  const previous = live.spec;
  const wasSuspended = previous.suspended === true;
  const keepSuspended = desired === 'suspended';
  const timings = deployTimings(head, context.healthTimeoutMs);
  const path = updatePath(context.druidVersion, previous, head, {
    runningAutoscaled: autoscalerEnabled(previous),
    ...runStateChange(wasSuspended, keepSuspended),
  });
  const submitted = submission(context.druidVersion, head, previous, askedTaskCount);
  timeline.add('path', path.reason);
  let droppedKeys: string[] = [];
  let answer: SubmitAnswer | undefined;
  const done = (message: string, extra: Partial<SupervisorResult> = {}): SupervisorResult =>
    result('applied', message, {
      lagBefore,
      droppedKeys,
      updatePath: path.kind,
      ...(answer ? { answer } : {}),
      ...extra,
    });
  await context.journal.suspended(target.id, previous, live.seenAt);
  try {
    if (path.kind === 'in-place') {
      // The release stores this without restarting anything: no suspend, no drain.
      ({ dropped: droppedKeys, answer } = await submitInPlace(
        target.id,
        submitted,
        wasSuspended,
        context,
        timeline,
      ));
      if (keepSuspended) {
        await context.journal.settled(target.id);
        return done('new spec stored in place; the supervisor stays suspended, as a person left it');
      }
      const since = context.clock.now();
      const { verdict, payload } = await waitForHealth(target.id, head, since, context, timings, timeline);
      if (verdict.status !== 'healthy') throw new StepFailure('verify', verdict.reason, payload, verdict);
      await context.journal.settled(target.id);
      return done(
        `new spec applied in place, ${answer.restarted === true ? 'but Druid restarted it' : 'nothing restarted'}: ${verdict.reason}`,
        { lagAfter: { aggregateLag: payload.aggregateLag, state: describeState(payload) } },
      );
    }
    if (!wasSuspended) await suspendAndDrain(target.id, context, timings, timeline);
    ({ dropped: droppedKeys, answer } = await submitSuspended(
      target.id,
      submitted,
      context,
      timeline,
      'new',
    ));
    if (keepSuspended) {
      await context.journal.settled(target.id);
      const why = head.suspended === true ? 'as git asks (suspended: true)' : 'as a person left it';
      return done(`new spec stored; the supervisor stays suspended, ${why}`);
    }
    const since = await resume(target.id, context, timeline);
    const { verdict, payload } = await waitForHealth(target.id, head, since, context, timings, timeline);
    if (verdict.status !== 'healthy') throw new StepFailure('verify', verdict.reason, payload, verdict);
    await context.journal.settled(target.id);
    return done(`new spec running (suspended, updated, resumed): ${verdict.reason}`, {
      lagAfter: { aggregateLag: payload.aggregateLag, state: describeState(payload) },
    });
  } catch (error) {
    if (error instanceof DeployInterrupted) throw error;
    return restore(target, previous, wasSuspended, error, context, timeline, result, {
      lagBefore,
      droppedKeys,
      updatePath: path.kind,
      ...(answer ? { answer } : {}),
    });
  }
}

/** Puts the previous spec back, the same way (suspended, resumed, verified), and reports either way. */
async function restore(
  target: SupervisorTarget,
  previous: JsonObject,
  previousSuspended: boolean,
  failure: unknown,
  context: DeployContext,
  timeline: Timeline,
  result: Result,
  extra: Partial<SupervisorResult>,
): Promise<SupervisorResult> {
  const diagnosis = diagnose(failure);
  timeline.add('failed', diagnosis.reason);
  const timings = deployTimings(previous, context.healthTimeoutMs);
  try {
    // Recorded again: Druid's history may now hold this run's own resume, which must not read as a person's.
    await recordAgain(target.id, previous, context, timeline);
    await submitSuspended(target.id, previous, context, timeline, 'previous');
    if (!previousSuspended) {
      const since = await resume(target.id, context, timeline);
      const { verdict, payload } = await waitForHealth(
        target.id,
        previous,
        since,
        context,
        timings,
        timeline,
      );
      if (verdict.status !== 'healthy')
        throw new StepFailure('verify previous', verdict.reason, payload, verdict);
    }
    await context.journal.settled(target.id);
    return result(
      'restored',
      `the new spec failed (${diagnosis.reason}); the previous spec was restored and is running again`,
      { ...extra, diagnosis, rollbackWanted: true },
    );
  } catch (restoreError) {
    if (restoreError instanceof DeployInterrupted) throw restoreError;
    const restoreDiagnosis = diagnose(restoreError);
    timeline.add('restore failed', `${restoreDiagnosis.state}: ${restoreDiagnosis.reason}`);
    return result(
      'restore-failed',
      `the new spec failed (${diagnosis.reason}) and restoring the previous spec failed too (${restoreDiagnosis.reason})`,
      {
        ...extra,
        diagnosis: {
          ...diagnosis,
          recentErrors: [...diagnosis.recentErrors, ...restoreDiagnosis.recentErrors],
        },
        manualSteps: manualSteps(target.id),
      },
    );
  }
}

async function create(
  target: SupervisorTarget,
  head: JsonObject,
  desired: 'suspended' | 'running',
  context: DeployContext,
  timeline: Timeline,
  result: Result,
): Promise<SupervisorResult> {
  const timings = deployTimings(head, context.healthTimeoutMs);
  await context.journal.suspended(target.id, undefined);
  let droppedKeys: string[] = [];
  try {
    ({ dropped: droppedKeys } = await submitSuspended(
      target.id,
      submission(context.druidVersion, head, undefined),
      context,
      timeline,
      'new',
    ));
    if (desired === 'suspended') {
      await context.journal.settled(target.id);
      return result(
        'created',
        'created suspended, as git asks (suspended: true); nothing reads until it is resumed',
        { droppedKeys },
      );
    }
    const since = await resume(target.id, context, timeline);
    const { verdict, payload } = await waitForHealth(target.id, head, since, context, timings, timeline);
    if (verdict.status !== 'healthy') throw new StepFailure('verify', verdict.reason, payload, verdict);
    await context.journal.settled(target.id);
    return result('created', `created and running: ${verdict.reason}`, {
      droppedKeys,
      lagAfter: { aggregateLag: payload.aggregateLag, state: describeState(payload) },
    });
  } catch (error) {
    if (error instanceof DeployInterrupted) throw error;
    const diagnosis = diagnose(error);
    timeline.add('failed', diagnosis.reason);
    // Never destroy data: a new supervisor that does not work is suspended and reported, not terminated.
    try {
      await recordAgain(target.id, undefined, context, timeline);
      await context.client.suspendSupervisor(target.id, { audit: context.audit });
      timeline.add('suspend', 'left suspended for a person to look at');
    } catch (suspendError) {
      timeline.add('suspend failed', (suspendError as Error).message);
    }
    return result(
      'left-suspended',
      `the new supervisor did not become healthy (${diagnosis.reason}); it is left suspended`,
      { droppedKeys, diagnosis, manualSteps: manualSteps(target.id) },
    );
  }
}

/** Same spec, other run state: git flipped `suspended`, so suspend or resume (and verify) only. */
async function setRunState(
  target: SupervisorTarget,
  live: LiveSupervisor,
  desired: 'suspended' | 'running',
  context: DeployContext,
  timeline: Timeline,
  result: Result,
  lagBefore: SupervisorResult['lagBefore'],
): Promise<SupervisorResult> {
  const timings = deployTimings(live.spec, context.healthTimeoutMs);
  try {
    if (desired === 'suspended') {
      await suspendAndDrain(target.id, context, timings, timeline);
      return result(
        'applied',
        'suspended, as git asks (suspended: true); Kafka lag grows until it is resumed',
        { lagBefore },
      );
    }
    const since = await resume(target.id, context, timeline);
    const { verdict, payload } = await waitForHealth(target.id, live.spec, since, context, timings, timeline);
    if (verdict.status !== 'healthy') throw new StepFailure('verify', verdict.reason, payload, verdict);
    return result('applied', `resumed, as git asks: ${verdict.reason}`, {
      lagBefore,
      lagAfter: { aggregateLag: payload.aggregateLag, state: describeState(payload) },
    });
  } catch (error) {
    if (error instanceof DeployInterrupted) throw error;
    // Suspending it again would only stop reading; the supervisor stays as Druid has it, reported.
    const diagnosis = diagnose(error);
    timeline.add('failed', diagnosis.reason);
    return result('failed', `changing the run state failed (${diagnosis.reason})`, {
      lagBefore,
      diagnosis,
      manualSteps: manualSteps(target.id),
    });
  }
}

async function prune(
  target: SupervisorTarget,
  context: DeployContext,
  timeline: Timeline,
  result: Result,
): Promise<SupervisorResult> {
  try {
    await context.client.terminateSupervisor(target.id, { audit: context.audit });
    timeline.add('terminate', 'terminated; tasks publish what they read, and Druid keeps the stored offsets');
    return result(
      'pruned',
      'terminated because its file was deleted (prune: true, confirmed); stored offsets are kept, so re-creating it continues where it stopped',
    );
  } catch (error) {
    return result('failed', `terminating failed: ${(error as Error).message}`);
  }
}

/** A journal that cannot be written must not stop a restore: the timeline says so instead. */
async function recordAgain(
  id: string,
  previous: JsonObject | undefined,
  context: DeployContext,
  timeline: Timeline,
): Promise<void> {
  await context.journal
    .suspended(id, previous, timeline.lastSeenAt)
    .catch((error: unknown) => timeline.add('journal', `not updated: ${(error as Error).message}`));
}

function diagnose(error: unknown): NonNullable<SupervisorResult['diagnosis']> {
  if (error instanceof StepFailure) {
    const state = error.payload ? describeState(error.payload) : error.step;
    const recentErrors =
      error.verdict && 'errors' in error.verdict ? error.verdict.errors : (error.payload?.recentErrors ?? []);
    return { state, reason: `${error.step}: ${error.message}`, recentErrors };
  }
  return { state: 'unknown', reason: (error as Error).message ?? String(error), recentErrors: [] };
}

/** For a supervisor the deploy could not even read: nothing changed, git is ahead of the cluster. */
function unreadSteps(id: string): string[] {
  return [
    `Nothing was changed on the cluster: ${id} still runs the spec it ran before this deploy, while git holds the new one.`,
    'Check that Druid answers at druid-url (the Overlord or a Router with its management proxy), then re-run the deploy job to apply the spec.',
  ];
}

/** What a person does for a supervisor the deploy could not bring to a known, running state. */
export function manualSteps(id: string): string[] {
  return [
    `Read the supervisor's state: GET /druid/indexer/v1/supervisor/${id}/status (or run the action with operation: diagnose, supervisor: ${id}).`,
    `If it is suspended, Kafka lag grows until retention deletes data: fix the cause, then resume it (operation: resume) or re-apply git's spec (operation: resync).`,
    `Do not reset the supervisor to make it healthy: a reset skips or re-reads data. Use reset only for offsets that no longer exist.`,
  ];
}
