/**
 * Druid's spec history in words: each version (newest first) is a create, a suspend, a resume, a
 * spec change or a terminate (tombstone). Druid records when, not who.
 */
import type { SupervisorHistoryEntry } from '../druid/payloads.js';
import { deepEqual } from '../common/json.js';

const SHOWN = 5;

/** "2026-03-14T08:01:00Z resumed, 2026-03-14T01:01:00Z suspended, 2026-03-14T01:00:00Z created". */
export function describeHistory(history: readonly SupervisorHistoryEntry[]): string {
  const shown = history
    .slice(0, SHOWN)
    .map((entry, index) => `${entry.version} ${change(entry, history[index + 1])}`);
  const more = history.length > SHOWN ? `, and ${history.length - SHOWN} older` : '';
  return `${shown.join(', ')}${more}`;
}

function change(entry: SupervisorHistoryEntry, before: SupervisorHistoryEntry | undefined): string {
  if (isTombstone(entry)) return 'terminated';
  if (!before || isTombstone(before)) return 'created';
  const { suspended: now, ...spec } = entry.spec;
  const { suspended: then, ...previous } = before.spec;
  if (!deepEqual(spec, previous)) return 'spec changed';
  if (now === then) return 'submitted again';
  return now === true ? 'suspended' : 'resumed';
}

/** Terminate writes a tombstone version: `noop` on 33.0 (FINDINGS 30), NoopSupervisorSpec in the sources. */
export function isTombstone(entry: SupervisorHistoryEntry): boolean {
  return entry.spec.type === 'noop' || entry.spec.type === 'NoopSupervisorSpec';
}
