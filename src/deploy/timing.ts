/**
 * How long each deploy step may take, derived from the supervisor's own settings and Druid's
 * Overlord defaults (REFERENCE §2.2): a real supervisor reaches RUNNING after `startDelay` plus
 * one run loop, and reaches its unhealthy states only after `unhealthinessThreshold` failed runs,
 * so waiting less than that would call a broken spec healthy. A failed run is not one `period`
 * long: against unreachable brokers each run blocks in the Kafka consumer for its
 * `default.api.timeout.ms` (60 s by default), which made a real Druid 33 take 185 s to report
 * UNHEALTHY_SUPERVISOR (test/fixtures/druid-real/FINDINGS.md, point 25).
 */
import { isPlainObject } from '../common/json.js';
import { periodToMillis } from '../spec/duration.js';

/** Druid's `druid.supervisor.unhealthinessThreshold` default; the Overlord may be configured otherwise. */
const DEFAULT_UNHEALTHINESS_THRESHOLD = 3;

export interface DeployTimings {
  /** From resume to a verdict on health. */
  healthTimeoutMs: number;
  /** How long the healthy picture must hold. */
  stableForMs: number;
  /** From suspend until no task is reading any more. */
  suspendTimeoutMs: number;
  /** After that, how long to wait for publishing tasks to hand off before going on without them. */
  drainTimeoutMs: number;
  /** First and longest pause between status reads. */
  pollMinMs: number;
  pollMaxMs: number;
}

const SECOND = 1000;

/** Timings for a spec (its ioConfig's startDelay and period), unless the user set a health timeout. */
export function deployTimings(
  spec: Record<string, unknown> | undefined,
  healthTimeoutMs?: number,
): DeployTimings {
  const ioConfig = ioConfigOf(spec);
  const startDelay = durationOf(ioConfig?.startDelay, 5 * SECOND);
  const period = durationOf(ioConfig?.period, 30 * SECOND);
  const failedRun = Math.max(period, consumerApiTimeout(ioConfig));
  const derived = startDelay + (DEFAULT_UNHEALTHINESS_THRESHOLD + 1) * failedRun + 60 * SECOND;
  return {
    healthTimeoutMs: healthTimeoutMs ?? derived,
    stableForMs: Math.max(period, 30 * SECOND),
    suspendTimeoutMs: 3 * period + 60 * SECOND,
    drainTimeoutMs: 120 * SECOND,
    pollMinMs: 2 * SECOND,
    pollMaxMs: Math.min(15 * SECOND, period),
  };
}

function ioConfigOf(spec: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
  const sections = isPlainObject(spec?.spec) ? spec.spec : spec;
  return isPlainObject(sections?.ioConfig) ? sections.ioConfig : undefined;
}

/** The Kafka consumer's `default.api.timeout.ms` (60 s unless consumerProperties set it). */
function consumerApiTimeout(ioConfig: Record<string, unknown> | undefined): number {
  const properties = isPlainObject(ioConfig?.consumerProperties) ? ioConfig.consumerProperties : {};
  const value = Number(properties['default.api.timeout.ms']);
  return Number.isFinite(value) && value > 0 ? value : 60 * SECOND;
}

function durationOf(value: unknown, fallback: number): number {
  if (typeof value === 'number' && value > 0) return value; // Druid reads a bare number as milliseconds
  if (typeof value === 'string') {
    const millis = periodToMillis(value);
    if (millis !== undefined && millis > 0) return millis;
  }
  return fallback;
}

/** Exponential pauses between status reads: fast at first, then no more often than needed. */
export function pollDelay(attempt: number, timings: DeployTimings): number {
  return Math.min(timings.pollMaxMs, timings.pollMinMs * 2 ** Math.min(attempt, 10));
}
