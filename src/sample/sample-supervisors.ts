/**
 * Samples the topics of the supervisors a pull request creates or changes, through Druid's
 * sampler, so the review can show what each spec does to the rows (docs/sampling.md). Sampling is
 * information, never a gate: every failure (a 403 on a login without STATE WRITE, a timeout, an
 * extension the cluster lacks) becomes a note on that supervisor, each supervisor's time is
 * bounded, and the supervisors are sampled in parallel.
 */
import type { JsonObject } from '../common/json.js';
import { inParallel } from '../common/parallel.js';
import { collectSecrets, redactStrings } from '../common/redact.js';
import { DruidError, type SamplerConfig } from '../druid/index.js';
import type { SamplerApi } from '../druid/sampler.js';
import { viewSupervisor } from '../spec/layout.js';
import { observeSamples, type SampleObservation } from './compare-samples.js';
import { maskValues } from './mask-values.js';
import { planSample, type Merged, type SamplePlan } from './sample-plan.js';
import { sampleStats, type SampleStats } from './sample-stats.js';
import { captureRequest, capturedRecords, liveRequest, replayRequest } from './sampler-requests.js';

export interface SamplingSettings {
  /** Records read per supervisor (Druid's numRows, 1 to 5000). */
  rows: number;
  /** How long Druid reads the topic (Druid's timeoutMs); a topic with fewer records costs all of it. */
  timeoutMs: number;
  /** Show row values (parse errors as Druid wrote them, the first parsed rows); off by default. */
  showValues: boolean;
}

export interface SampleTarget {
  id: string;
  /** The spec at head, in the wrapped layout. */
  head: JsonObject;
  /** The spec at base, for a changed supervisor. */
  base?: JsonObject;
}

export type SupervisorSample =
  | {
      id: string;
      outcome: 'sampled';
      /** `replay`: both specs parsed the same records; `live`: each spec read the topic itself. */
      method: 'replay' | 'live';
      /** The topic (or pattern) read. */
      topic: string;
      head: SampleStats;
      base?: SampleStats;
      observations: SampleObservation[];
    }
  /** The review chose not to send this spec, and why. */
  | { id: string; outcome: 'not-sampled'; reason: string }
  /** Druid could not sample it; `status` is the HTTP status when Druid answered. */
  | { id: string; outcome: 'failed'; reason: string; status?: number };

export interface ReviewSamples {
  settings: SamplingSettings;
  supervisors: SupervisorSample[];
}

/** How many supervisors are sampled at once: each sample is a Kafka consumer inside the Overlord. */
const CONCURRENCY = 8;
/** Beyond Druid's own read time: its answer, the replay, and the Overlord's overhead. */
const MARGIN_MS = 15_000;

export async function sampleSupervisors(
  targets: readonly SampleTarget[],
  merged: Merged,
  client: SamplerApi,
  settings: SamplingSettings,
  now: number,
): Promise<ReviewSamples> {
  const supervisors = await inParallel(targets, CONCURRENCY, async (target) => {
    const secrets = collectSecrets([target.head, target.base ?? null]);
    let sample: SupervisorSample;
    try {
      sample = await sampleOne(target, planSample(target.head, target.base, merged), client, settings, now);
    } catch (error) {
      // Whatever went wrong with this one supervisor is a note; the review goes on.
      sample = failed(target.id, error, settings.showValues ? undefined : new Set());
    }
    return redactStrings(sample, secrets);
  });
  return { settings, supervisors };
}

