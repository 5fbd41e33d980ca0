/**
 * Comparing two JSON Schemas as sets of accepted values: json-schema-diff computes what the new
 * schema no longer accepts (removed: breaking) and what it newly accepts (added: compatible), and
 * this module says *where*: each removed or added branch it returns requires the properties whose
 * values changed, so following `required` down names them. json-schema-diff evaluates `type`,
 * `properties`, `required`, `additionalProperties`, `items` and the boolean combinators, and reads
 * `const`, `enum`, `pattern` and `format` as "anything" (its KEYWORDS.md); `keywordChanges` covers
 * those by walking both schemas side by side.
 */
import { isPlainObject } from '../common/json.js';
import { canonicalJson } from './spec-diff.js';
import { diffSchemaSets } from './json-schema-sets.js';

type JsonType = 'string' | 'number' | 'integer' | 'boolean' | 'null' | 'array' | 'object';

/** The draft-07 keywords the derived schemas use. */
export interface SchemaObject {
  $schema?: string;
  title?: string;
  description?: string;
  type?: JsonType | JsonType[];
  properties?: Record<string, JsonSchema>;
  additionalProperties?: JsonSchema;
  required?: string[];
  items?: JsonSchema;
  const?: unknown;
  enum?: unknown[];
  pattern?: string;
  format?: string;
}

export type JsonSchema = boolean | SchemaObject;

export interface SetDifference {
  /** Property paths whose values the new schema no longer accepts; [] for the object as a whole. */
  removed: string[][];
  /** Property paths whose values the new schema newly accepts. */
  added: string[][];
}

/**
 * json-schema-diff's work grows steeply with the number of properties that differ in one call
 * (measured on column schemas: 16 → 0.15 s, 32 → 1 s, 64 → 29 s). So the properties that differ
 * go in batches of this many, and small pairs share a call.
 */
const BATCH = 8;

interface Slice<Name> {
  name: Name;
  base: JsonSchema;
  head: JsonSchema;
  size: number;
}

/**
 * What each `head` accepts that its `base` did not, and the reverse, by property path. Optional
 * properties both sides describe alike are left out first: properties of these object schemas are
 * independent, so they add no difference, only work — and for the same reason the properties that
 * do differ can be compared a batch at a time.
 */
export async function setDifferences<Name extends string>(
  pairs: Record<Name, [base: JsonSchema, head: JsonSchema]>,
): Promise<Record<Name, SetDifference>> {
  const names = Object.keys(pairs) as Name[];
  const result = {} as Record<Name, SetDifference>;
  for (const name of names) result[name] = { removed: [], added: [] };
  const pending = names.flatMap((name) => slices(name, pairs[name][0], pairs[name][1]));
  while (pending.length > 0) {
    const call: Array<Slice<Name>> = [];
    for (const slice of [...pending]) {
      const size = call.reduce((total, item) => total + item.size, 0);
      if (call.length > 0 && (size + slice.size > BATCH || call.some((item) => item.name === slice.name)))
        continue;
      call.push(slice);
      pending.splice(pending.indexOf(slice), 1);
    }
    const side = (pick: 'base' | 'head'): SchemaObject =>
      wellFormed({
        type: 'object',
        properties: Object.fromEntries(call.map((slice) => [slice.name, slice[pick]])),
      }) as SchemaObject;
    const diff = diffSchemaSets(side('base'), side('head'));
    const collect = (schema: unknown, into: 'removed' | 'added'): void => {
      for (const [name, ...path] of causes(schema))
        if (name !== undefined && name in result) result[name as Name][into].push(path);
    };
    if (diff.removed !== undefined) collect(diff.removed, 'removed');
    if (diff.added !== undefined) collect(diff.added, 'added');
  }
  return result;
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * The schema with every string and key made well-formed UTF-16: json-schema-diff URI-encodes
 * property names, which throws on a lone surrogate (a column named "\ud800" in a JSON file).
 */
function wellFormed(value: unknown): unknown {
  if (typeof value === 'string') return value.replace(LONE_SURROGATE, '\ufffd');
  if (Array.isArray(value)) return value.map(wellFormed);
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [wellFormed(key), wellFormed(item)]),
    );
  return value;
}

