/**
 * Which retention rule decides a segment, as the Coordinator decides it: rules are tried top-down
 * and the first whose `appliesTo(interval, now)` is true wins (server/.../coordinator/rules/
 * Rule.java, Rules.eligibleForLoad, PeriodLoadRule, PeriodDropRule, PeriodDropBeforeRule,
 * IntervalLoadRule, IntervalDropRule, Forever*Rule; REFERENCE §6.1). A segment no rule of the
 * datasource matches falls through to the cluster's `_default` rules. Pure: `now` is a parameter.
 */
import { dateTimeMillis } from './date-time.js';
import { parsePeriod } from './duration.js';
import { DROP_RULE_TYPES } from './model/retention-rules.js';
import { isPlainObject } from '../common/json.js';

/** A half-open time interval [start, end) in epoch milliseconds, as Joda's Interval. */
export interface TimeInterval {
  start: number;
  end: number;
}

/** `instant` minus an ISO period, as Joda's DateTime.minus(Period) in UTC (calendar years and months). */
export function minusPeriod(instant: number, period: string): number | undefined {
  const parsed = parsePeriod(period);
  if (!parsed) return undefined;
  if (parsed.years === 0 && parsed.months === 0) return instant - parsed.millis;
  const date = new Date(instant);
  const months = date.getUTCFullYear() * 12 + date.getUTCMonth() - (parsed.years * 12 + parsed.months);
  const year = Math.floor(months / 12);
  const month = months - year * 12;
  // Joda keeps the day of the month, clamped to the target month's length (31 March − P1M = 28/29 Feb).
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const shifted = new Date(instant);
  shifted.setUTCFullYear(year, month, Math.min(date.getUTCDate(), lastDay));
  return shifted.getTime() - parsed.millis;
}

/** An ISO-8601 interval `start/end` (or `start/period`, `period/end`); undefined when unreadable. */
export function parseInterval(text: unknown): TimeInterval | undefined {
  if (typeof text !== 'string') return undefined;
  const [left, right, extra] = text.split('/');
  if (left === undefined || right === undefined || extra !== undefined) return undefined;
  const start = dateTimeMillis(left);
  const end = dateTimeMillis(right);
  if (start !== undefined && end !== undefined) return end >= start ? { start, end } : undefined;
  if (start !== undefined) {
    const period = parsePeriod(right);
    return period && period.years === 0 && period.months === 0
      ? { start, end: start + period.millis }
      : undefined;
  }
  if (end !== undefined) {
    const from = minusPeriod(end, left);
    return from === undefined ? undefined : { start: from, end };
  }
  return undefined;
}

/** Joda's Interval.overlaps for non-empty intervals. */
function overlaps(a: TimeInterval, b: TimeInterval): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Joda's Interval.contains(Interval). */
function contains(outer: TimeInterval, inner: TimeInterval): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

const FOREVER = new Set(['loadForever', 'dropForever', 'broadcastForever']);

export function ruleType(rule: unknown): string | undefined {
  return isPlainObject(rule) && typeof rule.type === 'string' ? rule.type : undefined;
}

/**
 * Rule.appliesTo(interval, now). Undefined when the rule cannot be read (unknown type, missing or
 * unreadable period or interval): validation reports those, and no answer is guessed here.
 */
export function ruleApplies(rule: unknown, segment: TimeInterval, now: number): boolean | undefined {
  const type = ruleType(rule);
  if (type === undefined || !isPlainObject(rule)) return undefined;
  if (FOREVER.has(type)) return true;
  const includeFuture = rule.includeFuture !== false;
  switch (type) {
    case 'loadByPeriod':
    case 'broadcastByPeriod': {
      const from = periodAgo(rule, now);
      if (from === undefined) return undefined;
      return includeFuture ? from < segment.end : overlaps({ start: from, end: now }, segment);
    }
    case 'dropByPeriod': {
      const from = periodAgo(rule, now);
      if (from === undefined) return undefined;
      return includeFuture ? from <= segment.start : contains({ start: from, end: now }, segment);
    }
    case 'dropBeforeByPeriod': {
      const from = periodAgo(rule, now);
      return from === undefined ? undefined : segment.end <= from;
    }
    case 'loadByInterval':
    case 'broadcastByInterval': {
      const interval = parseInterval(rule.interval);
      return interval === undefined ? undefined : overlaps(interval, segment);
    }
    case 'dropByInterval': {
      const interval = parseInterval(rule.interval);
      return interval === undefined ? undefined : contains(interval, segment);
    }
    default:
      return undefined;
  }
}

