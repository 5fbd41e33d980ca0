/**
 * The steps of a deploy, each "do, then read back": after suspend, watch the state; after submit,
 * read the stored spec; after resume, watch the status until a health verdict. Nothing here
 * reports a state it did not observe. Every status read is kept on the timeline (offsets and lag
 * only), for the offset-continuity proof and the lag chart. An interrupted run (the context's
 * abort signal) starts no new write and no new wait.
 */
import { plural } from '../common/plural.js';
import type { OverlordClient } from '../druid/overlord-client.js';
import type { SubmitAnswer, SupervisorStatusPayload } from '../druid/payloads.js';
import type { JsonObject } from '../common/json.js';
import { DruidNotFoundError } from '../druid/errors.js';
import { canonicalLayout } from '../spec/layout.js';
import { collectKeyPaths } from '../spec/pointer.js';
import { specSettings } from '../spec/spec-settings.js';
import {
  describeState,
  evaluateHealth,
  expectedReadingTasks,
  type HealthVerdict,
  type StatusSample,
} from '../health/health-verdict.js';
import { observeStatus, type StatusObservation } from '../health/continuity.js';
import { pollDelay, type DeployTimings } from './timing.js';
import type { TimelineEvent } from './result.js';
import type { DeployContext } from './context.js';
import { describeAnswer } from './submission.js';

/** Appends timeline events with the deploy clock's time, and keeps what each status read showed. */
export class Timeline {
  readonly events: TimelineEvent[] = [];
  readonly observations: StatusObservation[] = [];
  /** The Overlord's time of the newest status read (`generationTime`). */
  lastSeenAt: string | undefined;
  constructor(
    private readonly context: Pick<DeployContext, 'clock' | 'log'>,
    private readonly id: string,
  ) {}
  add(step: string, detail: string): void {
    this.events.push({ at: new Date(this.context.clock.now()).toISOString(), step, detail });
    this.context.log(`${this.id}: ${step}: ${detail}`, this.id);
  }
  observe(payload: SupervisorStatusPayload, seenAt: string): void {
    this.observations.push(observeStatus(payload, this.context.clock.now()));
    this.lastSeenAt = seenAt;
  }
}

/** The run was interrupted (Ctrl-C): the step did not start; what was suspended is the caller's to repair. */
export class DeployInterrupted extends Error {
  constructor() {
    super('interrupted before it finished');
  }
}

/** Throws when the run was interrupted, so no new write or wait begins. */
function stopIfInterrupted(context: Pick<DeployContext, 'signal'>): void {
  if (context.signal?.aborted) throw new DeployInterrupted();
}

