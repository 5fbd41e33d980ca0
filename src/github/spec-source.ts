/**
 * Spec files at a ref read through the GitHub API: for `pull_request_target` runs, which must not
 * check out the pull request's head, and for checkouts without the commit. Same files as
 * LocalGitSource gives: spec extensions only, nothing under a dot-folder, sorted by path.
 *
 * Files are read as blobs by SHA, a few at a time, and each blob once per source: the base and
 * head of a pull request share every file the change leaves alone, and one request per file in
 * turn made a 300-file review wait on 600 round trips.
 */
import { inParallel } from '../common/parallel.js';
import type { SourceFile, SpecSource } from '../spec/git-source.js';
import { formatOf } from '../spec/parse.js';
import type { GitHubGateway } from './gateway.js';

/** Blob reads in flight at once: well inside GitHub's secondary rate limit on concurrent requests. */
const CONCURRENT_READS = 8;

export class GitHubSpecSource implements SpecSource {
  private readonly blobs = new Map<string, Promise<Uint8Array>>();

  constructor(private readonly gateway: GitHubGateway) {}

  async files(ref: string, folders: readonly string[]): Promise<SourceFile[]> {
    const listed = await Promise.all(
      folders.map(async (folder) => (await this.gateway.listFiles(ref, folder)) ?? []),
    );
    const entries = new Map<string, string>();
    for (const { path, sha } of listed.flat())
      if (formatOf(path) !== undefined && !path.split('/').some((part) => part.startsWith('.')))
        entries.set(path, sha);
    const paths = [...entries.keys()].sort();
    return inParallel(paths, CONCURRENT_READS, async (path) => ({
      path,
      bytes: await this.blob(entries.get(path) as string),
    }));
  }

  private blob(sha: string): Promise<Uint8Array> {
    let reading = this.blobs.get(sha);
    if (!reading) {
      reading = this.gateway.readBlob(sha);
      // A failed read is tried again by the next caller rather than remembered.
      reading.catch(() => this.blobs.delete(sha));
      this.blobs.set(sha, reading);
    }
    return reading;
  }
}
