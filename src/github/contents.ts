/**
 * Files at a git ref, read through the contents API, for runs that must not check out the pull
 * request's head (`pull_request_target`) or have no history; and the files a pull request changes.
 */
import { progress, type RepoContext } from './context.js';
import { statusOf } from './errors.js';

export interface RepoFile {
  path: string;
  /** The git blob SHA. */
  sha: string;
  bytes: Uint8Array;
}

interface DirectoryEntry {
  path: string;
  type: 'file' | 'dir' | 'symlink' | 'submodule';
  sha: string;
}

export type Contents = { type: 'file'; file: RepoFile } | { type: 'dir'; entries: DirectoryEntry[] };

type ChangeStatus = 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';

export interface ChangedFile {
  path: string;
  status: ChangeStatus;
  /** The path before a rename. */
  previousPath?: string;
}

/** A file or a folder's entries at `ref` (branch, tag or SHA); undefined when nothing is there. */
export async function getContents(
  context: RepoContext,
  ref: string,
  path: string,
): Promise<Contents | undefined> {
  const { octokit, owner, repo } = context;
  const steps = progress(context);
  const data = await steps.step(`${path} at ${ref} not read`, () =>
    octokit.rest.repos
      .getContent({ owner, repo, path: normalize(path), ref })
      .then((answer) => answer.data)
      .catch((error: unknown) => {
        if (statusOf(error) === 404) return undefined;
        throw error;
      }),
  );
  if (data === undefined) return undefined;
  if (Array.isArray(data)) {
    return {
      type: 'dir',
      entries: data.map((entry) => ({
        path: entry.path,
        type: entry.type as DirectoryEntry['type'],
        sha: entry.sha,
      })),
    };
  }
  if (data.type !== 'file' || !('content' in data)) {
    throw new Error(`${path} at ${ref} is a ${data.type}, not a file or folder`);
  }
  if (data.encoding === 'base64') {
    return {
      type: 'file',
      file: { path: data.path, sha: data.sha, bytes: Buffer.from(data.content, 'base64') },
    };
  }
  // Files of 1–100 MB come without content (encoding "none"); their blob has it.
  const bytes = await blobBytes(context, data.sha, `${path} at ${ref} not read (blob ${data.sha})`);
  return { type: 'file', file: { path: data.path, sha: data.sha, bytes } };
}

/** One file at `ref`; undefined when it does not exist. */
export async function readFile(
  context: RepoContext,
  ref: string,
  path: string,
): Promise<RepoFile | undefined> {
  const contents = await getContents(context, ref, path);
  if (contents?.type === 'dir') throw new Error(`${path} at ${ref} is a folder, not a file`);
  return contents?.file;
}

/** A file in a listing: its path and git blob SHA (the same content has the same SHA at any ref). */
export interface FileEntry {
  path: string;
  sha: string;
}

/**
 * Every file under `path` at `ref` (the path itself when it is a file), sorted by path; undefined
 * when the path does not exist. Symbolic links and submodules are left out. Subfolders are listed
 * side by side.
 */
export async function listFiles(
  context: RepoContext,
  ref: string,
  path: string,
): Promise<FileEntry[] | undefined> {
  const contents = await getContents(context, ref, path);
  if (contents === undefined) return undefined;
  if (contents.type === 'file') return [{ path: contents.file.path, sha: contents.file.sha }];
  const nested = await Promise.all(
    contents.entries.map(async (entry): Promise<FileEntry[]> => {
      if (entry.type === 'file') return [{ path: entry.path, sha: entry.sha }];
      if (entry.type === 'dir') return (await listFiles(context, ref, entry.path)) ?? [];
      return [];
    }),
  );
  return nested.flat().sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** A blob's bytes by its SHA: content-addressed, so the same answer from any ref. */
export function readBlob(context: RepoContext, sha: string): Promise<Uint8Array> {
  return blobBytes(context, sha, `blob ${sha} not read`);
}

async function blobBytes(context: RepoContext, sha: string, failure: string): Promise<Uint8Array> {
  const { octokit, owner, repo } = context;
  const blob = await progress(context).step(failure, () =>
    octokit.rest.git.getBlob({ owner, repo, file_sha: sha }).then((answer) => answer.data),
  );
  return Buffer.from(blob.content, 'base64');
}

/** The files a pull request changes, all pages (GitHub lists at most 3000). */
export async function listPullRequestFiles(context: RepoContext, pullNumber: number): Promise<ChangedFile[]> {
  const { octokit, owner, repo } = context;
  const files = await progress(context).step(`files of pull request #${pullNumber} not listed`, () =>
    octokit.paginate(octokit.rest.pulls.listFiles, { owner, repo, pull_number: pullNumber, per_page: 100 }),
  );
  return files.map((file) => ({
    path: file.filename,
    status: file.status,
    ...(file.previous_filename ? { previousPath: file.previous_filename } : {}),
  }));
}

function normalize(path: string): string {
  return path.replace(/^\.\/+/, '').replace(/\/+$/, '');
}
