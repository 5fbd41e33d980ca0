/**
 * Reading spec values the way Druid does, for guardrails: Jackson coerces "true" and "5000", Joda
 * takes periods as ISO strings or milliseconds, Kafka parses its properties from strings. A value
 * Druid would refuse reads as undefined: validation reports it, guardrails stay quiet about it.
 */
import { periodToMillis } from '../spec/duration.js';
import { isPlainObject } from '../common/json.js';
import { join } from '../spec/pointer.js';
import type { SupervisorView } from '../spec/layout.js';
import type { LiveFacts } from './guardrail.js';

export function readBoolean(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (value === 'true' || value === 'false') return value === 'true';
  return undefined;
}

export function readNumber(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value)) return Number(value);
  return undefined;
}

// Specs repeat a handful of periods ("PT1H", "PT30M"); parsing each once keeps 1,000 specs cheap.
const periods = new Map<string, number | undefined>();

function periodMillis(text: string): number | undefined {
  if (!periods.has(text)) {
    if (periods.size > 1000) periods.clear();
    periods.set(text, periodToMillis(text));
  }
  return periods.get(text);
}

/** A Joda period field: an ISO string, or a bare number of milliseconds. */
export function readDurationMs(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string') return periodMillis(value);
  return undefined;
}

/** A field of a section, with its pointer in the file and the value Druid would use. */
export interface Setting<T> {
  pointer: string;
  /** Undefined when the file does not write the field. */
  written: unknown;
  value: T | undefined;
}

/** The pointer is built only when a finding asks for it: most checks find nothing. */
class FieldSetting<T> implements Setting<T> {
  constructor(
    private readonly view: SupervisorView,
    private readonly name: 'ioConfig' | 'tuningConfig',
    private readonly key: string,
    readonly written: unknown,
    readonly value: T | undefined,
  ) {}

  get pointer(): string {
    return join(section(this.view, this.name), this.key);
  }
}

export function section(view: SupervisorView, name: 'ioConfig' | 'tuningConfig' | 'dataSchema'): string {
  return join(view.sectionsPointer, name);
}

export function setting<T>(
  view: SupervisorView,
  name: 'ioConfig' | 'tuningConfig',
  key: string,
  read: (value: unknown) => T | undefined,
  fallback?: T,
): Setting<T> {
  const written = view[name]?.[key];
  if (written === undefined || written === null)
    return new FieldSetting(view, name, key, undefined, fallback);
  return new FieldSetting(view, name, key, written, read(written));
}

/** `consumerProperties` as written, or an empty map. */
export function consumerProperties(view: SupervisorView): Record<string, unknown> {
  const properties = view.ioConfig?.consumerProperties;
  return isPlainObject(properties) ? properties : {};
}

export function consumerPropertyPointer(view: SupervisorView, key: string): string {
  return join(section(view, 'ioConfig'), 'consumerProperties', key);
}

/** The granularitySpec as written, and its pointer. */
export function granularitySpecOf(view: SupervisorView): {
  spec: Record<string, unknown>;
  pointer: string;
} {
  const spec = view.dataSchema?.granularitySpec;
  return {
    spec: isPlainObject(spec) ? spec : {},
    get pointer() {
      return join(section(view, 'dataSchema'), 'granularitySpec');
    },
  };
}

/** Rollup as Druid reads it: true unless the granularitySpec says false. */
export function rollupOf(view: SupervisorView): boolean {
  const spec = view.dataSchema?.granularitySpec;
  return (isPlainObject(spec) ? readBoolean(spec.rollup) : undefined) ?? true;
}

/** The supervisor's ingestion is autoscaled: taskCount is then not what runs. */
export function autoscaler(view: SupervisorView): Record<string, unknown> | undefined {
  const config = view.ioConfig?.autoScalerConfig;
  return isPlainObject(config) && readBoolean(config.enableTaskAutoScaler) === true ? config : undefined;
}

/** A numeric parameter (config validation guarantees the type). */
export function numberParameter(parameters: Readonly<Record<string, unknown>>, name: string): number {
  return parameters[name] as number;
}

/** A duration parameter ("PT5M"; config validation guarantees it parses) in milliseconds. */
export function durationParameter(parameters: Readonly<Record<string, unknown>>, name: string): number {
  return periodMillis(parameters[name] as string) as number;
}

/** 5000000 → "5,000,000": thresholds are easier to compare with separators. */
export function formatCount(value: number): string {
  return value.toLocaleString('en-US');
}

/**
 * Why a live fact is missing, for a rule's notice: no cluster was read at all, the cluster has no
 * such supervisor yet (a new one has no status to count partitions from), or it could not tell.
 */
export function whyUnknown(live: LiveFacts | undefined): string {
  if (!live) return 'no cluster was asked';
  if (live.supervisorState === null) return 'the cluster does not run this supervisor yet';
  return 'the cluster could not tell';
}
