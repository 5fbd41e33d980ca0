/**
 * The vocabulary of the spec model: Druid's Kafka supervisor spec written down as data. From one
 * model we generate the JSON Schema that Ajv validates with, the defaults the normaliser applies,
 * and the field reference in docs/. Facts come from Druid's source (see docs/druid-fidelity.md).
 */

/** Which Druid releases know a field or a value. Versions are Druid release numbers ("34.0.0"). */
export interface Availability {
  /** First release that reads it. Older releases silently ignore the field. */
  since?: string;
  /** First release that no longer reads it. */
  removedIn?: string;
}

/** String formats with Druid-specific parsing rules. */
export type StringFormat =
  /** Joda ISO-8601 period that Druid turns into a Duration: no years or months (P1M fails). */
  | 'duration'
  /** Joda ISO-8601 period (years and months allowed). */
  | 'period'
  /** ISO-8601 date-time, e.g. 2024-01-01T00:00:00Z. */
  | 'datetime'
  /** ISO-8601 interval, start/end. */
  | 'interval';

export interface StringNode {
  kind: 'string';
  enum?: readonly string[];
  /** Druid upper-cases before matching (granularities, multiValueHandling). */
  caseInsensitive?: boolean;
  format?: StringFormat;
  /** Druid silently replaces values outside `enum` with this one instead of failing. */
  silentlyReplacedWith?: string;
  /** A bare JSON integer is also accepted and read as milliseconds (Joda period fields). */
  acceptsMillis?: boolean;
  minLength?: number;
}

export interface IntegerNode {
  kind: 'integer';
  /** Java type: int (32-bit) or long (64-bit). */
  java: 'int' | 'long';
  /** The number is a duration in milliseconds (an ISO period string here is a 400). */
  unit?: 'milliseconds' | 'bytes' | 'rows';
  minimum?: number;
  exclusiveMinimum?: number;
  maximum?: number;
}

export interface NumberNode {
  kind: 'number';
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
}

export interface BooleanNode {
  kind: 'boolean';
}

export interface ObjectNode {
  kind: 'object';
  /** Stable id used in messages and docs, e.g. "ioConfig". */
  id: string;
  /**
   * The fields Druid reads and writes, declared in the order Druid's GET writes them (Jackson's
   * property order of the Java class); fields GET never writes come last. The stored form of
   * applyDefaults writes keys in this order.
   */
  fields: Readonly<Record<string, Field>>;
  /**
   * 'drop': Druid maps it to a Java class and silently drops unknown keys (reported);
   * 'keep': a free-form map whose keys are data (consumerProperties, context).
   */
  unknownKeys: 'drop' | 'keep';
  /** Free-form map: the schema of each value. */
  values?: Node;
}

export interface ArrayNode {
  kind: 'array';
  items: Node;
}

/** A value that may take several JSON shapes (a dimension is a string or an object). */
export interface UnionNode {
  kind: 'union';
  variants: readonly Node[];
}

/** A polymorphic Jackson type chosen by its "type" property. */
export interface TypedNode {
  kind: 'typed';
  id: string;
  /** The discriminating property; "type" unless Jackson was told otherwise (autoScalerStrategy). */
  tag?: string;
  variants: Readonly<Record<string, ObjectNode>>;
  /** The variant Druid uses when "type" is absent (dimension schemas default to string). */
  defaultVariant?: string;
  /**
   * What Druid does with a "type" outside `variants`:
   * 'reject': a 400 from Jackson;
   * 'replace': silently uses `defaultVariant` (segmentWriteOutMediumFactory);
   * 'extension': other values come from extensions, which Druid rejects unless one is loaded.
   */
  unknownType: 'reject' | 'replace' | 'extension';
  /** Known extension-provided types: accepted with any fields, with a note about the extension. */
  extensionTypes?: Readonly<Record<string, string>>;
  /**
   * Variants that not every release knows, by name. A release outside a variant's range treats its
   * name as it treats any unknown type (`unknownType`).
   */
  variantAvailability?: Readonly<Record<string, Availability>>;
}

export interface AnyNode {
  kind: 'any';
}

export type Node =
  | StringNode
  | IntegerNode
  | NumberNode
  | BooleanNode
  | ObjectNode
  | ArrayNode
  | UnionNode
  | TypedNode
  | AnyNode;

/** How Druid's GET writes a field that is unset or holds its default (`Field.inGet`). */
export type GetForm =
  /** Written as null when unset (a nullable Java field without a default, plain getter). */
  | 'null'
  /** Left out when unset (a getter annotated @JsonInclude(NON_NULL)). */
  | 'omitted'
  /** Left out whenever it holds its default, written or not (@JsonInclude(NON_DEFAULT) or NON_EMPTY). */
  | 'omittedWhenDefault';

export interface Field extends Availability {
  node: Node;
  /** One or two sentences for the field reference; says units and what Druid does with it. */
  description: string;
  /** The value Druid uses when the field is absent (as Druid re-serialises it, when it does). */
  default?: unknown;
  /**
   * Releases that changed the default: the entry with the newest `since` the release has reached
   * applies, and before the first one `default` does. The last entry is the newest default.
   */
  defaultChanges?: readonly { since: string; value: unknown }[];
  /** Druid refuses the spec without it (a Jackson/constructor error, so a 400). */
  required?: boolean;
  /** null is accepted and means "absent". */
  nullable?: boolean;
  /** Druid writes it in the stored spec but ignores it on input (e.g. ioConfig.stream). */
  outputOnly?: boolean;
  /** Still read, but discouraged; the text says what to use instead. */
  deprecated?: string;
  /**
   * How GET writes the field when it is unset (or holds its default), where that is not simply
   * `default`: read by the stored form of applyDefaults, ignored by the effective form. When it
   * changed between releases, a list `[{since, as}]`: the entry with the newest `since` the release
   * has reached applies, and before the first one `default` is written.
   */
  inGet?: GetForm | readonly { since: string; as: GetForm }[];
}

export function field(
  node: Node,
  description: string,
  extra: Omit<Field, 'node' | 'description'> = {},
): Field {
  return { node, description, ...extra };
}

// Small constructors keep the catalogue readable.
export const str = (extra: Omit<StringNode, 'kind'> = {}): StringNode => ({ kind: 'string', ...extra });
export const int = (extra: Omit<IntegerNode, 'kind' | 'java'> = {}): IntegerNode => ({
  kind: 'integer',
  java: 'int',
  ...extra,
});
export const long = (extra: Omit<IntegerNode, 'kind' | 'java'> = {}): IntegerNode => ({
  kind: 'integer',
  java: 'long',
  ...extra,
});
export const num = (extra: Omit<NumberNode, 'kind'> = {}): NumberNode => ({ kind: 'number', ...extra });
export const bool: BooleanNode = { kind: 'boolean' };
export const any: AnyNode = { kind: 'any' };
export const array = (items: Node): ArrayNode => ({ kind: 'array', items });
export const union = (...variants: Node[]): UnionNode => ({ kind: 'union', variants });
export const object = (
  id: string,
  fields: Record<string, Field>,
  unknownKeys: 'drop' | 'keep' = 'drop',
  values?: Node,
): ObjectNode => ({ kind: 'object', id, fields, unknownKeys, ...(values ? { values } : {}) });
export const map = (id: string, values: Node = any): ObjectNode => object(id, {}, 'keep', values);
