/**
 * One-line form of a compaction config for reports and the status view
 * (`skipOffsetFromLatest PT2H · DAY segments · priority 25`); rules have theirs in
 * health/datasource.ts (`loadByPeriod P30D ×2 → dropForever`).
 */
import { isPlainObject } from '../common/json.js';

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
