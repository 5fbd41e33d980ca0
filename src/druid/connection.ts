/**
 * How to reach Druid: the settings type that action inputs, CLI flags and the environment are
 * parsed into (src/settings/), and its pure resolution into base URLs, request headers and the list of secret
 * values to mask. Reading PEM files happens later, in tls.ts.
 */
import { DruidSettingsError } from './errors.js';

export interface DruidConnectionSettings {
  /**
   * Overlord or Router base URL, e.g. `https://druid.example.com:8888`. A path prefix (an ingress
   * in front of Druid) is kept. Userinfo (`https://user:pass@host`) is accepted and moved into
   * basic auth.
   */
  url: string;
  /**
   * Coordinator base URL for retention rules, compaction config and datasource metadata. Defaults
   * to `url`, which is right for a Router (it forwards `/druid/coordinator/*` to the leader
   * Coordinator) and for an Overlord running as the Coordinator.
   */
  coordinatorUrl?: string | undefined;
  /** HTTP basic auth. The password may contain `:` (Druid splits at the first one). */
  username?: string | undefined;
  password?: string | undefined;
  /** Sent as `Authorization: Bearer <token>`; exclusive with username/password. */
  token?: string | undefined;
  /** Extra request headers (an API gateway key, say). Their values are treated as secrets. */
  headers?: Readonly<Record<string, string>> | undefined;
  /** CA that signs Druid's certificate: PEM text or a path to a PEM file. Added to Node's roots. */
  caCert?: string | undefined;
  /** Client certificate and key for mutual TLS: PEM text or paths to PEM files. */
  clientCert?: string | undefined;
  clientKey?: string | undefined;
}

export interface ResolvedConnection {
  overlordUrl: URL;
  coordinatorUrl: URL;
  /** Authorization and extra headers, sent on every request including redirect hops. */
  headers: Record<string, string>;
  /** Values that must never be shown: password, token, encoded credentials, header values. */
  secrets: string[];
}

export function resolveConnection(settings: DruidConnectionSettings): ResolvedConnection {
  const overlord = baseUrl(settings.url, 'the Druid URL');
  const coordinator = settings.coordinatorUrl
    ? baseUrl(settings.coordinatorUrl, 'the Coordinator URL')
    : overlord;
  if (coordinator !== overlord && coordinator.userinfo) {
    // One set of credentials serves both; they belong in the username/password settings.
    throw new DruidSettingsError('The Coordinator URL must not contain credentials');
  }
  let { username, password } = settings;
  if (overlord.userinfo) {
    if (username !== undefined)
      throw new DruidSettingsError('Credentials are in both the Druid URL and the username');
    ({ username, password } = overlord.userinfo);
  }
  const secrets: string[] = overlord.userinfo ? [overlord.userinfo.encodedPassword] : [];
  const { token } = settings;
  const headers: Record<string, string> = {};

  for (const [name, value] of Object.entries(settings.headers ?? {})) {
    if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name))
      throw new DruidSettingsError(`Invalid header name "${name}"`);
    if (/[\r\n\0]/.test(value))
      throw new DruidSettingsError(`The value of header ${name} contains a line break`);
    headers[name] = value;
    secrets.push(value);
  }
  const customAuthorization = Object.keys(headers).some((name) => name.toLowerCase() === 'authorization');

  if (token !== undefined && (username !== undefined || password !== undefined)) {
    throw new DruidSettingsError('Give either a username and password or a token, not both');
  }
  if ((token !== undefined || username !== undefined) && customAuthorization) {
    throw new DruidSettingsError('An Authorization header is given together with credentials; keep one');
  }
  if (password !== undefined && username === undefined) {
    throw new DruidSettingsError('A Druid password is set without a username');
  }
  if (username !== undefined) {
    if (password === undefined)
      throw new DruidSettingsError(`No password is set for the Druid user "${username}"`);
    if (username.includes(':')) throw new DruidSettingsError('A Druid username cannot contain ":"');
    const encoded = Buffer.from(`${username}:${password}`, 'utf8').toString('base64');
    headers.Authorization = `Basic ${encoded}`;
    secrets.push(password, encoded);
  }
  if (token !== undefined) {
    if (/[\r\n\0]/.test(token)) throw new DruidSettingsError('The Druid token contains a line break');
    headers.Authorization = `Bearer ${token}`;
    secrets.push(token);
  }
  return {
    overlordUrl: overlord.url,
    coordinatorUrl: coordinator.url,
    headers,
    secrets: [...new Set(secrets.filter((secret) => secret !== ''))],
  };
}

interface BaseUrl {
  url: URL;
  /** Credentials found in the URL; `encodedPassword` is how the URL text spelled the password. */
  userinfo?: { username: string; password: string; encodedPassword: string };
}

function baseUrl(text: string, what: string): BaseUrl {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    // The text may hold credentials, so it is not echoed.
    throw new DruidSettingsError(`${what} is not a valid URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new DruidSettingsError(`${what} must start with http:// or https://, not ${url.protocol}//`);
  }
  if (url.search || url.hash) throw new DruidSettingsError(`${what} must not have a query or fragment`);
  const userinfo =
    url.username || url.password
      ? {
          username: decodeURIComponent(url.username),
          password: decodeURIComponent(url.password),
          encodedPassword: url.password,
        }
      : undefined;
  url.username = '';
  url.password = '';
  return userinfo ? { url, userinfo } : { url };
}

/** The URL of an endpoint under a base URL, keeping the base's path prefix. */
export function endpointUrl(base: URL, path: string, query?: Readonly<Record<string, string | true>>): URL {
  const url = new URL(base.href);
  url.pathname = `${base.pathname.replace(/\/+$/, '')}${path}`;
  // `true` means a present-only flag (Druid checks `?full` for presence, not value).
  const parts = Object.entries(query ?? {}).map(([key, value]) =>
    value === true ? encodeURIComponent(key) : `${encodeURIComponent(key)}=${encodeURIComponent(value)}`,
  );
  url.search = parts.join('&');
  return url;
}
