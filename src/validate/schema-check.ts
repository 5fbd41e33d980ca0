/**
 * Checks a spec against the JSON Schema generated from the model (with Ajv) and explains each
 * failure in Druid's terms: what Druid will do with the value (reject it with a 400, coerce it,
 * drop it, replace it) and what to write instead.
 */
import type { ErrorObject } from 'ajv';
import type { Finding, Severity } from '../common/finding.js';
import { millisToReadablePeriod, periodToMillis } from '../spec/duration.js';
import { ANNOTATION, jsonTypesOf, type ModelElement } from '../spec/model/schema.js';
import { modelCoverage, NEWEST_DRUID_VERSION } from '../spec/model/version.js';
import type { Field, Node, ObjectNode, TypedNode } from '../spec/model/vocabulary.js';
import { join, split } from '../spec/pointer.js';
import { describeValue, quote } from '../common/describe-value.js';
import { plural } from '../common/plural.js';
import { closest } from '../common/closest.js';
import { supervisorSchema, type ModelSchema } from './supervisor-schema.js';

/** Field name → containers (by readable path) that hold it, for "this belongs in ..." hints. */
type Homes = Map<string, Array<{ path: string; field: Field }>>;

const homesBySchema = new WeakMap<ModelSchema, Homes>();

/**
 * Checks a document against its model's schema: the supervisor spec unless another is given. With
 * the Druid release, a key unknown to the model is only a notice on a release newer than the model
 * (NEWEST_DRUID_VERSION): that release may have added it.
 */
export function checkAgainstSchema(
  value: unknown,
  schema: ModelSchema = supervisorSchema(),
  druidVersion?: string,
): Finding[] {
  if (schema.validate(value)) return [];
  let homes = homesBySchema.get(schema);
  if (!homes) homesBySchema.set(schema, (homes = homesOf(schema.root)));
  const beyondModel = druidVersion !== undefined && modelCoverage(druidVersion) === 'newer';
  const context: Context = { schema, homes, ...(beyondModel ? { beyondModel: druidVersion } : {}) };
  const errors = schema.validate.errors ?? [];
  const typeFailures = new Set(
    errors.filter((error) => error.keyword === 'type').map((error) => error.instancePath),
  );
  const findings: Finding[] = [];
  const unknownKeys = new UnknownKeyTally();
  for (const error of errors) {
    // `if` failures only say which branch failed; the branch's own errors follow.
    if (error.keyword === 'if') continue;
    // A value of the wrong JSON type also fails its enum/pattern; the type error says it all.
    if (error.keyword !== 'type' && typeFailures.has(error.instancePath)) continue;
    if (error.keyword === 'additionalProperties' && unknownKeys.beyondLimit(error)) continue;
    const finding = explain(error, context);
    if (finding) findings.push(finding);
  }
  findings.push(...unknownKeys.summaries());
  return onePerPlace(findings);
}

/** Keys explained one by one in an object; the rest get one finding at the object. */
export const UNKNOWN_KEYS_EXPLAINED = 50;
const KEYS_NAMED_IN_SUMMARY = 5;

/**
 * Counts the keys Druid does not read, per object. The first UNKNOWN_KEYS_EXPLAINED of an object
 * are explained one by one (with a "did you mean"); beyond that a person needs one sentence, not
 * 300,000 warnings, and the check stays linear in the file with a small constant.
 */
class UnknownKeyTally {
  private readonly perObject = new Map<string, { seen: number; unexplained: string[] }>();

  beyondLimit(error: ErrorObject): boolean {
    let tally = this.perObject.get(error.instancePath);
    if (!tally) this.perObject.set(error.instancePath, (tally = { seen: 0, unexplained: [] }));
    tally.seen++;
    if (tally.seen <= UNKNOWN_KEYS_EXPLAINED) return false;
    tally.unexplained.push(String(error.params.additionalProperty));
    return true;
  }

