/**
 * One Druid HTTP call, end to end: URL and headers (credentials, audit), the read-only guard,
 * leader redirects, the per-request timeout, classification of failures into the error
 * taxonomy, and retries where retry.ts says repeating is safe. Everything above this module
 * deals in endpoints and typed results; everything below it is undici.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { request, type Dispatcher } from 'undici';
import { collectSecrets, redactText } from '../common/redact.js';
import { auditHeaders, type AuditContext } from './audit.js';
import { endpointUrl, type ResolvedConnection } from './connection.js';
import { classifyResponse, classifyTransportFailure } from './classify.js';
import {
  DruidError,
  DruidReadOnlyError,
  DruidRedirectError,
  type DruidErrorKind,
  type RequestLabel,
} from './errors.js';
import { isRedirect, redirectDecision } from './redirect.js';
import { retryDecision, type Repeatability, type RetryPolicy } from './retry.js';

type HttpMethod = 'GET' | 'POST';

/**
 * The sampler (`POST /druid/indexer/v1/sampler`) reads records through a spec and answers with
 * the rows: it starts no task, creates no supervisor and commits no offset (docs/sampling.md), so
 * it is the one POST a read-only client may send. Listed by path, so no caller can widen it.
 */
export const SAMPLER_PATH = '/druid/indexer/v1/sampler';
const READ_ONLY_POSTS: ReadonlySet<string> = new Set([SAMPLER_PATH]);

export interface DruidRequest {
  method: HttpMethod;
  /** Which base URL: the Overlord's (default) or the Coordinator's. */
  target?: 'overlord' | 'coordinator';
  /** Endpoint path from the server root, e.g. `/druid/indexer/v1/supervisor`. */
  path: string;
  /** `true` sends a present-only flag (`?full`). */
  query?: Readonly<Record<string, string | true>>;
  /** Sent as JSON. */
  body?: unknown;
  /** For writes: whether a repeat is harmless (see retry.ts). GETs are always repeatable. */
  repeatability?: Repeatability;
  /** Overrides the client's audit context for this write. */
  audit?: AuditContext | undefined;
  /** Non-2xx answers this endpoint understands, e.g. health's 503 `{"healthy":false}`. */
  isAnswer?: (status: number, text: string) => boolean;
  /** This request's timeout (each attempt), when its caller bounds it itself; else the client's. */
  timeoutMs?: number;
  /** `false`: one attempt whatever the failure, for a caller with its own time budget (the sampler). */
  retry?: false;
}

export interface DruidAnswer {
  request: RequestLabel;
  status: number;
  text: string;
  contentType: string | undefined;
  /** To scrub from any error message built from this answer. */
  secrets: readonly string[];
  /** The body parsed, when it is a JSON object or array (parsed once, for learning and for callers). */
  json?: unknown;
}

/** One HTTP exchange (each attempt and each redirect hop is one), for logs and request counts. */
export interface RequestEvent {
  method: HttpMethod;
  /** Scheme, host and port; never credentials. */
  origin: string;
  path: string;
  status?: number;
  /** Set when the exchange failed below HTTP (no status): timeout, refused, reset, TLS. */
  error?: DruidErrorKind;
  durationMs: number;
  attempt: number;
}

/** An exchange as it starts: what is asked, and the event its end will report (same object). */
export type RequestStart = Pick<RequestEvent, 'method' | 'origin' | 'path' | 'attempt'>;

export interface HttpSettings {
  dispatcher: Dispatcher;
  readOnly: boolean;
  audit: AuditContext;
  retry: RetryPolicy;
  requestTimeoutMs: number;
  /**
   * One limit for a request, retries included: each attempt gets at most what is left of it, and
   * the error says "no answer within" this limit. Unset: each attempt has requestTimeoutMs and the
   * retry policy its own budget.
   */
  timeLimitMs?: number | undefined;
  maxRedirects: number;
  /** Secret values to scrub from anything the client reports. */
  secrets: readonly string[];
  onRequest?: ((event: RequestEvent) => void) | undefined;
  /** Called as each exchange starts (progress on a terminal); what it returns is called as it ends. */
  onRequestStart?: ((event: RequestStart) => () => void) | undefined;
  random?: (() => number) | undefined;
  /** Time for retry waits and the retry budget; the wall clock unless a test drives its own. */
  clock?: RetryClock | undefined;
}

