/** Druid release numbers ("0.23.0", "34.0.0") and which fields a release reads. */
import type { Availability } from './vocabulary.js';

/** The newest Druid release this model describes; the default `druidVersion`. */
export const NEWEST_DRUID_VERSION = '35.0.0';

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

export function isAvailableIn(item: Availability, version: string): boolean {
  if (item.since && compareVersions(version, item.since) < 0) return false;
  if (item.removedIn && compareVersions(version, item.removedIn) >= 0) return false;
  return true;
}
