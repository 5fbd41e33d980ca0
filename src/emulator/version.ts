/** Emulated Druid release. Behaviour that changed between releases is gated on it. */
export const NEWEST_VERSION = '35.0.0';

export function parseVersion(version: string): number[] {
  const parts = version.split('.').map((p) => Number.parseInt(p, 10));
  if (parts.length === 0 || parts.some((p) => Number.isNaN(p))) {
    throw new Error(`not a Druid version: ${version}`);
  }
  return parts;
}

/** True when `version` is `since` or newer ("34.0.0" ≥ "34.0.0"). */
export function atLeast(version: string, since: string): boolean {
  const a = parseVersion(version);
  const b = parseVersion(since);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d > 0;
  }
  return true;
}
