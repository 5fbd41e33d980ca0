/**
 * The one taxonomy of what can go wrong when talking to Druid. Every failure of the client is a
 * `DruidError` whose `kind` says what it means for the caller (retry? fix the spec? fix the
 * credentials?), whose message names what was requested (method and path, never credentials),
 * the HTTP status, and Druid's own words, kept verbatim so a report can quote them.
 *
 * Classification is pure (status + body text in, error out) so it is tested without a server.
 */

export type DruidErrorKind =
  | 'not-found'
  | 'already-in-state'
  | 'rejected'
  | 'unauthorized'
  | 'forbidden'
  | 'transient'
  | 'redirect'
  | 'unexpected-response'
  | 'connection'
  | 'read-only'
  | 'settings';

/** What was asked of Druid: `POST /druid/indexer/v1/supervisor?skipRestartIfUnmodified=true`. */
export interface RequestLabel {
  method: string;
  path: string;
}

/** Whether Druid can have acted on a request that failed (decides if a write may be repeated). */
export type Processed = 'no' | 'unknown';

interface ErrorDetails {
  request?: RequestLabel | undefined;
  status?: number | undefined;
  druidMessage?: string | undefined;
  cause?: unknown;
}

export class DruidError extends Error {
  readonly request: RequestLabel | undefined;
  readonly status: number | undefined;
  /** Druid's message as it sent it (JSON `error`/`errorMessage`, Jetty page title, or text). */
  readonly druidMessage: string | undefined;
  /** Attempts made before giving up; set when the request was retried. */
  attempts = 1;

  constructor(
    readonly kind: DruidErrorKind,
    summary: string,
    details: ErrorDetails = {},
  ) {
    super(
      composeMessage(summary, details),
      details.cause === undefined ? undefined : { cause: details.cause },
    );
    this.name = new.target.name;
    this.request = details.request;
    this.status = details.status;
    this.druidMessage = details.druidMessage;
  }

  /** Records that retrying stopped, and why, in the message a report shows. */
  gaveUp(attempts: number, reason: string): this {
    this.attempts = attempts;
    if (attempts > 1) this.message += ` (gave up after ${attempts} attempts: ${reason})`;
    else if (this.kind === 'transient') this.message += ` (not retried: ${reason})`;
    return this;
  }
}

function composeMessage(summary: string, { request, status, druidMessage }: ErrorDetails): string {
  const where = request ? `${request.method} ${request.path}: ` : '';
  const code = status === undefined ? '' : ` (HTTP ${status})`;
  const said = druidMessage ? `. Druid said: ${druidMessage}` : '';
  return `${where}${summary}${code}${said}`;
}

export class DruidNotFoundError extends DruidError {
  constructor(summary: string, details: ErrorDetails) {
    super('not-found', summary, details);
  }
}

/** 400 `[id] is already suspended|running`; suspend/resume turn it into a successful result. */
export class DruidAlreadyInStateError extends DruidError {
  constructor(
    readonly state: 'suspended' | 'running',
    details: ErrorDetails,
  ) {
    super('already-in-state', `the supervisor is already ${state}`, details);
  }
}

/** Druid refused the request itself (bad spec, invalid update, unsupported operation). */
export class DruidRejectedError extends DruidError {
  constructor(summary: string, details: ErrorDetails) {
    super('rejected', summary, details);
  }
}

export class DruidUnauthorizedError extends DruidError {
  constructor(details: ErrorDetails) {
    super(
      'unauthorized',
      'Druid did not accept the credentials; check the username/password or token',
      details,
    );
  }
}

export class DruidForbiddenError extends DruidError {
  constructor(details: ErrorDetails) {
    super(
      'forbidden',
      'the credentials lack permission (Druid checks DATASOURCE READ for reads and WRITE for changes)',
      details,
    );
  }
}

/** A failure that may pass: 429, 502, 503, 504, a refused or reset connection, a timeout. */
export class DruidTransientError extends DruidError {
  constructor(
    summary: string,
    readonly processed: Processed,
    details: ErrorDetails & { retryAfter?: string | undefined },
  ) {
    super('transient', summary, details);
    this.retryAfter = details.retryAfter;
  }
  /** The `Retry-After` header as sent (seconds or an HTTP date). */
  readonly retryAfter: string | undefined;
}

export class DruidRedirectError extends DruidError {
  constructor(summary: string, details: ErrorDetails) {
    super('redirect', summary, details);
  }
}

/** Druid answered with something this client does not understand (shape, JSON, status). */
export class DruidResponseError extends DruidError {
  constructor(summary: string, details: ErrorDetails) {
    super('unexpected-response', summary, details);
  }
}

/** The connection could not be made and waiting will not help: TLS, unknown host, bad protocol. */
export class DruidConnectionError extends DruidError {
  constructor(summary: string, details: ErrorDetails) {
    super('connection', summary, details);
  }
}

/** A write refused locally because the client is read-only (pull-request review). */
export class DruidReadOnlyError extends DruidError {
  constructor(request: RequestLabel) {
    super('read-only', 'refused: this Druid client is read-only (pull-request review never writes)', {
      request,
    });
  }
}

/** The connection settings are unusable; raised before any request is made. */
export class DruidSettingsError extends DruidError {
  constructor(summary: string) {
    super('settings', summary);
  }
}

// ------------------------------------------------------------------------------ classification

export interface ResponseFacts {
  status: number;
  /** Body text, already redacted of the client's secrets. */
  text: string;
  contentType?: string | undefined;
  retryAfter?: string | undefined;
}

