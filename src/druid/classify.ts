/**
 * What a failed exchange with Druid means: a non-2xx answer (status + body) or a failure below
 * HTTP (socket, DNS, TLS, timeout) becomes one error of the taxonomy in errors.ts. Pure, so each
 * case is a unit test without a server.
 */
import { elapsedText } from '../common/elapsed.js';
import {
  DruidAlreadyInStateError,
  DruidConnectionError,
  DruidForbiddenError,
  DruidNotFoundError,
  DruidRejectedError,
  DruidResponseError,
  DruidTransientError,
  DruidUnauthorizedError,
  type DruidError,
  type RequestLabel,
} from './errors.js';

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
    // Jetty's error page puts the exception in the title: "Error 500 <class>: <message>". The
    // status is reported separately, so only the exception and its message are kept.
    const title = /<title>([^<]*)<\/title>/i.exec(trimmed)?.[1];
    const plain = title ?? trimmed.replace(/<[^>]*>/g, ' ');
    return clip(decodeEntities(plain.replace(/\s+/g, ' ').trim()).replace(/^Error \d{3} /, ''));
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

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X'))
      return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? entity;
  });
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
  const reason = redact(messageOf(failure));
  const details = { request, cause: failure };
  if (timeoutMs !== undefined) {
    return new DruidTransientError(`no answer within ${elapsedText(timeoutMs)}`, 'unknown', details);
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

// Duck-typed rather than `instanceof Error`: errors from Node internals may come from another
// realm (a test VM context), where instanceof is false.
function errorCode(failure: unknown): string | undefined {
  let current = failure;
  for (let depth = 0; typeof current === 'object' && current !== null && depth < 4; depth++) {
    const { code, cause } = current as { code?: unknown; cause?: unknown };
    if (typeof code === 'string') return code;
    current = cause;
  }
  return undefined;
}

function messageOf(failure: unknown): string {
  const message = (failure as { message?: unknown } | null)?.message;
  return typeof message === 'string' ? message : String(failure);
}
