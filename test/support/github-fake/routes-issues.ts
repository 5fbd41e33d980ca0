/** Issues, issue comments and labels, as GitHub answers them. */
import {
  created,
  fields,
  integer,
  listUrl,
  notFound,
  ok,
  onlyEmulated,
  validationFailed,
  type FakeRequest,
  type Handler,
} from './handler-kit.js';
import { paginate } from './pagination.js';
import type { IssueRecord } from './repo-state.js';
import { comment, issue, label, repoApi, type Site } from './shapes-issues.js';

/** GitHub refuses comment and issue bodies longer than this. */
const BODY_LIMIT = 65_536;

function findIssue(site: Site, request: FakeRequest): IssueRecord {
  return site.repo.issues.get(integer(request.params.issue_number)) ?? notFound();
}

function checkBody(resource: string, body: unknown): void {
  if (typeof body === 'string' && body.length > BODY_LIMIT) {
    validationFailed({
      resource,
      code: 'custom',
      field: 'body',
      message: `body is too long (maximum is ${BODY_LIMIT} characters)`,
    });
  }
}

function labelNames(site: Site, given: unknown): string[] {
  const names = ((given as unknown[] | undefined) ?? []).map((entry) =>
    typeof entry === 'string' ? entry : String((entry as { name?: unknown }).name),
  );
  // Adding a label the repository does not have creates it, as GitHub does.
  return [...new Set(names.map((name) => site.repo.label(name).name))];
}

export const issueRoutes: Record<string, Handler> = {
  'issues/list-comments': (request, site) => {
    onlyEmulated(request, ['since', 'per_page', 'page']);
    const record = findIssue(site, request);
    const since = request.query.since;
    const all = site.repo.issueComments(record.number).filter((c) => !since || c.updatedAt >= since);
    const page = paginate(all, request.query, listUrl(site, `issues/${record.number}/comments`));
    return ok(
      page.items.map((c) => comment(site, c)),
      page.link ? { link: page.link } : undefined,
    );
  },

  'issues/create-comment': (request, site) => {
    const record = findIssue(site, request);
    const body = String(fields(request).body);
    if (body.trim() === '')
      validationFailed({ resource: 'IssueComment', code: 'missing_field', field: 'body' });
    checkBody('IssueComment', body);
    const now = site.repo.now();
    const id = site.repo.nextId();
    const stored = {
      id,
      issueNumber: record.number,
      body,
      user: site.identity,
      createdAt: now,
      updatedAt: now,
    };
    site.repo.comments.set(id, stored);
    return created(comment(site, stored), `${repoApi(site)}/issues/comments/${id}`);
  },

  'issues/get-comment': (request, site) => {
    const stored = site.repo.comments.get(integer(request.params.comment_id)) ?? notFound();
    return ok(comment(site, stored));
  },

  'issues/update-comment': (request, site) => {
    const stored = site.repo.comments.get(integer(request.params.comment_id)) ?? notFound();
    const body = String(fields(request).body);
    checkBody('IssueComment', body);
    Object.assign(stored, { body, updatedAt: site.repo.now() });
    return ok(comment(site, stored));
  },

  'issues/list-for-repo': (request, site) => {
    onlyEmulated(request, ['state', 'labels', 'sort', 'direction', 'since', 'creator', 'per_page', 'page']);
    const { state = 'open', labels, sort = 'created', direction = 'desc', since, creator } = request.query;
    const wanted = (labels ?? '')
      .split(',')
      .map((name) => name.trim().toLowerCase())
      .filter(Boolean);
    const key = (record: IssueRecord) =>
      sort === 'updated'
        ? record.updatedAt
        : sort === 'comments'
          ? site.repo.issueComments(record.number).length
          : record.number;
    const all = [...site.repo.issues.values()]
      .filter((record) => state === 'all' || record.state === state)
      .filter((record) => wanted.every((name) => record.labels.some((has) => has.toLowerCase() === name)))
      .filter((record) => !since || record.updatedAt >= since)
      .filter((record) => !creator || record.user.login === creator)
      .sort(
        (a, b) =>
          (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.number - b.number) * (direction === 'asc' ? 1 : -1),
      );
    const page = paginate(all, request.query, listUrl(site, 'issues'));
    return ok(
      page.items.map((record) => issue(site, record)),
      page.link ? { link: page.link } : undefined,
    );
  },

  'issues/create': (request, site) => {
    const given = fields(request);
    checkBody('Issue', given.body);
    const now = site.repo.now();
    const record: IssueRecord = {
      id: site.repo.nextId(),
      number: site.repo.nextIssueNumber(),
      title: String(given.title),
      body: (given.body as string | undefined) ?? null,
      state: 'open',
      stateReason: null,
      labels: labelNames(site, given.labels),
      user: site.identity,
      createdAt: now,
      updatedAt: now,
      closedAt: null,
    };
    site.repo.issues.set(record.number, record);
    return created(issue(site, record), `${repoApi(site)}/issues/${record.number}`);
  },

  'issues/get': (request, site) => ok(issue(site, findIssue(site, request))),

  'issues/update': (request, site) => {
    const record = findIssue(site, request);
    const given = fields(request);
    checkBody('Issue', given.body);
    const now = site.repo.now();
    if (given.title !== undefined) record.title = String(given.title);
    if (given.body !== undefined) record.body = given.body as string | null;
    if (given.labels !== undefined) record.labels = labelNames(site, given.labels);
    if (given.state === 'closed' && record.state === 'open') {
      Object.assign(record, {
        state: 'closed',
        closedAt: now,
        stateReason: given.state_reason ?? 'completed',
      });
    } else if (given.state === 'open' && record.state === 'closed') {
      Object.assign(record, { state: 'open', closedAt: null, stateReason: 'reopened' });
    }
    record.updatedAt = now;
    return ok(issue(site, record));
  },

  'issues/add-labels': (request, site) => {
    const record = findIssue(site, request);
    const given = Array.isArray(request.body) ? request.body : fields(request).labels;
    record.labels = [...new Set([...record.labels, ...labelNames(site, given)])];
    record.updatedAt = site.repo.now();
    return ok(record.labels.map((name) => label(site, site.repo.label(name))));
  },

  'issues/get-label': (request, site) => {
    const stored = site.repo.labels.get(String(request.params.name).toLowerCase()) ?? notFound();
    return ok(label(site, stored));
  },

  'issues/create-label': (request, site) => {
    const given = fields(request);
    const name = String(given.name);
    if (site.repo.labels.has(name.toLowerCase())) {
      validationFailed({ resource: 'Label', code: 'already_exists', field: 'name' });
    }
    const stored = site.repo.label(name);
    stored.color = String(given.color ?? stored.color).replace(/^#/, '');
    stored.description = (given.description as string | undefined) ?? null;
    return created(label(site, stored), `${repoApi(site)}/labels/${encodeURIComponent(name)}`);
  },
};
