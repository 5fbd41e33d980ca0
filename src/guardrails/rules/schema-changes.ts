/**
 * Schema changes to an existing supervisor. Druid accepts all of them (the next tasks simply use
 * the new schema), but segments already stored keep the old one, so queries see two schemas
 * meeting at the moment of the deploy. Severity is configurable: some teams plan these changes.
 */
import type { SupervisorView } from '../../spec/layout.js';
import { isPlainObject, deepEqual } from '../../common/json.js';
import { get, join } from '../../spec/pointer.js';
import { columnsOf } from '../../validate/semantic.js';
import { quote } from '../../common/describe-value.js';
import { readGranularity } from '../granularity.js';
import { granularitySpecOf, rollupOf, section } from '../read.js';
import type { GuardrailContext, GuardrailRule, RuleHit } from '../guardrail.js';

const STORED =
  'Segments already stored keep the old schema, so queries that span the deploy see both; this breaks queries and dashboards, and the stored rows cannot be changed except by re-ingesting or compacting them.';

function baseOf(
  context: GuardrailContext,
): { value: Record<string, unknown>; view: SupervisorView } | undefined {
  return context.base?.status === 'existing' ? context.base : undefined;
}

/** Explicit dimensions by name with their type; undefined when the schema is discovered. */
function dimensions(
  value: Record<string, unknown>,
  view: SupervisorView,
): Map<string, { type: string; pointer: string }> | undefined {
  const holder = [
    view.dataSchema?.dimensionsSpec,
    get(view.dataSchema, '/parser/parseSpec/dimensionsSpec'),
  ].find(isPlainObject);
  if (holder && (holder.useSchemaDiscovery === true || holder.includeAllDimensions === true))
    return undefined;
  const found = new Map<string, { type: string; pointer: string }>();
  for (const column of columnsOf(view)) {
    if (column.where !== 'dimensions') continue;
    const entry = get(value, column.pointer);
    const type = isPlainObject(entry) && typeof entry.type === 'string' ? entry.type : 'string';
    found.set(column.name, { type, pointer: column.pointer });
  }
  // No explicit dimensions: Druid discovers them (every field not excluded), so nothing is "removed".
  return found.size > 0 ? found : undefined;
}

function metrics(
  view: SupervisorView,
): Map<string, { aggregator: Record<string, unknown>; pointer: string }> {
  const found = new Map<string, { aggregator: Record<string, unknown>; pointer: string }>();
  const list = view.dataSchema?.metricsSpec;
  if (!Array.isArray(list)) return found;
  list.forEach((aggregator, index) => {
    if (isPlainObject(aggregator) && typeof aggregator.name === 'string')
      found.set(aggregator.name, {
        aggregator,
        pointer: join(section(view, 'dataSchema'), 'metricsSpec', index),
      });
  });
  return found;
}

function describeAggregator(aggregator: Record<string, unknown>): string {
  const input = aggregator.fieldName ?? aggregator.expression ?? aggregator.fieldNames;
  return `${String(aggregator.type)}${input === undefined ? '' : `(${JSON.stringify(input)})`}`;
}

const changed = { changed: true } as const;

export const dimensionRemoved: GuardrailRule = {
  id: 'guardrail/dimension-removed',
  title: 'Dimension removed',
  severity: 'warning',
  rationale: `A dimension removed from the spec is absent from new segments: filters and group-bys on it see null for every new row while older rows still carry values, and with rollup the new rows are combined without it. ${STORED} Remove a dimension only after its readers have moved.`,
  parameters: {},
  example: { ...changed, set: { '/spec/dataSchema/dimensionsSpec/dimensions': ['page'] } },
  check(spec, context) {
    const base = baseOf(context);
    if (!base) return [];
    const before = dimensions(base.value, base.view);
    const after = dimensions(spec.value, spec.view);
    if (!before || !after) return [];
    const pointer = join(section(spec.view, 'dataSchema'), 'dimensionsSpec', 'dimensions');
    return [...before.keys()]
      .filter((name) => !after.has(name))
      .map((name) => ({
        pointer,
        message: `Dimension ${quote(name)} is removed: new rows will not have it, so filters and group-bys on ${quote(name)} see null for them while older rows keep their values. Make sure nothing reads it before merging.`,
      }));
  },
};

export const dimensionRetyped: GuardrailRule = {
  id: 'guardrail/dimension-retyped',
  title: 'Dimension type changed',
  severity: 'warning',
  rationale: `Changing a dimension's type (string, long, float, double, json, auto) changes the column in new segments only. Druid SQL then has one column with two types across segments and picks one for the datasource, so comparisons, sorting and aggregations on it can change meaning at the deploy. ${STORED}`,
  parameters: {},
  example: {
    ...changed,
    set: { '/spec/dataSchema/dimensionsSpec/dimensions/1': { type: 'string', name: 'user_id' } },
  },
  check(spec, context) {
    const base = baseOf(context);
    if (!base) return [];
    const before = dimensions(base.value, base.view);
    const after = dimensions(spec.value, spec.view);
    if (!before || !after) return [];
    const hits: RuleHit[] = [];
    for (const [name, now] of after) {
      const was = before.get(name);
      if (!was || was.type.toLowerCase() === now.type.toLowerCase()) continue;
      hits.push({
        pointer: now.pointer,
        message: `Dimension ${quote(name)} changes type from ${was.type} to ${now.type}: only new segments get the new type, so filters, sorting and aggregations on it behave differently across the deploy.`,
      });
    }
    return hits;
  },
};

