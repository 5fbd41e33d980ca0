/**
 * Spec files at a git ref, read from the local repository (`git ls-tree` / `git show`), so the base
 * and head of a change can be compared without checking either out. The review flow also has a
 * GitHub contents-API source for runs without history (src/github/).
 */
import { execFile } from 'node:child_process';
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
    const { stdout } = await this.git(['ls-tree', '-r', '-z', '--name-only', ref, '--', ...folders]);
    const paths = stdout
      .split('\0')
      .filter(
        (path) =>
          path !== '' &&
          formatOf(path) !== undefined &&
          !path.split('/').some((part) => part.startsWith('.')),
      );
    return Promise.all(
      paths.sort().map(async (path) => {
        const { stdout: content } = await this.git(['show', `${ref}:${path}`], 'buffer');
        return { path, bytes: content as unknown as Uint8Array };
      }),
    );
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

  private git(args: string[], encoding: 'utf8' | 'buffer' = 'utf8'): Promise<{ stdout: string }> {
    return run('git', args, { cwd: this.cwd, encoding: encoding as 'utf8', maxBuffer: 256 * 1024 * 1024 });
  }
}
