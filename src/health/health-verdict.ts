/**
 * Is a resumed supervisor healthy? A pure verdict over the status samples read so far, so the
 * deploy flow only polls and this module decides. Druid reaches RUNNING only after a successful
 * run loop, and reaches its unhealthy states only after `unhealthinessThreshold` failed runs, so a
 * verdict needs time: healthy means RUNNING, Druid's own healthy flag, the expected tasks reading,
 * no error since the resume, and all of that holding over a stability window.
 */
import { plural } from '../common/plural.js';
import type { RecentError, SupervisorStatusPayload } from '../druid/payloads.js';

export interface StatusSample {
  /** When the sample was read (ms since epoch). */
  at: number;
  payload: SupervisorStatusPayload;
}

export interface HealthExpectation {
  /** When the supervisor was resumed (ms); errors before it are history. */
  since: number;
  /** Reading tasks Druid should run: min(taskCount, partitions) × replicas. */
  expectedTasks: number;
  /** How long the healthy picture must hold before it counts (ms). */
  stableForMs: number;
  /** When to give up waiting (ms). */
  deadline: number;
}

export type HealthVerdict =
  | { status: 'healthy'; reason: string }
  | { status: 'unhealthy'; reason: string; errors: RecentError[] }
  | { status: 'waiting'; reason: string }
  | { status: 'timed-out'; reason: string; errors: RecentError[] };

/** The states Druid reports once it has given up on the supervisor or its tasks. */
const UNHEALTHY_STATES = new Set(['UNHEALTHY_SUPERVISOR', 'UNHEALTHY_TASKS']);
const UNHEALTHY_DETAILS = new Set(['UNABLE_TO_CONNECT_TO_STREAM', 'LOST_CONTACT_WITH_STREAM']);

export function evaluateHealth(
  samples: readonly StatusSample[],
  expectation: HealthExpectation,
): HealthVerdict {
  const latest = samples.at(-1);
  if (!latest) return { status: 'waiting', reason: 'no status read yet' };
  const payload = latest.payload;
  const errors = errorsSince(payload, expectation.since);

  if (UNHEALTHY_STATES.has(payload.state) || UNHEALTHY_DETAILS.has(payload.detailedState)) {
    return { status: 'unhealthy', reason: `Druid reports ${describeState(payload)}`, errors };
  }
  const problem = notYetHealthy(payload, expectation, errors);
  if (problem) {
    if (latest.at >= expectation.deadline) {
      return { status: 'timed-out', reason: `still ${problem} when the health timeout ran out`, errors };
    }
    return { status: 'waiting', reason: problem };
  }
  const healthySince = startOfHealthyRun(samples, expectation);
  if (latest.at - healthySince >= expectation.stableForMs) {
    return {
      status: 'healthy',
      reason: `RUNNING and healthy with ${plural(payload.activeTasks.length, 'reading task')} for ${Math.round((latest.at - healthySince) / 1000)} s`,
    };
  }
  if (latest.at >= expectation.deadline) {
    return {
      status: 'timed-out',
      reason: 'healthy, but not yet for the whole stability window when the health timeout ran out',
      errors,
    };
  }
  return {
    status: 'waiting',
    reason: `healthy for ${Math.round((latest.at - healthySince) / 1000)} s of the ${Math.round(expectation.stableForMs / 1000)} s it must hold`,
  };
}

/** Why the payload is not (yet) the healthy picture, or undefined when it is. */
function notYetHealthy(
  payload: SupervisorStatusPayload,
  expectation: HealthExpectation,
  errors: RecentError[],
): string | undefined {
  if (payload.state !== 'RUNNING') return `in ${describeState(payload)}`;
  if (!payload.healthy) return 'RUNNING but not healthy';
  if (payload.detailedState !== 'RUNNING') return `starting (${payload.detailedState})`;
  if (payload.activeTasks.length < expectation.expectedTasks) {
    return `RUNNING with ${payload.activeTasks.length} of ${plural(expectation.expectedTasks, 'reading task')}`;
  }
  if (errors.length > 0)
    return `RUNNING but with ${plural(errors.length, 'new error')}: ${errors.at(-1)?.message ?? errors.at(-1)?.exceptionClass ?? ''}`;
  return undefined;
}

function startOfHealthyRun(samples: readonly StatusSample[], expectation: HealthExpectation): number {
  let start = samples.at(-1)?.at ?? 0;
  for (let index = samples.length - 1; index >= 0; index--) {
    const sample = samples[index] as StatusSample;
    if (notYetHealthy(sample.payload, expectation, errorsSince(sample.payload, expectation.since))) break;
    start = sample.at;
  }
  return start;
}

function errorsSince(payload: SupervisorStatusPayload, since: number): RecentError[] {
  return payload.recentErrors.filter((error) => Date.parse(error.timestamp) >= since);
}

export function describeState(payload: Pick<SupervisorStatusPayload, 'state' | 'detailedState'>): string {
  return payload.detailedState && payload.detailedState !== payload.state
    ? `${payload.state} (${payload.detailedState})`
    : payload.state;
}

/** Reading tasks Druid runs for a spec: one task group per partition at most, each `replicas` times. */
export function expectedReadingTasks(
  taskCount: number,
  replicas: number,
  partitions: number | undefined,
): number {
  const groups = partitions === undefined || partitions === 0 ? taskCount : Math.min(taskCount, partitions);
  return groups * replicas;
}
