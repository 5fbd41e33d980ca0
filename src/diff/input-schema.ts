/**
 * The events a spec reads, as a JSON Schema: the producers' side of the contract. An instance is an
 * event whose every field the ingestion takes in and can parse, so a removal is something producers
 * send today that new rows would drop or refuse:
 * - the timestamp field is required (unless `missingValue` is set), typed by its format, and the
 *   format is named in `format` (a change of unit is not visible in JSON types);
 * - a field read as a number (a numeric dimension, a sum/min/max/first/last over it) accepts numbers,
 *   numeric strings and null; a `pattern` says which strings — any other value is a parse error;
 * - a field read any other way (string, json or auto dimension, expression, filter) accepts anything;
 * - fields reached through flattenSpec paths are nested objects; an unread field is refused, unless
 *   schema discovery ingests every field.
 * Transform outputs are not event fields: whatever reads a transform reads its expression's inputs.
 */
import { metricInputs } from '../spec/model/dimension-exclusions.js';
import { isPlainObject } from '../common/json.js';
import { join } from '../spec/pointer.js';
import { readIngestion, type Ingestion } from './ingestion.js';
import type { JsonSchema, SchemaObject } from './json-schema.js';
import { metricType } from './metric-types.js';
import type { EffectiveSpec } from './normalize.js';

export interface Reader {
  kind: 'timestamp' | 'dimension' | 'metric' | 'transform' | 'filter';
  name: string;
  pointer: string;
  numeric: boolean;
}

export interface InputField {
  /** Keys from the event's root to the value. */
  path: string[];
  readers: Reader[];
  /** The flattenSpec field that locates it, when one does. */
  flatten?: { pointer: string; name: string };
}

export interface InputSchema {
  schema: SchemaObject;
  /** By path, joined with "." (`user.id`). */
  fields: Map<string, InputField>;
  timestamp: { path: string[]; format: string; required: boolean; pointer: string };
  formatName: string | undefined;
  formatPointer: string;
  /** The positional columns of a delimited format (csv, tsv): their order maps values to fields. */
  delimitedColumns?: { names: string[]; pointer: string };
  /** Every field is ingested (schema discovery), not only the ones named. */
  discovery: boolean;
}

// Druid parses numeric strings (Rows.objectToNumber); a pattern applies to strings only.
const NUMERIC_TEXT = '^\\s*[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?\\s*$';
const NUMBER: SchemaObject = { type: ['number', 'string', 'null'], pattern: NUMERIC_TEXT };

/** TimestampParser: named formats are case-insensitive; anything else is a Joda pattern. */
const NUMERIC_TIMESTAMPS = new Set(['posix', 'millis', 'micro', 'nano', 'ruby']);

function timestampFormat(format: string): string {
  const lower = format.toLowerCase();
  return lower === 'iso' || lower === 'auto' || NUMERIC_TIMESTAMPS.has(lower) ? lower : format;
}

function timestampSchema(format: string): SchemaObject {
  if (format === 'auto') return { type: ['string', 'number'], format };
  if (NUMERIC_TIMESTAMPS.has(format)) return { type: ['number', 'string'], pattern: NUMERIC_TEXT, format };
  return { type: 'string', format };
}

const NUMERIC_DIMENSIONS = new Set(['long', 'float', 'double']);

