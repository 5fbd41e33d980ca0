/**
 * Failures the fake injects instead of answering: GitHub's 5xx, its secondary rate limit (403 with
 * `retry-after` and the message plugin-throttling recognises), its primary rate limit (403 with
 * `x-ratelimit-remaining: 0` and the reset time), or a connection dropped without an answer.
 * Injected after the request was checked, so a faulty request is still a violation; with
 * `afterHandling`, after the fake acted on it too.
 */
import { STATUS_CODES } from 'node:http';
import { errorBody } from './shapes-issues.js';

export type Fault =
  | { kind: 'status'; status: number; message?: string; afterHandling?: boolean }
  | { kind: 'secondary-rate-limit'; retryAfterSeconds: number }
  | { kind: 'primary-rate-limit'; resetInSeconds: number }
  /** `afterHandling`: GitHub acted on the request, then the answer was lost (a proxy timeout). */
  | { kind: 'drop-connection'; afterHandling?: boolean };

export interface FaultMatch {
  method?: string;
  operationId?: string;
}

interface Rule extends FaultMatch {
  fault: Fault;
  remaining: number;
}

export interface FaultAnswer {
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

export class FaultTable {
  private rules: Rule[] = [];

  add(fault: Fault, times: number, match: FaultMatch): void {
    this.rules.push({ ...match, fault, remaining: times });
  }

  /** The fault for this request, if a rule matches (each rule fires `times` times). */
  take(method: string, operationId: string): Fault | undefined {
    const rule = this.rules.find(
      (candidate) =>
        candidate.remaining > 0 &&
        (!candidate.method || candidate.method.toUpperCase() === method) &&
        (!candidate.operationId || candidate.operationId === operationId),
    );
    if (!rule) return undefined;
    rule.remaining -= 1;
    return rule.fault;
  }

  clear(): void {
    this.rules = [];
  }
}

export function faultAnswer(fault: Exclude<Fault, { kind: 'drop-connection' }>, nowMs: number): FaultAnswer {
  switch (fault.kind) {
    case 'status':
      return {
        status: fault.status,
        headers: {},
        body: errorBody(fault.status, fault.message ?? STATUS_CODES[fault.status] ?? 'Error'),
      };
    case 'secondary-rate-limit':
      return {
        status: 403,
        headers: { 'retry-after': String(fault.retryAfterSeconds) },
        body: {
          message:
            'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID 0000:0000:0000000:0000000:00000000.',
          documentation_url:
            'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
          status: '403',
        },
      };
    case 'primary-rate-limit':
      return {
        status: 403,
        headers: {
          'x-ratelimit-limit': '1000',
          'x-ratelimit-remaining': '0',
          'x-ratelimit-used': '1000',
          'x-ratelimit-resource': 'core',
          'x-ratelimit-reset': String(Math.ceil(nowMs / 1000) + fault.resetInSeconds),
        },
        body: {
          message: 'API rate limit exceeded for installation ID 1.',
          documentation_url:
            'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-primary-rate-limits',
          status: '403',
        },
      };
  }
}
