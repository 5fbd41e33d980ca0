/**
 * The drift check: every supervisor git describes, compared with what the cluster runs on
 * effective specs (defaults, spellings and key order never count), plus the supervisors the
 * cluster runs that git does not know. Read-only. For each difference, Druid's spec history says
 * when the cluster stopped matching git (it records when, not who). Retention rules and compaction
 * configs are checked alongside (drift-segments.ts).
 */
import { plural } from '../common/plural.js';
import type { ProjectConfig } from '../config/config-file.js';
import type { SpecComparison } from '../diff/compare.js';
import type { FieldChange } from '../diff/spec-diff.js';
import { DruidNotFoundError, type OverlordClient } from '../druid/index.js';
import type { SupervisorHistoryEntry, SupervisorSummary } from '../druid/payloads.js';
import { type JsonObject, deepEqual } from '../common/json.js';
import type { SourceFile } from '../spec/git-source.js';
import { isTombstone } from '../health/history.js';
import { canonicalLayout } from '../spec/layout.js';
import { readSpec } from '../spec/load.js';
import {
  matchSecretReferences,
  resolveSecretReferences,
  type SecretLookup,
} from '../spec/secret-references.js';
import type { SegmentFolders } from '../spec/segment-files.js';
import { inParallel } from '../common/parallel.js';
import { deployTargets } from './deploy.js';
import { splitFiles } from './deploy-segments.js';
import { runSegmentDrift, segmentDriftLabels, type SegmentDriftEntry } from './drift-segments.js';
import type { DruidRelease } from './druid-release.js';

export type DriftStatus = 'in-sync' | 'drifted' | 'missing' | 'not-in-git' | 'invalid';

export interface DriftEntry {
  id: string;
  /** The git file; absent for supervisors only the cluster has. */
  file?: string;
  status: DriftStatus;
  /** What the cluster has that git does not (git → cluster), values redacted. */
  changes: FieldChange[];
  /** One sentence for the table. */
  message: string;
  /** From Druid's spec history: when the cluster stopped matching git, or was terminated. */
  when?: string;
  /** The live supervisor is suspended (state, not spec: not drift by itself). */
  suspended?: boolean;
  /** Why the deploy skips git's file (error-level findings), when it does. */
  skipped?: string;
}

export interface DriftReport {
  commit: string;
  entries: DriftEntry[];
  /** Ids of entries that are not in sync. */
  drifted: string[];
  /** Retention and compaction files (and unmanaged configs of git's datasources). */
  segments: SegmentDriftEntry[];
  /** Labels (`retention/clicks`) of segment entries that are not in sync. */
  segmentsDrifted: string[];
  /** The Druid release the comparison followed, when the caller read it from the cluster. */
  release?: DruidRelease;
}

export interface DriftInput {
  commit: string;
  files: readonly SourceFile[];
  config: ProjectConfig;
  client: OverlordClient;
  compare: SpecComparison;
  maxParallel: number;
  /** Where retention and compaction files live; their files are among `files`. */
  segmentFolders?: SegmentFolders;
  /** Values of `${env:NAME}` credentials, when the run has them; else they are compared by their text around. */
  secrets?: SecretLookup;
  /** The release the comparison follows (config.druidVersion and compare already follow it). */
  release?: DruidRelease;
}

export async function runDrift(input: DriftInput): Promise<DriftReport> {
  const { client } = input;
  const live = new Map((await client.listSupervisors()).map((summary) => [summary.id, summary]));
  const files = splitFiles(input.files, input.segmentFolders);
  const { targets, blocked } = deployTargets(files.supervisors, [], input.config);
  const segments = input.segmentFolders
    ? await runSegmentDrift({
        files: files.segments,
        folders: input.segmentFolders,
        config: input.config,
        client,
        dataSources: new Set(targets.flatMap((target) => dataSourceOf(target.head))),
        maxParallel: input.maxParallel,
      })
    : [];
  const entries: DriftEntry[] = [];
  const comparable: Array<{ id: string; file: string; head: JsonObject; skipped?: string }> = targets.map(
    (target) => ({
      id: target.id,
      file: target.file,
      head: target.head as JsonObject,
    }),
  );
  for (const result of blocked) {
    const skipped = result.message.replace(/^not deployed: /, '');
    const head = readable(input, result.file, result.id);
    // A file the deploy skips (error-level findings) can still be compared when it parses.
    if (head && !comparable.some((other) => other.id === result.id))
      comparable.push({ id: result.id, file: result.file, head, skipped });
    else
      entries.push({
        id: result.id,
        file: result.file,
        status: 'invalid',
        changes: [],
        message: `git's file cannot be compared: ${skipped}`,
      });
  }
  const known = new Set([...comparable.map((target) => target.id), ...blocked.map((result) => result.id)]);
  const compared = await inParallel(comparable, input.maxParallel, async (target) => ({
    ...(await compareOne(target.id, target.file, target.head, live.get(target.id), input)),
    ...(target.skipped ? { skipped: target.skipped } : {}),
  }));
  entries.push(...compared);
  for (const [id, summary] of live) {
    if (known.has(id)) continue;
    entries.push({
      id,
      status: 'not-in-git',
      changes: [],
      message: 'runs on the cluster, but no file in git describes it',
      ...(summary.suspended ? { suspended: true } : {}),
    });
  }
  entries.sort((a, b) => a.id.localeCompare(b.id));
  return {
    commit: input.commit,
    entries,
    drifted: entries.filter((entry) => entry.status !== 'in-sync').map((entry) => entry.id),
    segments,
    segmentsDrifted: segmentDriftLabels(segments),
    ...(input.release ? { release: input.release } : {}),
  };
}