export function inputSchema(effective: EffectiveSpec): InputSchema {
  const ingestion = readIngestion(effective);
  const locate = locator(ingestion);
  const transforms = new Map(ingestion.transforms.map((item) => [item.name, item]));
  const fields = new Map<string, InputField>();
  const read = (name: string, reader: Reader): void => {
    if (name === '__time') return;
    // A transform's output shadows the input field of that name; its own inputs are read instead.
    if (transforms.has(name) && reader.kind !== 'transform') return;
    const where = locate(name);
    if (!where) return;
    const key = where.path.join('.');
    const field = fields.get(key) ?? {
      path: where.path,
      readers: [],
      ...(where.flatten && { flatten: where.flatten }),
    };
    field.readers.push(reader);
    fields.set(key, field);
  };

  const timestamp = ingestion.timestamp;
  read(timestamp.column, {
    kind: 'timestamp',
    name: timestamp.column,
    pointer: join(timestamp.pointer, 'column'),
    numeric: false,
  });
  for (const { name, value, pointer } of ingestion.dimensions) {
    const type = String(value.type ?? 'string');
    const numeric =
      NUMERIC_DIMENSIONS.has(type) ||
      (type === 'auto' &&
        typeof value.castToType === 'string' &&
        /^(LONG|FLOAT|DOUBLE)$/i.test(value.castToType));
    const sources = type === 'spatial' && Array.isArray(value.dims) ? value.dims.map(String) : [name];
    for (const source of sources) read(source, { kind: 'dimension', name, pointer, numeric });
  }
  for (const { value, pointer } of ingestion.spatialDimensions)
    for (const source of Array.isArray(value.dims) ? value.dims.map(String) : [String(value.dimName)])
      read(source, { kind: 'dimension', name: String(value.dimName), pointer, numeric: false });
  for (const { name, value, pointer } of ingestion.metrics) {
    const numericField = numericInput(value);
    if (numericField !== undefined) read(numericField, { kind: 'metric', name, pointer, numeric: true });
    for (const source of metricInputs(value))
      if (source !== numericField) read(source, { kind: 'metric', name, pointer, numeric: false });
  }
  for (const { name, value, pointer } of ingestion.transforms)
    for (const source of metricInputs(value))
      read(source, { kind: 'transform', name, pointer, numeric: false });
  if (ingestion.filter)
    for (const source of metricInputs(ingestion.filter.value))
      read(source, {
        kind: 'filter',
        name: 'transformSpec.filter',
        pointer: ingestion.filter.pointer,
        numeric: false,
      });

  const format = timestampFormat(timestamp.format);
  const timestampPath = locate(timestamp.column)?.path ?? [timestamp.column];
  const required = timestamp.missingValue === undefined;
  const discovery = discovers(ingestion);
  const schema = buildSchema(fields, timestampPath.join('.'), timestampSchema(format), required, discovery);
  const columns = ingestion.format?.value.columns;
  const delimited = ['csv', 'tsv'].includes(
    String(ingestion.format?.value.type ?? ingestion.format?.value.format),
  );
  return {
    schema: {
      $schema: 'http://json-schema.org/draft-07/schema#',
      title: 'Input events as the spec reads them',
      ...schema,
    },
    fields,
    timestamp: { path: timestampPath, format, required, pointer: timestamp.pointer },
    formatName: ingestion.formatName,
    formatPointer: ingestion.format?.pointer ?? '/spec/ioConfig/inputFormat',
    ...(delimited &&
      Array.isArray(columns) && {
        delimitedColumns: {
          names: columns.map(String),
          pointer: join(ingestion.format?.pointer ?? '', 'columns'),
        },
      }),
    discovery,
  };
}

/** The field an aggregator parses as a number, if it does. */
function numericInput(aggregator: Record<string, unknown>): string | undefined {
  const inner =
    aggregator.type === 'filtered' && isPlainObject(aggregator.aggregator)
      ? aggregator.aggregator
      : aggregator;
  return metricType(inner).numericInput && typeof inner.fieldName === 'string' ? inner.fieldName : undefined;
}

function discovers(ingestion: Ingestion): boolean {
  const spec = ingestion.dimensionsSpec.value;
  const listed = ingestion.dimensions.length + ingestion.spatialDimensions.length;
  return spec.useSchemaDiscovery === true || spec.includeAllDimensions === true || listed === 0;
}

