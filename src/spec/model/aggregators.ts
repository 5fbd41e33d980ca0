/**
 * metricsSpec aggregators. Sources: processing/.../jackson/AggregatorsModule.java
 * (AggregatorFactoryMixin @JsonSubTypes) and each registered factory under
 * processing/.../query/aggregation/; extension types from the @JsonSubTypes/registerSubtypes of
 * extensions-core/{datasketches,histogram,stats,druid-bloom-filter} and
 * extensions-contrib/{distinctcount,time-min-max,druid-exact-count-bitmap,tdigestsketch,
 * momentsketch,spectator-histogram,ddsketch,compressed-bigdecimal}.
 */
import { dimensionSpec } from './extraction-fns.js';
import { dimFilter } from './filters.js';
import { columnType, variant } from './scalars.js';
import {
  array,
  bool,
  field,
  int,
  long,
  num,
  str,
  union,
  type Field,
  type ObjectNode,
  type TypedNode,
} from './vocabulary.js';

const AGGREGATOR_ID = 'aggregator';
const aggregatorVariants: Record<string, ObjectNode> = {};

const DATASKETCHES = 'druid-datasketches';

/** `AggregatorFactory`: one metric, chosen by "type". An unknown type is a 400 unless an extension provides it. */
export const aggregator: TypedNode = {
  kind: 'typed',
  id: AGGREGATOR_ID,
  unknownType: 'extension',
  variants: aggregatorVariants,
  extensionTypes: {
    thetaSketch: DATASKETCHES,
    HLLSketchBuild: DATASKETCHES,
    HLLSketchMerge: DATASKETCHES,
    HLLSketch: `${DATASKETCHES} (alias of HLLSketchMerge)`,
    quantilesDoublesSketch: DATASKETCHES,
    quantilesDoublesSketchMerge: DATASKETCHES,
    KllDoublesSketch: DATASKETCHES,
    KllDoublesSketchMerge: DATASKETCHES,
    KllFloatsSketch: DATASKETCHES,
    KllFloatsSketchMerge: DATASKETCHES,
    arrayOfDoublesSketch: DATASKETCHES,
    sketchBuild: `${DATASKETCHES} (old theta API)`,
    sketchMerge: `${DATASKETCHES} (old theta API)`,
    approxHistogram: 'druid-histogram',
    approxHistogramFold: 'druid-histogram',
    fixedBucketsHistogram: 'druid-histogram',
    variance: 'druid-stats',
    varianceFold: 'druid-stats',
    bloom: 'druid-bloom-filter',
    distinctCount: 'druid-distinctcount (contrib)',
    timeMin: 'druid-time-min-max (contrib)',
    timeMax: 'druid-time-min-max (contrib)',
    Bitmap64ExactCountBuild: 'druid-exact-count-bitmap (contrib)',
    Bitmap64ExactCountMerge: 'druid-exact-count-bitmap (contrib)',
    tDigestSketch: 'druid-tdigestsketch (contrib)',
    momentSketch: 'druid-momentsketch (contrib)',
    momentSketchMerge: 'druid-momentsketch (contrib)',
    spectatorHistogram: 'druid-spectator-histogram (contrib)',
    spectatorHistogramTimer: 'druid-spectator-histogram (contrib)',
    spectatorHistogramDistribution: 'druid-spectator-histogram (contrib)',
    ddSketch: 'druid-ddsketch (contrib)',
    compressedBigDecimalSum: 'druid-compressed-bigdecimal (contrib)',
    compressedBigDecimalMax: 'druid-compressed-bigdecimal (contrib)',
    compressedBigDecimalMin: 'druid-compressed-bigdecimal (contrib)',
  },
};