function dataSourceOf(head: JsonObject | undefined): string[] {
  const spec = head?.spec as { dataSchema?: { dataSource?: unknown } } | undefined;
  const dataSource = spec?.dataSchema?.dataSource;
  return typeof dataSource === 'string' ? [dataSource] : [];
}

/** The spec in git's file in Druid's layout, when the file parses and names this supervisor. */
function readable(input: DriftInput, path: string, id: string): JsonObject | undefined {
  const file = input.files.find((candidate) => candidate.path === path);
  if (!file) return undefined;
  const spec = readSpec(file.path, file.bytes, input.config.druidVersion);
  return spec.document && spec.supervisorId === id
    ? (canonicalLayout(spec.document.value) as JsonObject)
    : undefined;
}

async function compareOne(
  id: string,
  file: string,
  head: JsonObject,
  live: SupervisorSummary | undefined,
  input: DriftInput,
): Promise<DriftEntry> {
  const { compare } = input;
  if (!live) {
    const history = await historyOf(input.client, id);
    const tombstone = history?.[0] && isTombstone(history[0]) ? history[0] : undefined;
    return {
      id,
      file,
      status: 'missing',
      changes: [],
      message: tombstone
        ? 'git describes it, but it was terminated on the cluster; the next deploy creates it again'
        : 'git describes it, but the cluster does not run it; the next deploy creates it',
      ...(tombstone ? { when: `terminated at ${tombstone.version}` } : {}),
    };
  }
  // Credentials git keeps as references: their values when the run has them, else the cluster's
  // where it matches the text around the reference.
  const resolved = input.secrets ? resolveSecretReferences(head, input.secrets).value : head;
  const git = matchSecretReferences(resolved, live.spec);
  const wanted = compare.effective(git);
  const suspended = live.suspended ? { suspended: true } : {};
  if (deepEqual(compare.effective(live.spec), wanted)) {
    return { id, file, status: 'in-sync', changes: [], message: 'the cluster runs git’s spec', ...suspended };
  }
  const changes = compare.changes(git, live.spec);
  const history = await historyOf(input.client, id);
  const when = history && divergedAt(history, (spec) => deepEqual(compare.effective(spec), wanted));
  return {
    id,
    file,
    status: 'drifted',
    changes,
    message: `${plural(changes.length, 'field')} on the cluster ${changes.length === 1 ? 'differs' : 'differ'} from git`,
    ...(when ? { when } : {}),
    ...suspended,
  };
}

async function historyOf(client: OverlordClient, id: string): Promise<SupervisorHistoryEntry[] | undefined> {
  try {
    return await client.getSupervisorHistory(id);
  } catch (error) {
    if (error instanceof DruidNotFoundError) return [];
    return undefined;
  }
}

/**
 * When the cluster stopped matching git: the version after the newest one that matches (history
 * is newest first; suspend and resume versions carry the same spec, so they match too).
 */
function divergedAt(
  history: readonly SupervisorHistoryEntry[],
  matches: (spec: JsonObject) => boolean,
): string | undefined {
  const index = history.findIndex((entry) => !isTombstone(entry) && matches(entry.spec));
  if (index > 0)
    return `changed on the cluster at ${history[index - 1]?.version} (Druid records when, not who)`;
  if (index === 0) return undefined;
  const oldest = history.at(-1);
  return oldest
    ? `no version in Druid's history (${history.length}, since ${oldest.version}) matches git`
    : 'Druid has no history for it';
}
