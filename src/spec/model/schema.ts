/**
 * Generates the JSON Schema of a supervisor spec from the model: every field any Druid release
 * reads (which release reads what is checked separately, by validate/versions.ts). Ajv validates
 * specs with it, and it is published (docs/supervisor.schema.json) for editors.
 *
 * The schema is strict: it accepts what Druid reads as the author meant it. Values Druid coerces
 * (the string "true" for a boolean, an integer for a period) fail here and the validator turns
 * those failures into warnings. Each schema node carries an `x-druid` annotation naming the
 * model element it came from, so a failure can be explained in Druid's terms.
 */
import type {
  ArrayNode,
  Field,
  Node,
  ObjectNode,
  StringFormat,
  StringNode,
  TypedNode,
} from './vocabulary.js';
import { newestDefault } from './version.js';

export type JsonSchema = Record<string, unknown>;

/** The model elements behind `x-druid` annotations. */
export type ModelElement =
  { field: Field; name: string; owner: ObjectNode } | { node: ObjectNode | TypedNode };

export interface GeneratedSchema {
  schema: JsonSchema;
  elements: Map<string, ModelElement>;
}

export const ANNOTATION = 'x-druid';

// Joda's ISO period grammar (ISOPeriodFormat.standard): PnYnMnWnDTnHnMnS, letters in any case
// (Joda matches literals case-insensitively), signed numbers, fractional seconds with . or ,.
// Durations may not use years or months: Druid converts them with Period.toStandardDuration().
const N = '-?\\d+';
const SECONDS = `(${N}([.,]\\d{1,9})?[Ss])?`;
const TIME = `([Tt](?=-?\\d)(${N}[Hh])?(${N}[Mm])?${SECONDS})?`;
const PERIOD = `^[Pp](?=-?\\d|[Tt]-?\\d)(${N}[Yy])?(${N}[Mm])?(${N}[Ww])?(${N}[Dd])?${TIME}$`;
const DURATION = `^[Pp](?=-?\\d|[Tt]-?\\d)(${N}[Ww])?(${N}[Dd])?${TIME}$`;
const DATETIME =
  '^\\d{4}(-\\d{2}(-\\d{2}(T\\d{2}(:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?)?(Z|[+-]\\d{2}(:?\\d{2})?)?)?)?)?$';
const INTERVAL = '^[^/]+/[^/]+$';

const FORMAT_PATTERNS: Record<StringFormat, string> = {
  period: PERIOD,
  duration: DURATION,
  datetime: DATETIME,
  interval: INTERVAL,
};

/**
 * The schema of a document whose root is `root`: the Kafka supervisor spec by default, or another
 * Druid document modelled the same way (a retention rule list, a compaction config).
 */
export function generateSchema(
  root: ObjectNode | TypedNode | ArrayNode,
  title = 'Apache Druid Kafka supervisor spec',
): GeneratedSchema {
  const generator = new Generator();
  const rootSchema = generator.root(root);
  return {
    schema: {
      $schema: 'http://json-schema.org/draft-07/schema#',
      title,
      ...rootSchema,
      definitions: generator.definitions,
    },
    elements: generator.elements,
  };
}

class Generator {
  readonly definitions: Record<string, JsonSchema> = {};
  readonly elements = new Map<string, ModelElement>();

  node(node: Node): JsonSchema {
    switch (node.kind) {
      case 'string':
        return this.string(node);
      case 'integer': {
        const schema: JsonSchema = { type: 'integer' };
        const max = node.java === 'int' ? 2147483647 : undefined;
        if (node.minimum !== undefined) schema.minimum = node.minimum;
        if (node.exclusiveMinimum !== undefined) schema.exclusiveMinimum = node.exclusiveMinimum;
        if ((node.maximum ?? max) !== undefined) schema.maximum = node.maximum ?? max;
        return schema;
      }
      case 'number': {
        const schema: JsonSchema = { type: 'number' };
        if (node.minimum !== undefined) schema.minimum = node.minimum;
        if (node.maximum !== undefined) schema.maximum = node.maximum;
        if (node.exclusiveMinimum !== undefined) schema.exclusiveMinimum = node.exclusiveMinimum;
        if (node.exclusiveMaximum !== undefined) schema.exclusiveMaximum = node.exclusiveMaximum;
        return schema;
      }
      case 'boolean':
        return { type: 'boolean' };
      case 'any':
        return {};
      case 'array':
        return { type: 'array', items: this.node(node.items) };
      case 'union':
        return this.union(node.variants);
      case 'object':
        return this.reference(node, () => this.objectBody(node));
      case 'typed':
        return this.reference(node, () => this.typed(node));
    }
  }

  /** The root is written inline (not as a $ref), so its keywords sit beside the schema's title. */
  root(node: ObjectNode | TypedNode | ArrayNode): JsonSchema {
    if (node.kind === 'object') return this.objectBody(node);
    if (node.kind === 'typed') return this.typed(node);
    return this.node(node);
  }

  objectBody(node: ObjectNode): JsonSchema {
    this.elements.set(node.id, { node });
    const properties: Record<string, JsonSchema> = {};
    const required: string[] = [];
    for (const [name, field] of Object.entries(node.fields)) {
      properties[name] = this.field(node, name, field);
      if (field.required) required.push(name);
    }
    const schema: JsonSchema = { type: 'object', [ANNOTATION]: node.id, properties };
    if (required.length > 0) schema.required = required;
    if (node.unknownKeys === 'drop') schema.additionalProperties = false;
    else if (node.values) schema.additionalProperties = this.node(node.values);
    return schema;
  }

