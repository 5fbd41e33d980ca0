/** JSON values as Druid's Jackson sees them, plus the few helpers every emulator module needs. */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Byte-for-byte comparison, the way SupervisorManager compares re-serialised specs. */
export function sameJson(a: Json, b: Json): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** ISO-8601 UTC with milliseconds, as Joda prints DateTime in Druid responses. */
export function isoTime(ms: number): string {
  return new Date(ms).toISOString();
}
