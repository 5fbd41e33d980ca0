/** What every diagnosis check reads, and small helpers they share. */
import type { RecentError, SupervisorStatusPayload } from '../druid/payloads.js';
import { millisToReadablePeriod } from '../spec/duration.js';
import type { SpecSettings } from '../spec/spec-settings.js';
import type { LagTrend, Problem, SupervisorFacts } from './diagnosis.js';

export interface CheckContext {
  facts: SupervisorFacts;
  /** The newest status read. */
  latest: SupervisorStatusPayload;
  settings: SpecSettings;
  trend: LagTrend;
  /** When the newest status was read (ms). */
  now: number;
  /** The stored spec or the status says suspended: nothing reads, and nothing recovers by itself. */
  suspended: boolean;
  /** Removes secrets from text that came from Druid or a spec. */
  clean(text: string): string;
}

export type Check = (context: CheckContext) => Problem | undefined;

/**
 * How a supervisor gets back to work once the cause is gone: by itself while it runs, but a
 * suspended one stays stopped until someone resumes it.
 */
export function onceFixed(context: CheckContext, byItself: string): string {
  return context.suspended
    ? `It is suspended, so it does not recover by itself: once the cause is fixed, resume it (druid-gitops resume ${context.facts.id}).`
    : byItself;
}

/** "1,234,567". */
export function count(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}

/** "PT15M". */
export function period(ms: number): string {
  return millisToReadablePeriod(Math.max(0, Math.round(ms / 1000) * 1000));
}

/** "3 h 5 min ago"-style age of a timestamp, for evidence lines. */
export function age(from: number, now: number): string {
  const minutes = Math.max(0, Math.round((now - from) / 60_000));
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h ${minutes % 60} min`;
  return `${Math.floor(hours / 24)} days`;
}

/** One evidence line for a Druid error: when, which exception, and Druid's words. */
export function errorLine(error: RecentError, clean: (text: string) => string): string {
  const what = error.exceptionClass ? `${error.exceptionClass.split('.').at(-1)}: ` : '';
  return clean(`${error.timestamp}: ${what}${stripClass(error.message ?? '', error.exceptionClass)}`);
}

/** Druid's messages often repeat the exception class ("org.apache...TimeoutException: Timeout…"). */
function stripClass(message: string, exceptionClass: string | undefined): string {
  return exceptionClass && message.startsWith(`${exceptionClass}: `)
    ? message.slice(exceptionClass.length + 2)
    : message;
}

/** The errors of the newest sample, newest last. */
export function recentErrors(context: CheckContext): RecentError[] {
  return context.latest.recentErrors;
}
