/**
 * The review flow: the change plan between two sets of spec files, with what the live cluster says
 * when one is given. The cluster is only read — the client must be read-only (docs/design.md,
 * invariant 3), and the review works without any cluster at all (fork pull requests have no secrets).
 */
import type { ProjectConfig } from '../config/config-file.js';
import { readLive } from '../deploy/steps.js';
import { describeState } from '../health/health-verdict.js';
import { knownLag } from '../health/lag.js';
import type { SupervisorStatusPayload } from '../druid/payloads.js';
import { specComparison } from '../diff/compare.js';
import { planChanges, type ChangePlan, type LiveView } from '../diff/plan.js';
import type { SegmentPlan } from '../diff/segment-plan.js';
import type { OverlordClient } from '../druid/overlord-client.js';
import { canonicalLayout, viewSupervisor } from '../spec/layout.js';
import { readSpec } from '../spec/load.js';
import { matchSecretReferences } from '../spec/secret-references.js';
import type { SourceFile } from '../spec/git-source.js';
import { retentionRulesOf, segmentKindOf, type SegmentFolders } from '../spec/segment-files.js';
import { readSegmentFile } from '../check/segment-check.js';
import { withRetentionImpacts } from './review-segments.js';

export interface ReviewInput {
  base: readonly SourceFile[];
  head: readonly SourceFile[];
  config: ProjectConfig;
  /** A read-only client, when a cluster is given. */
  client?: OverlordClient;
  /** Where the retention and compaction files are (they are reviewed when the repository keeps them). */
  segmentFolders?: SegmentFolders;
  /** The dry run's "now" (tests fix it). */
  now?: number;
}

export interface ReviewResult {
  plan: ChangePlan;
  /** One line about the cluster: its Druid version, or why it could not be read. */
  cluster?: string;
}

export async function runReview(input: ReviewInput): Promise<ReviewResult> {
  if (!input.client) return { plan: await withImpacts(await planChanges(input), input, undefined) };
  let cluster: string;
  try {
    const status = await input.client.getServerStatus();
    cluster = `Live cluster read (Druid ${status.version ?? 'version unknown'}); the review made no change to it.`;
  } catch (error) {
    cluster = `The live cluster could not be reached (${(error as Error).message}); the review is based on git alone.`;
    return { plan: await withImpacts(await planChanges(input), input, undefined), cluster };
  }
  const live = await liveViews(input, input.client);
  return { plan: await withImpacts(await planChanges({ ...input, live }), input, input.client), cluster };
}

/** The dry-run line of each retention change (from the cluster when it could be read). */
async function withImpacts(
  plan: ChangePlan,
  input: ReviewInput,
  client: OverlordClient | undefined,
): Promise<ChangePlan> {
  if (!plan.segments || !input.segmentFolders) return plan;
  const head = new Map(input.head.map((file) => [file.path, file]));
  const rulesAt = (segment: SegmentPlan): unknown[] | undefined => {
    const file = head.get(segment.file);
    return file
      ? retentionRulesOf(readSegmentFile('retention', file.path, file.bytes, input.config.druidVersion))
      : undefined;
  };
  const segments = await withRetentionImpacts(plan.segments, rulesAt, client, input.now ?? Date.now());
  return { ...plan, segments };
}

async function liveViews(input: ReviewInput, client: OverlordClient): Promise<Map<string, LiveView>> {
  const compare = specComparison(input.config.druidVersion);
  const folders = input.segmentFolders;
  const read = (files: readonly SourceFile[]) =>
    new Map(
      files
        .filter((file) => !folders || segmentKindOf(file.path, folders) === undefined)
        .map((file) => readSpec(file.path, file.bytes, input.config.druidVersion))
        .filter((spec) => spec.supervisorId && spec.document)
        .map((spec) => [spec.supervisorId as string, canonicalLayout(spec.document?.value ?? {})]),
    );
  const base = read(input.base);
  const head = read(input.head);
  const views = new Map<string, LiveView>();
  for (const id of new Set([...base.keys(), ...head.keys()])) {
    const before = base.get(id);
    const after = head.get(id);
    if (before && after && compare.changes(before, after).length === 0) continue; // nothing to review here
    views.set(id, await liveView(id, before, after, client, compare));
  }
  return views;
}

async function liveView(
  id: string,
  before: Record<string, unknown> | undefined,
  after: Record<string, unknown> | undefined,
  client: OverlordClient,
  compare: ReturnType<typeof specComparison>,
): Promise<LiveView> {
  try {
    const live = await readLive(id, client);
    const compaction = await compactionOf(viewSupervisor(after ?? before ?? {}).dataSource, client);
    if (!live) return { drift: [], missing: true, facts: { supervisorState: null, ...compaction } };
    return {
      // The review never has the variables of `${env:NAME}` credentials: they compare by the text around.
      drift: before ? compare.changes(matchSecretReferences(before, live.spec), live.spec) : [],
      missing: false,
      state: describeState(live.payload) + (live.spec.suspended ? ', suspended' : ''),
      // Druid sends aggregateLag 0 while suspended or without reading tasks: that is unknown, not caught up.
      ...lagOf(live.payload),
      facts: {
        supervisorState: live.payload.state,
        ...(live.payload.partitions ? { partitions: live.payload.partitions } : {}),
        ...compaction,
      },
    };
  } catch (error) {
    return { drift: [], missing: false, facts: {}, error: (error as Error).message };
  }
}

function lagOf(payload: SupervisorStatusPayload): Pick<LiveView, 'aggregateLag'> {
  const lag = knownLag(payload);
  return lag === undefined ? {} : { aggregateLag: lag };
}

/** The datasource's auto-compaction, as a guardrail fact: null when it has none, absent when unknown. */
async function compactionOf(
  dataSource: string | undefined,
  client: OverlordClient,
): Promise<Pick<LiveView['facts'], 'compaction'>> {
  if (!dataSource) return {};
  try {
    const config = await client.getDatasourceCompactionConfig(dataSource);
    const skip = config?.skipOffsetFromLatest;
    return { compaction: config ? (typeof skip === 'string' ? { skipOffsetFromLatest: skip } : {}) : null };
  } catch {
    return {};
  }
}
