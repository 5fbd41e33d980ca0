/**
 * Lag and its trend between two status samples, read the way Druid computes them: lag is the end of
 * each partition minus the furthest offset a reading task reached, both refreshed every
 * `offsetFetchPeriod` (PT30S by default), so two samples only show a trend when Druid refreshed its
 * offsets in between. Without reading tasks (suspended, starting, unhealthy) Druid still sends
 * `aggregateLag: 0` (real 33.0: FINDINGS 19, supervisor-status-suspended.json); that 0 means
 * "unknown", never "caught up".
 */
import type { PartitionMap, SupervisorStatusPayload } from '../druid/payloads.js';
import type { LagTrend, StatusSample } from './diagnosis.js';

/** A change smaller than this (records, or 5 % of the lag) is noise from the refresh timing. */
const NOISE_RECORDS = 100;

export function lagTrend(samples: readonly StatusSample[]): LagTrend {
  const first = samples[0];
  const last = samples.at(-1);
  if (!first || !last) return { seconds: 0, direction: 'unknown', reason: 'no status read' };
  const seconds = Math.max(0, (last.at - first.at) / 1000);
  const timeLagMs = maxOf(last.payload.minimumLagMillis);
  const stream = streamGrowth(first.payload, last.payload, seconds);
  const extra = {
    ...(stream === undefined ? {} : { streamPerSecond: stream }),
    ...(timeLagMs === undefined ? {} : { timeLagMs }),
  };
  const lastLag = knownLag(last.payload);
  if (lastLag === undefined) {
    return { seconds, direction: 'unknown', reason: whyNoLag(last.payload), ...extra };
  }
  const firstLag = knownLag(first.payload);
  if (first === last || firstLag === undefined) {
    return { last: lastLag, seconds, direction: 'unknown', reason: 'one sample with lag', ...extra };
  }
  const both = { first: firstLag, last: lastLag, seconds, ...extra };
  if (
    first.payload.offsetsLastUpdated !== undefined &&
    first.payload.offsetsLastUpdated === last.payload.offsetsLastUpdated
  ) {
    return {
      ...both,
      direction: 'unknown',
      reason: 'Druid did not refresh its offsets between the samples (it does every offsetFetchPeriod)',
    };
  }
  const change = lastLag - firstLag;
  const perSecond = seconds > 0 ? change / seconds : 0;
  const noise = Math.max(NOISE_RECORDS, 0.05 * firstLag);
  const direction = change > noise ? 'growing' : change < -noise ? 'shrinking' : 'steady';
  return { ...both, perSecond, direction };
}

/** Druid's lag when it means something: reading tasks with offsets, and the stream's end known. */
export function knownLag(payload: SupervisorStatusPayload): number | undefined {
  if (payload.activeTasks.length === 0) return undefined;
  if (!payload.latestOffsets || Object.keys(payload.latestOffsets).length === 0) return undefined;
  if (!payload.minimumLag || Object.keys(payload.minimumLag).length === 0) return undefined;
  return payload.aggregateLag ?? sum(payload.minimumLag);
}

function whyNoLag(payload: SupervisorStatusPayload): string {
  if (payload.state === 'SUSPENDED') return 'Druid reports no lag while suspended';
  if (payload.activeTasks.length === 0) return 'Druid reports no lag without reading tasks';
  return 'Druid has not measured the lag yet';
}

/** Records per second the topic grew by, from Druid's view of the partition ends. */
function streamGrowth(
  first: SupervisorStatusPayload,
  last: SupervisorStatusPayload,
  seconds: number,
): number | undefined {
  if (!first.latestOffsets || !last.latestOffsets || seconds <= 0) return undefined;
  if (first.offsetsLastUpdated !== undefined && first.offsetsLastUpdated === last.offsetsLastUpdated)
    return undefined;
  let grown = 0;
  for (const [partition, end] of Object.entries(last.latestOffsets)) {
    const before = first.latestOffsets[partition];
    if (before !== undefined) grown += end - before;
  }
  return grown / seconds;
}

function sum(map: PartitionMap): number {
  return Object.values(map).reduce((total, value) => total + value, 0);
}

function maxOf(map: PartitionMap | undefined): number | undefined {
  const values = Object.values(map ?? {});
  return values.length === 0 ? undefined : Math.max(...values);
}
