/** Pull requests: list (with GitHub's `head` filter quirk), open, read, update, changed files. */
import {
  created,
  fields,
  integer,
  listUrl,
  notFound,
  NotEmulated,
  ok,
  onlyEmulated,
  validationFailed,
  type FakeRequest,
  type Handler,
} from './handler-kit.js';
import { paginate } from './pagination.js';
import type { IssueRecord, PullRecord } from './repo-state.js';
import { diffEntry, diffTrees } from './shapes-git.js';
import { repoApi, type Site } from './shapes-issues.js';
import { pull } from './shapes-pulls.js';

function findPull(site: Site, request: FakeRequest): IssueRecord & { pull: PullRecord } {
  const record = site.repo.issues.get(integer(request.params.pull_number));
  return record?.pull ? (record as IssueRecord & { pull: PullRecord }) : notFound();
}

/** `owner:branch` or `branch` → the branch, when the owner is this repository's. */
function ownBranch(site: Site, head: string): string | undefined {
  const [owner, branch] = head.includes(':') ? head.split(':', 2) : [site.repo.owner, head];
  return owner?.toLowerCase() === site.repo.owner.toLowerCase() ? branch : undefined;
}

function treeOf(site: Site, commitSha: string): string {
  return site.repo.git.commits.get(commitSha)?.tree ?? notFound();
}

export const pullRoutes: Record<string, Handler> = {
  'pulls/list': (request, site) => {
    onlyEmulated(request, ['state', 'head', 'base', 'sort', 'direction', 'per_page', 'page']);
    const { state = 'open', head, base, sort = 'created', direction } = request.query;
    if (sort !== 'created' && sort !== 'updated')
      throw new NotEmulated(`pulls/list: the fake does not sort by ${sort}`);
    // GitHub applies `head` only in the owner:branch form; a bare branch name is silently ignored.
    const headFilter = head?.includes(':') ? head.toLowerCase() : undefined;
    const descending = (direction ?? 'desc') === 'desc';
    const all = [...site.repo.issues.values()]
      .filter((record): record is IssueRecord & { pull: PullRecord } => record.pull !== undefined)
      .filter((record) => state === 'all' || record.state === state)
      .filter(
        (record) => !headFilter || `${site.repo.owner}:${record.pull.headRef}`.toLowerCase() === headFilter,
      )
      .filter((record) => !base || record.pull.baseRef === base)
      .sort((a, b) => {
        const order =
          sort === 'updated'
            ? a.updatedAt.localeCompare(b.updatedAt) || a.number - b.number
            : a.number - b.number;
        return descending ? -order : order;
      });
    const page = paginate(all, request.query, listUrl(site, 'pulls'));
    return ok(
      page.items.map((record) => pull(site, record, false)),
      page.link ? { link: page.link } : undefined,
    );
  },

  /** Pull requests whose head tip is the commit, or whose merge made it. */
  'repos/list-pull-requests-associated-with-commit': (request, site) => {
    onlyEmulated(request, ['per_page', 'page']);
    const sha = String(request.params.commit_sha);
    const all = [...site.repo.issues.values()]
      .filter((record): record is IssueRecord & { pull: PullRecord } => record.pull !== undefined)
      .filter(
        (record) =>
          record.pull.mergeCommitSha === sha || site.repo.git.resolve(`heads/${record.pull.headRef}`) === sha,
      )
      .sort((a, b) => b.number - a.number);
    const page = paginate(all, request.query, listUrl(site, `commits/${sha}/pulls`));
    return ok(
      page.items.map((record) => pull(site, record, false)),
      page.link ? { link: page.link } : undefined,
    );
  },

  'pulls/create': (request, site) => {
    const given = fields(request);
    if (given.issue !== undefined)
      throw new NotEmulated('pulls/create: the fake does not turn issues into pull requests');
    const branch = ownBranch(site, String(given.head));
    const headSha = branch === undefined ? undefined : site.repo.git.resolve(`heads/${branch}`);
    if (branch === undefined || headSha === undefined) {
      validationFailed({ resource: 'PullRequest', field: 'head', code: 'invalid' });
    }
    const baseRef = String(given.base);
    const baseSha = site.repo.git.resolve(`heads/${baseRef}`);
    if (baseSha === undefined) validationFailed({ resource: 'PullRequest', field: 'base', code: 'invalid' });
    const duplicate = [...site.repo.issues.values()].some(
      (record) =>
        record.state === 'open' && record.pull?.headRef === branch && record.pull.baseRef === baseRef,
    );
    if (duplicate) {
      validationFailed({
        resource: 'PullRequest',
        code: 'custom',
        message: `A pull request already exists for ${site.repo.owner}:${branch}.`,
      });
    }
    if (headSha === baseSha) {
      validationFailed({
        resource: 'PullRequest',
        code: 'custom',
        message: `No commits between ${baseRef} and ${branch}`,
      });
    }
    const now = site.repo.now();
    const record: IssueRecord = {
      id: site.repo.nextId(),
      number: site.repo.nextIssueNumber(),
      title: String(given.title ?? branch),
      body: (given.body as string | undefined) ?? null,
      state: 'open',
      stateReason: null,
      labels: [],
      user: site.identity,
      createdAt: now,
      updatedAt: now,
      closedAt: null,
      pull: { headRef: branch, headSha, baseRef, baseSha, draft: given.draft === true, merged: false },
    };
    site.repo.issues.set(record.number, record);
    return created(pull(site, record, true), `${repoApi(site)}/pulls/${record.number}`);
  },

  'pulls/get': (request, site) => ok(pull(site, findPull(site, request), true)),

  'pulls/update': (request, site) => {
    const record = findPull(site, request);
    const given = fields(request);
    if (given.base !== undefined) {
      const base = String(given.base);
      if (site.repo.git.resolve(`heads/${base}`) === undefined) {
        validationFailed({ resource: 'PullRequest', field: 'base', code: 'invalid' });
      }
      record.pull.baseRef = base;
    }
    if (given.title !== undefined) record.title = String(given.title);
    if (given.body !== undefined) record.body = given.body as string | null;
    const now = site.repo.now();
    if (given.state === 'closed' && record.state === 'open')
      Object.assign(record, { state: 'closed', closedAt: now });
    if (given.state === 'open' && record.state === 'closed')
      Object.assign(record, { state: 'open', closedAt: null });
    record.updatedAt = now;
    return ok(pull(site, record, true));
  },

  'pulls/list-files': (request, site) => {
    const record = findPull(site, request);
    const headSha = site.repo.headSha(record.pull);
    const diffs = diffTrees(site, treeOf(site, record.pull.baseSha), treeOf(site, headSha));
    const page = paginate(diffs, request.query, listUrl(site, `pulls/${record.number}/files`));
    return ok(
      page.items.map((diff) => diffEntry(site, headSha, diff)),
      page.link ? { link: page.link } : undefined,
    );
  },
};
