/**
 * Status and diagnose show, next to each supervisor, its datasource's retention rules and
 * automatic compaction as the Coordinator holds them, and whether they are what git says (when
 * git can be read). GETs only; a read that fails is shown as unreadable, never fails the run.
 */
import type { ProjectConfig } from '../config/config-file.js';
import { describeSegment, readLiveSegment } from '../deploy/deploy-segment.js';
import { sameSegmentConfig, type SegmentKind } from '../diff/segment-normalize.js';
import type { OverlordClient } from '../druid/index.js';
import type { StoredSupervisorSpec } from '../druid/payloads.js';
import { inParallel } from '../common/parallel.js';
import type { SegmentFolders } from '../spec/segment-files.js';
import type { SourceFile } from '../spec/git-source.js';
import { readSegmentFiles, segmentValueOf } from './deploy-segments.js';

type GitMatch = 'matches git' | 'differs from git' | 'no file in git';

interface SegmentView {
  /** The rules or config in one line, or why they could not be read. */
  live: string;
  /** Absent when git could not be read. */
  git?: GitMatch;
}

export interface DatasourceSegmentView {
  dataSource: string;
  retention: SegmentView;
  compaction: SegmentView;
}

export interface GitSegments {
  files: readonly SourceFile[];
  folders: SegmentFolders;
}

export async function readDatasourceSegments(
  client: OverlordClient,
  specs: ReadonlyMap<string, StoredSupervisorSpec>,
  config: ProjectConfig,
  git: GitSegments | undefined,
  maxParallel: number,
): Promise<Map<string, DatasourceSegmentView>> {
  const wanted = new Map<string, unknown>();
  if (git)
    for (const file of readSegmentFiles(git.files, git.folders, config.druidVersion)) {
      const value = segmentValueOf(file);
      if (file.dataSource && value !== undefined) wanted.set(`${file.kind}/${file.dataSource}`, value);
    }
  const ids = [...specs.keys()];
  const views = await inParallel(ids, maxParallel, async (id) => {
    const dataSource = dataSourceOf(specs.get(id)) ?? id;
    const view = async (kind: SegmentKind): Promise<SegmentView> => {
      let live: unknown;
      try {
        live = await readLiveSegment(client, kind, dataSource);
      } catch (error) {
        return { live: `unreadable: ${(error as Error).message}` };
      }
      const shown = describeSegment(kind, live);
      if (!git) return { live: shown };
      const key = `${kind}/${dataSource}`;
      if (!wanted.has(key)) return { live: shown, git: 'no file in git' };
      const same = sameSegmentConfig(kind, live, wanted.get(key), config.druidVersion);
      return { live: shown, git: same ? 'matches git' : 'differs from git' };
    };
    return { dataSource, retention: await view('retention'), compaction: await view('compaction') };
  });
  return new Map(ids.map((id, index) => [id, views[index] as DatasourceSegmentView]));
}

function dataSourceOf(spec: StoredSupervisorSpec | undefined): string | undefined {
  const dataSchema = (spec?.spec as { dataSchema?: { dataSource?: unknown } } | undefined)?.dataSchema;
  return typeof dataSchema?.dataSource === 'string' ? dataSchema.dataSource : undefined;
}
