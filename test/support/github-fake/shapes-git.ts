/** Git refs, commits, trees, blobs, file contents and pull request files as GitHub's JSON. */
import type { CommitObject, TreeEntry } from './git-store.js';
import { nodeId, repoApi, repoWeb, type Site } from './shapes-issues.js';

type Json = Record<string, unknown>;

/** Files of 1 MB and more come without content from the contents API (encoding "none"). */
const CONTENTS_INLINE_LIMIT = 1024 * 1024;

/** Base64 as GitHub sends it in contents and blobs: a newline after every 60 characters. */
function wrappedBase64(bytes: Uint8Array): string {
  const text = Buffer.from(bytes).toString('base64');
  return (text.match(/.{1,60}/g) ?? []).map((line) => `${line}\n`).join('');
}

export function ref(site: Site, name: string, sha: string): Json {
  return {
    ref: name,
    node_id: nodeId('Ref', name),
    url: `${repoApi(site)}/git/${name}`,
    object: { type: 'commit', sha, url: `${repoApi(site)}/git/commits/${sha}` },
  };
}

export function commit(site: Site, sha: string, object: CommitObject): Json {
  return {
    sha,
    node_id: nodeId('Commit', sha),
    url: `${repoApi(site)}/git/commits/${sha}`,
    html_url: `${repoWeb(site)}/commit/${sha}`,
    author: object.author,
    committer: object.committer,
    message: object.message,
    tree: { sha: object.tree, url: `${repoApi(site)}/git/trees/${object.tree}` },
    parents: object.parents.map((parent) => ({
      sha: parent,
      url: `${repoApi(site)}/git/commits/${parent}`,
      html_url: `${repoWeb(site)}/commit/${parent}`,
    })),
    verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null },
  };
}

/** A tree; with `recursive`, every entry below it with its full path. */
export function tree(site: Site, sha: string, recursive: boolean): Json {
  const entries: Json[] = [];
  const walk = (treeSha: string, prefix: string): void => {
    for (const entry of site.repo.git.tree(treeSha)) {
      entries.push(treeEntry(site, entry, `${prefix}${entry.name}`));
      if (recursive && entry.type === 'tree') walk(entry.sha, `${prefix}${entry.name}/`);
    }
  };
  walk(sha, '');
  return { sha, url: `${repoApi(site)}/git/trees/${sha}`, tree: entries, truncated: false };
}

function treeEntry(site: Site, entry: TreeEntry, path: string): Json {
  const kind = entry.type === 'tree' ? 'trees' : 'blobs';
  return {
    path,
    mode: entry.mode,
    type: entry.type,
    sha: entry.sha,
    ...(entry.type === 'blob' ? { size: site.repo.git.blobs.get(entry.sha)?.length ?? 0 } : {}),
    url: `${repoApi(site)}/git/${kind}/${entry.sha}`,
  };
}

export function blob(site: Site, sha: string, bytes: Buffer): Json {
  return {
    content: wrappedBase64(bytes),
    encoding: 'base64',
    url: `${repoApi(site)}/git/blobs/${sha}`,
    sha,
    size: bytes.length,
    node_id: nodeId('Blob', sha),
  };
}

/** One entry of the contents API: a file with its content, or a folder entry (`withContent` false). */
export function contentEntry(
  site: Site,
  ref: string,
  path: string,
  entry: TreeEntry,
  withContent: boolean,
): Json {
  const isDir = entry.type === 'tree';
  const bytes = isDir ? undefined : site.repo.git.blobs.get(entry.sha);
  const self = `${repoApi(site)}/contents/${path}?ref=${encodeURIComponent(ref)}`;
  const git = `${repoApi(site)}/git/${isDir ? 'trees' : 'blobs'}/${entry.sha}`;
  const html = `${repoWeb(site)}/${isDir ? 'tree' : 'blob'}/${ref}/${path}`;
  const shaped: Json = {
    type: isDir ? 'dir' : 'file',
    size: bytes?.length ?? 0,
    name: path.split('/').pop(),
    path,
    sha: entry.sha,
    url: self,
    git_url: git,
    html_url: html,
    download_url: isDir ? null : `https://raw.githubusercontent.com/${site.repo.fullName}/${ref}/${path}`,
    _links: { self, git, html },
  };
  if (withContent && bytes) {
    const inline = bytes.length < CONTENTS_INLINE_LIMIT;
    Object.assign(shaped, {
      encoding: inline ? 'base64' : 'none',
      content: inline ? wrappedBase64(bytes) : '',
    });
  }
  return shaped;
}

type FileStatus = 'added' | 'removed' | 'modified';

export interface FileDiff {
  path: string;
  status: FileStatus;
  sha: string;
  before?: Buffer;
  after?: Buffer;
}

/** What changed between two trees, file by file, sorted by path. */
export function diffTrees(site: Site, baseTree: string, headTree: string): FileDiff[] {
  const before = site.repo.git.filesOf(baseTree);
  const after = site.repo.git.filesOf(headTree);
  const paths = [...new Set([...before.keys(), ...after.keys()])].sort();
  const diffs: FileDiff[] = [];
  for (const path of paths) {
    const old = before.get(path);
    const now = after.get(path);
    if (old && now && old.equals(now)) continue;
    const status: FileStatus = !old ? 'added' : !now ? 'removed' : 'modified';
    diffs.push({ path, status, sha: site.repo.git.putBlob(now ?? (old as Buffer)), before: old, after: now });
  }
  return diffs;
}

export function diffEntry(site: Site, headSha: string, diff: FileDiff): Json {
  const lines = (bytes?: Buffer) => (bytes ? bytes.toString('utf8').split('\n').length : 0);
  const additions = lines(diff.after);
  const deletions = lines(diff.before);
  return {
    sha: diff.sha,
    filename: diff.path,
    status: diff.status,
    additions,
    deletions,
    changes: additions + deletions,
    blob_url: `${repoWeb(site)}/blob/${headSha}/${diff.path}`,
    raw_url: `${repoWeb(site)}/raw/${headSha}/${diff.path}`,
    contents_url: `${repoApi(site)}/contents/${diff.path}?ref=${headSha}`,
  };
}
