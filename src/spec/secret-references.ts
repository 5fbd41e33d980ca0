/**
 * Credentials in spec files as references, never in clear: `${env:NAME}` in a credential (a value
 * under a secret-looking key such as `sasl.jaas.config` or `ssl.truststore.password`, a
 * `password="..."` inside a JAAS line, the password of a URL) stands for the environment variable
 * NAME of the druid-gitops run. `druid-gitops import` writes them; the deploy resolves them just
 * before it submits (and refuses a spec whose variable is not set); the drift check and the review
 * compare a reference with what the cluster holds by the text around it, so git and the cluster
 * agree without the secret. A reference resolves only in a credential, so every resolved value is
 * redacted wherever text leaves the process; and never to the runner's own variables.
 */
import { isSecretKey } from '../common/redact.js';
import { isPlainObject, type JsonObject } from '../common/json.js';
import { escapeToken } from './pointer.js';

const REFERENCE = /\$\{env:([A-Za-z_][A-Za-z0-9_]*)\}/g;

/** Variables of the runner and of the action itself: no spec may send them to Druid. */
const FORBIDDEN = /^(GITHUB_|ACTIONS_|RUNNER_|INPUT_)/;

/** Keys that look secret by name but hold no secret (a file path, a class, a type, a mechanism). */
const NOT_A_SECRET = /\.(url|uri|class|location|type|ms|mechanism|algorithm|file|path|source)$/i;

/** Druid reads these properties from its own environment; their values are variable names. */
const DRUID_PROVIDER_KEY = 'druid.dynamic.config.provider';

/** A key whose value is a credential: what a reference may stand in for. */
export function isCredentialKey(key: string): boolean {
  return key !== DRUID_PROVIDER_KEY && isSecretKey(key) && !NOT_A_SECRET.test(key);
}

export type SecretLookup = (name: string) => string | undefined;

/** Whether the whole text is one reference (`${env:NAME}`): a credential kept out of git. */
export function isReference(text: string): boolean {
  return /^\$\{env:[A-Za-z_][A-Za-z0-9_]*\}$/.test(text);
}

/** A reference druid-gitops will not resolve as written, and why (for the validation finding). */
export interface ReferenceProblem {
  pointer: string;
  name: string;
  why: 'not-a-credential' | 'forbidden';
}

/** Every reference in a spec, where it is, and the ones that cannot be resolved as written. */
export function secretReferences(value: unknown): { names: string[]; problems: ReferenceProblem[] } {
  const names = new Set<string>();
  const problems: ReferenceProblem[] = [];
  walkStrings(value, (text, pointer, credential) => {
    for (const [, name] of text.matchAll(REFERENCE)) {
      const variable = name as string;
      names.add(variable);
      if (FORBIDDEN.test(variable)) problems.push({ pointer, name: variable, why: 'forbidden' });
      else if (!credential && !inUrlPassword(text, variable))
        problems.push({ pointer, name: variable, why: 'not-a-credential' });
    }
  });
  return { names: [...names].sort(), problems };
}

/**
 * The spec with every reference replaced by its variable's value, and the variables that are not
 * set (then the spec must not be submitted). References outside credentials stay as written.
 */
export function resolveSecretReferences<T>(value: T, lookup: SecretLookup): { value: T; missing: string[] } {
  const missing = new Set<string>();
  const resolved = mapStrings(value, (text, credential) =>
    text.replace(REFERENCE, (whole, name: string) => {
      if (FORBIDDEN.test(name) || (!credential && !inUrlPassword(text, name))) return whole;
      const found = lookup(name);
      if (found === undefined) missing.add(name);
      return found ?? whole;
    }),
  );
  return { value: resolved as T, missing: [...missing].sort() };
}

/**
 * Git's spec with each string that holds references replaced by the cluster's string at the same
 * place, when the cluster's matches it around the references: what the comparison needs when the
 * variables are not at hand (drift, review). A credential that differs in its text around the
 * reference (another user name in a JAAS line) still shows as a difference.
 */
export function matchSecretReferences<T>(git: T, live: unknown): T {
  const at = (pointer: readonly string[]): unknown => {
    let node: unknown = live;
    for (const token of pointer) {
      if (Array.isArray(node)) node = node[Number(token)];
      else if (isPlainObject(node)) node = node[token];
      else return undefined;
    }
    return node;
  };
  const visit = (node: unknown, path: string[]): unknown => {
    if (typeof node === 'string') {
      if (!node.includes('${env:')) return node;
      const theirs = at(path);
      return typeof theirs === 'string' && template(node).test(theirs) ? theirs : node;
    }
    if (Array.isArray(node)) return node.map((item, index) => visit(item, [...path, String(index)]));
    if (isPlainObject(node))
      return Object.fromEntries(
        Object.entries(node).map(([key, item]) => [key, visit(item, [...path, key])]),
      );
    return node;
  };
  return visit(git, []) as T;
}

