/**
 * The dimension exclusions Druid adds when it builds a DataSchema (computeDimensionsSpec): the
 * timestamp column, `__time`, and every metric's input columns (AggregatorFactory.requiredFields)
 * and output name, less the dimensions. Druid keeps them in a set; they are written here sorted.
 * Real 33.0 capture: timestamp "timestamp", metrics count and added_sum(added) give
 * ["__time","added","added_sum","count","timestamp"].
 */
import { isPlainObject } from '../../common/json.js';

/** A dataSchema (as walked: dimensions are objects) with Druid's exclusions added. */
export function withDimensionExclusions(dataSchema: Record<string, unknown>): Record<string, unknown> {
  const spec = dataSchema.dimensionsSpec;
  if (!isPlainObject(spec)) return dataSchema;
  const dimensions = new Set(
    (Array.isArray(spec.dimensions) ? spec.dimensions : []).map((item) =>
      isPlainObject(item) ? item.name : item,
    ),
  );
  const timestamp = isPlainObject(dataSchema.timestampSpec) ? dataSchema.timestampSpec.column : undefined;
  const metrics = Array.isArray(dataSchema.metricsSpec) ? dataSchema.metricsSpec.filter(isPlainObject) : [];
  const excluded = new Set<unknown>([
    ...(Array.isArray(spec.dimensionExclusions) ? spec.dimensionExclusions : []),
    timestamp ?? 'timestamp',
    '__time',
    ...metrics.map((metric) => metric.name),
    ...metrics.flatMap((metric) => [...metricInputs(metric)]),
  ]);
  const exclusions = [...excluded]
    .filter((name): name is string => typeof name === 'string' && !dimensions.has(name))
    .sort();
  return { ...dataSchema, dimensionsSpec: { ...spec, dimensionExclusions: exclusions } };
}

/**
 * Columns an aggregator reads, over-approximated: every column named in it (also inside filters
 * and wrapped aggregators) and every identifier of its expressions, which Druid would parse.
 * Over-approximation is safe for comparing: both sides of a diff get the same additions, and
 * what Druid adds is always among them.
 */
export function metricInputs(metric: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(metric)) metric.forEach((item) => metricInputs(item, into));
  if (!isPlainObject(metric)) return into;
  for (const [key, item] of Object.entries(metric)) {
    if (COLUMN_KEYS.has(key)) {
      for (const column of Array.isArray(item) ? item : [item])
        if (typeof column === 'string') into.add(column);
    }
    if (key === 'expression' && typeof item === 'string') expressionIdentifiers(item, into);
    if (typeof item === 'object') metricInputs(item, into);
  }
  return into;
}

const COLUMN_KEYS = new Set(['fieldName', 'fieldNames', 'fields', 'timeColumn', 'column', 'dimension']);

// Druid expression tokens: 'string literal', "quoted identifier", number, identifier (a function
// name when "(" follows).
const TOKEN =
  /'(?:[^'\\]|\\.)*'|"((?:[^"\\]|\\.)*)"|\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|([A-Za-z_$][\w$]*)(\s*\()?/g;

function expressionIdentifiers(expression: string, into: Set<string>): void {
  for (const match of expression.matchAll(TOKEN)) {
    if (match[1] !== undefined) into.add(match[1]);
    else if (match[2] !== undefined && match[3] === undefined && match[2] !== 'null') into.add(match[2]);
  }
}
