/**
 * Spec files at a git ref, read from the local repository (`git ls-tree` / `git show`), so the base
 * and head of a change can be compared without checking either out. The review flow also has a
 * GitHub contents-API source for runs without history (src/github/).
 */
import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { formatOf } from './parse.js';

const run = promisify(execFile);

export interface SourceFile {
  path: string;
  bytes: Uint8Array;
}

/** Where spec files at a ref come from. */
export interface SpecSource {
  /** Spec files (*.json, *.yaml, *.yml) under `folders` at `ref`; empty when none. */
  files(ref: string, folders: readonly string[]): Promise<SourceFile[]>;
}

export class MissingRefError extends Error {}

export class LocalGitSource implements SpecSource {
  constructor(private readonly cwd: string) {}

  async files(ref: string, folders: readonly string[]): Promise<SourceFile[]> {
    await this.verify(ref);
    const { stdout } = await this.git(['ls-tree', '-r', '-z', ref, '--', ...folders]);
    const blobs = stdout
      .split('\0')
      .map((line) => /^\d+ blob ([0-9a-f]+)\t(.*)$/s.exec(line))
      .flatMap((match) => (match ? [{ id: match[1] as string, path: match[2] as string }] : []))
      .filter(
        ({ path }) => formatOf(path) !== undefined && !path.split('/').some((part) => part.startsWith('.')),
      )
      .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    // One `git cat-file --batch` for all of them: a process per file made a 300-file review
    // spend most of its time starting git.
    const contents = await this.readBlobs(blobs.map((blob) => blob.id));
    return blobs.map((blob, index) => ({ path: blob.path, bytes: contents[index] as Uint8Array }));
  }

  /**
   * Files under `folders` whose working copy differs from `ref` when `ref` is the checked-out
   * commit (edited, added, deleted, untracked): what a plan of `ref` leaves out. Empty otherwise.
   */
  async uncommitted(ref: string, folders: readonly string[]): Promise<string[]> {
    try {
      const [{ stdout: head }, { stdout: asked }] = await Promise.all([
        this.git(['rev-parse', '--verify', '--quiet', 'HEAD^{commit}']),
        this.git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]),
      ]);
      if (head.trim() !== asked.trim()) return [];
      const { stdout } = await this.git([
        'status',
        '--porcelain=v1',
        '-z',
        '--untracked-files=all',
        '--',
        ...folders,
      ]);
      return stdout
        .split('\0')
        .filter((entry) => /^.. ./.test(entry))
        .map((entry) => entry.slice(3))
        .filter((path) => formatOf(path) !== undefined)
        .sort();
    } catch {
      // Not a repository with a HEAD (a fresh one): nothing committed to compare with.
      return [];
    }
  }

  private async verify(ref: string): Promise<void> {
    try {
      await this.git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
    } catch {
      throw new MissingRefError(
        `git has no commit ${ref} here. A shallow checkout lacks the previous commit: use actions/checkout with fetch-depth: 0 (or 2 for push events).`,
      );
    }
  }

  /** The contents of blobs by id, in order, read by one `git cat-file --batch`. */
  private readBlobs(ids: readonly string[]): Promise<Uint8Array[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return new Promise((resolve, reject) => {
      const child = spawn('git', ['cat-file', '--batch'], { cwd: this.cwd });
      const chunks: Buffer[] = [];
      const errors: Buffer[] = [];
      child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
      child.stderr.on('data', (chunk: Buffer) => errors.push(chunk));
      child.on('error', reject);
      child.on('close', (code) => {
        if (code !== 0) {
          reject(
            new Error(`git cat-file failed (${code}): ${Buffer.concat(errors).toString('utf8').trim()}`),
          );
          return;
        }
        try {
          resolve(parseBatch(Buffer.concat(chunks), ids.length));
        } catch (error) {
          reject(error as Error);
        }
      });
      child.stdin.end(`${ids.join('\n')}\n`);
    });
  }

  private git(args: string[]): Promise<{ stdout: string }> {
    return run('git', args, { cwd: this.cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  }
}

/** `<id> blob <size>\n<content>\n`, repeated: git cat-file --batch's output. */
function parseBatch(output: Buffer, count: number): Uint8Array[] {
  const contents: Uint8Array[] = [];
  let offset = 0;
  for (let index = 0; index < count; index++) {
    const end = output.indexOf(10, offset);
    const header = output.subarray(offset, end).toString('utf8');
    const size = /^[0-9a-f]+ blob (\d+)$/.exec(header)?.[1];
    if (end < 0 || size === undefined) throw new Error(`git cat-file answered "${header}"`);
    const start = end + 1;
    contents.push(output.subarray(start, start + Number(size)));
    offset = start + Number(size) + 1;
  }
  return contents;
}