  summaries(): Finding[] {
    return [...this.perObject]
      .filter(([, tally]) => tally.unexplained.length > 0)
      .map(([pointer, { unexplained }]) => {
        const named = unexplained.slice(0, KEYS_NAMED_IN_SUMMARY).map((key) => quote(key));
        const more = unexplained.length > named.length ? ', …' : '';
        return finding(
          'druid/unknown-key',
          'warning',
          pointer,
          `${plural(unexplained.length, 'more key')} here (${named.join(', ')}${more}) ${unexplained.length === 1 ? 'is' : 'are'} not read by Druid, which silently drops ${unexplained.length === 1 ? 'it' : 'them'}; the first ${UNKNOWN_KEYS_EXPLAINED} are listed one by one. Remove them.`,
        );
      });
  }
}

interface Context {
  schema: ModelSchema;
  homes: Homes;
  /** The release, when it is newer than the model: keys unknown here may be known there. */
  beyondModel?: string;
}

function explain(error: ErrorObject, context: Context): Finding | undefined {
  const element = elementOf(error, context);
  const pointer = error.instancePath;
  const name = lastToken(pointer);
  switch (error.keyword) {
    case 'type':
      return explainType(pointer, name, error.data, element, String(error.params.type));
    case 'enum':
    case 'pattern':
      return explainValue(pointer, name, error.data, element);
    case 'required': {
      const missing = String(error.params.missingProperty);
      return finding(
        'druid/required',
        'error',
        join(pointer, missing),
        `${describeOwner(element)} needs ${quote(missing)}; Druid refuses the spec without it.`,
      );
    }
    case 'additionalProperties':
      return explainUnknownKey(
        join(pointer, String(error.params.additionalProperty)),
        String(error.params.additionalProperty),
        element,
        context,
      );
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
    case 'minLength':
      return finding(
        'druid/range',
        'error',
        pointer,
        `${quote(name)} ${error.message ?? 'is out of range'}; got ${describeValue(error.data)}.`,
      );
    default:
      return finding(
        'druid/schema',
        'error',
        pointer,
        `${quote(name || 'The spec')} ${error.message ?? 'is not valid'}.`,
      );
  }
}

/** The node a value was checked against: for a union, the variant of the value's JSON type. */
function nodeFor(element: ModelElement | undefined, data: unknown): Node | undefined {
  let node = element && 'field' in element ? element.field.node : undefined;
  const type =
    data === null ? 'null' : Array.isArray(data) ? 'array' : Number.isInteger(data) ? 'integer' : typeof data;
  while (node?.kind === 'union') {
    node = node.variants.find((variant) =>
      jsonTypesOf(variant).some(
        (candidate) => candidate === type || (candidate === 'number' && type === 'integer'),
      ),
    );
  }
  return node;
}

function explainType(
  pointer: string,
  name: string,
  data: unknown,
  element: ModelElement | undefined,
  expected: string,
): Finding {
  const node = nodeFor(element, data);
  const wants = expected.replace(/,null$/, '');
  if (node?.kind === 'integer' || node?.kind === 'number') {
    if (typeof data === 'string' && data.trim() !== '' && Number.isFinite(Number(data))) {
      return finding(
        'druid/coerced-type',
        'warning',
        pointer,
        `${quote(name)} is a number; Druid converts the string ${quote(data)}, but write ${data.trim()} without quotes.`,
      );
    }
    if (typeof data === 'string' && node.kind === 'integer' && node.unit === 'milliseconds') {
      const millis = periodToMillis(data);
      const fix =
        millis === undefined ? 'a number of milliseconds' : `${millis} (${millisToReadablePeriod(millis)})`;
      return finding(
        'druid/type',
        'error',
        pointer,
        `${quote(name)} is a number of milliseconds, got the string ${quote(data)}; Druid answers 400. Write ${fix}.`,
      );
    }
    if (typeof data === 'number' && node.kind === 'integer') {
      return finding(
        'druid/type',
        'error',
        pointer,
        `${quote(name)} must be a whole number, got ${data}; Druid answers 400.`,
      );
    }
  }
  if (node?.kind === 'boolean' && typeof data === 'string' && /^(true|false)$/i.test(data)) {
    return finding(
      'druid/coerced-type',
      'warning',
      pointer,
      `${quote(name)} is a boolean; Druid converts the string ${quote(data)}, but write ${data.toLowerCase()} without quotes.`,
    );
  }
  if (node?.kind === 'string' && typeof data === 'number' && node.acceptsMillis) {
    return finding(
      'druid/coerced-type',
      'warning',
      pointer,
      `${quote(name)} is an ISO-8601 period; Druid reads the number ${data} as milliseconds. Write ${quote(millisToReadablePeriod(data))}.`,
    );
  }
  if (node?.kind === 'string' && (typeof data === 'number' || typeof data === 'boolean')) {
    return finding(
      'druid/coerced-type',
      'warning',
      pointer,
      `${quote(name)} is a string; Druid converts ${describeValue(data)}, but write it in quotes.`,
    );
  }
  return finding(
    'druid/type',
    'error',
    pointer,
    `${quote(name || 'The spec')} must be ${article(wants)}, got ${describeValue(data)}; Druid answers 400.`,
  );
}