async function sampleOne(
  target: SampleTarget,
  plan: SamplePlan,
  client: SamplerApi,
  settings: SamplingSettings,
  now: number,
): Promise<SupervisorSample> {
  const { id } = target;
  if (plan.method === 'none') return { id, outcome: 'not-sampled', reason: plan.reason };
  const config: SamplerConfig = { numRows: settings.rows, timeoutMs: settings.timeoutMs };
  const call = { timeoutMs: settings.timeoutMs + MARGIN_MS };
  const topic = String(plan.source.topicPattern ?? plan.source.topic);
  const stats = (
    answer: Parameters<typeof sampleStats>[0],
    dataSchema: JsonObject,
    ioConfig: JsonObject,
    fed?: number,
  ) =>
    sampleStats(answer, {
      dataSchema,
      ioConfig,
      now,
      showValues: settings.showValues,
      ...(fed === undefined ? {} : { fed }),
    });
  try {
    if (plan.method === 'replay') {
      const capture = await client.sample(captureRequest(plan.source, config), call);
      const records = capturedRecords(capture.data);
      const ioOf = (spec: JsonObject | undefined) => viewSupervisor(spec ?? {}).ioConfig ?? {};
      if (records.length === 0) {
        const empty = emptyStats();
        return sampled(target, 'replay', topic, empty, target.base ? empty : undefined);
      }
      const replay = (parser: { dataSchema: JsonObject; inputFormat: JsonObject }) =>
        client.sample(
          replayRequest(parser.dataSchema, parser.inputFormat, records, settings.timeoutMs),
          call,
        );
      const [head, base] = await Promise.all([replay(plan.head), plan.base ? replay(plan.base) : undefined]);
      return sampled(
        target,
        'replay',
        topic,
        stats(head, plan.head.dataSchema, ioOf(target.head), records.length),
        base && plan.base ? stats(base, plan.base.dataSchema, ioOf(target.base), records.length) : undefined,
      );
    }
    const live = (spec: { dataSchema: JsonObject; ioConfig: JsonObject }) =>
      client.sample(liveRequest(spec.dataSchema, spec.ioConfig, plan.source, config), call);
    const [head, base] = await Promise.all([live(plan.head), plan.base ? live(plan.base) : undefined]);
    return sampled(
      target,
      'live',
      topic,
      stats(head, plan.head.dataSchema, plan.head.ioConfig),
      base && plan.base ? stats(base, plan.base.dataSchema, plan.base.ioConfig) : undefined,
    );
  } catch (error) {
    return failed(id, error, settings.showValues ? undefined : new Set([topic, 'earliest', 'latest']));
  }
}

function sampled(
  target: SampleTarget,
  method: 'replay' | 'live',
  topic: string,
  head: SampleStats,
  base: SampleStats | undefined,
): SupervisorSample {
  const readsFromEarliest = !target.base && viewSupervisor(target.head).ioConfig?.useEarliestOffset === true;
  return {
    id: target.id,
    outcome: 'sampled',
    method,
    topic,
    head,
    ...(base ? { base } : {}),
    observations: observeSamples(head, base, { readsFromEarliest }),
  };
}

function emptyStats(): SampleStats {
  return {
    read: 0,
    ingested: 0,
    unparseable: 0,
    columnErrors: 0,
    errors: [],
    rowsWithColumns: 0,
    columns: [],
    unusedFields: [],
    time: { late: 0, early: 0, outsideIntervals: 0 },
  };
}

/**
 * A sampler failure as a note. Druid's words are kept (values in them masked unless the
 * repository opted in: "Failed to sample data: …" can quote a record), with what to do for the
 * failures a login or a cluster setting causes.
 */
function failed(id: string, error: unknown, maskWith: ReadonlySet<string> | undefined): SupervisorSample {
  const druid = error instanceof DruidError ? error : undefined;
  const text = druid
    ? druid.message
    : `sampling failed unexpectedly: ${String((error as Error)?.message ?? error)}`;
  const message = maskWith ? maskValues(text, maskWith) : text;
  const hint =
    druid?.kind === 'forbidden'
      ? ' The sampler needs STATE WRITE (and, with druid.auth.enableInputSourceSecurity, EXTERNAL READ on "kafka" and "inline"); see docs/sampling.md.'
      : '';
  return {
    id,
    outcome: 'failed',
    reason: `${message}${hint}`,
    ...(druid?.status === undefined ? {} : { status: druid.status }),
  };
}
