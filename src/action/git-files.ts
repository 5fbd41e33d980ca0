/**
 * Spec files at a commit for the action's modes: from the local checkout when it has the commit
 * (the usual case), else through the GitHub contents API (a checkout without history, or none).
 * An untrusted ref (the head of a `pull_request_target` run) is read through the API only, never
 * from the checkout.
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
  options: { untrusted?: boolean } = {},
): Promise<SourceFile[]> {
  const api = deps.gateway ? new GitHubSpecSource(deps.gateway) : undefined;
  if (options.untrusted) {
    if (!api)
      throw new Error(
        'pull_request_target reads the pull request through the GitHub API: github-token is required.',
      );
    return api.files(ref, folders);
  }
  try {
    return await new LocalGitSource(deps.cwd).files(ref, folders);
  } catch (error) {
    if (!(error instanceof MissingRefError) || !api) throw error;
    deps.runtime.info(`${error.message} Reading ${ref.slice(0, 7)} through the GitHub API instead.`);
    return api.files(ref, folders);
  }
}
