/**
 * Where a repository keeps its retention and compaction files: `segments:` in .druid-gitops.yml,
 * else beside the supervisors folder.
 */
import path from 'node:path';
import type { SegmentFolders } from '../spec/segment-files.js';
import type { ProjectConfig } from './config-file.js';

/**
 * The segment folders for a supervisors folder: `segments.retention` / `segments.compaction` of
 * .druid-gitops.yml, else the folders `retention` and `compaction` beside the supervisors folder
 * (supervisors → retention; druid/supervisors → druid/retention). Repository-relative, forward
 * slashes, no trailing slash.
 */
export function segmentFolders(supervisorsPath: string, config: ProjectConfig): SegmentFolders {
  const parent = path.posix.dirname(clean(supervisorsPath));
  const beside = (name: string): string => (parent === '.' ? name : `${parent}/${name}`);
  return {
    retention: clean(config.segments?.retention ?? beside('retention')),
    compaction: clean(config.segments?.compaction ?? beside('compaction')),
  };
}

function clean(folder: string): string {
  const normal = path.posix.normalize(folder.replace(/\\/g, '/')).replace(/\/+$/, '');
  return normal === '' ? '.' : normal;
}