/** What `druid-gitops import` writes instead of a credential: the reference, and its variable's value. */
export interface ImportedSecret {
  /** Where the credential was, as a JSON Pointer into the written spec. */
  pointer: string;
  name: string;
}

/**
 * Replaces every credential in a stored spec by a reference to a variable named after the
 * supervisor and the key (EVENTS_REALTIME_SASL_JAAS_CONFIG_PASSWORD): whole values under secret
 * keys, passwords inside JAAS lines, URL passwords. Password providers that already read the
 * environment, and Druid's dynamic config provider, stay as they are.
 */
export function referenceSecrets(
  spec: JsonObject,
  prefix: string,
): { spec: JsonObject; secrets: ImportedSecret[] } {
  const secrets: ImportedSecret[] = [];
  const taken = new Set<string>();
  const nameFor = (...parts: string[]): string => {
    const base = [prefix, ...parts]
      .join('_')
      .replace(/[^A-Za-z0-9]+/g, '_')
      .replace(/^_+|_+$/g, '')
      .toUpperCase()
      .replace(/^(\d)/, '_$1');
    let name = base;
    for (let n = 2; taken.has(name); n++) name = `${base}_${n}`;
    taken.add(name);
    return name;
  };
  const reference = (pointer: string, ...parts: string[]): string => {
    const name = nameFor(...parts);
    secrets.push({ pointer, name });
    return `\${env:${name}}`;
  };
  const visit = (node: unknown, pointer: string, key: string, credential: boolean): unknown => {
    if (typeof node === 'string') {
      if (node === '' || node.includes('${env:')) return node;
      if (credential) {
        // A JAAS line keeps its module and user; only the secrets in it become references.
        if (/jaas/i.test(key) && INLINE_SECRET.test(node))
          return node.replace(
            INLINE_SECRET_ALL,
            (_whole, name: string, quote: string) =>
              `${name}=${quote}${reference(pointer, key, name.replace(/=.*$/, '').trim())}${quote}`,
          );
        return reference(pointer, key);
      }
      return node.replace(
        URL_PASSWORD,
        (_whole, scheme: string, user: string) => `${scheme}${user}:${reference(pointer, key, 'password')}@`,
      );
    }
    if (Array.isArray(node))
      return node.map((item, index) => visit(item, `${pointer}/${index}`, key, credential));
    if (!isPlainObject(node)) return node;
    if (key === DRUID_PROVIDER_KEY || node.type === 'environment') return node;
    return Object.fromEntries(
      Object.entries(node).map(([name, item]) => [
        name,
        visit(item, `${pointer}/${escapeToken(name)}`, name, credential || isCredentialKey(name)),
      ]),
    );
  };
  return { spec: visit(spec, '', '', false) as JsonObject, secrets };
}

/** `password="…"` (or secret, token) inside a JAAS line. */
const INLINE_SECRET = /\b\w*(?:password|secret|token)\w*\s*=\s*(["'])[^"']*\1/i;
const INLINE_SECRET_ALL = /\b(\w*(?:password|secret|token)\w*\s*)=\s*(["'])[^"']*\2/gi;

/** `scheme://user:password@` */
const URL_PASSWORD = /\b([a-z][a-z0-9+.-]*:\/\/)([^\s/@:]+):([^\s/@]+)@/gi;

function inUrlPassword(text: string, name: string): boolean {
  return new RegExp(`:\\/\\/[^\\s/@:]+:\\$\\{env:${name}\\}@`).test(text);
}

function template(text: string): RegExp {
  const parts = text.split(REFERENCE);
  // split() with a capture group interleaves the names: literal, name, literal, ...
  const pattern = parts.map((part, index) => (index % 2 === 1 ? '[\\s\\S]*' : escapeRegExp(part))).join('');
  return new RegExp(`^${pattern}$`);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function walkStrings(
  value: unknown,
  visit: (text: string, pointer: string, credential: boolean) => void,
  pointer = '',
  credential = false,
): void {
  if (typeof value === 'string') visit(value, pointer, credential);
  else if (Array.isArray(value))
    value.forEach((item, index) => walkStrings(item, visit, `${pointer}/${index}`, credential));
  else if (isPlainObject(value))
    for (const [key, item] of Object.entries(value))
      walkStrings(item, visit, `${pointer}/${escapeToken(key)}`, credential || isCredentialKey(key));
}

function mapStrings(
  value: unknown,
  map: (text: string, credential: boolean) => string,
  credential = false,
): unknown {
  if (typeof value === 'string') return value.includes('${env:') ? map(value, credential) : value;
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, map, credential));
  if (isPlainObject(value))
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [
        key,
        mapStrings(item, map, credential || isCredentialKey(key)),
      ]),
    );
  return value;
}
