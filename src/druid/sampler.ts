/**
 * The Overlord's sampler (`POST /druid/indexer/v1/sampler`, the endpoint behind the web console's
 * data loader): Druid reads a few records through a spec's input format, timestamp, transforms,
 * dimensions and metrics and answers with the rows, without starting a task or writing anything.
 * Druid documents it nowhere (apache/druid#7531 calls it internal), so the request and answer
 * types follow Druid 33's classes (`SamplerSpec`, `SamplerConfig`, `SamplerResponse`) and the
 * captures in test/fixtures/druid-real/sampler-*.json; docs/sampling.md has the facts.
 */
import type { JsonObject } from '../common/json.js';
import { SAMPLER_PATH, type DruidHttp } from './http.js';
import type { SamplerResponse } from './payloads.js';
import { parseAnswer, shapes } from './schemas.js';

/** Druid's `SamplerConfig`: `numRows` at most 5000 (default 200), `timeoutMs` must be positive. */
export interface SamplerConfig {
  numRows: number;
  /**
   * How long Druid reads before answering with what it has; a topic holding fewer than `numRows`
   * records always costs all of it. Also the Kafka consumer's `request.timeout.ms`: 0 or less
   * makes Druid hang on the metadata fetch (60 s, then 400), so the client refuses it.
   */
  timeoutMs: number;
}

/**
 * What to sample: `kafka` with a supervisor spec (the inner `"type": "kafka"` is required, a flat
 * body is a 400), or `index` with an index-task ingestion spec (`dataSchema` and an `ioConfig`
 * with an input source, written flat inside `spec`).
 */
export interface SamplerRequest {
  type: 'kafka' | 'index';
  spec: JsonObject & { type: 'kafka' | 'index' };
  samplerConfig: SamplerConfig;
}

export interface SamplerApi {
  /**
   * Sends one sampler request. Never retried (the caller bounds the time sampling may take), and
   * allowed to a read-only client: it changes nothing on the cluster.
   */
  sample(request: SamplerRequest, options: { timeoutMs: number }): Promise<SamplerResponse>;
}

const MAX_SAMPLER_ROWS = 5000;

export function samplerApi(http: DruidHttp): SamplerApi {
  return {
    async sample(request, { timeoutMs }) {
      const { numRows, timeoutMs: readMs } = request.samplerConfig;
      if (!(Number.isInteger(numRows) && numRows >= 1 && numRows <= MAX_SAMPLER_ROWS))
        throw new RangeError(`The sampler reads 1 to ${MAX_SAMPLER_ROWS} rows, got ${numRows}`);
      if (!(Number.isInteger(readMs) && readMs > 0))
        throw new RangeError(`The sampler's timeoutMs must be a positive integer, got ${readMs}`);
      const answer = await http.send({
        method: 'POST',
        path: SAMPLER_PATH,
        body: request,
        timeoutMs,
        retry: false,
      });
      return parseAnswer(answer, shapes.sampler);
    },
  };
}
