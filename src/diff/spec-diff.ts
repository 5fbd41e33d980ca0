/**
 * The semantic diff of two effective specs: what a reviewer sees in the PR comment, what decides
 * whether a deploy does anything, and what drift reports. Both sides are already canonical
 * (normalize.ts), so equal meaning is equal JSON; this module decides how a difference is told:
 * - dimensions, metrics and transforms are matched by name, so an insertion is one `added` change,
 *   not a shifted list; a new order of the same dimensions is one `reordered` change (dimension
 *   order is the segment sort order), while metric and transform order are not compared at all;
 * - an object whose `type` changes (a dimension retyped, an aggregator swapped) is one change;
 * - values are redacted on the way out: a rotated secret is reported, as [REDACTED] → [REDACTED].
 */
import { createHash } from 'node:crypto';
import { collectSecrets, redactSpec, redactText } from '../common/redact.js';
import { isPlainObject } from '../common/json.js';
import { join, split } from '../spec/pointer.js';
import type { EffectiveSpec } from './normalize.js';

type ChangeKind = 'added' | 'removed' | 'changed' | 'reordered';

export interface FieldChange {
  /**
   * RFC 6901 pointer into the canonical layout (`/spec/ioConfig/taskCount`): into `after` for
   * added, changed and reordered, into `before` for removed.
   */
  pointer: string;
  kind: ChangeKind;
  /** The old value, redacted (absent for `added`; the old name order for `reordered`). */
  before?: unknown;
  /** The new value, redacted (absent for `removed`; the new name order for `reordered`). */
  after?: unknown;
}

interface NamedList {
  /** Whether a new order of the same names is a change (the dimensions' sort order). */
  ordered: boolean;
}

/** Lists whose entries Druid identifies by `name`. */
const NAMED_LISTS: Readonly<Record<string, NamedList>> = {
  '/spec/dataSchema/dimensionsSpec/dimensions': { ordered: true },
  '/spec/dataSchema/metricsSpec': { ordered: false },
  '/spec/dataSchema/transformSpec/transforms': { ordered: false },
};

/** What changes from `before` to `after`, in document order; empty when they mean the same. */
export function diffSpecs(before: EffectiveSpec, after: EffectiveSpec): FieldChange[] {
  const changes: FieldChange[] = [];
  compare(before.spec, after.spec, '', changes);
  const secrets = collectSecrets(after.spec, collectSecrets(before.spec));
  return changes.map((change) => redactChange(change, secrets));
}

/**
 * A stable hash of the effective spec (SHA-256 of its canonical JSON): equal exactly when
 * `diffSpecs` finds nothing, so the deploy can check that what merges is what was reviewed.
 */
export function specHash(effective: EffectiveSpec): string {
  return createHash('sha256').update(canonicalJson(effective.spec)).digest('hex');
}

function compare(before: unknown, after: unknown, pointer: string, changes: FieldChange[]): void {
  if (deepEqual(before, after)) return;
  if (isPlainObject(before) && isPlainObject(after)) {
    // A different type is a different thing: its fields are not comparable one by one.
    if (typeof before.type === 'string' && typeof after.type === 'string' && before.type !== after.type) {
      changes.push({ pointer, kind: 'changed', before, after });
      return;
    }
    for (const key of [...new Set([...Object.keys(before), ...Object.keys(after)])].sort()) {
      const here = join(pointer, key);
      if (!Object.hasOwn(after, key)) changes.push({ pointer: here, kind: 'removed', before: before[key] });
      else if (!Object.hasOwn(before, key)) changes.push({ pointer: here, kind: 'added', after: after[key] });
      else compare(before[key], after[key], here, changes);
    }
    return;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    const named = NAMED_LISTS[pointer];
    if (named && compareNamed(before, after, pointer, named, changes)) return;
    if (before.length === after.length) {
      before.forEach((item, index) => compare(item, after[index], join(pointer, index), changes));
      return;
    }
  }
  changes.push({ pointer, kind: 'changed', before, after });
}

