/**
 * The effective spec: a supervisor spec as Druid will run it, in one canonical shape, so that what
 * git holds and what Druid's GET returns compare equal when they mean the same thing (docs/design.md,
 * "Comparing git with the cluster"). The structure comes from the model (defaults, variants,
 * versions, Druid's constructor rules: spec/model/defaults.ts); this module adds the value forms
 * and orders in which two specs are compared:
 * - durations by value, written as Druid writes durations (`PT1H`, `PT60M`, 3600000 → `PT3600S`);
 *   periods with years or months, and granularity periods, as Joda prints them (P7D is not P1W);
 * - date-times as UTC instants (`2024-01-01T02:00:00+02:00` → `2024-01-01T00:00:00.000Z`);
 * - metrics and transforms sorted by name (their order means nothing to Druid), dimensions kept in
 *   order (it is the segment sort order), object keys sorted;
 * - the supervisor id resolved for the release, the suspended flag set aside (state, not spec).
 */
import { canonicalDateTime } from '../spec/date-time.js';
import { canonicalPeriod, millisToDruidDuration, periodToMillis } from '../spec/duration.js';
import { canonicalLayout, supervisorId, viewSupervisor } from '../spec/layout.js';
import { applyDefaults } from '../spec/model/defaults.js';
import { granularityObject } from '../spec/model/granularity.js';
import { kafkaSupervisor } from '../spec/model/kafka-supervisor.js';
import type { Node } from '../spec/model/vocabulary.js';
import { isPlainObject } from '../common/json.js';
import { atLeast } from '../spec/model/version.js';
import { get } from '../spec/pointer.js';

export interface NormalizeOptions {
  /** The Druid release the spec is for (`druidVersion` of .druid-gitops.yml). */
  druidVersion: string;
  /**
   * What an enabled autoscaler's ioConfig.taskCount is here. `git` (the default, for specs from
   * git): the autoscaler's, so it is left out, except that from 38.0.0 a taskCount the file writes
   * stays, because that release stores a changed one in place. `live` (for a comparison with what
   * the cluster runs): always left out, because the autoscaler rewrites it on every scale action.
   */
  autoscaledTaskCount?: 'git' | 'live';
}

export interface EffectiveSpec {
  /** The supervisor id Druid uses on this release (the datasource before 34.0.0). */
  id: string | undefined;
  /** Whether the spec asks for a suspended supervisor. State, not spec: never part of a diff. */
  suspended: boolean;
  /** `{type, id, spec: {dataSchema, ioConfig, tuningConfig}, context?}` in canonical form. */
  spec: Record<string, unknown>;
}

export function normalizeSpec(value: unknown, options: NormalizeOptions): EffectiveSpec {
  if (!isPlainObject(value)) throw new TypeError('A supervisor spec is a JSON object.');
  const layout = canonicalLayout(value);
  const suspended = layout.suspended === true || layout.suspended === 'true';
  const walked = applyDefaults(kafkaSupervisor, layout, {
    druidVersion: options.druidVersion,
    scalar: canonicalScalar,
  });
  const spec = isPlainObject(walked) ? walked : {};
  delete spec.suspended;
  if (!keepsAutoscaledTaskCount(layout, options)) withoutAutoscaledTaskCount(spec);
  // From the walked spec: Druid's reader turns a number written as the dataSource into text, and
  // the id must follow, or normalising the result again would add it (not idempotent).
  const id = supervisorId(viewSupervisor(spec), options.druidVersion);
  if (id !== undefined) spec.id = id;
  else delete spec.id;
  if (isPlainObject(spec.context) && Object.keys(spec.context).length === 0) delete spec.context;
  orderCollections(spec);
  return { id, suspended, spec: sortKeys(spec) as Record<string, unknown> };
}

/** Whether the walked spec's autoscaler is enabled (its taskCount is then the autoscaler's). */
export function isAutoscaled(spec: Record<string, unknown>): boolean {
  const io = get(spec, '/spec/ioConfig');
  return (
    isPlainObject(io) &&
    isPlainObject(io.autoScalerConfig) &&
    io.autoScalerConfig.enableTaskAutoScaler === true
  );
}

/** Leaves ioConfig.taskCount out of a walked spec whose autoscaler is enabled (in place). */
function withoutAutoscaledTaskCount(spec: Record<string, unknown>): void {
  const io = get(spec, '/spec/ioConfig');
  if (isAutoscaled(spec) && isPlainObject(io)) delete io.taskCount;
}

/** From 38.0.0 Druid keeps a written taskCount and stores a change of it in place (#19417, #19541). */
function keepsAutoscaledTaskCount(layout: Record<string, unknown>, options: NormalizeOptions): boolean {
  if ((options.autoscaledTaskCount ?? 'git') === 'live' || !atLeast(options.druidVersion, '38.0.0'))
    return false;
  const written = viewSupervisor(layout).ioConfig?.taskCount;
  return written !== undefined && written !== null;
}

const GRANULARITY_PERIOD = granularityObject.variants.period?.fields.period?.node;

/** Value forms Druid treats as equal become one spelling. */
export function canonicalScalar(node: Node, value: unknown): unknown {
  if (node === GRANULARITY_PERIOD)
    return typeof value === 'string' ? (canonicalPeriod(value) ?? value) : value;
  if (node.kind === 'union') {
    const dateTime = node.variants.some((item) => item.kind === 'string' && item.format === 'datetime');
    return dateTime ? canonicalDateTime(value) : value;
  }
  if (node.kind !== 'string') return value;
  switch (node.format) {
    case 'duration':
    case 'period':
      return canonicalDuration(value);
    case 'datetime':
      return canonicalDateTime(value);
    default:
      return value;
  }
}

/** A Joda period read as milliseconds (a bare number is milliseconds), in Druid's seconds form. */
function canonicalDuration(value: unknown): unknown {
  if (typeof value === 'number' && Number.isInteger(value)) return millisToDruidDuration(value);
  if (typeof value !== 'string') return value;
  const millis = periodToMillis(value);
  return millis === undefined ? (canonicalPeriod(value) ?? value) : millisToDruidDuration(millis);
}

/** Collections whose order Druid ignores are sorted; dimensions keep theirs (the sort order). */
function orderCollections(spec: Record<string, unknown>): void {
  const ingestion = isPlainObject(spec.spec) ? spec.spec : undefined;
  const dataSchema = isPlainObject(ingestion?.dataSchema) ? ingestion.dataSchema : undefined;
  if (!dataSchema) return;
  if (Array.isArray(dataSchema.metricsSpec)) dataSchema.metricsSpec = byName(dataSchema.metricsSpec);
  const transform = dataSchema.transformSpec;
  if (isPlainObject(transform) && Array.isArray(transform.transforms))
    transform.transforms = byName(transform.transforms);
}

function byName(items: unknown[]): unknown[] {
  const name = (item: unknown): string => (isPlainObject(item) ? String(item.name ?? '') : '');
  return [...items].sort((a, b) => (name(a) < name(b) ? -1 : name(a) > name(b) ? 1 : 0));
}

/** A deep copy with every object's keys in sorted order: one JSON text per effective spec. */
export function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (!isPlainObject(value)) return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, sortKeys(value[key])]),
  );
}
