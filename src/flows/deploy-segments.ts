/**
 * The retention and compaction part of a deploy: pairs the files at head and base by datasource,
 * and applies each (deploy/deploy-segment.ts), several at a time. They run before the supervisors:
 * the Coordinator accepts rules and configs for a datasource with no segments yet (FINDINGS 44),
 * so a new datasource's first segments already fall under the rules git gives them instead of
 * the cluster's `_default` (load forever, 2 replicas); compaction leaves the newest
 * skipOffsetFromLatest alone, so a config ahead of its supervisor has nothing to do yet.
 */
import { countFindings, counts } from '../common/finding.js';
import type { ProjectConfig } from '../config/config-file.js';
import { deploySegment, type SegmentResult, type SegmentTarget } from '../deploy/deploy-segment.js';
import type { DeployContext } from '../deploy/context.js';
import type { SourceFile } from '../spec/git-source.js';
import {
  compactionConfigOf,
  markDuplicateDataSources,
  retentionRulesOf,
  segmentKindOf,
  type SegmentFile,
  type SegmentFolders,
} from '../spec/segment-files.js';
import { readSegmentFile, checkSegmentFile } from '../check/segment-check.js';
import { inParallel } from '../common/parallel.js';

/** Files of the segment folders, apart from the supervisor files. */
export function splitFiles(
  files: readonly SourceFile[],
  folders: SegmentFolders | undefined,
): { supervisors: SourceFile[]; segments: SourceFile[] } {
  const supervisors: SourceFile[] = [];
  const segments: SourceFile[] = [];
  for (const file of files)
    (folders && segmentKindOf(file.path, folders) ? segments : supervisors).push(file);
  return { supervisors, segments };
}

export function readSegmentFiles(
  files: readonly SourceFile[],
  folders: SegmentFolders,
  druidVersion: string,
): SegmentFile[] {
  return markDuplicateDataSources(
    files.flatMap((file) => {
      const kind = segmentKindOf(file.path, folders);
      return kind ? [readSegmentFile(kind, file.path, file.bytes, druidVersion)] : [];
    }),
  );
}

/** One target per kind and datasource at head or base; head files with errors are blocked. */
export function segmentTargets(
  headFiles: readonly SourceFile[],
  baseFiles: readonly SourceFile[],
  folders: SegmentFolders,
  config: ProjectConfig,
): SegmentTarget[] {
  const key = (file: SegmentFile): string => `${file.kind}/${file.dataSource ?? file.path}`;
  const base = new Map(
    readSegmentFiles(baseFiles, folders, config.druidVersion)
      .filter((file) => file.dataSource && segmentValueOf(file) !== undefined)
      .map((file) => [key(file), file]),
  );
  const targets: SegmentTarget[] = [];
  const seen = new Set<string>();
  for (const file of readSegmentFiles(headFiles, folders, config.druidVersion)) {
    const previous = base.get(key(file));
    seen.add(key(file));
    const head = segmentValueOf(file);
    // Configured like validate and review: severities and suppressions of .druid-gitops.yml apply.
    const errors = checkSegmentFile(file, config).findings.filter((finding) => counts(finding, 'error'));
    const first = errors[0];
    targets.push({
      kind: file.kind,
      dataSource: file.dataSource ?? file.path,
      file: file.path,
      ...(head === undefined ? {} : { head }),
      ...(previous ? { base: segmentValueOf(previous) } : {}),
      ...(first || head === undefined || !file.dataSource
        ? {
            blocked: first
              ? `${countFindings(errors.length, 'error-level')}, first ${first.rule} at line ${first.line ?? 1}: ${first.message}`
              : 'the file could not be read',
          }
        : {}),
    });
  }
  for (const [name, previous] of base)
    if (!seen.has(name))
      targets.push({
        kind: previous.kind,
        dataSource: previous.dataSource ?? previous.path,
        file: previous.path,
        base: segmentValueOf(previous),
      });
  return targets.sort((a, b) => a.file.localeCompare(b.file));
}

export async function runSegmentDeploy(
  targets: readonly SegmentTarget[],
  context: DeployContext,
  maxParallel: number,
): Promise<SegmentResult[]> {
  return inParallel(targets, maxParallel, (target) =>
    (context.signal?.aborted
      ? Promise.resolve<SegmentResult>({
          kind: target.kind,
          dataSource: target.dataSource,
          file: target.file,
          outcome: 'failed',
          message: 'not written: the run was interrupted before it',
          changes: [],
        })
      : deploySegment(target, context)
    ).catch((error: unknown): SegmentResult => ({
      kind: target.kind,
      dataSource: target.dataSource,
      file: target.file,
      outcome: 'failed',
      message: `deploy stopped unexpectedly: ${(error as Error).message}`,
      changes: [],
    })),
  );
}

/** The rules list or config of a file that could be read, else undefined. */
export const segmentValueOf = (file: SegmentFile): unknown =>
  file.kind === 'retention' ? retentionRulesOf(file) : compactionConfigOf(file);
