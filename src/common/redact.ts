/**
 * Secrets never leave the process. Every output path (logs, findings, comments, summaries, JSON,
 * SARIF, PR and issue bodies) goes through these functions:
 * - `redactSpec` replaces credential values inside a spec before it is shown or diffed;
 * - `collectSecrets` finds those values so `redactText` can scrub them from any free text
 *   (error messages from Druid may echo a spec back).
 */
import { isPlainObject } from './json.js';

export const REDACTED = '[REDACTED]';

/**
 * Kafka client properties whose values are credentials or key material. Names follow Kafka's
 * config keys (sasl.jaas.config, ssl.key.password, ssl.keystore.key, ...) plus anything that
 * says password, secret, token or credential.
 */
const SECRET_KEY =
  /password|passwd|secret|token|credential|jaas|api[._-]?key|private[._-]?key|user\.info|^ssl\.(keystore|truststore)\.(key|certificate\.chain|certificates)$|^ssl\.key\./i;

export function isSecretKey(key: string): boolean {
  return SECRET_KEY.test(key);
}

/** URLs with credentials in them (`https://user:pass@host`). */
const URL_USERINFO = /\b([a-z][a-z0-9+.-]*:\/\/)([^\s/@:]+):([^\s/@]+)@/gi;

/**
 * A deep copy of `value` in which every credential is replaced by [REDACTED]: values under secret
 * keys anywhere in the spec (consumerProperties, input-format registry configs, password
 * providers), and passwords inside URLs.
 */
export function redactSpec<T>(value: T): T {
  return redactValue(value, false) as T;
}

function redactValue(value: unknown, secret: boolean): unknown {
  if (Array.isArray(value)) return value.map((item) => redactValue(item, secret));
  if (isPlainObject(value)) {
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value))
      copy[key] = redactValue(item, secret || isSecretKey(key));
    return copy;
  }
  if (secret && value !== null && value !== undefined && value !== '') return REDACTED;
  if (typeof value === 'string') return value.replace(URL_USERINFO, `$1$2:${REDACTED}@`);
  return value;
}

/** Every credential value in a spec (strings of 4+ characters), for scrubbing free text. */
export function collectSecrets(value: unknown, into: Set<string> = new Set()): Set<string> {
  const visit = (item: unknown, secret: boolean): void => {
    if (Array.isArray(item)) item.forEach((entry) => visit(entry, secret));
    else if (isPlainObject(item)) {
      for (const [key, entry] of Object.entries(item)) visit(entry, secret || isSecretKey(key));
    } else if (typeof item === 'string') {
      if (secret && item.length >= 4) into.add(item);
      // Cheap tests first: this runs over every string of every spec.
      if (item.includes('@') && item.includes('://')) {
        for (const match of item.matchAll(URL_USERINFO))
          if ((match[3] ?? '').length >= 4) into.add(match[3] as string);
      }
      // A JAAS line holds its secrets inline: password="..." / secret='...'.
      if (item.includes('=')) {
        for (const match of item.matchAll(/\b\w*(?:password|secret|token)\w*\s*=\s*(["'])(.*?)\1/gi)) {
          if ((match[2] ?? '').length >= 4) into.add(match[2] as string);
        }
      }
    }
  };
  visit(value, false);
  return into;
}

/** Removes every known secret and every URL password from a piece of text. */
export function redactText(text: string, secrets: Iterable<string> = []): string {
  let result = text.replace(URL_USERINFO, `$1$2:${REDACTED}@`);
  // Longest first, so a secret that contains another is removed whole.
  for (const secret of [...secrets].sort((a, b) => b.length - a.length)) {
    if (secret.length >= 4) result = result.split(secret).join(REDACTED);
  }
  return result;
}

/**
 * A deep copy of a report in which every string went through `redactText`: for reports that quote
 * Druid's errors and messages, which may echo a spec back.
 */
export function redactStrings<T>(value: T, secrets: Iterable<string>): T {
  const list = [...secrets];
  const visit = (item: unknown): unknown => {
    if (typeof item === 'string') return redactText(item, list);
    if (Array.isArray(item)) return item.map(visit);
    if (isPlainObject(item))
      return Object.fromEntries(Object.entries(item).map(([key, entry]) => [key, visit(entry)]));
    return item;
  };
  return visit(value) as T;
}