function explainValue(
  pointer: string,
  name: string,
  data: unknown,
  element: ModelElement | undefined,
): Finding {
  if (element && 'node' in element && element.node.kind === 'typed')
    return explainTypeName(pointer, data, element.node);
  const node = nodeFor(element, data);
  if (node?.kind === 'string' && node.format && typeof data === 'string') {
    const what =
      node.format === 'duration'
        ? 'an ISO-8601 period without years or months (Druid converts it to a fixed duration), such as "PT1H" or "P1D"'
        : node.format === 'period'
          ? 'an ISO-8601 period such as "PT1H" or "P1M"'
          : node.format === 'datetime'
            ? 'an ISO-8601 date-time such as "2024-01-01T00:00:00Z"'
            : 'an ISO-8601 interval such as "2024-01-01/2024-02-01"';
    return finding(
      'druid/period',
      'error',
      pointer,
      `${quote(name)} must be ${what}, got ${quote(data)}; Druid answers 400.`,
    );
  }
  const allowed = node?.kind === 'string' ? (node.enum ?? []) : [];
  const hint = suggestion(String(data), allowed);
  if (node?.kind === 'string' && node.silentlyReplacedWith) {
    return finding(
      'druid/silent-default',
      'error',
      pointer,
      `${quote(name)} ${describeValue(data)} is not a Druid value, and Druid silently uses ${quote(node.silentlyReplacedWith)} instead.${hint} Allowed: ${list(allowed)}.`,
    );
  }
  return finding(
    'druid/enum',
    'error',
    pointer,
    `${quote(name)} cannot be ${describeValue(data)}; Druid answers 400.${hint} Allowed: ${list(allowed)}.`,
  );
}

function explainTypeName(pointer: string, data: unknown, node: TypedNode): Finding {
  const known = Object.keys(node.variants);
  const hint = suggestion(String(data), [...known, ...Object.keys(node.extensionTypes ?? {})]);
  const what = `${quote(node.id)} type ${typeof data === 'string' ? quote(data) : describeValue(data)}`;
  if (node.unknownType === 'replace') {
    return finding(
      'druid/silent-default',
      'error',
      pointer,
      `${what} is not a Druid type, and Druid silently uses ${quote(node.defaultVariant ?? known[0] ?? '')} instead.${hint} Allowed: ${list(known)}.`,
    );
  }
  // A near miss of a built-in type is a typo, not an extension nobody has heard of.
  if (node.unknownType === 'extension' && !suggestion(String(data), known)) {
    return finding(
      'druid/unknown-type',
      'warning',
      pointer,
      `${what} is not built into Druid; Druid answers 400 unless an extension that provides it is loaded.${hint}`,
    );
  }
  return finding(
    'druid/enum',
    'error',
    pointer,
    `${what} does not exist; Druid answers 400.${hint} Allowed: ${list(known)}.`,
  );
}