function periodAgo(rule: Record<string, unknown>, now: number): number | undefined {
  return typeof rule.period === 'string' ? minusPeriod(now, rule.period) : undefined;
}

export type RuleMatch =
  /** The rule at `index` of the list decides. */
  | { by: 'rule'; index: number; rule: unknown }
  /** No rule of the list applies: the cluster's `_default` rules decide. */
  | { by: 'none' }
  /** A rule tried before any match cannot be read, so the outcome is unknown. */
  | { by: 'unknown' };

/** The first rule that applies to the segment (Druid's first-match semantics). */
export function matchingRule(rules: readonly unknown[], segment: TimeInterval, now: number): RuleMatch {
  for (const [index, rule] of rules.entries()) {
    const applies = ruleApplies(rule, segment, now);
    if (applies === undefined) return { by: 'unknown' };
    if (applies) return { by: 'rule', index, rule };
  }
  return { by: 'none' };
}

/**
 * Whether the rules keep the segment loaded: the datasource's rules first, then the cluster's
 * default rules. Undefined when a rule that would be tried cannot be read.
 */
export function keepsSegment(
  rules: readonly unknown[],
  defaults: readonly unknown[],
  segment: TimeInterval,
  now: number,
): boolean | undefined {
  let match = matchingRule(rules, segment, now);
  if (match.by === 'none') match = matchingRule(defaults, segment, now);
  if (match.by === 'unknown') return undefined;
  // Nothing matches at all: the Coordinator leaves the segment as it is (neither loads nor drops).
  if (match.by === 'none') return true;
  // A rule that applied has a type ruleApplies knows: load and broadcast rules keep, the model's drop rules remove.
  return !DROP_RULE_TYPES.has(ruleType(match.rule) ?? '');
}

/**
 * Whether `earlier` matches every segment `later` matches, at `now`, so that `later` can never
 * decide anything. Only the cases that hold for any segment are claimed; false means "not proven".
 */
export function shadows(earlier: unknown, later: unknown, now: number): boolean {
  const first = ruleType(earlier);
  const second = ruleType(later);
  if (!first || !second || !isPlainObject(earlier) || !isPlainObject(later)) return false;
  if (FOREVER.has(first)) return ruleApplies(later, { start: now, end: now + 1 }, now) !== undefined;
  const ago = (rule: Record<string, unknown>): number | undefined => periodAgo(rule, now);
  const includesFuture = (rule: Record<string, unknown>): boolean => rule.includeFuture !== false;
  const firstAgo = ago(earlier);
  const secondAgo = ago(later);
  if ((first === 'loadByPeriod' || first === 'broadcastByPeriod') && includesFuture(earlier)) {
    // Matches every segment that ends after now − P: a later period rule reaching less far back is dead.
    if (firstAgo === undefined || secondAgo === undefined) return false;
    if (['loadByPeriod', 'broadcastByPeriod', 'dropByPeriod'].includes(second)) return secondAgo >= firstAgo;
    return false;
  }
  if (first === 'dropByPeriod' && includesFuture(earlier))
    return (
      second === 'dropByPeriod' && firstAgo !== undefined && secondAgo !== undefined && secondAgo >= firstAgo
    );
  if (first === 'dropBeforeByPeriod')
    return (
      second === 'dropBeforeByPeriod' &&
      firstAgo !== undefined &&
      secondAgo !== undefined &&
      secondAgo <= firstAgo
    );
  if (first === 'loadByInterval' || first === 'broadcastByInterval' || first === 'dropByInterval') {
    const outer = parseInterval(earlier.interval);
    const inner = parseInterval(later.interval);
    if (!outer || !inner || !contains(outer, inner)) return false;
    // A segment inside (or overlapping) the inner interval is inside (or overlaps) the outer one.
    return first === 'dropByInterval' ? second === 'dropByInterval' : second.endsWith('ByInterval');
  }
  return false;
}
