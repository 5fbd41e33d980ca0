/**
 * Every guardrail, in the order docs/guardrails.md lists them: settings from the operations
 * reference, properties Druid overrides, segment proliferation (with the datasource's retention and
 * compaction files), capacity and safety, then the
 * change rules that compare with the base branch.
 */
import {
  allSegmentGranularity,
  fineSegmentGranularity,
  lateDataVsCompaction,
  queryGranularityCoarser,
  shortTaskDuration,
  taskDurationVsSegmentGranularity,
} from './rules/segments.js';
import {
  completionTimeout,
  handoffTimeout,
  maxRowsPerSegment,
  parseExceptions,
  pollAndPersist,
} from './rules/tuning.js';
import {
  consumerGroupId,
  offsetContinuity,
  overriddenConsumerProperty,
  plaintextCredentials,
} from './rules/consumer.js';
import { meaninglessSum, rollupWithoutMetrics } from './rules/rollup.js';
import {
  replicas,
  resetOffsetAutomatically,
  supervisorIdUpgrade,
  taskCountVsPartitions,
  useEarliestOffsetOnNew,
} from './rules/capacity.js';
import { dataSourceChanged, idChanged, kafkaClusterChanged, topicChanged } from './rules/changes.js';
import {
  dimensionRemoved,
  dimensionRetyped,
  metricChanged,
  metricRemoved,
  queryGranularityCoarsened,
  rollupToggled,
} from './rules/schema-changes.js';
import {
  compactionGranularity,
  compactionMissing,
  retentionMissing,
  retentionVsEarliestOffset,
} from './rules/datasource.js';
import type { GuardrailRule, ParameterValue } from './guardrail.js';

export const GUARDRAIL_RULES: readonly GuardrailRule[] = [
  maxRowsPerSegment,
  handoffTimeout,
  completionTimeout,
  offsetContinuity,
  parseExceptions,
  pollAndPersist,
  overriddenConsumerProperty,
  consumerGroupId,
  taskDurationVsSegmentGranularity,
  fineSegmentGranularity,
  allSegmentGranularity,
  queryGranularityCoarser,
  shortTaskDuration,
  rollupWithoutMetrics,
  meaninglessSum,
  lateDataVsCompaction,
  retentionMissing,
  compactionMissing,
  compactionGranularity,
  retentionVsEarliestOffset,
  replicas,
  taskCountVsPartitions,
  resetOffsetAutomatically,
  useEarliestOffsetOnNew,
  plaintextCredentials,
  supervisorIdUpgrade,
  topicChanged,
  kafkaClusterChanged,
  dataSourceChanged,
  idChanged,
  dimensionRemoved,
  dimensionRetyped,
  metricRemoved,
  metricChanged,
  rollupToggled,
  queryGranularityCoarsened,
];

export const GUARDRAILS_BY_ID: ReadonlyMap<string, GuardrailRule> = new Map(
  GUARDRAIL_RULES.map((rule) => [rule.id, rule]),
);

/** A rule's parameters at their defaults. */
export function defaultParameters(rule: GuardrailRule): Record<string, ParameterValue> {
  return Object.fromEntries(Object.entries(rule.parameters).map(([name, info]) => [name, info.default]));
}
