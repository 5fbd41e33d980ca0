/** The repository and pull requests as GitHub's JSON, from GitHub's examples (see shapes-issues.ts). */
import type { IssueRecord, PullRecord, UserRecord } from './repo-state.js';
import { association, label, nodeId, rehome, repoApi, repoWeb, user, type Site } from './shapes-issues.js';

type Json = Record<string, unknown>;

/** The repository object inside a pull request's head and base. */
function repository(site: Site): Json {
  const template = ((site.api.example('pulls/create', 201) as Json).head as Json).repo as Json;
  const owner: UserRecord = { login: site.repo.owner, id: 1, type: 'User' };
  return {
    ...rehome(site, template),
    id: site.repo.id,
    node_id: nodeId('Repository', site.repo.id),
    name: site.repo.name,
    full_name: site.repo.fullName,
    owner: user(site, owner),
    private: false,
    fork: false,
    html_url: repoWeb(site),
    url: repoApi(site),
    default_branch: site.repo.defaultBranch,
  };
}

/**
 * A pull request: `full` is the object `GET /pulls/{n}`, create and update answer with; the list
 * endpoint answers with the shorter pull-request-simple.
 */
export function pull(site: Site, record: IssueRecord, full: boolean): Json {
  const pr = record.pull as PullRecord;
  const template = full
    ? (site.api.example('pulls/create', 201) as Json)
    : ((site.api.example('pulls/list', 200) as Json[])[0] as Json);
  const api = `${repoApi(site)}/pulls/${record.number}`;
  const web = `${repoWeb(site)}/pull/${record.number}`;
  const issueApi = `${repoApi(site)}/issues/${record.number}`;
  const headSha = site.repo.headSha(pr);
  const baseSha = site.repo.git.resolve(pr.baseRef) ?? headSha;
  const repo = repository(site);
  const owner = repo.owner;
  const side = (ref: string, sha: string) => ({
    label: `${site.repo.owner}:${ref}`,
    ref,
    sha,
    user: owner,
    repo,
  });
  const shaped: Json = {
    ...rehome(site, template),
    url: api,
    id: record.id,
    node_id: nodeId('PullRequest', record.id),
    html_url: web,
    diff_url: `${web}.diff`,
    patch_url: `${web}.patch`,
    issue_url: issueApi,
    commits_url: `${api}/commits`,
    review_comments_url: `${api}/comments`,
    review_comment_url: `${repoApi(site)}/pulls/comments{/number}`,
    comments_url: `${issueApi}/comments`,
    statuses_url: `${repoApi(site)}/statuses/${headSha}`,
    number: record.number,
    state: record.state,
    locked: false,
    title: record.title,
    user: user(site, record.user),
    body: record.body,
    // GitHub's schema types a pull request's label description as a string (an issue's may be null).
    labels: record.labels.map((name) => ({
      ...label(site, site.repo.label(name)),
      description: site.repo.label(name).description ?? '',
    })),
    milestone: null,
    active_lock_reason: null,
    created_at: record.createdAt,
    updated_at: record.updatedAt,
    closed_at: record.closedAt,
    merged_at: pr.merged ? record.closedAt : null,
    merge_commit_sha: null,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    head: side(pr.headRef, headSha),
    base: side(pr.baseRef, baseSha),
    _links: {
      self: { href: api },
      html: { href: web },
      issue: { href: issueApi },
      comments: { href: `${issueApi}/comments` },
      review_comments: { href: `${api}/comments` },
      review_comment: { href: `${repoApi(site)}/pulls/comments{/number}` },
      commits: { href: `${api}/commits` },
      statuses: { href: `${repoApi(site)}/statuses/${headSha}` },
    },
    author_association: association(site, record.user),
    auto_merge: null,
    draft: pr.draft,
  };
  if (full) {
    Object.assign(shaped, {
      merged: pr.merged,
      mergeable: null,
      rebaseable: null,
      mergeable_state: 'unknown',
      merged_by: null,
      comments: site.repo.issueComments(record.number).length,
      review_comments: 0,
      maintainer_can_modify: false,
    });
  }
  return shaped;
}
