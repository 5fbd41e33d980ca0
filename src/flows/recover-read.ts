/**
 * What status and diagnose read, and nothing else: GETs only (the emulator's request log proves it
 * in the flow tests). Every supervisor is read twice, an offset refresh apart, so the report can
 * show the lag's trend; diagnose also reads parse errors, task stats, spec history, and the
 * datasource's retention rules and compaction config. A read that fails is recorded as unreadable
 * and the diagnosis says so, instead of the run failing.
 */
import type { Clock } from '../common/clock.js';
import { DruidNotFoundError, type OverlordClient } from '../druid/index.js';
import type { StoredSupervisorSpec, SupervisorStatusPayload } from '../druid/payloads.js';
import { specSettings } from '../spec/spec-settings.js';
import type { Read, StatusSample, SupervisorFacts } from '../health/diagnosis.js';
import { inParallel } from '../common/parallel.js';
import { elapsedText } from '../common/elapsed.js';

export interface ReadOptions {
  client: OverlordClient;
  clock: Clock;
  /** Diagnose: also parse errors, stats, history, retention and compaction. */
  full: boolean;
  /** Between the two status samples; by default one offset refresh (offsetFetchPeriod) plus 5 s. */
  sampleIntervalMs?: number;
  /** Read each status once: fast, but the lag has no trend (the CLI's default; --trend samples twice). */
  oneSample?: boolean;
  /** Says what the read waits for (the wait between samples is tens of seconds). */
  waitingFor?: (activity: string) => void;
  maxParallel: number;
}

export type SupervisorRead =
  { id: string; found: true; facts: SupervisorFacts } | { id: string; found: false; error?: string };

const MIN_INTERVAL_MS = 10_000;
const MAX_INTERVAL_MS = 65_000;

export async function readSupervisors(
  ids: readonly string[],
  options: ReadOptions,
): Promise<SupervisorRead[]> {
  const { client, clock } = options;
  const first = await inParallel(ids, options.maxParallel, async (id) => readFirst(client, clock, id));
  const found = first.filter((read): read is Found => read.found);
  if (found.length > 0 && !options.oneSample) {
    const interval = options.sampleIntervalMs ?? sampleInterval(found.map((read) => read.spec));
    options.waitingFor?.(
      `sampling lag: a second status read in ${elapsedText(interval)}, once Druid has refreshed its offsets`,
    );
    await clock.sleep(interval);
  }
  const completed = await inParallel(found, options.maxParallel, async (read) => complete(read, options));
  return first.map((read) => (read.found ? (completed[found.indexOf(read)] as SupervisorRead) : read));
}

type Found = { id: string; found: true; spec: StoredSupervisorSpec; sample: StatusSample };
type FirstRead = Found | Extract<SupervisorRead, { found: false }>;

async function readFirst(client: OverlordClient, clock: Clock, id: string): Promise<FirstRead> {
  try {
    const spec = await client.getSupervisorSpec(id);
    return { id, found: true, spec, sample: await sample(client, clock, id) };
  } catch (error) {
    if (error instanceof DruidNotFoundError) return { id, found: false };
    return { id, found: false, error: (error as Error).message };
  }
}

async function complete(read: Found, options: ReadOptions): Promise<SupervisorRead> {
  const { client, clock } = options;
  const samples = [read.sample];
  if (!options.oneSample) {
    const second = await attempt(() => sample(client, clock, read.id));
    if (second.ok) samples.push(second.value);
  }
  const facts: SupervisorFacts = { id: read.id, spec: read.spec, samples };
  if (options.full) Object.assign(facts, await extras(client, read.id, samples.at(-1)?.payload));
  return { id: read.id, found: true, facts };
}

async function extras(
  client: OverlordClient,
  id: string,
  payload: SupervisorStatusPayload | undefined,
): Promise<Partial<SupervisorFacts>> {
  const dataSource = payload?.dataSource ?? id;
  const [parseErrors, stats, history, retention, compaction] = await Promise.all([
    attempt(() => client.getSupervisorParseErrors(id)),
    attempt(() => client.getSupervisorStats(id)),
    attempt(() => client.getSupervisorHistory(id)),
    attempt(async () => ({
      own: await client.getRetentionRules(dataSource),
      effective: await client.getRetentionRules(dataSource, { full: true }),
    })),
    attempt(async () => (await client.getDatasourceCompactionConfig(dataSource)) ?? null),
  ]);
  return { parseErrors, stats, history, retention, compaction };
}

async function sample(client: OverlordClient, clock: Clock, id: string): Promise<StatusSample> {
  const { payload } = await client.getSupervisorStatus(id);
  return { at: clock.now(), payload };
}

async function attempt<T>(read: () => Promise<T>): Promise<Read<T>> {
  try {
    return { ok: true, value: await read() };
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
}

/** Long enough for Druid to refresh lag once for every supervisor read, and no longer than a minute or so. */
function sampleInterval(specs: readonly StoredSupervisorSpec[]): number {
  const refresh = Math.max(0, ...specs.map((spec) => specSettings(spec).offsetFetchPeriodMs));
  return Math.min(MAX_INTERVAL_MS, Math.max(MIN_INTERVAL_MS, refresh + 5_000));
}