/**
 * Where Druid finds a field in the event: through the flattenSpec field of that name (root, path,
 * tree, or a jq expression of plain keys), else at the root — unless the flattenSpec turns field
 * discovery off, in which case only its fields exist. An expression that is not a plain key path
 * stands for itself: its value comes from somewhere in the event that only it names.
 */
function locator(
  ingestion: Ingestion,
): (name: string) => { path: string[]; flatten?: InputField['flatten'] } | undefined {
  const flatten = ingestion.flattenSpec;
  const list = flatten && Array.isArray(flatten.value.fields) ? flatten.value.fields : [];
  const byName = new Map<string, { path: string[]; flatten: InputField['flatten'] }>();
  list.forEach((item, index) => {
    if (!isPlainObject(item) || typeof item.name !== 'string') return;
    const path = flattenPath(item);
    byName.set(item.name, {
      path,
      flatten: { pointer: join(flatten?.pointer ?? '', 'fields', index), name: item.name },
    });
  });
  const discovery = flatten?.value.useFieldDiscovery !== false;
  return (name) => byName.get(name) ?? (discovery ? { path: [name] } : undefined);
}

function flattenPath(field: Record<string, unknown>): string[] {
  const expr = typeof field.expr === 'string' && field.expr !== '' ? field.expr : String(field.name);
  switch (field.type) {
    case 'tree':
      return Array.isArray(field.nodes) ? field.nodes.map(String) : [String(field.name)];
    case 'path':
      return keyPath(expr, /^\$/) ?? [expr];
    case 'jq':
      return keyPath(expr, /^(?=\.)/) ?? [expr];
    default:
      return [expr];
  }
}

// `.user.id`, `['user']["id"]`: plain keys only (no wildcards, indexes or filters).
const KEY_STEP = /^(?:\.([A-Za-z_$][\w$-]*)|\[\s*'([^']*)'\s*\]|\[\s*"([^"]*)"\s*\])/;

function keyPath(expr: string, root: RegExp): string[] | undefined {
  const start = root.exec(expr);
  if (!start) return undefined;
  let rest = expr.slice(start[0].length);
  const path: string[] = [];
  while (rest !== '') {
    const step = KEY_STEP.exec(rest);
    if (!step) return undefined;
    path.push((step[1] ?? step[2] ?? step[3]) as string);
    rest = rest.slice(step[0].length);
  }
  return path.length > 0 ? path : undefined;
}

interface Node {
  leaf?: SchemaObject;
  children: Map<string, Node>;
  required: boolean;
}

function buildSchema(
  fields: Map<string, InputField>,
  timestampKey: string,
  timestamp: SchemaObject,
  required: boolean,
  discovery: boolean,
): SchemaObject {
  const root: Node = { children: new Map(), required: false };
  for (const [key, field] of fields) {
    let node = root;
    for (const step of field.path) {
      const child = node.children.get(step) ?? { children: new Map(), required: false };
      node.children.set(step, child);
      node = child;
    }
    const isTimestamp = key === timestampKey;
    node.leaf = isTimestamp ? timestamp : field.readers.some((reader) => reader.numeric) ? NUMBER : {};
    if (isTimestamp && required) markRequired(root, field.path);
  }
  return toSchema(root, discovery);
}

function markRequired(root: Node, path: string[]): void {
  let node = root;
  for (const step of path) {
    node = node.children.get(step) as Node;
    node.required = true;
  }
}

function toSchema(node: Node, discovery: boolean): SchemaObject {
  const properties: Record<string, JsonSchema> = {};
  for (const [key, child] of node.children)
    // A value read whole (a leaf) takes in whatever it holds, nested keys included.
    properties[key] = child.leaf ?? { type: 'object', ...toSchema(child, false) };
  const required = [...node.children].filter(([, child]) => child.required).map(([key]) => key);
  return {
    type: 'object',
    properties,
    additionalProperties: discovery ? {} : false,
    ...(required.length > 0 && { required }),
  };
}
