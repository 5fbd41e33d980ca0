/**
 * What a person would write for a spec Druid stored: Druid answers with every default filled in,
 * output-only fields added and its own spellings; `druid-gitops import` writes the least that
 * means the same. Every key is tried out, from the outside in: a key whose removal leaves the
 * effective spec (normalizeSpec, the comparison every deploy and drift check makes) unchanged is
 * left out, so git and the cluster agree right after an import by construction. Polymorphic
 * `type` keys stay (people write them); a dimension that is only a name becomes that name.
 */
import type { JsonObject } from '../common/json.js';
import { isPlainObject } from '../common/json.js';
import { canonicalLayout, supervisorId, viewSupervisor } from '../spec/layout.js';
import type { SegmentKind } from '../spec/segment-files.js';
import { normalizeSegmentConfig } from './segment-normalize.js';
import { normalizeSpec } from './normalize.js';
import { canonicalJson } from './spec-diff.js';
import { millisToReadablePeriod } from '../spec/duration.js';

/** The stored supervisor spec as a person would write it, for `druidVersion`. */
export function minimalSupervisorSpec(stored: JsonObject, druidVersion: string): JsonObject {
  const { suspended: _state, ...spec } = canonicalLayout(stored);
  const id = supervisorId(viewSupervisor(spec), druidVersion);
  const meaning = (candidate: JsonObject): string =>
    `${supervisorId(viewSupervisor(candidate), druidVersion)}\u0000${canonicalJson(normalizeSpec(candidate, { druidVersion }).spec)}`;
  const target = `${id}\u0000${canonicalJson(normalizeSpec(stored, { druidVersion }).spec)}`;
  return minimise(spec as JsonObject, (candidate) => meaning(candidate) === target);
}

/** A retention rule list or compaction config as a person would write it. */
export function minimalSegmentConfig<T>(kind: SegmentKind, stored: T, druidVersion: string): T {
  const meaning = (candidate: unknown): string =>
    canonicalJson(normalizeSegmentConfig(kind, candidate, druidVersion) ?? null);
  const target = meaning(stored);
  const root = { value: stored } as unknown as JsonObject;
  return (minimise(root, (candidate) => meaning(candidate.value) === target, ['value']).value ?? stored) as T;
}

/**
 * Removes, outside in, every key `same` still accepts without; recurses into what must stay.
 * `keep` names keys never removed (the root wrapper of a segment config).
 */
function minimise(
  value: JsonObject,
  same: (candidate: JsonObject) => boolean,
  keep: readonly string[] = [],
): JsonObject {
  const root = structuredClone(value);
  const visit = (node: unknown, parents: readonly unknown[]): void => {
    if (Array.isArray(node)) {
      node.forEach((item, index) => {
        visit(item, [...parents, node]);
        // A dimension written as an object with only its name is written as the name.
        if (isPlainObject(item) && typeof item.name === 'string' && onlyNameAndType(item)) {
          node[index] = item.name;
          if (!same(root)) node[index] = item;
        }
      });
      return;
    }
    if (!isPlainObject(node)) return;
    const order = Object.keys(node);
    for (const key of order) {
      const item = node[key];
      if (key !== 'type' && !(parents.length === 0 && keep.includes(key))) {
        delete node[key];
        if (same(root)) continue;
        node[key] = item;
      }
      // Druid writes durations back in seconds (PT1200S); a person writes PT20M.
      const readable = typeof item === 'string' ? readablePeriod(item) : undefined;
      if (readable !== undefined) {
        node[key] = readable;
        if (!same(root)) node[key] = item;
      }
      visit(node[key], [...parents, node]);
    }
    // Putting a key back moved it to the end: restore the order Druid wrote them in.
    const kept = order.filter((key) => key in node).map((key): [string, unknown] => [key, node[key]]);
    for (const [key] of kept) delete node[key];
    for (const [key, item] of kept) node[key] = item;
  };
  visit(root, []);
  return root;
}

function readablePeriod(text: string): string | undefined {
  if (!/^PT\d+S$/.test(text)) return undefined;
  const readable = millisToReadablePeriod(Number(text.slice(2, -1)) * 1000);
  return readable === text ? undefined : readable;
}

function onlyNameAndType(item: Record<string, unknown>): boolean {
  return Object.keys(item).every((key) => key === 'name' || key === 'type');
}
