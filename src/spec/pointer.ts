/** RFC 6901 JSON Pointers: the one way findings, diffs and positions name a place in a spec. */
import { isPlainObject } from '../common/json.js';

export function escapeToken(token: string | number): string {
  const text = String(token);
  // Most keys need no escaping; skipping the regular expressions matters when walking whole specs.
  if (!text.includes('~') && !text.includes('/')) return text;
  return text.replace(/~/g, '~0').replace(/\//g, '~1');
}

function unescapeToken(token: string): string {
  return token.replace(/~1/g, '/').replace(/~0/g, '~');
}

export function join(pointer: string, ...tokens: Array<string | number>): string {
  return pointer + tokens.map((token) => '/' + escapeToken(token)).join('');
}

export function split(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer.slice(1).split('/').map(unescapeToken);
}

/** Reads the value at `pointer`, or undefined when any step is missing. */
export function get(value: unknown, pointer: string): unknown {
  let current: unknown = value;
  for (const token of split(pointer)) {
    if (Array.isArray(current)) current = current[Number(token)];
    else if (current !== null && typeof current === 'object') {
      current = Object.prototype.hasOwnProperty.call(current, token)
        ? (current as Record<string, unknown>)[token]
        : undefined;
    } else return undefined;
  }
  return current;
}

/** The JSON Pointer of every object key in a value (array items are walked, not listed). */
export function collectKeyPaths(value: unknown, pointer = '', into: string[] = []): string[] {
  if (Array.isArray(value))
    value.forEach((item, index) => collectKeyPaths(item, `${pointer}/${index}`, into));
  else if (isPlainObject(value)) {
    for (const [key, item] of Object.entries(value)) {
      const child = join(pointer, key);
      into.push(child);
      collectKeyPaths(item, child, into);
    }
  }
  return into;
}