/** A pair cut into comparable parts: each with the required properties and a batch of the differing ones. */
function slices<Name>(name: Name, base: JsonSchema, head: JsonSchema): Array<Slice<Name>> {
  if (canonicalJson(base) === canonicalJson(head)) return [];
  if (typeof base === 'boolean' || typeof head === 'boolean') return [{ name, base, head, size: 1 }];
  const required = new Set([...(base.required ?? []), ...(head.required ?? [])]);
  const keys = new Set([...Object.keys(base.properties ?? {}), ...Object.keys(head.properties ?? {})]);
  const differing = [...keys].filter(
    (key) =>
      !required.has(key) && canonicalJson(base.properties?.[key]) !== canonicalJson(head.properties?.[key]),
  );
  const keep = (schema: SchemaObject, batch: string[]): SchemaObject => {
    if (schema.properties === undefined) return schema;
    const wanted = new Set([...required, ...batch]);
    return {
      ...schema,
      properties: Object.fromEntries(Object.entries(schema.properties).filter(([key]) => wanted.has(key))),
    };
  };
  const batches: string[][] = [];
  for (let start = 0; start < differing.length; start += BATCH)
    batches.push(differing.slice(start, start + BATCH));
  if (batches.length === 0) batches.push([]);
  return batches.map((batch) => ({
    name,
    base: keep(base, batch),
    head: keep(head, batch),
    size: Math.max(1, batch.length),
  }));
}

/** The properties a difference schema requires, followed down to the deepest required one. */
function causes(schema: unknown): string[][] {
  if (!isPlainObject(schema)) return schema === false ? [] : [[]];
  if (Array.isArray(schema.anyOf)) return schema.anyOf.flatMap(causes);
  const required = Array.isArray(schema.required) ? schema.required.map(String) : [];
  if (required.length === 0) return [[]];
  const properties = isPlainObject(schema.properties) ? schema.properties : {};
  return required.flatMap((name) => {
    const inner = properties[name];
    const deeper =
      isPlainObject(inner) &&
      (Array.isArray(inner.anyOf) || (Array.isArray(inner.required) && inner.required.length > 0));
    return deeper ? causes(inner).map((path) => [name, ...path]) : [[name]];
  });
}

type IgnoredKeyword = 'const' | 'enum' | 'pattern' | 'format';

export interface KeywordChange {
  /** Property path of the schema that carries the keyword. */
  path: string[];
  keyword: IgnoredKeyword;
  /** The keyword's value in each schema; undefined where it is absent (no restriction). */
  before: unknown;
  after: unknown;
  /** Values the new schema no longer accepts (a restriction added or tightened). */
  narrows: boolean;
  /** Values the new schema newly accepts (a restriction dropped or loosened). */
  widens: boolean;
}

const IGNORED: readonly IgnoredKeyword[] = ['const', 'enum', 'pattern', 'format'];

/**
 * The keywords json-schema-diff reads as "anything", compared wherever both schemas describe the
 * same property (a property one side lacks is json-schema-diff's to report). An absent keyword
 * restricts nothing; `enum` is compared value by value; a changed `const`, `pattern` or `format`
 * both narrows and widens, since one regular expression or format cannot be proven to contain
 * another.
 */
export function keywordChanges(
  baseSchema: JsonSchema,
  headSchema: JsonSchema,
  path: string[] = [],
): KeywordChange[] {
  // `true` accepts anything, like `{}`; `false` accepts nothing, so it has no keyword to compare.
  const base = baseSchema === true ? {} : baseSchema;
  const head = headSchema === true ? {} : headSchema;
  if (base === false || head === false) return [];
  const changes: KeywordChange[] = [];
  for (const keyword of IGNORED) {
    const before = base[keyword];
    const after = head[keyword];
    if (canonicalJson(before) === canonicalJson(after)) continue;
    changes.push({ path, keyword, before, after, ...direction(keyword, before, after) });
  }
  const names = new Set([...Object.keys(base.properties ?? {}), ...Object.keys(head.properties ?? {})]);
  for (const name of [...names].sort()) {
    const before = propertySchema(base, name);
    const after = propertySchema(head, name);
    if (before !== undefined && after !== undefined)
      changes.push(...keywordChanges(before, after, [...path, name]));
  }
  if (base.items !== undefined && head.items !== undefined)
    changes.push(...keywordChanges(base.items, head.items, [...path, '[]']));
  return changes;
}

/** The schema that applies to property `name`: its own, else additionalProperties; undefined if refused. */
export function propertySchema(schema: SchemaObject, name: string): JsonSchema | undefined {
  const own = schema.properties?.[name];
  if (own !== undefined) return own === false ? undefined : own;
  const other = schema.additionalProperties;
  return other === false ? undefined : (other ?? true);
}

function direction(
  keyword: IgnoredKeyword,
  before: unknown,
  after: unknown,
): { narrows: boolean; widens: boolean } {
  if (before === undefined) return { narrows: true, widens: false };
  if (after === undefined) return { narrows: false, widens: true };
  if (keyword === 'enum' && Array.isArray(before) && Array.isArray(after)) {
    const has = (list: unknown[], value: unknown): boolean =>
      list.some((item) => canonicalJson(item) === canonicalJson(value));
    return {
      narrows: before.some((value) => !has(after, value)),
      widens: after.some((value) => !has(before, value)),
    };
  }
  return { narrows: true, widens: true };
}
