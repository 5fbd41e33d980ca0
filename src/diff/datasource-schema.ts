/**
 * The datasource as queries see the rows a spec writes, as a JSON Schema. An instance is what a
 * reader may rely on: Druid's segmentMetadata answer in small — each column with its type and the
 * values a query gets back, the rollup flag, and the query granularities that stay exact. So a
 * removal (an instance base accepts and head does not) is something a reader relied on that new
 * segments no longer provide:
 * - `columns`: one property per column; a dimension has its declared type (`const`), its values,
 *   and for strings its multi-value handling (`const`); a metric has the column type it stores,
 *   the values a query gets back and its aggregator (`const`, without the name). Columns that are
 *   not listed are refused, or, with schema discovery, described by `additionalProperties`;
 * - `rollup`: `const`, so switching it either way is a removal;
 * - `queryGranularity`: `enum` of the exact query granularities, so coarsening is a removal.
 */
import { isPlainObject } from '../common/json.js';
import { join } from '../spec/pointer.js';
import { readIngestion, type Ingestion } from './ingestion.js';
import type { JsonSchema, SchemaObject } from './json-schema.js';
import { metricType } from './metric-types.js';
import type { EffectiveSpec } from './normalize.js';
import { exactQueryGranularities, readQueryGranularity, type QueryGranularity } from './query-granularity.js';

export interface Column {
  name: string;
  kind: 'time' | 'dimension' | 'metric';
  pointer: string;
  /** A dimension's declared type (`string`, `long`, `auto as LONG`, …); a metric's stored column type. */
  type: string;
  multiValueHandling?: string;
  /** The metric's aggregator as the spec writes it. */
  aggregator?: Record<string, unknown>;
}

type Discovery = 'none' | 'string' | 'auto';

export interface DatasourceSchema {
  dataSource: string | undefined;
  schema: SchemaObject;
  /** The `columns` part: what json-schema-diff compares. */
  columnsSchema: SchemaObject;
  columns: Map<string, Column>;
  /** How input fields that no column names are stored: not at all, as strings, or typed by discovery. */
  discovery: Discovery;
  dimensionsPointer: string;
  rollup: { value: boolean; pointer: string };
  queryGranularity: { value: QueryGranularity; pointer: string };
}

const NULLABLE_MULTI_STRING: SchemaObject = {
  type: ['string', 'array', 'null'],
  items: { type: ['string', 'null'] },
};

/** The JSON values a query reads from a column of this Druid type. */
function valuesOf(columnType: string | undefined): JsonSchema {
  switch (columnType) {
    case 'STRING':
      return NULLABLE_MULTI_STRING;
    case 'LONG':
      return { type: ['integer', 'null'] };
    case 'FLOAT':
    case 'DOUBLE':
      return { type: ['number', 'null'] };
    default:
      return {};
  }
}

const DIMENSION_COLUMN_TYPE: Readonly<Record<string, string>> = {
  string: 'STRING',
  spatial: 'STRING',
  long: 'LONG',
  float: 'FLOAT',
  double: 'DOUBLE',
  json: 'COMPLEX<json>',
};

/** The declared type and the Druid column type of a dimension schema (auto columns are typed per segment). */
function dimensionType(dimension: Record<string, unknown>): { declared: string; column: string | undefined } {
  const declared = typeof dimension.type === 'string' ? dimension.type : 'string';
  if (declared === 'auto' && typeof dimension.castToType === 'string')
    return { declared: `auto as ${dimension.castToType}`, column: dimension.castToType.toUpperCase() };
  return { declared, column: DIMENSION_COLUMN_TYPE[declared] };
}

function dimensionSchema(column: Column, columnType: string | undefined): SchemaObject {
  const properties: Record<string, JsonSchema> = {
    type: { const: column.type },
    values: valuesOf(columnType),
  };
  if (column.multiValueHandling !== undefined)
    properties.multiValueHandling = { const: column.multiValueHandling };
  return { type: 'object', properties };
}

function discoveryOf(ingestion: Ingestion): Discovery {
  const spec = ingestion.dimensionsSpec.value;
  if (spec.useSchemaDiscovery === true) return 'auto';
  const listed = ingestion.dimensions.length + ingestion.spatialDimensions.length;
  // No dimensions at all is "schemaless": every input field not excluded becomes a string dimension.
  return spec.includeAllDimensions === true || listed === 0 ? 'string' : 'none';
}

