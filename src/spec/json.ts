/** Small facts about JSON values that several steps need. */
import { isPlainObject } from './parse.js';
import { join } from './pointer.js';

/** Structural equality of JSON values; key order does not matter, array order does. */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((item, index) => deepEqual(item, b[index]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = Object.keys(a);
    return (
      keys.length === Object.keys(b).length && keys.every((key) => key in b && deepEqual(a[key], b[key]))
    );
  }
  return false;
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
