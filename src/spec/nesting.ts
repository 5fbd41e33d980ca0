/**
 * What makes a parsed value impossible to walk: a YAML alias inside the node it names (`&x` on a
 * mapping that holds `*x`, a value that never ends), or nesting deeper than any spec needs. Every
 * later stage (the schema check, normalising, diffing) walks values recursively, so either would
 * overflow the call stack there and stop the whole run; both are found here, without recursion.
 */
import { escapeToken } from './pointer.js';

/** Levels of objects and arrays a file may nest; a Kafka supervisor spec needs fewer than 20. */
export const MAX_NESTING = 100;

export interface Unwalkable {
  kind: 'cycle' | 'too-deep';
  /** The alias that refers to its ancestor, or the first value nested past MAX_NESTING. */
  pointer: string;
}

interface Frame {
  item: object;
  pointer: string;
  entries: Array<[string, unknown]>;
  next: number;
}

/** Depth-first, with the ancestors of the current value in a set: a value met again among them is a cycle. */
export function unwalkable(value: unknown): Unwalkable | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const ancestors = new Set<object>([value]);
  const stack: Frame[] = [frame(value, '')];
  while (stack.length > 0) {
    const top = stack[stack.length - 1] as Frame;
    const entry = top.entries[top.next++];
    if (!entry) {
      ancestors.delete(top.item);
      stack.pop();
      continue;
    }
    const [key, item] = entry;
    if (item === null || typeof item !== 'object') continue;
    const pointer = `${top.pointer}/${escapeToken(key)}`;
    if (ancestors.has(item)) return { kind: 'cycle', pointer };
    if (stack.length >= MAX_NESTING) return { kind: 'too-deep', pointer };
    ancestors.add(item);
    stack.push(frame(item, pointer));
  }
  return undefined;
}

function frame(item: object, pointer: string): Frame {
  const entries: Array<[string, unknown]> = Array.isArray(item)
    ? item.map((entry, index) => [String(index), entry])
    : Object.entries(item);
  return { item, pointer, entries, next: 0 };
}
