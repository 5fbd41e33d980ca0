/**
 * The forms an input may take, one parser each, shared by the action's inputs and the CLI's flags
 * so that a value means the same thing at both front doors. Each parser names the input the way the
 * user wrote it (`health-timeout` in a workflow, `--health-timeout` on a command line).
 */
import type { PartitionMap } from '../druid/payloads.js';
import { parseOffsets } from '../health/operations.js';
import { periodToMillis } from '../spec/duration.js';

/** A value the user gave that cannot be used; the message says which input and what it takes. */
export class InputError extends Error {}

/** Lines (a multi-line action input, or repeated flags joined by newlines), trimmed, blanks dropped. */
export function lines(value: string): string[] {
  return value
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

export function oneOf<T extends string>(label: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new InputError(`${label} must be one of ${allowed.join(', ')}; got "${value}".`);
}

export function boolean(label: string, value: string): boolean {
  if (/^(true|yes|on|1)$/i.test(value)) return true;
  if (/^(false|no|off|0)$/i.test(value)) return false;
  throw new InputError(`${label} must be true or false; got "${value}".`);
}

export function positiveInteger(label: string, value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1)
    throw new InputError(`${label} must be a whole number of at least 1; got "${value}".`);
  return number;
}

/** Seconds ("900"), or an ISO-8601 duration in either case ("PT15M", "pt15m"). */
export function duration(label: string, value: string): number {
  if (/^\d+$/.test(value) && Number(value) > 0) return Number(value) * 1000;
  const millis = periodToMillis(value.toUpperCase());
  if (millis !== undefined && millis > 0) return millis;
  throw new InputError(
    `${label} must be a number of seconds or an ISO-8601 duration such as PT15M; got "${value}".`,
  );
}

export function httpUrl(label: string, value: string): string {
  if (!/^https?:\/\//i.test(value)) throw new InputError(`${label} must start with http:// or https://.`);
  return value;
}

/** Partition → offset, as JSON (`{"0": 1200}`). */
export function offsets(label: string, value: string): PartitionMap {
  try {
    return parseOffsets(value);
  } catch (error) {
    throw new InputError(`${label}${(error as Error).message.replace(/^offsets/, '')}`);
  }
}