/** Entries matched by name; false when names are missing or repeated (then compared by position). */
function compareNamed(
  before: unknown[],
  after: unknown[],
  pointer: string,
  list: NamedList,
  changes: FieldChange[],
): boolean {
  const beforeNames = names(before);
  const afterNames = names(after);
  if (!beforeNames || !afterNames) return false;
  const common = afterNames.filter((name) => beforeNames.includes(name));
  const oldOrder = beforeNames.filter((name) => afterNames.includes(name));
  if (list.ordered && common.some((name, index) => name !== oldOrder[index]))
    changes.push({ pointer, kind: 'reordered', before: beforeNames, after: afterNames });
  afterNames.forEach((name, index) => {
    const here = join(pointer, index);
    const old = beforeNames.indexOf(name);
    if (old === -1) changes.push({ pointer: here, kind: 'added', after: after[index] });
    else compare(before[old], after[index], here, changes);
  });
  beforeNames.forEach((name, index) => {
    if (!afterNames.includes(name))
      changes.push({ pointer: join(pointer, index), kind: 'removed', before: before[index] });
  });
  return true;
}

function names(items: unknown[]): string[] | undefined {
  const found = items.map((item) =>
    isPlainObject(item) && typeof item.name === 'string' ? item.name : undefined,
  );
  if (found.some((name) => name === undefined)) return undefined;
  const unique = new Set(found);
  return unique.size === found.length ? (found as string[]) : undefined;
}

/**
 * Redacts a change as the whole spec would be redacted: the value is put back under its pointer
 * (so a secret key anywhere above it counts), then every known secret is scrubbed from its text.
 */
function redactChange(change: FieldChange, secrets: Set<string>): FieldChange {
  const redact = (value: unknown): unknown => scrub(redactAt(change.pointer, value), secrets);
  const out: FieldChange = { pointer: change.pointer, kind: change.kind };
  if ('before' in change)
    out.before = change.kind === 'reordered' ? scrub(change.before, secrets) : redact(change.before);
  if ('after' in change)
    out.after = change.kind === 'reordered' ? scrub(change.after, secrets) : redact(change.after);
  return out;
}

function redactAt(pointer: string, value: unknown): unknown {
  const tokens = split(pointer);
  let wrapped: unknown = value;
  for (const token of [...tokens].reverse()) wrapped = { [token]: wrapped };
  let redacted = redactSpec(wrapped);
  for (const token of tokens) redacted = (redacted as Record<string, unknown>)[token];
  return redacted;
}

function scrub(value: unknown, secrets: Set<string>): unknown {
  if (typeof value === 'string') return redactText(value, secrets);
  if (Array.isArray(value)) return value.map((item) => scrub(item, secrets));
  if (!isPlainObject(value)) return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, scrub(item, secrets)]));
}

/**
 * Whether two values write the same canonical JSON, without writing it: `compare` asks at every
 * level of the spec, and serialising each subtree again made the diff quadratic in its depth.
 */
function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, index) => deepEqual(item, b[index]));
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = written(a);
    const otherKeys = written(b);
    return (
      keys.length === otherKeys.length &&
      keys.every((key) => Object.hasOwn(b, key) && deepEqual(a[key], b[key]))
    );
  }
  // Numbers JSON writes alike (NaN and Infinity as null), and anything else it writes the same way.
  return canonicalJson(a) === canonicalJson(b);
}

/** The keys JSON.stringify writes: those whose value is not undefined, a function or a symbol. */
function written(value: Record<string, unknown>): string[] {
  return Object.keys(value).filter((key) => {
    const type = typeof value[key];
    return type !== 'undefined' && type !== 'function' && type !== 'symbol';
  });
}

/** JSON with object keys sorted: one text per value, whatever order its keys were built in. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    isPlainObject(item)
      ? Object.fromEntries(
          Object.keys(item)
            .sort()
            .map((key) => [key, item[key]]),
        )
      : item,
  );
}
