/**
 * The review flow: the change plan between two sets of spec files, with what the live cluster says
 * when one is given. The cluster is only read — the client must be read-only (docs/design.md,
 * invariant 3), and the review works without any cluster at all (fork pull requests have no secrets).
 */
import { DEFAULT_SAMPLING, type ProjectConfig } from '../config/config-file.js';
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
import { mergedOf } from '../sample/sample-plan.js';
import { sampleSupervisors, type ReviewSamples, type SampleTarget } from '../sample/sample-supervisors.js';

export type { ReviewSamples };
import { withRetentionImpacts } from './review-segments.js';
import { askRelease, resolveRelease, withRelease, type DruidRelease } from './druid-release.js';

export interface ReviewInput {
  base: readonly SourceFile[];
  head: readonly SourceFile[];
  config: ProjectConfig;
  /** A read-only client, when a cluster is given. */
  client?: OverlordClient;
  /** Where the retention and compaction files are (they are reviewed when the repository keeps them). */
  segmentFolders?: SegmentFolders;
  /** The dry run's and the sampled timestamps' "now" (tests fix it). */
  now?: number;
  /**
   * The head comes from a fork: row values never appear in the review, whatever the repository's
   * `sampling.showValues` says (anyone can open such a pull request).
   */
  untrustedHead?: boolean;
}

export interface ReviewResult {
  plan: ChangePlan;
  /** About the cluster: its Druid release and what follows from it, or why it could not be read. */
  cluster?: string;
  /** What the changed specs do to their topics' records, when the cluster could be sampled. */
  samples?: ReviewSamples;
  /** The release the review followed, when a cluster was given and answered. */
  release?: DruidRelease;
}

export async function runReview(input: ReviewInput): Promise<ReviewResult> {
  if (!input.client) {
    const notes = resolveRelease(input.config, undefined).notes;
    return {
      plan: await withImpacts(await planChanges(input), input, undefined),
      ...(notes.length > 0 ? { cluster: notes.join(' ') } : {}),
    };
  }
  const answer = await askRelease(input.client);
  if ('error' in answer) {
    const cluster = [
      `The live cluster could not be reached (${answer.error}); the review is based on git alone.`,
      ...resolveRelease(input.config, undefined).notes,
    ].join(' ');
    return { plan: await withImpacts(await planChanges(input), input, undefined), cluster };
  }
  const release = resolveRelease(input.config, answer);
  // The cluster's own release decides what the review checks and predicts.
  const reviewed = { ...input, config: withRelease(input.config, release) };
  const cluster = [
    `Live cluster read (Druid ${release.reported ?? 'release unknown'}); the review made no change to it.`,
    ...release.notes,
  ].join(' ');
  const sides = readSides(reviewed);
  // Sampling reads topics for seconds; it runs while the live views and the plan are made.
  const [live, samples] = await Promise.all([
    liveViews(sides, input.client),
    sampleChanges(sides, reviewed, input.client),
  ]);
  const plan = await withImpacts(await planChanges({ ...reviewed, live }), reviewed, input.client);
  return { plan, cluster, release, ...(samples ? { samples } : {}) };
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

interface Sides {
  base: Map<string, Record<string, unknown>>;
  head: Map<string, Record<string, unknown>>;
  /** Ids created or changed in effect (a move or a change of defaults only is not). */
  changed: string[];
  compare: ReturnType<typeof specComparison>;
}

/** Each side's supervisor specs by id, in the wrapped layout, and which ids the change touches. */
function readSides(input: ReviewInput): Sides {
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
  const changed = [...new Set([...base.keys(), ...head.keys()])].filter((id) => {
    const before = base.get(id);
    const after = head.get(id);
    return !(before && after && compare.changes(before, after).length === 0); // nothing to review here
  });
  return { base, head, changed, compare };
}

async function liveViews(sides: Sides, client: OverlordClient): Promise<Map<string, LiveView>> {
  const views = new Map<string, LiveView>();
  for (const id of sides.changed)
    views.set(id, await liveView(id, sides.base.get(id), sides.head.get(id), client, sides.compare));
  return views;
}

/** The created and changed supervisors' topics, sampled under the head and base specs. */
async function sampleChanges(
  sides: Sides,
  input: ReviewInput,
  client: OverlordClient,
): Promise<ReviewSamples | undefined> {
  const config = input.config.sampling ?? DEFAULT_SAMPLING;
  if (!config.enabled) return undefined;
  const targets: SampleTarget[] = sides.changed.flatMap((id) => {
    const head = sides.head.get(id);
    const base = sides.base.get(id);
    return head ? [{ id, head, ...(base ? { base } : {}) }] : [];
  });
  if (targets.length === 0) return undefined;
  const settings = {
    rows: config.rows,
    timeoutMs: config.timeoutSeconds * 1000,
    showValues: config.showValues && input.untrustedHead !== true,
  };
  return sampleSupervisors(targets, mergedOf(sides.base.values()), client, settings, input.now ?? Date.now());
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
