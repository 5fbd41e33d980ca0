/**
 * Git objects as git stores them: blobs, trees and commits addressed by the SHA-1 git would give
 * them, and refs. A test seeds branches from plain file maps and reads any ref back as a file map,
 * so it can assert exactly what a commit made through the Git data API contains.
 */
import { createHash } from 'node:crypto';

export type Files = Record<string, string | Uint8Array>;

export interface TreeEntry {
  /** A single path component. */
  name: string;
  mode: string;
  type: 'blob' | 'tree' | 'commit';
  sha: string;
}

export interface Signature {
  name: string;
  email: string;
  date: string;
}

export interface CommitObject {
  tree: string;
  parents: string[];
  message: string;
  author: Signature;
  committer: Signature;
}

/** A change to a tree, as the create-tree endpoint takes it (`sha: null` deletes). */
export interface TreeChange {
  path: string;
  mode: string;
  type: 'blob' | 'tree' | 'commit';
  sha: string | null;
}

export class GitError extends Error {}

export class GitStore {
  readonly blobs = new Map<string, Buffer>();
  readonly trees = new Map<string, TreeEntry[]>();
  readonly commits = new Map<string, CommitObject>();
  /** Full ref name (`refs/heads/main`) → commit SHA. */
  readonly refs = new Map<string, string>();

  putBlob(content: string | Uint8Array): string {
    const bytes = Buffer.from(content);
    const sha = hash('blob', bytes);
    this.blobs.set(sha, bytes);
    return sha;
  }

  putTree(entries: TreeEntry[]): string {
    const sorted = [...entries].sort((a, b) => compareNames(sortKey(a), sortKey(b)));
    const body = Buffer.concat(
      sorted.map((entry) =>
        Buffer.concat([
          Buffer.from(`${entry.mode.replace(/^0+/, '')} ${entry.name}\0`),
          Buffer.from(entry.sha, 'hex'),
        ]),
      ),
    );
    const sha = hash('tree', body);
    this.trees.set(sha, sorted);
    return sha;
  }

  putCommit(commit: CommitObject): string {
    const line = (kind: string, who: Signature) =>
      `${kind} ${who.name} <${who.email}> ${Math.floor(Date.parse(who.date) / 1000)} +0000`;
    const text = [
      `tree ${commit.tree}`,
      ...commit.parents.map((parent) => `parent ${parent}`),
      line('author', commit.author),
      line('committer', commit.committer),
      '',
      commit.message,
    ].join('\n');
    const sha = hash('commit', Buffer.from(text));
    this.commits.set(sha, commit);
    return sha;
  }

  /** A tree holding exactly `files` (nested folders from `/` in the paths). */
  treeFromFiles(files: Files): string {
    return this.applyChanges(
      undefined,
      Object.entries(files).map(([path, content]) => ({
        path,
        mode: '100644',
        type: 'blob',
        sha: this.putBlob(content),
      })),
    );
  }

  /** Every file under a tree, by full path. */
  filesOf(treeSha: string, prefix = ''): Map<string, Buffer> {
    const files = new Map<string, Buffer>();
    for (const entry of this.tree(treeSha)) {
      const path = `${prefix}${entry.name}`;
      if (entry.type === 'tree')
        this.filesOf(entry.sha, `${path}/`).forEach((bytes, p) => files.set(p, bytes));
      else if (entry.type === 'blob') files.set(path, this.blobs.get(entry.sha) as Buffer);
    }
    return files;
  }

  /** The tree `base` with `changes` applied, as create-tree with `base_tree` builds it. */
  applyChanges(base: string | undefined, changes: TreeChange[]): string {
    const root = new Map((base ? this.tree(base) : []).map((entry) => [entry.name, entry]));
    const byFolder = new Map<string, TreeChange[]>();
    for (const change of changes) {
      const [head, ...rest] = change.path.split('/');
      if (!head || change.path.startsWith('/') || change.path.endsWith('/'))
        throw new GitError(`invalid path ${change.path}`);
      if (rest.length === 0) {
        if (change.sha === null) {
          if (!root.delete(head))
            throw new GitError(`tree.path ${change.path} does not exist in the base tree`);
        } else {
          root.set(head, { name: head, mode: change.mode, type: change.type, sha: change.sha });
        }
      } else {
        byFolder.set(head, [...(byFolder.get(head) ?? []), { ...change, path: rest.join('/') }]);
      }
    }
    for (const [folder, nested] of byFolder) {
      const existing = root.get(folder);
      const subtree = this.applyChanges(existing?.type === 'tree' ? existing.sha : undefined, nested);
      if (this.tree(subtree).length === 0) root.delete(folder);
      else root.set(folder, { name: folder, mode: '040000', type: 'tree', sha: subtree });
    }
    return this.putTree([...root.values()]);
  }

  /** The blob or tree at `path` in a tree ('' is the tree itself). */
  lookup(treeSha: string, path: string): TreeEntry | undefined {
    let current: TreeEntry = { name: '', mode: '040000', type: 'tree', sha: treeSha };
    for (const part of path.split('/').filter(Boolean)) {
      if (current.type !== 'tree') return undefined;
      const next = this.tree(current.sha).find((entry) => entry.name === part);
      if (!next) return undefined;
      current = next;
    }
    return current;
  }

  /** A commit SHA from a SHA, a branch or tag name, or a ref (`heads/x`, `refs/heads/x`). */
  resolve(ref: string): string | undefined {
    if (/^[0-9a-f]{40}$/.test(ref) && this.commits.has(ref)) return ref;
    for (const name of [ref, `refs/${ref}`, `refs/heads/${ref}`, `refs/tags/${ref}`]) {
      const sha = this.refs.get(name);
      if (sha) return sha;
    }
    return undefined;
  }

  tree(sha: string): TreeEntry[] {
    const entries = this.trees.get(sha);
    if (!entries) throw new GitError(`no tree ${sha}`);
    return entries;
  }
}

function hash(type: string, body: Buffer): string {
  return createHash('sha1')
    .update(Buffer.concat([Buffer.from(`${type} ${body.length}\0`), body]))
    .digest('hex');
}

// Git orders tree entries by name, a folder's name compared as if it ended with '/'.
function sortKey(entry: TreeEntry): string {
  return entry.type === 'tree' ? `${entry.name}/` : entry.name;
}

function compareNames(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}
