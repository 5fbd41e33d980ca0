/**
 * The drift check for retention rules and compaction configs: every file in git compared with
 * what the Coordinator holds (normalised as Druid stores them), plus, for the datasources fed by
 * a supervisor in git, rules or configs the cluster has that no file describes. Only those
 * datasources: a cluster's other datasources (batch ones, other teams') are not this repository's
 * business and would flood the report. A kind is checked for unmanaged datasources only when git
 * has files of that kind at all (a repository without a retention folder does not manage rules).
 * Druid's audit history says who changed the cluster, when and why (the X-Druid-* headers).
 */
import { plural } from '../common/plural.js';
import type { ProjectConfig } from '../config/config-file.js';
import { describeSegment, readLiveSegment } from '../deploy/deploy-segment.js';
import type { FieldChange } from '../diff/spec-diff.js';
import { diffSegmentConfigs, sameSegmentConfig, type SegmentKind } from '../diff/segment-normalize.js';
import type { OverlordClient } from '../druid/index.js';
import { countFindings, counts } from '../common/finding.js';
import { inParallel } from '../common/parallel.js';
import type { SourceFile } from '../spec/git-source.js';
import type { SegmentFile, SegmentFolders } from '../spec/segment-files.js';
import { readSegmentFiles, segmentValueOf } from './deploy-segments.js';
import { checkSegmentFile } from '../check/segment-check.js';

export type SegmentDriftStatus = 'in-sync' | 'drifted' | 'missing' | 'unmanaged' | 'invalid';

export interface SegmentDriftEntry {
  kind: SegmentKind;
  dataSource: string;
  /** The git file; absent for what only the cluster has. */
  file?: string;
  status: SegmentDriftStatus;
  /** What the cluster has that git does not (git → cluster), values redacted. */
  changes: FieldChange[];
  message: string;
  /** The cluster's rules or config in one line. */
  live?: string;
  /** From Druid's audit history: the last change, who made it and why. */
  when?: string;
}

export interface SegmentDriftInput {
  files: readonly SourceFile[];
  folders: SegmentFolders;
  config: ProjectConfig;
  client: OverlordClient;
  /** Datasources of the supervisors in git: the only ones checked for unmanaged configs. */
  dataSources: ReadonlySet<string>;
  maxParallel: number;
}

export async function runSegmentDrift(input: SegmentDriftInput): Promise<SegmentDriftEntry[]> {
  const files = readSegmentFiles(input.files, input.folders, input.config.druidVersion);
  const checks: Array<() => Promise<SegmentDriftEntry | undefined>> = files.map(
    (file) => () => compareFile(file, input),
  );
  for (const kind of ['retention', 'compaction'] as const) {
    const described = new Set(files.filter((f) => f.kind === kind).map((f) => f.dataSource));
    if (described.size === 0) continue;
    for (const dataSource of input.dataSources)
      if (!described.has(dataSource)) checks.push(() => unmanaged(kind, dataSource, input));
  }
  const entries = await inParallel(checks, input.maxParallel, (check) => check());
  return entries
    .filter((entry): entry is SegmentDriftEntry => entry !== undefined)
    .sort((a, b) => a.dataSource.localeCompare(b.dataSource) || a.kind.localeCompare(b.kind));
}

/** Labels of the entries that are not in sync (`retention/clicks`). */
export const segmentDriftLabels = (entries: readonly SegmentDriftEntry[]): string[] =>
  entries.filter((entry) => entry.status !== 'in-sync').map((entry) => `${entry.kind}/${entry.dataSource}`);

async function compareFile(file: SegmentFile, input: SegmentDriftInput): Promise<SegmentDriftEntry> {
  const base = { kind: file.kind, dataSource: file.dataSource ?? file.path, file: file.path };
  const wanted = segmentValueOf(file);
  const errors = checkSegmentFile(file, input.config).findings.filter((finding) => counts(finding, 'error'));
  if (wanted === undefined || !file.dataSource)
    return {
      ...base,
      status: 'invalid',
      changes: [],
      message: "git's file cannot be read; fix its findings",
    };
  const live = await readLiveSegment(input.client, file.kind, file.dataSource);
  const version = input.config.druidVersion;
  const skipped =
    errors.length > 0 ? `; the deploy skips the file (${countFindings(errors.length, 'error-level')})` : '';
  const shown = { live: describeSegment(file.kind, live) };
  if (sameSegmentConfig(file.kind, live, wanted, version))
    return {
      ...base,
      ...shown,
      status: 'in-sync',
      changes: [],
      message: `the cluster has git's ${file.kind}${skipped}`,
    };
  if (sameSegmentConfig(file.kind, live, undefined, version))
    return {
      ...base,
      ...shown,
      status: 'missing',
      changes: [],
      message: `git has ${file.kind} for it, the cluster has none; the next deploy applies it${skipped}`,
    };
  const changes = diffSegmentConfigs(file.kind, wanted, live, version);
  const when = await lastChange(input.client, file.kind, file.dataSource);
  return {
    ...base,
    ...shown,
    status: 'drifted',
    changes,
    message: `${plural(changes.length, 'field')} on the cluster ${changes.length === 1 ? 'differs' : 'differ'} from git${skipped}`,
    ...(when ? { when } : {}),
  };
}

async function unmanaged(
  kind: SegmentKind,
  dataSource: string,
  input: SegmentDriftInput,
): Promise<SegmentDriftEntry | undefined> {
  const live = await readLiveSegment(input.client, kind, dataSource);
  if (sameSegmentConfig(kind, live, undefined, input.config.druidVersion)) return undefined;
  const when = await lastChange(input.client, kind, dataSource);
  return {
    kind,
    dataSource,
    status: 'unmanaged',
    changes: [],
    live: describeSegment(kind, live),
    message: `a supervisor in git feeds this datasource; the cluster has ${kind} for it that no file in git describes`,
    ...(when ? { when } : {}),
  };
}

/** "changed at T by A (comment)", from the newest audit entry; undefined when Druid has none. */
async function lastChange(
  client: OverlordClient,
  kind: SegmentKind,
  dataSource: string,
): Promise<string | undefined> {
  try {
    const [latest] =
      kind === 'retention'
        ? await client.getRetentionRulesHistory(dataSource, { count: 1 })
        : await client.getCompactionConfigHistory(dataSource, { count: 1 });
    if (!latest) return undefined;
    const { author, comment } = latest.auditInfo;
    return `changed at ${latest.auditTime} by ${author || 'an unnamed author'}${comment ? ` (${comment})` : ''}`;
  } catch {
    // The history only explains the difference; the comparison stands without it.
    return undefined;
  }
}
