/** Druid release numbers ("0.23.0", "34.0.0") and which fields a release reads. */
import type { Availability, Field } from './vocabulary.js';

/** The newest Druid release this model describes; the default `druidVersion`. */
export const NEWEST_DRUID_VERSION = '39.0.0';

/**
 * The oldest release the model describes: 0.17.0 is the first to read the `spec` wrapper
 * (KafkaSupervisorSpec's "spec" property, #8547) that druid-gitops writes and submits, and the
 * first with ioConfig.inputFormat. Older releases would not read a submitted spec at all.
 */
export const OLDEST_DRUID_VERSION = '0.17.0';

export function parseVersion(version: string): number[] | undefined {
  const match = /^(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:[-.].*)?$/.exec(version.trim());
  if (!match) return undefined;
  return [Number(match[1]), Number(match[2] ?? 0), Number(match[3] ?? 0)];
}

export function compareVersions(a: string, b: string): number {
  const left = parseVersion(a) ?? [0, 0, 0];
  const right = parseVersion(b) ?? [0, 0, 0];
  for (let index = 0; index < 3; index++) {
    const difference = (left[index] as number) - (right[index] as number);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** True when `version` is `since` or newer ("38.0.0" ≥ "38.0.0"): behaviour that changed is gated on it. */
export const atLeast = (version: string, since: string): boolean => compareVersions(version, since) >= 0;

export function isAvailableIn(item: Availability, version: string): boolean {
  if (item.since && compareVersions(version, item.since) < 0) return false;
  if (item.removedIn && compareVersions(version, item.removedIn) >= 0) return false;
  return true;
}

/**
 * Whether the model describes a release: `newer` than NEWEST_DRUID_VERSION (its new fields are
 * unknown here), `older` than OLDEST_DRUID_VERSION, or `covered`.
 */
export function modelCoverage(version: string): 'covered' | 'newer' | 'older' {
  if (compareVersions(version, NEWEST_DRUID_VERSION) > 0) return 'newer';
  if (compareVersions(version, OLDEST_DRUID_VERSION) < 0) return 'older';
  return 'covered';
}

/** Of entries that changed at a release, the one with the newest `since` the release has reached. */
export function reachedAt<T extends { since: string }>(
  entries: readonly T[],
  version: string,
): T | undefined {
  return entries
    .filter((entry) => compareVersions(version, entry.since) >= 0)
    .sort((a, b) => compareVersions(a.since, b.since))
    .at(-1);
}

/** The default a release uses for a field whose default changed between releases. */
export function defaultIn(field: Field, version: string): unknown {
  if (!field.defaultChanges) return field.default;
  const reached = reachedAt(field.defaultChanges, version);
  return reached ? reached.value : field.default;
}

/** The newest default of a field (what the schema and the reference show first). */
export function newestDefault(field: Field): unknown {
  return field.defaultChanges?.at(-1)?.value ?? field.default;
}