export interface RetryClock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

const wallClock: RetryClock = { now: () => Date.now(), sleep: (ms) => sleep(ms) };

/** This attempt's own timeout, and the limit an error names when it fires. */
interface Timeouts {
  attemptMs: number;
  reportedMs: number;
}

interface Exchange {
  status: number;
  text: string;
  contentType: string | undefined;
  location: string | undefined;
  retryAfter: string | undefined;
}

export class DruidHttp {
  /**
   * Every credential this client has seen in a spec, sent or read: Druid's errors may quote a spec
   * back — a Jackson message names the offending value, an exception prints the spec it was
   * handling, even on a resume that carries no body — so errors are scrubbed of all of them.
   */
  private readonly known: Set<string>;

  constructor(
    private readonly connection: ResolvedConnection,
    private readonly settings: HttpSettings,
  ) {
    this.known = new Set(settings.secrets);
  }

  async send(call: DruidRequest): Promise<DruidAnswer> {
    const base = call.target === 'coordinator' ? this.connection.coordinatorUrl : this.connection.overlordUrl;
    const url = endpointUrl(base, call.path, call.query);
    const label: RequestLabel = { method: call.method, path: `${call.path}${url.search}` };
    if (this.settings.readOnly && !readsOnly(call)) throw new DruidReadOnlyError(label);
    const repeatability = call.method === 'GET' ? 'repeatable' : (call.repeatability ?? 'once-only');
    if (call.body !== undefined) collectSecrets(call.body, this.known);
    const secrets = [...this.known];
    const clock = this.settings.clock ?? wallClock;
    const started = clock.now();
    const limit = this.settings.timeLimitMs;
    for (let attempt = 1; ; attempt++) {
      const left = limit === undefined ? undefined : Math.max(1, limit - (clock.now() - started));
      // A caller that bounds its request itself (the sampler) sets its own timeout.
      const timeouts = call.timeoutMs
        ? { attemptMs: call.timeoutMs, reportedMs: call.timeoutMs }
        : {
            attemptMs: Math.min(this.settings.requestTimeoutMs, left ?? Infinity),
            reportedMs: limit ?? this.settings.requestTimeoutMs,
          };
      const outcome = await this.attempt(call, url, label, attempt, secrets, timeouts);
      if (!(outcome instanceof DruidError)) return outcome;
      if (call.retry === false) throw outcome.gaveUp(attempt, 'the caller bounds this request itself');
      const decision = retryDecision({
        error: outcome,
        repeatability,
        attempt,
        elapsedMs: clock.now() - started,
        policy: this.settings.retry,
        random: this.settings.random,
        nowMs: clock.now(),
      });
      // Under one limit, an attempt that would get only a sliver of it is not worth starting.
      const outOfTime =
        limit !== undefined &&
        (decision.retry
          ? clock.now() - started + decision.delayMs > limit - Math.min(1_000, limit / 10)
          : decision.outOfTime === true);
      // Out of time under one limit: the message names that limit once, not a second budget.
      if (outOfTime) throw outcome.outOfTime(attempt, limit);
      if (!decision.retry) throw outcome.gaveUp(attempt, decision.reason);
      await clock.sleep(decision.delayMs);
    }
  }

