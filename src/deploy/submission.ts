/**
 * The spec a deploy submits for git's spec, so that Druid runs what git means (pure):
 * - an enabled autoscaler's task count is Druid's: the running count goes with the new spec, so a
 *   restart does not reset it (37.0.0 and 38.0.0 start from a submitted taskCount unless
 *   taskCountStart is set; before 37.0.0 nothing can keep it). Only a taskCount git itself changed
 *   (`askedTaskCount`) is submitted as written.
 * - without an autoscaler, from 38.0.0 Druid carries a running taskCount over when the submitted
 *   spec leaves it out (SeekableStreamSupervisorSpec.merge, #19417); git's file then means
 *   Druid's default, 1, so that is written out.
 * And what Druid answered, in words for the timeline.
 */
import { isPlainObject, type JsonObject } from '../common/json.js';
import type { SubmitAnswer } from '../druid/payloads.js';
import { autoscalerEnabled } from '../diff/update-path.js';
import { canonicalLayout } from '../spec/layout.js';
import { atLeast } from '../spec/model/version.js';

export function submission(
  druidVersion: string,
  head: JsonObject,
  running: JsonObject | undefined,
  askedTaskCount?: number,
): JsonObject {
  const spec = structuredClone(canonicalLayout(head)) as JsonObject;
  const io = ioConfigOf(spec);
  if (!io) return spec;
  const runningCount = running ? ioConfigOf(canonicalLayout(running) as JsonObject)?.taskCount : undefined;
  if (autoscalerEnabled(spec)) {
    if (askedTaskCount !== undefined) io.taskCount = askedTaskCount;
    else if (running && autoscalerEnabled(running) && typeof runningCount === 'number')
      io.taskCount = runningCount;
  } else if (atLeast(druidVersion, '38.0.0') && (io.taskCount === undefined || io.taskCount === null)) {
    io.taskCount = 1;
  }
  return spec;
}

/** Druid's answer to a submit, for the timeline: what 38.0.0+ says, or that older releases say nothing. */
export function describeAnswer(answer: SubmitAnswer): string {
  if (answer.modified === undefined && answer.restarted === undefined)
    return 'Druid answered with the id only (before 38.0.0 it does not say whether it restarted)';
  const modified = answer.modified === false ? 'nothing changed' : 'spec stored';
  const restarted =
    answer.restarted === true ? 'supervisor and tasks restarted' : 'nothing restarted (applied in place)';
  return `Druid answered: ${modified}, ${restarted} (modified: ${String(answer.modified)}, restarted: ${String(answer.restarted)})`;
}

function ioConfigOf(spec: JsonObject): JsonObject | undefined {
  const inner = spec.spec;
  return isPlainObject(inner) && isPlainObject(inner.ioConfig) ? (inner.ioConfig as JsonObject) : undefined;
}