/** The clock's sleep, cut short (by a throw) when the run is interrupted. */
async function pause(context: Pick<DeployContext, 'clock' | 'signal'>, ms: number): Promise<void> {
  stopIfInterrupted(context);
  const { signal } = context;
  if (!signal) return context.clock.sleep(ms);
  let onAbort: () => void = () => {};
  const aborted = new Promise<void>((resolve) => {
    onAbort = resolve;
    signal.addEventListener('abort', onAbort, { once: true });
  });
  try {
    await Promise.race([context.clock.sleep(ms), aborted]);
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
  stopIfInterrupted(context);
}

export class StepFailure extends Error {
  constructor(
    readonly step: string,
    message: string,
    readonly payload?: SupervisorStatusPayload,
    readonly verdict?: HealthVerdict,
  ) {
    super(message);
  }
}

export interface LiveSupervisor {
  spec: JsonObject;
  payload: SupervisorStatusPayload;
  /** The Overlord's time of the status read (`generationTime`). */
  seenAt: string;
}

/** The supervisor as the cluster has it, or undefined when Druid does not know the id. */
export async function readLive(id: string, client: OverlordClient): Promise<LiveSupervisor | undefined> {
  try {
    const spec = await client.getSupervisorSpec(id);
    const status = await client.getSupervisorStatus(id);
    return { spec, payload: status.payload, seenAt: status.generationTime };
  } catch (error) {
    if (error instanceof DruidNotFoundError) return undefined;
    throw error;
  }
}

/**
 * Asks Druid to suspend, then watches until it reports SUSPENDED with no task reading, within the
 * suspend timeout. Says what it saw; the caller decides what a timeout means.
 */
export async function suspendAndWait(
  id: string,
  context: DeployContext,
  timings: DeployTimings,
  timeline: Timeline,
): Promise<{ alreadySuspended: boolean; done: boolean; payload: SupervisorStatusPayload }> {
  stopIfInterrupted(context);
  const result = await context.client.suspendSupervisor(id, { audit: context.audit });
  timeline.add('suspend', result.alreadyInState ? 'was already suspended' : 'suspend requested');
  const stopped = await pollUntil(
    id,
    context,
    timeline,
    timings,
    timings.suspendTimeoutMs,
    (payload) => payload.state === 'SUSPENDED' && payload.activeTasks.length === 0,
  );
  return { alreadySuspended: result.alreadyInState, ...stopped };
}

/** Suspends, waits until no task reads any more, then gives publishing tasks a bounded time to hand off. */
export async function suspendAndDrain(
  id: string,
  context: DeployContext,
  timings: DeployTimings,
  timeline: Timeline,
): Promise<void> {
  const stopped = await suspendAndWait(id, context, timings, timeline);
  if (!stopped.done) {
    throw new StepFailure(
      'suspend',
      `not suspended after ${seconds(timings.suspendTimeoutMs)}: ${describeState(stopped.payload)} with ${plural(stopped.payload.activeTasks.length, 'reading task')}`,
      stopped.payload,
    );
  }
  timeline.add(
    'suspended',
    `SUSPENDED, ${plural(stopped.payload.publishingTasks.length, 'task')} publishing`,
  );
  if (stopped.payload.publishingTasks.length === 0) return;
  const drained = await pollUntil(
    id,
    context,
    timeline,
    timings,
    timings.drainTimeoutMs,
    (payload) => payload.publishingTasks.length === 0,
  );
  timeline.add(
    'handoff',
    drained.done
      ? 'publishing tasks handed off'
      : `${plural(drained.payload.publishingTasks.length, 'task')} still publishing after ${seconds(timings.drainTimeoutMs)}; Druid keeps them running across the update`,
  );
}

/** What a submit came to: the keys Druid did not keep, and Druid's answer. */
export interface Submitted {
  dropped: string[];
  answer: SubmitAnswer;
}

/**
 * Submits a spec suspended (`suspended: true`, so nothing reads until it is resumed on purpose),
 * reads back what Druid stored, and returns the keys Druid did not keep and what Druid answered.
 */
export async function submitSuspended(
  id: string,
  spec: JsonObject,
  context: DeployContext,
  timeline: Timeline,
  what: string,
): Promise<Submitted> {
  const { answer, stored, dropped } = await submitAndReadBack(id, spec, true, context);
  if (stored.suspended !== true)
    throw new StepFailure('submit', `Druid stored the ${what} spec but not as suspended`);
  timeline.add(
    'submit',
    `${what} spec stored, suspended; ${describeAnswer(answer)}${dropped.length ? `; Druid dropped ${dropped.join(', ')}` : ''}`,
  );
  return { dropped, answer };
}

/**
 * Submits a spec as it runs (its `suspended` flag as Druid has it), for an update the release
 * applies in place, and reads back what Druid stored.
 */
export async function submitInPlace(
  id: string,
  spec: JsonObject,
  suspended: boolean,
  context: DeployContext,
  timeline: Timeline,
): Promise<Submitted> {
  const { answer, stored, dropped } = await submitAndReadBack(id, spec, suspended, context);
  if ((stored.suspended === true) !== suspended)
    throw new StepFailure('submit', `Druid stored the new spec ${suspended ? 'running' : 'suspended'}`);
  timeline.add(
    'submit',
    `new spec submitted in place, without a suspend; ${describeAnswer(answer)}${dropped.length ? `; Druid dropped ${dropped.join(', ')}` : ''}`,
  );
  return { dropped, answer };
}

/** POSTs the spec with the given run state, then reads back what Druid stored and what it dropped. */
async function submitAndReadBack(
  id: string,
  spec: JsonObject,
  suspended: boolean,
  context: DeployContext,
): Promise<{ answer: SubmitAnswer; stored: JsonObject; dropped: string[] }> {
  const submitted = { ...canonicalLayout(spec), suspended };
  stopIfInterrupted(context);
  // skipRestartIfUnmodified makes a retried POST a no-op (Druid 33+), so the client may retry it.
  const answer = await context.client.submitSupervisor(submitted, {
    audit: context.audit,
    skipRestartIfUnmodified: true,
  });
  const stored = await context.client.getSupervisorSpec(id);
  return { answer, stored, dropped: droppedKeys(submitted, stored) };
}

export async function resume(id: string, context: DeployContext, timeline: Timeline): Promise<number> {
  stopIfInterrupted(context);
  const result = await context.client.resumeSupervisor(id, { audit: context.audit });
  const stored = await context.client.getSupervisorSpec(id);
  if (stored.suspended === true)
    throw new StepFailure('resume', 'Druid answered the resume but the stored spec is still suspended');
  timeline.add('resume', result.alreadyInState ? 'was already running' : 'resumed');
  return context.clock.now();
}

/** Polls the status with backoff until the health verdict is no longer "waiting". */
export async function waitForHealth(
  id: string,
  spec: JsonObject,
  since: number,
  context: DeployContext,
  timings: DeployTimings,
  timeline: Timeline,
): Promise<{ verdict: HealthVerdict; payload: SupervisorStatusPayload }> {
  const { taskCount, replicas } = specSettings(spec);
  const samples: StatusSample[] = [];
  for (let attempt = 0; ; attempt++) {
    stopIfInterrupted(context);
    const payload = await readPayload(id, context, timeline);
    samples.push({ at: context.clock.now(), payload });
    if (samples.length > 50) samples.shift();
    const verdict = evaluateHealth(samples, {
      since,
      expectedTasks: expectedReadingTasks(taskCount, replicas, payload.partitions),
      stableForMs: timings.stableForMs,
      deadline: since + timings.healthTimeoutMs,
    });
    if (verdict.status !== 'waiting') {
      timeline.add('verify', `${verdict.status}: ${verdict.reason}`);
      return { verdict, payload };
    }
    context.waitingFor?.(`${id}: verify: ${verdict.reason}`, `${id}: verify`);
    await pause(context, pollDelay(attempt, timings));
  }
}

/** Reads the status with backoff until `done` holds or `timeoutMs` has passed; the last payload either way. */
export async function pollUntil(
  id: string,
  context: DeployContext,
  timeline: Timeline,
  timings: DeployTimings,
  timeoutMs: number,
  done: (payload: SupervisorStatusPayload) => boolean,
): Promise<{ done: boolean; payload: SupervisorStatusPayload }> {
  const deadline = context.clock.now() + timeoutMs;
  for (let attempt = 0; ; attempt++) {
    stopIfInterrupted(context);
    const payload = await readPayload(id, context, timeline);
    if (done(payload)) return { done: true, payload };
    if (context.clock.now() >= deadline) return { done: false, payload };
    await pause(context, pollDelay(attempt, timings));
  }
}

async function readPayload(
  id: string,
  context: DeployContext,
  timeline: Timeline,
): Promise<SupervisorStatusPayload> {
  const { payload, generationTime } = await context.client.getSupervisorStatus(id);
  timeline.observe(payload, generationTime);
  return payload;
}

/** Key paths present in what was submitted and absent from what Druid stored. */
function droppedKeys(submitted: JsonObject, stored: JsonObject): string[] {
  const kept = new Set(collectKeyPaths(canonicalLayout(stored)));
  return collectKeyPaths(submitted).filter((path) => !kept.has(path));
}

function seconds(ms: number): string {
  return `${Math.round(ms / 1000)} s`;
}