const name = field(
  str({ minLength: 1 }),
  'Output column name; must not clash with a dimension or another metric.',
  {
    required: true,
  },
);
const fieldName = field(str(), 'Input column the aggregator reads.', { required: true });
const timeColumn = field(str(), 'Column whose value decides first/last.', { default: '__time' });
const maxStringBytes = field(
  int({ minimum: 0 }),
  'Longest string kept, in bytes (UTF-8); longer values are truncated.',
  { default: 1024 },
);

/** Sum/min/max over a column or an expression (exactly one of fieldName and expression). */
function numeric(type: string, what: string): ObjectNode {
  return variant(
    AGGREGATOR_ID,
    type,
    {
      name,
      fieldName: field(str(), 'Input column; exactly one of fieldName and expression.', { nullable: true }),
      expression: field(
        str(),
        'Druid expression evaluated per row instead of fieldName. Omitted from GET when unset.',
        {
          nullable: true,
        },
      ),
    },
    { note: what },
  );
}

function firstLast(type: string, what: string, extra: Record<string, Field> = {}): ObjectNode {
  return variant(AGGREGATOR_ID, type, { name, fieldName, timeColumn, ...extra }, { note: what });
}

function anyOf(type: string, extra: Record<string, Field> = {}): ObjectNode {
  return variant(
    AGGREGATOR_ID,
    type,
    { name, fieldName, ...extra },
    { note: 'Keeps any one value (0.18.0+).' },
  );
}

for (const kind of ['long', 'double', 'float'] as const) {
  aggregatorVariants[`${kind}Sum`] = numeric(`${kind}Sum`, `Sum as a ${kind}.`);
  aggregatorVariants[`${kind}Min`] = numeric(`${kind}Min`, `Minimum as a ${kind}.`);
  aggregatorVariants[`${kind}Max`] = numeric(`${kind}Max`, `Maximum as a ${kind}.`);
  aggregatorVariants[`${kind}First`] = firstLast(
    `${kind}First`,
    `Value with the earliest timeColumn, as a ${kind}.`,
  );
  aggregatorVariants[`${kind}Last`] = firstLast(
    `${kind}Last`,
    `Value with the latest timeColumn, as a ${kind}.`,
  );
  aggregatorVariants[`${kind}Any`] = anyOf(`${kind}Any`);
}

