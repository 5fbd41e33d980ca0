/**
 * `OverlordClient`: everything the product says to Druid, behind one interface so flows take a
 * fake or a real server. `createOverlordClient` builds the real one over undici, against an
 * Overlord or a Router (same paths; the Router needs its management proxy enabled).
 */
import type { Dispatcher } from 'undici';
import { DEFAULT_AUDIT, type AuditContext } from './audit.js';
import { resolveConnection, type DruidConnectionSettings } from './connection.js';
import { coordinatorApi, type CoordinatorApi } from './coordinator.js';
import { DruidResponseError } from './errors.js';
import { DruidHttp, type RequestEvent, type RequestStart, type RetryClock } from './http.js';
import { DEFAULT_MAX_REDIRECTS } from './redirect.js';
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from './retry.js';
import { parseAnswer, shapes } from './schemas.js';
import { samplerApi, type SamplerApi } from './sampler.js';
import { supervisorApi, type SupervisorApi } from './supervisors.js';
import { createAgent, keySecrets, loadTlsMaterial } from './tls.js';
import type { DruidServerStatus } from './payloads.js';

export interface OverlordClient extends SupervisorApi, CoordinatorApi, SamplerApi {
  /** GET `/status` of the process at the base URL: Druid's `version` and loaded modules. */
  getServerStatus(): Promise<DruidServerStatus>;
  /** The leader Overlord's URL, as the Overlord reports it. */
  getOverlordLeader(): Promise<string>;
  /**
   * Every secret value the client holds (password, token, encoded credentials, extra header
   * values, private key lines), for the caller to mask (`core.setSecret` in action mode).
   */
  secrets(): string[];
  /** Closes the connections the client opened. */
  close(): Promise<void>;
}

export interface OverlordClientOptions {
  /**
   * Refuse every request that could change the cluster before it is sent: only GETs and the
   * sampler's POST go out (pull-request review never writes).
   */
  readOnly?: boolean;
  /** Default audit context for writes; each write may override it. */
  audit?: AuditContext;
  retry?: Partial<RetryPolicy>;
  /** Per request (each attempt), from sending to the end of the body. Default 30 s. */
  requestTimeoutMs?: number;
  /**
   * One limit per request, retries included (the CLI's --timeout, the action's druid-timeout):
   * replaces requestTimeoutMs and the retry budget, so a report names one limit.
   */
  timeLimitMs?: number;
  /** TCP + TLS connect. Default 10 s. */
  connectTimeoutMs?: number;
  /** Leader redirects followed per request. Default 3. */
  maxRedirects?: number;
  /** Called after every HTTP exchange (request counting, logs). */
  onRequest?: (event: RequestEvent) => void;
  /** Called as every HTTP exchange starts (progress on a terminal); what it returns is called as it ends. */
  onRequestStart?: (event: RequestStart) => () => void;
  /** Replaces the transport (a proxy agent, or tests); the TLS settings are then not used. */
  dispatcher?: Dispatcher;
  /** Uniform in [0, 1) for backoff jitter; tests make it deterministic. */
  random?: () => number;
  /**
   * The clock retry waits (backoff, `Retry-After`) sleep on and the retry budget is counted in;
   * the wall clock by default. Tests against the emulator pass its clock, so a 30 s Retry-After
   * is waited in emulated time.
   */
  clock?: RetryClock;
}

const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;
const DEFAULT_CONNECT_TIMEOUT_MS = 10_000;

export function createOverlordClient(
  settings: DruidConnectionSettings,
  options: OverlordClientOptions = {},
): OverlordClient {
  const connection = resolveConnection(settings);
  const tls = loadTlsMaterial(settings);
  const secrets = [...new Set([...connection.secrets, ...keySecrets(tls)])];
  const limit = options.timeLimitMs;
  const requestTimeoutMs = limit ?? options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
  const connectTimeoutMs = Math.min(options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS, requestTimeoutMs);
  const dispatcher = options.dispatcher ?? createAgent(tls, { connectTimeoutMs });
  const http = new DruidHttp(connection, {
    dispatcher,
    readOnly: options.readOnly ?? false,
    audit: options.audit ?? DEFAULT_AUDIT,
    retry: {
      ...DEFAULT_RETRY_POLICY,
      ...options.retry,
      ...(limit === undefined ? {} : { maxTotalMs: limit }),
    },
    requestTimeoutMs,
    timeLimitMs: limit,
    maxRedirects: options.maxRedirects ?? DEFAULT_MAX_REDIRECTS,
    secrets,
    onRequest: options.onRequest,
    onRequestStart: options.onRequestStart,
    random: options.random,
    clock: options.clock,
  });

  return {
    ...supervisorApi(http),
    ...coordinatorApi(http),
    ...samplerApi(http),

    getServerStatus: async () =>
      parseAnswer(await http.send({ method: 'GET', path: '/status' }), shapes.serverStatus),

    async getOverlordLeader() {
      // Answered by any Overlord without a redirect; the body is the URL as text.
      const answer = await http.send({ method: 'GET', path: '/druid/indexer/v1/leader' });
      const leader = answer.text.trim().replace(/^"(.*)"$/, '$1');
      if (!URL.canParse(leader)) {
        throw new DruidResponseError('the answer is not a URL', {
          request: answer.request,
          status: answer.status,
        });
      }
      return leader;
    },

    secrets: () => [...secrets],
    // A dispatcher handed in belongs to the caller, who closes it.
    close: async () => (dispatcher === options.dispatcher ? undefined : dispatcher.close()),
  };
}
