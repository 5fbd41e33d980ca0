/**
 * Spec files at a ref read through the GitHub contents API: for `pull_request_target` runs, which
 * must not check out the pull request's head, and for checkouts without the commit. Same files as
 * LocalGitSource gives: spec extensions only, nothing under a dot-folder, sorted by path.
 */
import type { SourceFile, SpecSource } from '../spec/git-source.js';
import { formatOf } from '../spec/parse.js';
import type { GitHubGateway } from './gateway.js';

export class GitHubSpecSource implements SpecSource {
  constructor(private readonly gateway: GitHubGateway) {}

  async files(ref: string, folders: readonly string[]): Promise<SourceFile[]> {
    const paths = new Set<string>();
    for (const folder of folders) {
      for (const path of (await this.gateway.listFiles(ref, folder)) ?? []) {
        if (formatOf(path) !== undefined && !path.split('/').some((part) => part.startsWith('.')))
          paths.add(path);
      }
    }
    const files: SourceFile[] = [];
    for (const path of [...paths].sort()) {
      const file = await this.gateway.readFile(ref, path);
      // Listed a moment ago; gone now only if the ref is a branch that moved meanwhile.
      if (file) files.push({ path, bytes: file.bytes });
    }
    return files;
  }
}
