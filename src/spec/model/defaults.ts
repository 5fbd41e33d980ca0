/**
 * Fills Druid's defaults into a value, walking the model: the value as Druid holds it after Jackson
 * has read it. One walk serves two callers: the normaliser (the `effective` form: what Druid runs,
 * null means absent, output-only fields dropped) and re-serialisation like Druid's GET (the
 * `stored` form: fields whose default is null written as null, output-only fields written).
 *
 * What the walk does at each node is what Jackson does there: only fields the release reads
 * (`since`/`removedIn`), unknown keys dropped unless the object is a free-form map, a typed node's
 * variant chosen by its tag (absent → `defaultVariant`; unknown → `defaultVariant` when Druid
 * silently replaces it, else kept as written), a union's variant chosen by JSON type, Jackson's
 * scalar coercions, case-insensitive enums in the model's spelling. What Druid's constructors do
 * beyond plain defaults (copies, shorthands, sorted sets) lives in constructor-rules.ts.
 */
import { isDeepStrictEqual } from 'node:util';
import { isPlainObject } from '../../common/json.js';
import { CONSTRUCTOR_RULES, type RuleContext } from './constructor-rules.js';
import { jsonTypesOf } from './schema.js';
import type { Field, GetForm, Node, ObjectNode, StringNode, TypedNode, UnionNode } from './vocabulary.js';
import { defaultIn, isAvailableIn, reachedAt } from './version.js';

type DefaultsForm = 'effective' | 'stored';

export interface DefaultsOptions {
  /** The Druid release whose fields and defaults apply. */
  druidVersion: string;
  /** `effective` (default): as Druid runs it. `stored`: as Druid writes it back. */
  form?: DefaultsForm;
  /**
   * Rewrites a scalar the model gives a Druid-specific format (periods, date-times); called with
   * the node as declared (a union for a date-time that may be a string or milliseconds).
   */
  scalar?: (node: Node, value: unknown) => unknown;
  /**
   * Sees every value as written, before the walk reads it, with the node it is read as and where it
   * is (keys and indexes from the walked value): a union's value first with the union, then with the
   * variant chosen for it; a typed value with the typed node, then with its variant. A caller that
   * must refuse what Druid's Jackson refuses (the emulator's 400s) throws from here.
   */
  reader?: (node: Node, value: unknown, path: readonly (string | number)[]) => void;
}

type Path = readonly (string | number)[];

/** The value with Druid's defaults filled in; undefined when the value is absent (or null). */
export function applyDefaults(node: Node, value: unknown, options: DefaultsOptions): unknown {
  return new Walk(options).visit(node, value, []);
}

class Walk implements RuleContext {
  readonly form: DefaultsForm;
  readonly druidVersion: string;
  private readonly scalar: (node: Node, value: unknown) => unknown;
  private readonly reader: DefaultsOptions['reader'];

  constructor(options: DefaultsOptions) {
    this.form = options.form ?? 'effective';
    this.druidVersion = options.druidVersion;
    this.scalar = options.scalar ?? ((_node, value) => value);
    this.reader = options.reader;
  }

  visit(node: Node, input: unknown, path: Path): unknown {
    if (input === null || input === undefined) return undefined;
    this.reader?.(node, input, path);
    const rule = CONSTRUCTOR_RULES.get(node);
    if (rule?.asWritten) return structuredClone(input);
    const value = rule?.before ? rule.before(input, this) : input;
    const walked = this.node(node, value, path);
    const result = rule?.after && walked !== undefined ? rule.after(walked, this) : walked;
    return this.form === 'stored' && node.kind === 'object' && isPlainObject(result)
      ? inDeclaredOrder(node, result)
      : result;
  }

  /** The default of a field, walked like a value (a default object gets its own defaults). */
  fieldDefault(field: Field): unknown {
    const value = defaultIn(field, this.druidVersion);
    if (value === undefined) return undefined;
    if (value === null) return this.form === 'stored' ? null : undefined;
    return new Walk({ druidVersion: this.druidVersion, form: this.form, scalar: this.scalar }).visit(
      field.node,
      structuredClone(value),
      [],
    );
  }

  /** What the stored form writes for a field: GET's null or omission where the model says so. */
  private stored(field: Field, item: unknown): unknown {
    const form = this.form === 'stored' ? getForm(field, this.druidVersion) : undefined;
    if (item === undefined) {
      if (form === 'null') return null;
      return form === undefined ? this.fieldDefault(field) : undefined;
    }
    if (form === 'omittedWhenDefault' && isDeepStrictEqual(item, this.fieldDefault(field))) return undefined;
    return item;
  }

  private node(node: Node, value: unknown, path: Path): unknown {
    switch (node.kind) {
      case 'object':
        return isPlainObject(value) ? this.object(node, value, path) : this.asWritten(value);
      case 'typed':
        return isPlainObject(value) ? this.typed(node, value, path) : this.asWritten(value);
      case 'array':
        return Array.isArray(value)
          ? value.map((item, index) => this.visit(node.items, item, [...path, index]) ?? null)
          : this.asWritten(value);
      case 'union':
        return this.union(node, value, path);
      case 'string':
        return this.scalar(node, this.string(node, value));
      case 'integer':
        return coerceInteger(value);
      case 'number':
        return typeof value === 'string' && isNumeric(value) ? Number(value) : value;
      case 'boolean':
        return coerceBoolean(value);
      case 'any':
        return this.asWritten(value);
    }
  }

