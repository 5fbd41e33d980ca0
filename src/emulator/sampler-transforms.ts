/**
 * The transformSpec as the sampler applies it (Transformer): expression transforms add or replace
 * columns, then the filter drops rows without a trace. Only a small part of Druid's expression
 * language and filters is implemented: identifiers, literals, concat, lower, upper, nvl; selector,
 * equals, in, null, not, and, or. Anything else answers 500 (`notEmulated`), never a guess.
 */
import { isObject, type Json, type JsonObject } from './json.js';
import { notEmulated } from './sampler-formats.js';

export function applyTransforms(row: JsonObject, transformSpec: Json | undefined): JsonObject {
  const spec = isObject(transformSpec) ? transformSpec : {};
  const transforms = Array.isArray(spec.transforms) ? spec.transforms : [];
  if (transforms.length === 0) return row;
  const out: JsonObject = { ...row };
  for (const transform of transforms) {
    if (!isObject(transform) || transform.type !== 'expression')
      throw notEmulated(`transforms other than "expression"`);
    const name = String(transform.name);
    if (name === '__time') throw notEmulated('a transform of __time');
    // Every transform reads the row as it came in, not the other transforms' results.
    out[name] = evaluate(String(transform.expression), row);
  }
  return out;
}

/** Whether the row passes the filter (no filter: every row does). */
export function passesFilter(row: JsonObject, transformSpec: Json | undefined): boolean {
  const filter = isObject(transformSpec) ? transformSpec.filter : undefined;
  return filter === undefined || filter === null || matches(filter, row);
}

function matches(filter: Json, row: JsonObject): boolean {
  if (!isObject(filter)) throw notEmulated('a filter that is not an object');
  const values = (column: Json | undefined): Array<string | null> => {
    const value = row[String(column)];
    if (Array.isArray(value)) return value.length === 0 ? [null] : value.map((item) => text(item));
    return [text(value ?? null)];
  };
  switch (filter.type) {
    case 'selector':
      return values(filter.dimension).includes(text(filter.value ?? null));
    case 'equals':
      return values(filter.column).includes(text(filter.matchValue ?? null));
    case 'in': {
      const wanted = (Array.isArray(filter.values) ? filter.values : []).map((value) => text(value));
      return values(filter.dimension).some((value) => wanted.includes(value));
    }
    case 'null':
      return values(filter.column).includes(null);
    case 'not':
      return !matches(filter.field ?? null, row);
    case 'and':
      return (Array.isArray(filter.fields) ? filter.fields : []).every((field) => matches(field, row));
    case 'or':
      return (Array.isArray(filter.fields) ? filter.fields : []).some((field) => matches(field, row));
    default:
      throw notEmulated(`the ${JSON.stringify(filter.type)} filter`);
  }
}

function text(value: Json): string | null {
  return value === null ? null : typeof value === 'string' ? value : JSON.stringify(value);
}

type Token = { kind: 'name' | 'string' | 'number' | 'punct'; value: string };

/** A Druid expression of identifiers, 'literals', numbers and the functions above. */
function evaluate(expression: string, row: JsonObject): Json {
  const tokens = tokenize(expression);
  let at = 0;
  const next = (): Token | undefined => tokens[at++];
  const expect = (value: string): void => {
    if (next()?.value !== value) throw notEmulated(`the expression ${JSON.stringify(expression)}`);
  };
  const term = (): Json => {
    const token = next();
    if (!token) throw notEmulated(`the expression ${JSON.stringify(expression)}`);
    if (token.kind === 'string') return token.value;
    if (token.kind === 'number') return Number(token.value);
    if (token.kind === 'name' && tokens[at]?.value === '(') {
      expect('(');
      const args: Json[] = [];
      while (tokens[at]?.value !== ')') {
        args.push(term());
        if (tokens[at]?.value === ',') at++;
      }
      expect(')');
      return call(token.value, args, expression);
    }
    if (token.kind === 'name') return row[token.value] ?? null;
    throw notEmulated(`the expression ${JSON.stringify(expression)}`);
  };
  const value = term();
  if (at !== tokens.length) throw notEmulated(`the expression ${JSON.stringify(expression)}`);
  return value;
}

function call(name: string, args: readonly Json[], expression: string): Json {
  const asText = (value: Json | undefined): string | null =>
    value === null || value === undefined ? null : typeof value === 'string' ? value : String(value);
  switch (name) {
    case 'concat':
      // Druid's concat is null when any argument is null (SQL-compatible null handling).
      return args.some((arg) => arg === null) ? null : args.map(asText).join('');
    case 'lower':
      return asText(args[0])?.toLowerCase() ?? null;
    case 'upper':
      return asText(args[0])?.toUpperCase() ?? null;
    case 'nvl':
      return args[0] ?? args[1] ?? null;
    default:
      throw notEmulated(`the expression ${JSON.stringify(expression)}`);
  }
}

function tokenize(expression: string): Token[] {
  const tokens: Token[] = [];
  const pattern =
    /\s*(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"|(-?\d+(?:\.\d+)?)|([A-Za-z_][\w.]*)|([(),]))/y;
  let index = 0;
  while (index < expression.length) {
    pattern.lastIndex = index;
    const match = pattern.exec(expression);
    if (!match) {
      if (expression.slice(index).trim() === '') break;
      throw notEmulated(`the expression ${JSON.stringify(expression)}`);
    }
    index = pattern.lastIndex;
    if (match[1] !== undefined) tokens.push({ kind: 'string', value: match[1] });
    else if (match[2] !== undefined) tokens.push({ kind: 'name', value: match[2] });
    else if (match[3] !== undefined) tokens.push({ kind: 'number', value: match[3] });
    else if (match[4] !== undefined) tokens.push({ kind: 'name', value: match[4] });
    else tokens.push({ kind: 'punct', value: match[5] as string });
  }
  return tokens;
}
