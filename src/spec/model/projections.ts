/**
 * Projections (experimental, 32.0.0+): pre-aggregated views stored inside each segment. Sources:
 * processing/.../data/input/impl/AggregateProjectionSpec.java, segment/VirtualColumn.java
 * (@JsonSubTypes), segment/virtual/{ExpressionVirtualColumn,FallbackVirtualColumn,
 * ListFilteredVirtualColumn,RegexFilteredVirtualColumn,PrefixFilteredVirtualColumn,
 * NestedFieldVirtualColumn}.java and query/{OrderBy,Order}.java.
 */
import { aggregator } from './aggregators.js';
import { dimension } from './dimensions.js';
import { dimensionSpec } from './extraction-fns.js';
import { dimFilter } from './filters.js';
import { columnType, variant } from './scalars.js';
import { any, array, bool, field, object, str, type TypedNode } from './vocabulary.js';

const VIRTUAL_COLUMN_ID = 'virtualColumn';
const vcName = field(str({ minLength: 1 }), 'Name of the virtual column.', { required: true });
const delegate = field(dimensionSpec, 'Multi-value column (dimension spec) to filter.', { required: true });

const virtualColumn: TypedNode = {
  kind: 'typed',
  id: VIRTUAL_COLUMN_ID,
  unknownType: 'extension',
  extensionTypes: { map: 'druid-virtual-columns (contrib)' },
  variants: {
    expression: variant(VIRTUAL_COLUMN_ID, 'expression', {
      name: vcName,
      expression: field(str(), 'Druid expression.', { required: true }),
      outputType: field(columnType(), 'Type of the result; inferred when absent.', { nullable: true }),
    }),
    'nested-field': variant(VIRTUAL_COLUMN_ID, 'nested-field', {
      columnName: field(str(), 'Nested (json/auto) column to read.', { required: true }),
      outputName: field(str(), 'Name of the virtual column.', { required: true }),
      expectedType: field(columnType(), 'Type the value is read as.', { nullable: true }),
      pathParts: field(array(any), 'Parsed path (what Druid writes back).', { nullable: true }),
      processFromRaw: field(bool, 'Whether to read from the raw JSON instead of the field columns.', {
        default: false,
      }),
      path: field(str(), 'JSONPath (or jq with useJqSyntax) of the nested field.', { nullable: true }),
      useJqSyntax: field(bool, 'Whether `path` uses jq syntax.', { default: false }),
    }),
    fallback: variant(VIRTUAL_COLUMN_ID, 'fallback', {
      name: vcName,
      columns: field(array(dimensionSpec), 'Columns tried in order; the first that exists is used.', {
        required: true,
      }),
    }),
    'mv-filtered': variant(VIRTUAL_COLUMN_ID, 'mv-filtered', {
      name: vcName,
      delegate,
      values: field(array(str()), 'Values to keep (or drop with isAllowList false).', { required: true }),
      isAllowList: field(bool, 'Whether `values` is an allow list.', { default: true }),
    }),
    'mv-regex-filtered': variant(VIRTUAL_COLUMN_ID, 'mv-regex-filtered', {
      name: vcName,
      delegate,
      pattern: field(str(), 'Java regular expression values must match.', { required: true }),
    }),
    'mv-prefix-filtered': variant(VIRTUAL_COLUMN_ID, 'mv-prefix-filtered', {
      name: vcName,
      delegate,
      prefix: field(str(), 'Prefix values must start with.', { required: true }),
    }),
  },
};

const orderBy = object('projection.orderBy', {
  columnName: field(str(), 'Column the projection is sorted by.', { required: true }),
  order: field(str({ enum: ['ascending', 'descending', 'none'], caseInsensitive: true }), 'Sort direction.', {
    required: true,
  }),
});

const PROJECTION_ID = 'projection';

/** `AggregateProjectionSpec` (@JsonTypeName "aggregate"; the "type" is required). */
export const projection: TypedNode = {
  kind: 'typed',
  id: PROJECTION_ID,
  unknownType: 'reject',
  variants: {
    aggregate: variant(PROJECTION_ID, 'aggregate', {
      name: field(str({ minLength: 1 }), 'Projection name; unique within the datasource.', {
        required: true,
      }),
      filter: field(
        dimFilter,
        'Only rows that match are stored in the projection (35.0.0+). Omitted from GET when unset.',
        {
          nullable: true,
          since: '35.0.0',
        },
      ),
      virtualColumns: field(
        array(virtualColumn),
        'Virtual columns the grouping columns and aggregators may use.',
        {
          nullable: true,
          default: [],
        },
      ),
      groupingColumns: field(
        array(dimension),
        'Columns to group by; groupingColumns and aggregators must not both be empty.',
        {
          nullable: true,
          default: [],
        },
      ),
      aggregators: field(array(aggregator), 'Aggregators computed per group.', {
        nullable: true,
        default: [],
      }),
      ordering: field(
        array(orderBy),
        'Sort order Druid derives from groupingColumns; written back, ignored on input.',
        {
          outputOnly: true,
        },
      ),
    }),
  },
};