/**
 * The datasource schema of an effective spec. `others` are the query granularities of the spec it
 * is compared with, so that a period granularity on either side has a place in both enums.
 */
export function datasourceSchema(
  effective: EffectiveSpec,
  others: QueryGranularity[] = [],
): DatasourceSchema {
  const ingestion = readIngestion(effective);
  const columns = new Map<string, Column>();
  const properties: Record<string, JsonSchema> = {};
  const add = (column: Column, schema: JsonSchema): void => {
    columns.set(column.name, column);
    properties[column.name] = schema;
  };

  add(
    { name: '__time', kind: 'time', type: 'LONG', pointer: ingestion.timestamp.pointer },
    { type: 'object', properties: { type: { const: 'LONG' }, values: { type: 'integer' } } },
  );
  for (const { name, value, pointer } of ingestion.dimensions) {
    if (columns.has(name)) continue; // a repeated name: Druid reads the first
    const type = dimensionType(value);
    const column: Column = { name, kind: 'dimension', pointer, type: type.declared };
    if (type.declared === 'string' && typeof value.multiValueHandling === 'string')
      column.multiValueHandling = value.multiValueHandling;
    add(column, dimensionSchema(column, type.column));
  }
  for (const { value, pointer } of ingestion.spatialDimensions) {
    if (typeof value.dimName !== 'string') continue;
    const column: Column = { name: value.dimName, kind: 'dimension', pointer, type: 'spatial' };
    add(column, dimensionSchema(column, 'STRING'));
  }
  for (const { name, value, pointer } of ingestion.metrics) {
    const types = metricType(value);
    const { name: _name, ...aggregator } = value;
    const type = types.stored ?? `${String(value.type)} (extension)`;
    add(
      { name, kind: 'metric', pointer, type, aggregator: value },
      {
        type: 'object',
        properties: {
          type: { const: type },
          values: valuesOf(types.result),
          aggregator: { const: aggregator },
        },
      },
    );
  }

  const discovery = discoveryOf(ingestion);
  const columnsSchema: SchemaObject = { type: 'object', properties, additionalProperties: false };
  if (discovery !== 'none') {
    // Discovered columns: every input field Druid does not exclude (it adds metric inputs and the timestamp).
    const exclusions = ingestion.dimensionsSpec.value.dimensionExclusions;
    for (const name of Array.isArray(exclusions) ? exclusions : [])
      if (typeof name === 'string' && !columns.has(name)) properties[name] = false;
    columnsSchema.additionalProperties =
      discovery === 'auto'
        ? { type: 'object', properties: { type: { const: 'auto' }, values: {} } }
        : {
            type: 'object',
            properties: {
              type: { const: 'string' },
              values: NULLABLE_MULTI_STRING,
              multiValueHandling: { const: 'SORTED_ARRAY' },
            },
          };
  }

  const granularity = ingestion.granularitySpec;
  const rollup = granularity.value.rollup !== false;
  const queryGranularity = readQueryGranularity(granularity.value.queryGranularity);
  return {
    dataSource: ingestion.dataSource,
    schema: {
      $schema: 'http://json-schema.org/draft-07/schema#',
      title: `Datasource ${ingestion.dataSource ?? '(unnamed)'} as queries see it`,
      type: 'object',
      properties: {
        columns: columnsSchema,
        rollup: { const: rollup },
        queryGranularity: { enum: exactQueryGranularities(queryGranularity, others) },
      },
      required: ['columns', 'rollup', 'queryGranularity'],
    },
    columnsSchema,
    columns,
    discovery,
    dimensionsPointer: ingestion.dimensionsSpec.pointer,
    rollup: { value: rollup, pointer: join(granularity.pointer, 'rollup') },
    queryGranularity: { value: queryGranularity, pointer: join(granularity.pointer, 'queryGranularity') },
  };
}

/** The query granularity an effective spec stores rows at. */
export function storedGranularity(effective: EffectiveSpec): QueryGranularity {
  const spec = readIngestion(effective).granularitySpec.value;
  return readQueryGranularity(isPlainObject(spec) ? spec.queryGranularity : undefined);
}
