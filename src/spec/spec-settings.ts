/**
 * The settings of a stored spec that explain a supervisor's behaviour, with Druid's defaults where
 * the spec leaves them out. Stored specs come from Druid with every default filled in, so the
 * fallbacks only matter for specs read from elsewhere.
 */
import { periodToMillis } from './duration.js';
import { viewSupervisor } from './layout.js';
import { isPlainObject } from '../common/json.js';
import { redactSpec } from '../common/redact.js';

export interface SpecSettings {
  topic?: string;
  /** Redacted: URLs with credentials lose their passwords. */
  bootstrapServers?: string;
  taskCount: number;
  replicas: number;
  useEarliestOffset: boolean;
  resetOffsetAutomatically: boolean;
  completionTimeoutMs: number;
  /** 0 means "wait forever". */
  handoffConditionTimeoutMs: number;
  maxParseExceptions: number;
  maxSavedParseExceptions: number;
  lateMessageRejectionMs?: number;
  offsetFetchPeriodMs: number;
  periodMs: number;
}

const INTEGER_MAX = 2_147_483_647;

export function specSettings(spec: Record<string, unknown> | undefined): SpecSettings {
  const view = spec ? viewSupervisor(spec) : undefined;
  const io = view?.ioConfig ?? {};
  const tuning = view?.tuningConfig ?? {};
  const properties = isPlainObject(io.consumerProperties) ? redactSpec(io.consumerProperties) : {};
  const autoscaler =
    isPlainObject(io.autoScalerConfig) && io.autoScalerConfig.enableTaskAutoScaler === true
      ? io.autoScalerConfig
      : undefined;
  const taskCount = autoscaler
    ? number(autoscaler.taskCountStart, number(autoscaler.taskCountMin, 1))
    : number(io.taskCount, 1);
  const late = millis(io.lateMessageRejectionPeriod);
  const topic =
    typeof io.topic === 'string'
      ? io.topic
      : typeof io.topicPattern === 'string'
        ? io.topicPattern
        : undefined;
  const bootstrap = properties['bootstrap.servers'];
  return {
    ...(topic === undefined ? {} : { topic }),
    ...(typeof bootstrap === 'string' ? { bootstrapServers: bootstrap } : {}),
    taskCount,
    replicas: number(io.replicas, 1),
    useEarliestOffset: io.useEarliestOffset === true || io.useEarliestOffset === 'true',
    resetOffsetAutomatically:
      tuning.resetOffsetAutomatically === true || tuning.resetOffsetAutomatically === 'true',
    completionTimeoutMs: millis(io.completionTimeout) ?? 30 * 60_000,
    handoffConditionTimeoutMs:
      typeof tuning.handoffConditionTimeout === 'number' ? tuning.handoffConditionTimeout : 900_000,
    maxParseExceptions: reportsParseExceptions(tuning)
      ? 0
      : number(tuning.maxParseExceptions, INTEGER_MAX, true),
    maxSavedParseExceptions: number(tuning.maxSavedParseExceptions, 0, true),
    ...(late === undefined ? {} : { lateMessageRejectionMs: late }),
    offsetFetchPeriodMs: millis(tuning.offsetFetchPeriod) ?? 30_000,
    periodMs: millis(io.period) ?? 30_000,
  };
}

/** Druid's Integer.MAX_VALUE default: "no limit". */
export function unlimited(count: number): boolean {
  return count >= INTEGER_MAX;
}

function reportsParseExceptions(tuning: Record<string, unknown>): boolean {
  return tuning.reportParseExceptions === true || tuning.reportParseExceptions === 'true';
}

function number(value: unknown, fallback: number, zeroAllowed = false): number {
  const read = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  return typeof read === 'number' && Number.isFinite(read) && (read > 0 || (zeroAllowed && read === 0))
    ? read
    : fallback;
}

/** A Joda period or duration: an ISO string, or a bare number of milliseconds. */
function millis(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string') return periodToMillis(value.toUpperCase());
  return undefined;
}
