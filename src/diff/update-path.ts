/**
 * How an update reaches the cluster, decided before it happens, so the review can say it and the
 * deploy can take it. From 38.0.0 the Overlord classifies an update itself
 * (SeekableStreamSupervisorSpec.getActionOnUpdateTo, #19541): a spec that differs from the running
 * one only in an autoscaled ioConfig.taskCount is stored without restarting the supervisor or its
 * tasks; every other change restarts both (RESTART_SUPERVISOR_AND_TASKS; RESTART_SUPERVISOR alone
 * is never returned for stream supervisors). Before 38.0.0 every change restarts the supervisor.
 * Pure: it reads two specs in Druid's layout and the release.
 */
import { deepEqual, isPlainObject, type JsonObject } from '../common/json.js';
import { viewSupervisor } from '../spec/layout.js';
import { atLeast } from '../spec/model/version.js';
import { specComparison } from './compare.js';

export type UpdatePath =
  /** Submitted directly: Druid stores it without restarting (38.0.0+). */
  | { kind: 'in-place'; reason: string }
  /** Suspended, submitted, resumed and verified: Druid restarts the supervisor to apply it. */
  | { kind: 'restart'; reason: string };

export interface UpdatePathOptions {
  /** Whether the running supervisor's autoscaler is enabled (its count is carried over), when known. */
  runningAutoscaled?: boolean;
  /** The update also suspends or resumes the supervisor: a restart whatever else changes. */
  runStateChange?: 'suspend' | 'resume';
}

/** The option for an update that also suspends or resumes the supervisor (none when its state stays). */
export function runStateChange(
  wasSuspended: boolean,
  endsSuspended: boolean,
): Pick<UpdatePathOptions, 'runStateChange'> {
  if (wasSuspended === endsSuspended) return {};
  return { runStateChange: endsSuspended ? 'suspend' : 'resume' };
}

/** The path an update from `before` (what runs, or the base file) to `after` takes on `druidVersion`. */
export function updatePath(
  druidVersion: string,
  before: JsonObject,
  after: JsonObject,
  options: UpdatePathOptions = {},
): UpdatePath {
  const compare = specComparison(druidVersion);
  if (atLeast(druidVersion, '38.0.0') && deepEqual(compare.effective(before), compare.effective(after))) {
    const reason = `Druid ${druidVersion} applies this without restarting the supervisor or its tasks: only the autoscaled ioConfig.taskCount changes, which its update classification stores in place, and the running task count stays the autoscaler's.`;
    // In place only while the run state stays: a suspend or a resume is a restart anyway.
    return options.runStateChange
      ? {
          kind: 'restart',
          reason: `${reason} druid-gitops submits it directly (no suspend, no drain), reads it back and verifies. But the supervisor is also ${options.runStateChange === 'suspend' ? 'suspended' : 'resumed'}, so druid-gitops suspends, submits and resumes it as for any other change.`,
        }
      : {
          kind: 'in-place',
          reason: `${reason} druid-gitops submits it directly (no suspend, no drain), reads it back and verifies.`,
        };
  }
  const classified = atLeast(druidVersion, '38.0.0')
    ? `Druid ${druidVersion} restarts the supervisor and its tasks for this change (its update classification applies only an autoscaled taskCount in place)`
    : `Druid ${druidVersion} restarts the supervisor on every spec change`;
  return {
    kind: 'restart',
    reason: `${classified}, so druid-gitops suspends it first, waits until its tasks stop reading and publish what they read, submits the new spec, resumes and verifies it: new tasks start from the stored offsets, so no event is skipped or read twice.${autoscalerNote(druidVersion, after, options)}`,
  };
}

/** What a restart does to the autoscaler's task count on this release. */
function autoscalerNote(druidVersion: string, after: JsonObject, options: UpdatePathOptions): string {
  const scaler = viewSupervisor(after).ioConfig?.autoScalerConfig;
  if (!isPlainObject(scaler) || !autoscalerEnabled(after)) return '';
  const start = typeof scaler.taskCountStart === 'number' ? scaler.taskCountStart : undefined;
  const min = typeof scaler.taskCountMin === 'number' ? scaler.taskCountMin : undefined;
  if (!atLeast(druidVersion, '37.0.0'))
    return ` Druid ${druidVersion} starts an autoscaled supervisor at ${start === undefined ? `taskCountMin (${min ?? '?'})` : `taskCountStart (${start})`} whatever taskCount says, so the autoscaler's current count is reset and it scales again from there.`;
  if (start !== undefined)
    return ` The new spec starts at taskCountStart (${start}), as Druid does on every update of an autoscaled supervisor; the autoscaler scales from there.`;
  return options.runningAutoscaled === false
    ? ''
    : " druid-gitops submits the autoscaler's current task count with the new spec, so the restart keeps it.";
}

/** Whether a spec (as written or as Druid stores it) has its task autoscaler enabled. */
export function autoscalerEnabled(spec: JsonObject): boolean {
  const scaler = viewSupervisor(spec).ioConfig?.autoScalerConfig;
  if (!isPlainObject(scaler)) return false;
  const enabled = scaler.enableTaskAutoScaler;
  return enabled === true || (typeof enabled === 'string' && enabled.trim().toLowerCase() === 'true');
}
