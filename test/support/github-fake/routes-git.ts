/**
 * The Git data API (refs, blobs, trees, commits) and the contents API, over the fake's GitStore,
 * with GitHub's refusals: a ref that exists or does not, a non-fast-forward update without force, a
 * tree that deletes a missing path or gives both `sha` and `content`, objects that do not exist.
 */
import { GitError, type Signature, type TreeChange } from './git-store.js';
import {
  created,
  fields,
  notFound,
  ok,
  onlyEmulated,
  unprocessable,
  type FakeRequest,
  type Handler,
} from './handler-kit.js';
import { blob, commit, contentEntry, ref, tree } from './shapes-git.js';
import { repoApi, type Site } from './shapes-issues.js';

function refName(request: FakeRequest): string {
  return `refs/${request.params.ref}`;
}

function isAncestor(site: Site, ancestor: string, descendant: string): boolean {
  const queue = [descendant];
  const seen = new Set<string>();
  while (queue.length > 0) {
    const sha = queue.shift() as string;
    if (sha === ancestor) return true;
    if (seen.has(sha)) continue;
    seen.add(sha);
    queue.push(...(site.repo.git.commits.get(sha)?.parents ?? []));
  }
  return false;
}

function signature(given: unknown, fallback: Signature): Signature {
  const value = given as Partial<Signature> | undefined;
  return value
    ? { name: String(value.name), email: String(value.email), date: value.date ?? fallback.date }
    : fallback;
}

export const gitRoutes: Record<string, Handler> = {
  'git/get-ref': (request, site) => {
    const name = refName(request);
    const sha = site.repo.git.refs.get(name) ?? notFound();
    return ok(ref(site, name, sha));
  },

  'git/create-ref': (request, site) => {
    const given = fields(request);
    const name = String(given.ref);
    const sha = String(given.sha);
    if (!name.startsWith('refs/') || name.split('/').length < 3)
      unprocessable(`${name} is not a valid ref name.`);
    if (!site.repo.git.commits.has(sha)) unprocessable('Object does not exist');
    if (site.repo.git.refs.has(name)) unprocessable('Reference already exists');
    site.repo.git.refs.set(name, sha);
    return created(ref(site, name, sha), `${repoApi(site)}/git/${name}`);
  },

  'git/update-ref': (request, site) => {
    const name = refName(request);
    const given = fields(request);
    const sha = String(given.sha);
    const current = site.repo.git.refs.get(name);
    if (current === undefined) unprocessable('Reference does not exist');
    if (!site.repo.git.commits.has(sha)) unprocessable('Object does not exist');
    if (given.force !== true && !isAncestor(site, current, sha))
      unprocessable('Update is not a fast forward');
    site.repo.git.refs.set(name, sha);
    return ok(ref(site, name, sha));
  },

  'git/create-blob': (request, site) => {
    const given = fields(request);
    const encoding = String(given.encoding ?? 'utf-8');
    if (encoding !== 'utf-8' && encoding !== 'base64') unprocessable(`encoding must be utf-8 or base64`);
    const sha = site.repo.git.putBlob(
      Buffer.from(String(given.content), encoding === 'base64' ? 'base64' : 'utf8'),
    );
    return created({ url: `${repoApi(site)}/git/blobs/${sha}`, sha }, `${repoApi(site)}/git/blobs/${sha}`);
  },

  'git/get-blob': (request, site) => {
    const sha = String(request.params.file_sha);
    return ok(blob(site, sha, site.repo.git.blobs.get(sha) ?? notFound()));
  },

  'git/create-tree': (request, site) => {
    const given = fields(request);
    const base = given.base_tree as string | undefined;
    if (base !== undefined && !site.repo.git.trees.has(base))
      unprocessable('base_tree is not a valid tree oid');
    const changes = (given.tree as Record<string, unknown>[]).map((entry): TreeChange => {
      const hasSha = 'sha' in entry;
      if (hasSha === (entry.content !== undefined)) {
        unprocessable(
          'Must supply either tree.sha or tree.content. Request will be rejected if both are present.',
        );
      }
      const sha = hasSha ? (entry.sha as string | null) : site.repo.git.putBlob(String(entry.content));
      if (sha !== null && entry.type === 'blob' && !site.repo.git.blobs.has(sha)) {
        unprocessable(`tree.sha ${sha} is not a valid blob`);
      }
      return {
        path: String(entry.path),
        mode: String(entry.mode),
        type: entry.type as TreeChange['type'],
        sha,
      };
    });
    let sha: string;
    try {
      sha = site.repo.git.applyChanges(base, changes);
    } catch (error) {
      if (error instanceof GitError) unprocessable(error.message);
      throw error;
    }
    return created(tree(site, sha, false), `${repoApi(site)}/git/trees/${sha}`);
  },

  'git/get-tree': (request, site) => {
    onlyEmulated(request, ['recursive']);
    const given = String(request.params.tree_sha);
    const sha = site.repo.git.trees.has(given) ? given : site.repo.git.commits.get(given)?.tree;
    // GitHub treats any value of `recursive` (even "false") as on; only absence means off.
    return ok(tree(site, sha ?? notFound(), request.query.recursive !== undefined));
  },

  'git/create-commit': (request, site) => {
    const given = fields(request);
    const treeSha = String(given.tree);
    if (!site.repo.git.trees.has(treeSha)) unprocessable('Tree SHA does not exist');
    const parents = ((given.parents as string[] | undefined) ?? []).map(String);
    if (parents.some((parent) => !site.repo.git.commits.has(parent)))
      unprocessable('Parent SHA does not exist or is not a commit object');
    const now = {
      name: site.identity.login,
      email: `${site.identity.id}+${site.identity.login}@users.noreply.github.com`,
      date: site.repo.now(),
    };
    const author = signature(given.author, now);
    const object = {
      tree: treeSha,
      parents,
      message: String(given.message),
      author,
      committer: signature(given.committer, author),
    };
    const sha = site.repo.git.putCommit(object);
    return created(commit(site, sha, object), `${repoApi(site)}/git/commits/${sha}`);
  },

  'git/get-commit': (request, site) => {
    const sha = String(request.params.commit_sha);
    return ok(commit(site, sha, site.repo.git.commits.get(sha) ?? notFound()));
  },

  'repos/get-content': (request, site) => {
    onlyEmulated(request, ['ref']);
    const refName = request.query.ref ?? site.repo.defaultBranch;
    const commitSha = site.repo.git.resolve(refName);
    const commitObject = commitSha ? site.repo.git.commits.get(commitSha) : undefined;
    if (!commitObject) notFound();
    const path = String(request.params.path).replace(/^\/+|\/+$/g, '');
    const entry = site.repo.git.lookup(commitObject.tree, path) ?? notFound();
    if (entry.type === 'tree') {
      const listing = site.repo.git
        .tree(entry.sha)
        .map((child) =>
          contentEntry(site, refName, path ? `${path}/${child.name}` : child.name, child, false),
        );
      return ok(listing);
    }
    return ok(contentEntry(site, refName, path, entry, true));
  },
};
