/**
 * What every mode of the action is handed by run.ts: the runner's side effects, the inputs and the
 * repository configuration parsed once, GitHub when there is a token, and where it runs.
 */
import path from 'node:path';
import type { ActionSettings } from '../settings/action-settings.js';
import type { ProjectConfig } from '../config/config-file.js';
import type { GitHubGateway } from '../github/gateway.js';
import type { SegmentFolders } from '../spec/segment-files.js';
import { segmentFolders } from '../config/segment-folders.js';
import type { ActionRuntime } from './runtime.js';
import type { RunContext } from './run-context.js';

export interface ModeDeps {
  runtime: ActionRuntime;
  settings: ActionSettings;
  config: ProjectConfig;
  /** Absent without a github-token. */
  gateway?: GitHubGateway;
  /** The run: its event, commit, repository, and the runner's temporary folder. */
  context: RunContext;
  cwd: string;
}

/** The retention and compaction folders: beside the (first) supervisors folder unless configured. */
export function modeSegmentFolders(settings: ActionSettings, config: ProjectConfig): SegmentFolders {
  return segmentFolders(settings.supervisorsPaths[0] ?? 'supervisors', config);
}

/**
 * The folders a mode reads: the supervisors folders and the retention and compaction folders. A
 * segment folder inside a supervisors folder is listed with it already; listing it again would
 * list it twice through the GitHub API.
 */
export function modeFolders(settings: ActionSettings, segments: SegmentFolders): string[] {
  const supervisors = settings.supervisorsPaths;
  const inside = (folder: string): boolean =>
    supervisors.some(
      (root) => root === '.' || folder === root || folder.startsWith(`${root.replace(/\/+$/, '')}/`),
    );
  return [...supervisors, ...[segments.retention, segments.compaction].filter((folder) => !inside(folder))];
}

/** Where a mode writes its report and journal: the runner's temporary folder, else the workspace. */
export function outputFolder(deps: Pick<ModeDeps, 'context' | 'cwd'>): string {
  return deps.context.tempDir ?? deps.cwd;
}

/** The journal of suspensions for this run (the post step reads it through the saved state). */
export function journalPathFor(deps: Pick<ModeDeps, 'context' | 'cwd'>): string {
  return path.join(outputFolder(deps), `druid-gitops-journal-${deps.context.runId ?? 'local'}.json`);
}
