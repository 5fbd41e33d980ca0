/**
 * Spec files at a commit for the action's modes: from the local checkout when it has the commit
 * (the usual case), else through the GitHub contents API (a checkout without history, or none).
 */
import type { GitHubGateway } from '../github/gateway.js';
import { GitHubSpecSource } from '../github/spec-source.js';
import { LocalGitSource, MissingRefError, type SourceFile } from '../spec/git-source.js';
import type { ActionRuntime } from './runtime.js';

export interface GitFilesDeps {
  cwd: string;
  runtime: Pick<ActionRuntime, 'info'>;
  gateway?: GitHubGateway;
}

export async function filesAt(
  deps: GitFilesDeps,
  ref: string,
  folders: readonly string[],
): Promise<SourceFile[]> {
  try {
    return await new LocalGitSource(deps.cwd).files(ref, folders);
  } catch (error) {
    if (!(error instanceof MissingRefError) || !deps.gateway) throw error;
    deps.runtime.info(`${error.message} Reading ${ref} through the GitHub API instead.`);
    return new GitHubSpecSource(deps.gateway).files(ref, folders);
  }
}