  /** One attempt: the request plus any leader redirects, ending in an answer or an error. */
  private async attempt(
    call: DruidRequest,
    first: URL,
    label: RequestLabel,
    attempt: number,
    secrets: readonly string[],
    timeouts: Timeouts,
  ): Promise<DruidAnswer | DruidError> {
    const headers = this.headersFor(call);
    const body = call.body === undefined ? undefined : JSON.stringify(call.body);
    const visited = [first.href];
    for (let url = first; ;) {
      const exchanged = await this.exchange(call, url, headers, body, label, attempt, secrets, timeouts);
      if (exchanged instanceof DruidError) return exchanged;
      const { status, text, contentType } = exchanged;
      const answered = (status >= 200 && status < 300) || call.isAnswer?.(status, text) === true;
      // An answer is data and stays intact (a stored spec may legitimately contain a secret);
      // only text that becomes an error message is scrubbed.
      if (answered) {
        const json = this.learnFrom(text);
        return {
          request: label,
          status,
          text,
          contentType,
          secrets,
          ...(json === undefined ? {} : { json }),
        } satisfies DruidAnswer;
      }
      if (!isRedirect(status)) {
        const facts = {
          status,
          text: redactText(text, secrets),
          contentType,
          retryAfter: exchanged.retryAfter,
        };
        return classifyResponse(label, facts);
      }
      const decision = redirectDecision({
        status,
        location: exchanged.location,
        current: url,
        visited,
        maxRedirects: this.settings.maxRedirects,
      });
      if ('refuse' in decision) return new DruidRedirectError(decision.refuse, { request: label, status });
      url = decision.follow;
      visited.push(url.href);
    }
  }

  private async exchange(
    { method }: DruidRequest,
    url: URL,
    headers: Record<string, string>,
    body: string | undefined,
    label: RequestLabel,
    attempt: number,
    secrets: readonly string[],
    timeouts: Timeouts,
  ): Promise<Exchange | DruidError> {
    const { dispatcher } = this.settings;
    const requestTimeoutMs = timeouts.attemptMs;
    const started = performance.now();
    const timeout = AbortSignal.timeout(requestTimeoutMs);
    const event = { method, origin: url.origin, path: `${url.pathname}${url.search}`, attempt };
    const ended = this.settings.onRequestStart?.(event);
    try {
      const response = await request(url, {
        method,
        headers,
        body: body ?? null,
        dispatcher,
        signal: timeout,
        headersTimeout: requestTimeoutMs,
        bodyTimeout: requestTimeoutMs,
      });
      // Always read the body, even of errors, so the connection returns to the pool.
      const text = await response.body.text();
      const status = response.statusCode;
      this.settings.onRequest?.({ ...event, status, durationMs: performance.now() - started });
      return {
        status,
        text,
        contentType: first(response.headers['content-type']),
        location: first(response.headers.location),
        retryAfter: first(response.headers['retry-after']),
      };
    } catch (failure) {
      const timedOut = timeout.aborted ? timeouts.reportedMs : undefined;
      const error = classifyTransportFailure(label, failure, timedOut, (text) => redactText(text, secrets));
      this.settings.onRequest?.({ ...event, error: error.kind, durationMs: performance.now() - started });
      return error;
    } finally {
      ended?.();
    }
  }

  /**
   * Remembers the credentials in a JSON answer (a stored spec, a list of them) and hands back the
   * parsed body, so the caller does not parse it again.
   */
  private learnFrom(text: string): unknown {
    const start = text.trimStart()[0];
    if (start !== '{' && start !== '[') return undefined;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      // Not JSON after all: nothing to learn; the caller reports the malformed answer.
      return undefined;
    }
    collectSecrets(value, this.known);
    return value;
  }

  private headersFor(call: DruidRequest): Record<string, string> {
    return {
      // Not only JSON: a few endpoints (the leader) answer text, and a strict Accept would get 406.
      Accept: 'application/json, text/plain;q=0.9, */*;q=0.8',
      'User-Agent': 'druid-gitops',
      ...this.connection.headers,
      ...(call.method === 'GET' ? {} : auditHeaders(call.audit ?? this.settings.audit)),
      ...(call.body === undefined ? {} : { 'Content-Type': 'application/json' }),
    };
  }
}

/** A GET, or one of the POSTs that change nothing (the sampler), sent to the Overlord. */
function readsOnly(call: DruidRequest): boolean {
  if (call.method === 'GET') return true;
  return (
    call.method === 'POST' && (call.target ?? 'overlord') === 'overlord' && READ_ONLY_POSTS.has(call.path)
  );
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
