/**
 * The dry run of a retention change: which of the datasource's used segments the new rules would
 * drop that the rules in force keep (Druid's first-match semantics, spec/retention-match.ts), and
 * one line saying so for the review. Pure: segments, rules and `now` are parameters.
 */
import { plural } from '../common/plural.js';
import { keepsSegment, parseInterval, type TimeInterval } from '../spec/retention-match.js';

export interface UsedSegment {
  interval: TimeInterval;
  /** Bytes, when the segment metadata says. */
  size?: number;
}

export interface RetentionImpact {
  /** Used segments checked. */
  checked: number;
  /** Segments the rules in force keep and the new rules drop, oldest first. */
  dropped: UsedSegment[];
  /** Segments the new rules keep that the rules in force drop (they would be loaded again, if still in deep storage). */
  restored: number;
  /** Segments whose fate depends on a rule that cannot be read. */
  unknown: number;
}

export function retentionImpact(
  current: readonly unknown[],
  proposed: readonly unknown[],
  defaults: readonly unknown[],
  segments: readonly UsedSegment[],
  now: number,
): RetentionImpact {
  const dropped: UsedSegment[] = [];
  let restored = 0;
  let unknown = 0;
  for (const segment of segments) {
    const before = keepsSegment(current, defaults, segment.interval, now);
    const after = keepsSegment(proposed, defaults, segment.interval, now);
    if (before === undefined || after === undefined) unknown++;
    else if (before && !after) dropped.push(segment);
    else if (!before && after) restored++;
  }
  dropped.sort((a, b) => a.interval.start - b.interval.start);
  return { checked: segments.length, dropped, restored, unknown };
}

/** Used segments from the Coordinator's datasource metadata (DataSegment objects with interval and size). */
export function usedSegments(segments: readonly unknown[]): UsedSegment[] {
  return segments.flatMap((segment) => {
    if (segment === null || typeof segment !== 'object') return [];
    const { interval, size } = segment as { interval?: unknown; size?: unknown };
    const parsed = parseInterval(interval);
    if (!parsed) return [];
    return [{ interval: parsed, ...(typeof size === 'number' ? { size } : {}) }];
  });
}

export function describeRetentionImpact(impact: RetentionImpact, against: string): string {
  const parts: string[] = [];
  if (impact.dropped.length === 0) {
    parts.push(`Dry run: drops none of the ${plural(impact.checked, 'used segment')} that ${against} keep`);
  } else {
    const bytes = impact.dropped.reduce((sum, segment) => sum + (segment.size ?? 0), 0);
    const first = impact.dropped[0] as UsedSegment;
    const last = impact.dropped[impact.dropped.length - 1] as UsedSegment;
    parts.push(
      `Dry run: would drop ${impact.dropped.length} of ${plural(impact.checked, 'used segment')} (${readableBytes(bytes)}) that ${against} keep, ` +
        (impact.dropped.length === 1
          ? `interval ${interval(first.interval)}`
          : `from ${interval(first.interval)} to ${interval(last.interval)}`),
    );
  }
  if (impact.restored > 0)
    parts.push(`${plural(impact.restored, 'segment')} they drop would be loaded again`);
  if (impact.unknown > 0)
    parts.push(`${plural(impact.unknown, 'segment')} could not be judged (a rule cannot be read)`);
  return `${parts.join('; ')}.`;
}

function interval({ start, end }: TimeInterval): string {
  return `${new Date(start).toISOString()}/${new Date(end).toISOString()}`;
}

function readableBytes(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${unit === 0 ? value : value.toFixed(1)} ${units[unit]}`;
}