  private field(owner: ObjectNode, name: string, field: Field): JsonSchema {
    const key = `${owner.id}.${name}`;
    this.elements.set(key, { field, name, owner });
    const schema = annotateBranches({ ...this.node(field.node), [ANNOTATION]: key }, key);
    if (field.description) schema.description = field.description;
    if (field.deprecated) schema.deprecated = true;
    const fallback = newestDefault(field);
    if (fallback !== undefined) schema.default = fallback;
    // Jackson reads null as "absent" for every boxed field, and Druid's own GET output is full of
    // explicit nulls; only a required field must hold a value.
    return field.required ? schema : nullable(schema);
  }

  private string(node: StringNode): JsonSchema {
    const schema: JsonSchema = { type: 'string' };
    if (node.enum && !node.silentlyReplacedWith) {
      if (node.caseInsensitive) schema.pattern = caseInsensitivePattern(node.enum);
      else schema.enum = [...node.enum];
    } else if (node.enum) {
      // Druid accepts anything here and replaces unknown values; the schema still says what is valid.
      schema.enum = [...node.enum];
    }
    if (node.format) schema.pattern = FORMAT_PATTERNS[node.format];
    if (node.minLength !== undefined) schema.minLength = node.minLength;
    return schema;
  }

  /** Variants are told apart by JSON type, so a failure is reported against the matching one only. */
  private union(variants: readonly Node[]): JsonSchema {
    const branches = variants.map((variant) => ({ types: jsonTypesOf(variant), schema: this.node(variant) }));
    const allTypes = [...new Set(branches.flatMap((branch) => branch.types))];
    return branches.reduceRight<JsonSchema>(
      (otherwise, branch) => ({ if: { type: branch.types }, then: branch.schema, else: otherwise }),
      { type: allTypes },
    );
  }

  private typed(node: TypedNode): JsonSchema {
    this.elements.set(node.id, { node });
    const tag = node.tag ?? 'type';
    const known = Object.keys(node.variants);
    const extensions = Object.keys(node.extensionTypes ?? {});
    const branches: JsonSchema[] = Object.entries(node.variants).map(([name, variant]) => ({
      if: { properties: { [tag]: { const: name } }, required: [tag] },
      then: this.objectBody(variant),
    }));
    if (node.defaultVariant) {
      const fallback = node.variants[node.defaultVariant];
      if (fallback) branches.push({ if: { not: { required: [tag] } }, then: this.objectBody(fallback) });
    }
    return {
      type: 'object',
      [ANNOTATION]: node.id,
      properties: { [tag]: { type: 'string', enum: [...known, ...extensions], [ANNOTATION]: node.id } },
      ...(node.defaultVariant ? {} : { required: [tag] }),
      allOf: branches,
    };
  }

  private reference(node: ObjectNode | TypedNode, build: () => JsonSchema): JsonSchema {
    if (!(node.id in this.definitions)) {
      this.definitions[node.id] = {}; // reserve first: filters and other nodes are recursive
      this.definitions[node.id] = build();
    }
    return { $ref: `#/definitions/${node.id}` };
  }
}

function nullable(schema: JsonSchema): JsonSchema {
  if (typeof schema.type === 'string') return { ...schema, type: [schema.type, 'null'] };
  if (Array.isArray(schema.type)) return { ...schema, type: [...(schema.type as string[]), 'null'] };
  if (schema.enum) return { ...schema, enum: [...(schema.enum as unknown[]), null] };
  // $ref and unions: null passes, anything else is checked (if/else keeps errors to one branch).
  if (Object.keys(schema).every((key) => key === ANNOTATION || key === 'description' || key === 'default')) {
    return schema; // `any`
  }
  const { [ANNOTATION]: annotation, description, default: defaultValue, deprecated, ...rest } = schema;
  return {
    [ANNOTATION]: annotation,
    ...(description === undefined ? {} : { description }),
    ...(defaultValue === undefined ? {} : { default: defaultValue }),
    ...(deprecated === undefined ? {} : { deprecated }),
    if: { type: 'null' },
    else: rest,
  };
}

/** A union's branches report failures themselves; they name the same field. */
function annotateBranches(schema: JsonSchema, key: string): JsonSchema {
  if (!('if' in schema)) return schema;
  const annotate = (branch: unknown): unknown =>
    branch && typeof branch === 'object' && !('$ref' in branch)
      ? annotateBranches({ ...(branch as JsonSchema), [ANNOTATION]: key }, key)
      : branch;
  return { ...schema, then: annotate(schema.then), else: annotate(schema.else) };
}

export function jsonTypesOf(node: Node): string[] {
  switch (node.kind) {
    case 'string':
      return ['string'];
    case 'integer':
      return ['integer'];
    case 'number':
      return ['number'];
    case 'boolean':
      return ['boolean'];
    case 'array':
      return ['array'];
    case 'object':
    case 'typed':
      return ['object'];
    case 'union':
      return node.variants.flatMap(jsonTypesOf);
    case 'any':
      return ['string', 'number', 'boolean', 'object', 'array', 'null'];
  }
}

/** `^(?:[Hh][Oo][Uu][Rr]|...)$`: JSON Schema has no case-insensitive enum, so spell it out. */
function caseInsensitivePattern(values: readonly string[]): string {
  const alternatives = values.map((value) =>
    [...value]
      .map((char) => {
        const lower = char.toLowerCase();
        const upper = char.toUpperCase();
        return lower === upper ? char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : `[${upper}${lower}]`;
      })
      .join(''),
  );
  return `^(?:${alternatives.join('|')})$`;
}
