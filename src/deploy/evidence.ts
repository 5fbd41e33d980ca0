/**
 * What a deploy's status reads prove about the data, kept on its result: the offset-continuity
 * verdict and Druid's lag over the deploy (for the chart in the job summary). Built from the reads
 * the steps made anyway, so it costs no request.
 */
import { offsetContinuity, type StatusObservation } from '../health/continuity.js';
import type { LagSample, SupervisorResult } from './result.js';

/** A chart needs no more points than this; longer runs keep evenly spaced ones, first and last included. */
const MAX_LAG_SAMPLES = 40;

export function deployEvidence(
  observations: readonly StatusObservation[],
): Pick<SupervisorResult, 'continuity' | 'lagSamples'> {
  const continuity = offsetContinuity(observations);
  const samples = observations.flatMap((seen): LagSample[] =>
    seen.lag === undefined ? [] : [{ at: new Date(seen.at).toISOString(), lag: seen.lag }],
  );
  return {
    ...(continuity ? { continuity } : {}),
    ...(continuity && samples.length > 0 ? { lagSamples: thin(samples) } : {}),
  };
}

function thin(samples: LagSample[]): LagSample[] {
  if (samples.length <= MAX_LAG_SAMPLES) return samples;
  const step = (samples.length - 1) / (MAX_LAG_SAMPLES - 1);
  return Array.from(
    { length: MAX_LAG_SAMPLES },
    (_, index) => samples[Math.round(index * step)] as LagSample,
  );
}