const ALREADY = /^\[.*\] is already (suspended|running)$/s;
const MAX_MESSAGE = 4000;

/** Turns a non-2xx answer into the error it means. */
export function classifyResponse(request: RequestLabel, facts: ResponseFacts): DruidError {
  const { status } = facts;
  const druidMessage = druidMessageOf(facts.text, facts.contentType);
  const details = { request, status, druidMessage };
  const already = status === 400 && druidMessage !== undefined ? ALREADY.exec(druidMessage) : null;
  if (already) return new DruidAlreadyInStateError(already[1] as 'suspended' | 'running', details);
  if (status === 401) return new DruidUnauthorizedError(details);
  if (status === 403) return new DruidForbiddenError(details);
  if (status === 404) {
    const routeMiss = isHtml(facts.text, facts.contentType);
    // A Router without druid.router.managementProxy.enabled answers its own 404 page.
    const summary = routeMiss
      ? 'not found; if this URL is a Druid Router, its management proxy may be disabled (druid.router.managementProxy.enabled=true)'
      : 'not found';
    return new DruidNotFoundError(summary, details);
  }
  if (status === 429)
    return new DruidTransientError('Druid asked to slow down', 'no', {
      ...details,
      retryAfter: facts.retryAfter,
    });
  if (status === 503) {
    return new DruidTransientError('Druid is unavailable (no leader elected yet, or not ready)', 'no', {
      ...details,
      retryAfter: facts.retryAfter,
    });
  }
  if (status === 502 || status === 504) {
    return new DruidTransientError('a proxy in front of Druid could not get an answer', 'unknown', {
      ...details,
      retryAfter: facts.retryAfter,
    });
  }
  if (status >= 400 && status < 600) return new DruidRejectedError('Druid rejected the request', details);
  return new DruidResponseError('unexpected HTTP status', details);
}

/**
 * Druid's message from an error body: `{"error": ...}` from its exception mappers,
 * `{"errorMessage": ...}` from DruidException responses (preferred: `error` then holds only a
 * category), `{"Access-Check-Result": ...}` on 403, the title of a Jetty error page, or text.
 */
export function druidMessageOf(text: string, contentType?: string): string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  if (trimmed.startsWith('{')) {
    const fromJson = messageFromJson(trimmed);
    if (fromJson !== undefined) return clip(fromJson);
  }
  if (isHtml(trimmed, contentType)) {
    const title = /<title>([^<]*)<\/title>/i.exec(trimmed)?.[1];
    const plain = title ?? trimmed.replace(/<[^>]*>/g, ' ');
    return clip(plain.replace(/\s+/g, ' ').trim());
  }
  return clip(trimmed);
}

function messageFromJson(text: string): string | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const body = value as Record<string, unknown>;
  for (const key of ['errorMessage', 'error', 'message', 'Access-Check-Result']) {
    const candidate = body[key];
    if (typeof candidate === 'string' && candidate !== '') return candidate;
  }
  return undefined;
}

export function isHtml(text: string, contentType?: string): boolean {
  return /html/i.test(contentType ?? '') || /^\s*<(!doctype|html)/i.test(text);
}

function clip(text: string): string {
  return text.length > MAX_MESSAGE ? `${text.slice(0, MAX_MESSAGE)}… (${text.length} characters)` : text;
}

// Codes that prove nothing reached Druid: the connection was never established.
const NOT_SENT = new Set([
  'ECONNREFUSED',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
  'UND_ERR_CONNECT_TIMEOUT',
]);
// Codes after which Druid may or may not have acted on the request.
const MAYBE_SENT = new Set([
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'UND_ERR_SOCKET',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'UND_ERR_RES_CONTENT_LENGTH_MISMATCH',
]);
const TLS_CODE = /CERT|SELF_SIGNED|ISSUER|SSL|TLS|VERIFY/;

/**
 * Turns a failure below HTTP (socket, DNS, TLS, timeout) into the error it means. `timeoutMs` is
 * set when the client's own per-request timeout fired. `redact` scrubs the client's secrets.
 */
export function classifyTransportFailure(
  request: RequestLabel,
  failure: unknown,
  timeoutMs: number | undefined,
  redact: (text: string) => string,
): DruidError {
  const code = errorCode(failure);
  const reason = redact(failure instanceof Error ? failure.message : String(failure));
  const details = { request, cause: failure };
  if (timeoutMs !== undefined) {
    return new DruidTransientError(`no answer within ${timeoutMs} ms`, 'unknown', details);
  }
  if (code !== undefined && NOT_SENT.has(code)) {
    return new DruidTransientError(`could not connect (${code}: ${reason})`, 'no', details);
  }
  if (code !== undefined && MAYBE_SENT.has(code)) {
    return new DruidTransientError(
      `the connection failed before an answer (${code}: ${reason})`,
      'unknown',
      details,
    );
  }
  if (code === 'ENOTFOUND') return new DruidConnectionError(`unknown host (${reason})`, details);
  if (code !== undefined && TLS_CODE.test(code)) {
    return new DruidConnectionError(
      `TLS failed (${code}: ${reason}); if Druid's certificate is signed by a private CA, pass that CA`,
      details,
    );
  }
  return new DruidConnectionError(`request failed (${code ?? 'no code'}: ${reason})`, details);
}

function errorCode(failure: unknown): string | undefined {
  for (let current = failure, depth = 0; current instanceof Error && depth < 4; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    current = current.cause;
  }
  return undefined;
}