export const metricRemoved: GuardrailRule = {
  id: 'guardrail/metric-removed',
  title: 'Metric removed',
  severity: 'warning',
  rationale: `A metric removed from metricsSpec is not computed for new rows; with rollup, the raw values it summarised are gone for good. Queries on it see null (or 0) for new data. ${STORED}`,
  parameters: {},
  example: { ...changed, set: { '/spec/dataSchema/metricsSpec': [{ type: 'count', name: 'count' }] } },
  check(spec, context) {
    const base = baseOf(context);
    if (!base) return [];
    const after = metrics(spec.view);
    const pointer = join(section(spec.view, 'dataSchema'), 'metricsSpec');
    return [...metrics(base.view).keys()]
      .filter((name) => !after.has(name))
      .map((name) => ({
        pointer,
        message: `Metric ${quote(name)} is removed: new rows will not have it${rollupOf(spec.view) ? ', and with rollup the values it summarised are lost' : ''}. Make sure nothing reads it before merging.`,
      }));
  },
};

export const metricChanged: GuardrailRule = {
  id: 'guardrail/metric-changed',
  title: 'Metric aggregator changed',
  severity: 'warning',
  rationale: `Changing a metric's aggregator (type, input field, expression, sketch size) under the same name makes old and new segments hold different things in one column. Queries combine them with the new aggregator, which need not mean the same (a sum over former counts, a doubleSum over former longs, sketches of different sizes). ${STORED} Add a metric with a new name instead.`,
  parameters: {},
  example: {
    ...changed,
    set: { '/spec/dataSchema/metricsSpec/1': { type: 'doubleSum', name: 'bytes', fieldName: 'bytes' } },
  },
  check(spec, context) {
    const base = baseOf(context);
    if (!base) return [];
    const before = metrics(base.view);
    const hits: RuleHit[] = [];
    for (const [name, now] of metrics(spec.view)) {
      const was = before.get(name);
      if (!was || deepEqual(was.aggregator, now.aggregator)) continue;
      hits.push({
        pointer: now.pointer,
        message: `Metric ${quote(name)} changes from ${describeAggregator(was.aggregator)} to ${describeAggregator(now.aggregator)}: old segments keep values of the old aggregator and queries combine both with the new one. Add a metric with a new name instead.`,
      });
    }
    return hits;
  },
};

export const rollupToggled: GuardrailRule = {
  id: 'guardrail/rollup-toggled',
  title: 'Rollup switched',
  severity: 'warning',
  rationale: `With rollup a stored row stands for many events; without it, for one. Switching it makes COUNT(*) and every query that does not go through the metrics mean something different before and after the deploy, and turning rollup on discards raw rows from then on. ${STORED}`,
  parameters: {},
  example: { ...changed, set: { '/spec/dataSchema/granularitySpec/rollup': false } },
  check(spec, context) {
    const base = baseOf(context);
    if (!base) return [];
    const before = rollupOf(base.view);
    const after = rollupOf(spec.view);
    if (before === after) return [];
    return [
      {
        pointer: join(granularitySpecOf(spec.view).pointer, 'rollup'),
        message: `Rollup changes from ${before} to ${after}: ${after ? 'new rows are combined and raw events are no longer stored' : 'new rows are stored one per event'}, so COUNT(*) and queries not using the metrics mean something different on each side of the deploy.`,
      },
    ];
  },
};

export const queryGranularityCoarsened: GuardrailRule = {
  id: 'guardrail/query-granularity-coarsened',
  title: 'queryGranularity coarsened',
  severity: 'warning',
  rationale: `queryGranularity is the finest time resolution stored: a coarser one truncates new rows further, so time-series at the old resolution show new data bunched at the start of each coarser bucket. The finer resolution of new data cannot be recovered. ${STORED}`,
  parameters: {},
  example: { ...changed, set: { '/spec/dataSchema/granularitySpec/queryGranularity': 'HOUR' } },
  check(spec, context) {
    const base = baseOf(context);
    if (!base) return [];
    const before = readGranularity(granularitySpecOf(base.view).spec.queryGranularity ?? 'NONE');
    const granularitySpec = granularitySpecOf(spec.view);
    const after = readGranularity(granularitySpec.spec.queryGranularity ?? 'NONE');
    if (!before || !after || after.millis <= before.millis) return [];
    return [
      {
        pointer: join(granularitySpec.pointer, 'queryGranularity'),
        message: `queryGranularity coarsens from ${before.name} to ${after.name}: new rows are stored per ${after.name}, so queries at ${before.name} resolution show them bunched at the start of each ${after.name}. The finer resolution of new data is lost.`,
      },
    ];
  },
};
