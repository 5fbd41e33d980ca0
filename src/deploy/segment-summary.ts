/**
 * One-line forms of retention rules and compaction configs for reports and the status view:
 * `loadByPeriod P30D ×2 → dropForever`, `skip PT2H · DAY segments · priority 25`.
 */
import { isPlainObject } from '../spec/parse.js';

/** The rules in evaluation order; `no rules (cluster default applies)` for an empty list. */
export function describeRules(rules: unknown): string {
  if (!Array.isArray(rules) || rules.length === 0) return 'no rules (the cluster _default rules apply)';
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

function replicas(rule: Record<string, unknown>): string {
  const tiers = rule.tieredReplicants;
  if (!isPlainObject(tiers)) return rule.useDefaultTierForNull === false ? '×0' : '×2';
  const entries = Object.entries(tiers);
  if (entries.length === 0) return '×0';
  if (entries.length === 1 && entries[0]?.[0] === '_default_tier') return `×${String(entries[0][1])}`;
  return entries.map(([tier, count]) => `${tier}×${String(count)}`).join('+');
}

/** The settings that decide what compaction touches and produces; `none` when there is no config. */
export function describeCompaction(config: unknown): string {
  if (!isPlainObject(config)) return 'no automatic compaction';
  const granularity = isPlainObject(config.granularitySpec)
    ? config.granularitySpec.segmentGranularity
    : undefined;
  const partitions =
    isPlainObject(config.tuningConfig) && isPlainObject(config.tuningConfig.partitionsSpec)
      ? config.tuningConfig.partitionsSpec.type
      : undefined;
  return [
    `skipOffsetFromLatest ${typeof config.skipOffsetFromLatest === 'string' ? config.skipOffsetFromLatest : 'P1D'}`,
    granularity === undefined || granularity === null
      ? 'segment granularity kept'
      : `${typeof granularity === 'string' ? granularity : JSON.stringify(granularity)} segments`,
    ...(typeof partitions === 'string' ? [`${partitions} partitions`] : []),
    `priority ${typeof config.taskPriority === 'number' ? config.taskPriority : 25}`,
  ].join(' · ');
}
