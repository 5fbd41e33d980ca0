/**
 * What the Coordinator's settings for a supervisor's datasource mean for streaming ingestion
 * (REFERENCE §6.1, §6.2):
 * - retention rules are evaluated top-down, first match wins, the cluster's `_default` rules after
 *   the datasource's own. When no load rule matches the newest data, Historicals never load the
 *   segments the tasks publish, so every handoff waits the full `handoffConditionTimeout`;
 * - without auto-compaction, the small segments streaming writes (one per task group per interval,
 *   more with intermediate handoffs) are never merged;
 * - compaction that does not skip the late-message window competes with ingestion for the same
 *   intervals.
 */
import { periodToMillis } from '../spec/duration.js';
import { isPlainObject } from '../common/json.js';
import type { DataSourceCompactionConfig, RetentionRule } from '../druid/payloads.js';

/** Whether a segment of the current hour is loaded, and the rule that decides it. */
export function newestDataRule(
  rules: readonly RetentionRule[],
  now: number,
): { loads: boolean | undefined; rule?: RetentionRule } {
  const hour = { start: now - 3_600_000, end: now };
  for (const rule of rules) {
    const matches = ruleMatches(rule, hour);
    if (matches === undefined) return { loads: undefined, rule };
    if (matches) return { loads: !rule.type.startsWith('drop'), rule };
  }
  return { loads: false };
}

/** undefined: a rule type this tool does not know. */
function ruleMatches(rule: RetentionRule, segment: { start: number; end: number }): boolean | undefined {
  switch (rule.type) {
    case 'loadForever':
    case 'dropForever':
    case 'broadcastForever':
      return true;
    // Any positive period reaches back from now, so it covers the current hour (includeFuture or not).
    case 'loadByPeriod':
    case 'dropByPeriod':
    case 'broadcastByPeriod':
      return true;
    // Matches only data older than the period: never the newest data.
    case 'dropBeforeByPeriod':
      return false;
    case 'loadByInterval':
    case 'dropByInterval':
    case 'broadcastByInterval': {
      const [from, to] = String(rule.interval ?? '').split('/');
      const start = Date.parse(from ?? '');
      const end = Date.parse(to ?? '');
      if (Number.isNaN(start) || Number.isNaN(end)) return undefined;
      return start < segment.end && end > segment.start;
    }
    default:
      return undefined;
  }
}

/**
 * The rules in evaluation order, one line: "loadByPeriod P30D ×2 → dropForever" (replicas on
 * `_default_tier` as ×N, other tiers by name: "hot×1+cold×2"; "(not future)" for includeFuture
 * false). Used by reports, drift, status and diagnose alike.
 */
export function describeRules(rules: readonly unknown[]): string {
  if (rules.length === 0) return 'no rules';
  return rules.map(describeRule).join(' → ');
}

function describeRule(rule: unknown): string {
  if (!isPlainObject(rule)) return String(rule);
  const parts = [String(rule.type)];
  if (typeof rule.period === 'string') parts.push(rule.period);
  if (typeof rule.interval === 'string') parts.push(rule.interval);
  if (rule.includeFuture === false) parts.push('(not future)');
  if (typeof rule.type === 'string' && rule.type.startsWith('load')) parts.push(replicas(rule));
  return parts.join(' ');
}

/** What Druid loads: a missing tieredReplicants means 2 on _default_tier (useDefaultTierForNull). */
function replicas(rule: Record<string, unknown>): string {
  const tiers = rule.tieredReplicants;
  if (!isPlainObject(tiers)) return rule.useDefaultTierForNull === false ? '×0' : '×2';
  const entries = Object.entries(tiers);
  if (entries.length === 0) return '×0';
  const [only] = entries;
  if (entries.length === 1 && only?.[0] === '_default_tier') return `×${String(only[1])}`;
  return entries.map(([tier, count]) => `${tier}×${String(count)}`).join('+');
}

/** The compaction config's `skipOffsetFromLatest` (Druid's default P1D) in milliseconds. */
export function compactionSkipMs(config: DataSourceCompactionConfig): number | undefined {
  const skip = config.skipOffsetFromLatest;
  return periodToMillis(typeof skip === 'string' ? skip : 'P1D');
}