Object.assign(aggregatorVariants, {
  count: variant(AGGREGATOR_ID, 'count', { name }, { note: 'Number of input rows rolled up into each row.' }),
  stringFirst: firstLast('stringFirst', 'String value with the earliest timeColumn.', { maxStringBytes }),
  stringLast: firstLast('stringLast', 'String value with the latest timeColumn.', { maxStringBytes }),
  stringFirstFold: variant(
    AGGREGATOR_ID,
    'stringFirstFold',
    { name, fieldName, maxStringBytes },
    { note: 'Combining form of stringFirst (query time).' },
  ),
  stringLastFold: variant(
    AGGREGATOR_ID,
    'stringLastFold',
    { name, fieldName, maxStringBytes },
    { note: 'Combining form of stringLast (query time).' },
  ),
  stringAny: anyOf('stringAny', {
    maxStringBytes,
    aggregateMultipleValues: field(
      bool,
      'Whether a multi-value row yields all its values (true) or the first.',
      {
        default: true,
      },
    ),
  }),
  doubleMean: variant(AGGREGATOR_ID, 'doubleMean', { name, fieldName }, { note: 'Mean (query time).' }),
  hyperUnique: variant(
    AGGREGATOR_ID,
    'hyperUnique',
    {
      name,
      fieldName,
      isInputHyperUnique: field(bool, 'Whether the input column already holds hyperUnique sketches.', {
        default: false,
      }),
      round: field(bool, 'Whether query results are rounded to whole numbers.', { default: false }),
    },
    { note: 'HyperLogLog distinct count (prefer HLLSketchBuild from druid-datasketches).' },
  ),
  cardinality: variant(
    AGGREGATOR_ID,
    'cardinality',
    {
      name,
      fields: field(array(dimensionSpec), 'Dimensions whose distinct values (or rows) are counted.', {
        nullable: true,
      }),
      fieldNames: field(array(str()), 'Old form of fields; not both.', {
        nullable: true,
        deprecated: 'Use fields.',
      }),
      byRow: field(bool, 'Whether to count distinct combinations (rows) instead of distinct values.', {
        default: false,
      }),
      round: field(bool, 'Whether results are rounded to whole numbers.', { default: false }),
    },
    { note: 'Query-time HyperLogLog; not meant for metricsSpec.' },
  ),
  filtered: variant(
    AGGREGATOR_ID,
    'filtered',
    {
      aggregator: field(aggregator, 'Aggregator applied to matching rows.', { required: true }),
      filter: field(dimFilter, 'Rows that feed the aggregator.', { required: true }),
      name: field(str(), 'Output name; defaults to the wrapped aggregator name.', { nullable: true }),
    },
    { note: 'Aggregates only rows that match a filter.' },
  ),
  histogram: variant(AGGREGATOR_ID, 'histogram', {
    name,
    fieldName,
    breaks: field(array(num()), 'Bucket boundaries.', { default: [] }),
  }),
  javascript: variant(
    AGGREGATOR_ID,
    'javascript',
    {
      name,
      fieldNames: field(array(str()), 'Input columns passed to the functions.', { required: true }),
      fnAggregate: field(str(), 'JavaScript aggregate function.', { required: true }),
      fnReset: field(str(), 'JavaScript reset function.', { required: true }),
      fnCombine: field(str(), 'JavaScript combine function.', { required: true }),
    },
    { note: 'Needs druid.javascript.enabled=true.' },
  ),
  grouping: variant(
    AGGREGATOR_ID,
    'grouping',
    { name, groupings: field(array(str()), 'Grouping dimensions.', { required: true }) },
    { note: 'GROUPING() for subtotals (query time).' },
  ),
  expression: variant(
    AGGREGATOR_ID,
    'expression',
    {
      name,
      fields: field(array(str()), 'Input columns the expressions read. Omitted from GET when empty.', {
        nullable: true,
      }),
      accumulatorIdentifier: field(str(), 'Name of the accumulator in the expressions.', {
        default: '__acc',
      }),
      initialValue: field(str(), 'Expression for the starting accumulator value.', { required: true }),
      initialCombineValue: field(str(), 'Starting value when combining; defaults to initialValue.', {
        nullable: true,
      }),
      isNullUnlessAggregated: field(bool, 'Whether the result is null when no row was aggregated.', {
        default: true,
      }),
      shouldAggregateNullInputs: field(bool, 'Whether null inputs are passed to fold.', { default: true }),
      shouldCombineAggregateNullInputs: field(
        bool,
        'Whether null partial results are combined; defaults to shouldAggregateNullInputs.',
        {
          nullable: true,
        },
      ),
      fold: field(str(), 'Expression that folds one row into the accumulator.', { required: true }),
      combine: field(str(), 'Expression that combines two accumulators; derived from fold when absent.', {
        nullable: true,
      }),
      compare: field(str(), 'Expression that orders results.', { nullable: true }),
      finalize: field(str(), 'Expression applied to the final accumulator.', { nullable: true }),
      maxSizeBytes: field(
        union(long({ unit: 'bytes', minimum: 0 }), str()),
        'Largest accumulator size, in bytes or a human-readable size ("16KiB").',
        {
          default: 1024,
        },
      ),
    },
    { note: 'Aggregator written as Druid expressions.' },
  ),
  singleValue: variant(
    AGGREGATOR_ID,
    'singleValue',
    {
      name,
      fieldName,
      columnType: field(columnType(), 'Type of the value.', { required: true }),
    },
    { note: 'Fails unless exactly one value (SQL scalar subqueries, 30.0.0+).' },
  ),
} satisfies Record<string, ObjectNode>);