function explainUnknownKey(
  pointer: string,
  key: string,
  owner: ModelElement | undefined,
  context: Context,
): Finding {
  const object = owner && 'node' in owner && owner.node.kind === 'object' ? owner.node : undefined;
  const removed = context.schema.removedKeys[key];
  if (removed)
    return finding('druid/removed-key', 'warning', pointer, `Druid ignores ${quote(key)}: ${removed}`);

  const elsewhere = new Set(
    (context.homes.get(key) ?? []).map((home) => home.path).filter((path) => path !== pathOf(object)),
  );
  if (elsewhere.size > 0) {
    const where = [...elsewhere].map((path) => quote(path)).join(' or ');
    return finding(
      'druid/misplaced-key',
      'warning',
      pointer,
      `${quote(key)} belongs in ${where}; here Druid silently ignores it.`,
    );
  }
  const hint = suggestion(key, object ? Object.keys(object.fields) : []);
  if (context.beyondModel)
    return finding(
      'druid/unknown-key',
      'notice',
      pointer,
      `${quote(key)} is not known here up to Druid ${NEWEST_DRUID_VERSION}, the newest release these rules describe; Druid ${context.beyondModel} may read it, or may drop it without a word.${hint}`,
    );
  return finding(
    'druid/unknown-key',
    'warning',
    pointer,
    `Druid does not know ${quote(key)} here and silently drops it.${hint || ' Remove it.'}`,
  );
}

function suggestion(value: string, candidates: readonly string[]): string {
  const best = closest(value, candidates);
  return best !== undefined ? ` Did you mean ${quote(best)}?` : '';
}

function elementOf(error: ErrorObject, context: Context): ModelElement | undefined {
  const id = (error.parentSchema as Record<string, unknown> | undefined)?.[ANNOTATION];
  return typeof id === 'string' ? context.schema.elements.get(id) : undefined;
}

function describeOwner(element: ModelElement | undefined): string {
  if (!element) return 'The spec';
  return quote('node' in element ? (pathOf(element.node) ?? element.node.id) : element.name);
}

const containerPaths = new WeakMap<ObjectNode | TypedNode, string>();

function pathOf(node: ObjectNode | TypedNode | undefined): string | undefined {
  return node ? (containerPaths.get(node) ?? node.id) : undefined;
}

/**
 * Indexes the structural containers (objects reached through object fields) by field name. A
 * polymorphic root (a compaction config) is indexed from each of its variants; a list root (the
 * retention rules) has no containers that could hold a misplaced key.
 */
function homesOf(root: ModelSchema['root']): Homes {
  const homes: Homes = new Map();
  const visit = (node: ObjectNode, path: string): void => {
    if (containerPaths.has(node)) return;
    containerPaths.set(node, path || 'top level');
    for (const [name, field] of Object.entries(node.fields)) {
      homes.set(name, [...(homes.get(name) ?? []), { path: path || 'top level', field }]);
      const child = objectOf(field.node);
      // `spec` only wraps the sections; name them as Druid's docs do (dataSchema, not spec.dataSchema).
      const childPath = !path && name === 'spec' ? '' : path ? `${path}.${name}` : name;
      if (child) visit(child, childPath);
    }
  };
  if (root.kind === 'object') visit(root, '');
  else if (root.kind === 'typed') for (const variant of Object.values(root.variants)) visit(variant, '');
  return homes;
}

function objectOf(node: Node): ObjectNode | undefined {
  if (node.kind === 'object' && node.unknownKeys === 'drop') return node;
  if (node.kind === 'union') return node.variants.map(objectOf).find((found) => found !== undefined);
  return undefined;
}

function finding(rule: string, severity: Severity, pointer: string, message: string): Finding {
  return { rule, severity, pointer, message };
}

/** One finding per rule and place (pointer): the first wins, so callers put what knows more first. */
export function onePerPlace(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((item) => {
    const key = `${item.rule}\u0000${item.pointer}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function lastToken(pointer: string): string {
  return split(pointer).at(-1) ?? '';
}

function list(values: readonly string[]): string {
  return values.map((value) => quote(value)).join(', ');
}

function article(type: string): string {
  const words = type
    .split(',')
    .map((word) =>
      word === 'integer' ? 'a whole number' : /^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`,
    );
  return words.join(' or ');
}