  private object(node: ObjectNode, value: Record<string, unknown>, path: Path): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(node.fields)) {
      if (!isAvailableIn(field, this.druidVersion)) continue;
      if (field.outputOnly) {
        // Druid ignores what was submitted here and writes its own value.
        if (this.form === 'stored' && defaultIn(field, this.druidVersion) !== undefined)
          out[key] = this.fieldDefault(field);
        continue;
      }
      const result = this.stored(field, this.visit(field.node, value[key], [...path, key]));
      if (result !== undefined) out[key] = result;
    }
    if (node.unknownKeys !== 'keep') return out;
    // A free-form map's keys are data (any text, "__proto__" included): defined, never assigned.
    const entries = Object.entries(value)
      .filter(([key]) => !Object.hasOwn(node.fields, key))
      .map(([key, item]): [string, unknown] => {
        const result = this.visit(node.values ?? { kind: 'any' }, item, [...path, key]);
        return [key, result === undefined && item === null && this.form === 'stored' ? null : result];
      })
      .filter(([, result]) => result !== undefined);
    return { ...out, ...Object.fromEntries(entries) };
  }

  private typed(node: TypedNode, value: Record<string, unknown>, path: Path): unknown {
    const tag = node.tag ?? 'type';
    const written = value[tag];
    let name: string | undefined;
    const known = (variant: string): boolean =>
      Object.hasOwn(node.variants, variant) &&
      isAvailableIn(node.variantAvailability?.[variant] ?? {}, this.druidVersion);
    if (typeof written === 'string' && known(written)) name = written;
    else if (written === undefined || written === null || node.unknownType === 'replace')
      name = node.defaultVariant;
    const variant = name === undefined ? undefined : node.variants[name];
    // A type the model does not describe (an extension's): Druid's own defaults are unknown here.
    if (!variant) return this.asWritten(value);
    return this.visit(variant, { ...value, [tag]: name }, path);
  }

  private union(node: UnionNode, input: unknown, path: Path): unknown {
    const value = isPlainObject(input) || Array.isArray(input) ? input : this.scalar(node, input);
    const type = jsonTypeOf(value);
    const variant =
      node.variants.find((candidate) => jsonTypesOf(candidate).includes(type)) ??
      (type === 'integer' ? node.variants.find((c) => jsonTypesOf(c).includes('number')) : undefined);
    return variant ? this.visit(variant, value, path) : this.asWritten(value);
  }

  /** Jackson reads numbers and booleans into String fields; enums match in the model's spelling. */
  private string(node: StringNode, value: unknown): unknown {
    if (node.acceptsMillis && typeof value === 'number') return value;
    const text = typeof value === 'number' || typeof value === 'boolean' ? String(value) : value;
    if (typeof text !== 'string' || !node.enum) return text;
    const spelt = node.caseInsensitive
      ? node.enum.find((candidate) => candidate.toUpperCase() === text.toUpperCase())
      : node.enum.find((candidate) => candidate === text);
    return spelt ?? (node.silentlyReplacedWith !== undefined ? node.silentlyReplacedWith : text);
  }

  /** A value the model cannot type: kept as written, with null meaning absent in the effective form. */
  private asWritten(value: unknown): unknown {
    if (this.form === 'stored') return structuredClone(value);
    return withoutNulls(value);
  }
}

/** The `inGet` form that applies on a release; undefined: the default is written. */
function getForm(field: Field, druidVersion: string): GetForm | undefined {
  if (typeof field.inGet === 'string' || field.inGet === undefined) return field.inGet;
  return reachedAt(field.inGet, druidVersion)?.as;
}

/** The keys of an object in the model's declared order (GET's order), others after them. */
function inDeclaredOrder(node: ObjectNode, value: Record<string, unknown>): Record<string, unknown> {
  const declared = Object.keys(node.fields).filter((key) => Object.hasOwn(value, key));
  const others = Object.keys(value).filter((key) => !Object.hasOwn(node.fields, key));
  // Built by definition, not assignment: keys of free-form maps are data ("__proto__" included).
  return Object.fromEntries([...declared, ...others].map((key) => [key, value[key]]));
}

function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (!isPlainObject(value)) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, item]) => item !== null)
      .map(([key, item]) => [key, withoutNulls(item)]),
  );
}

function jsonTypeOf(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (isPlainObject(value)) return 'object';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

const isNumeric = (text: string): boolean => text.trim() !== '' && Number.isFinite(Number(text));

/** Jackson: numeric strings become numbers, fractions are truncated (ACCEPT_FLOAT_AS_INT). */
function coerceInteger(value: unknown): unknown {
  if (typeof value === 'number') return Number.isFinite(value) ? Math.trunc(value) : value;
  if (typeof value === 'string' && /^\s*[-+]?\d+\s*$/.test(value)) return Number.parseInt(value, 10);
  return value;
}

/** Jackson: "true"/"false" in any case, and numbers (0 is false). */
function coerceBoolean(value: unknown): unknown {
  if (typeof value === 'number') return value !== 0;
  if (typeof value === 'string' && /^\s*(true|false)\s*$/i.test(value))
    return value.trim().toLowerCase() === 'true';
  return value;
}
