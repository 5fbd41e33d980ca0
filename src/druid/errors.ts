/**
 * The one taxonomy of what can go wrong when talking to Druid. Every failure of the client is a
 * `DruidError` whose `kind` says what it means for the caller (retry? fix the spec? fix the
 * credentials?), whose message names what was requested (method and path, never credentials),
 * the HTTP status, and Druid's own words, kept verbatim so a report can quote them.
 * classify.ts decides which error a failed exchange is.
 */
import { elapsedText } from '../common/elapsed.js';

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

  /**
   * Records that the request's one time limit ran out. A timeout already says "no answer within"
   * the limit; other failures say how many attempts the limit allowed.
   */
  outOfTime(attempts: number, limitMs: number): this {
    this.attempts = attempts;
    const timedOut = this.message.includes(`no answer within ${elapsedText(limitMs)}`);
    if (timedOut) {
      if (attempts > 1) this.message += ` (${attempts} attempts)`;
    } else {
      this.message += ` (gave up after ${attempts} ${attempts === 1 ? 'attempt' : 'attempts'}: the ${elapsedText(limitMs)} time limit was reached)`;
    }
    return this;
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
