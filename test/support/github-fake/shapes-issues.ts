/**
 * Users, labels, issues and comments as GitHub's JSON. Each starts from GitHub's own example in the
 * OpenAPI description (so every field GitHub sends is there, shaped as GitHub shapes it) with the
 * fake's values written over it; the server checks every answer against the response schema.
 */
import type { ApiDescription } from './api-description.js';
import type { CommentRecord, IssueRecord, LabelRecord, RepoState, UserRecord } from './repo-state.js';

type Json = Record<string, unknown>;

export interface Site {
  api: ApiDescription;
  /** The API root URLs point at (the fake's own address). */
  apiUrl: string;
  /** The web root for html_url (https://github.com unless configured). */
  webUrl: string;
  repo: RepoState;
  /** Who the token belongs to: the author of everything the client creates. */
  identity: UserRecord;
}

export const repoApi = (site: Site): string => `${site.apiUrl}/repos/${site.repo.fullName}`;
export const repoWeb = (site: Site): string => `${site.webUrl}/${site.repo.fullName}`;

export function nodeId(kind: string, id: number | string): string {
  return Buffer.from(`0:${kind}${id}`).toString('base64');
}

/** Rewrites the example's own repository and host URLs to the fake's. */
export function rehome<T>(site: Site, template: T): T {
  const text = JSON.stringify(template)
    .replaceAll('https://api.github.com/repos/octocat/Hello-World', repoApi(site))
    .replaceAll('https://github.com/octocat/Hello-World', repoWeb(site))
    .replaceAll('https://api.github.com', site.apiUrl);
  return JSON.parse(text) as T;
}

export function user(site: Site, record: UserRecord): Json {
  const template = (site.api.example('issues/get-comment', 200) as Json).user as Json;
  const api = `${site.apiUrl}/users/${record.login}`;
  return {
    ...template,
    login: record.login,
    id: record.id,
    node_id: nodeId('User', record.id),
    avatar_url: `https://avatars.githubusercontent.com/u/${record.id}?v=4`,
    url: api,
    html_url: `${site.webUrl}/${record.type === 'Bot' ? `apps/${record.login.replace('[bot]', '')}` : record.login}`,
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type: record.type,
    site_admin: false,
  };
}

export function label(site: Site, record: LabelRecord): Json {
  return {
    ...(site.api.example('issues/get-label', 200) as Json),
    id: record.id,
    node_id: nodeId('Label', record.id),
    url: `${repoApi(site)}/labels/${encodeURIComponent(record.name)}`,
    name: record.name,
    description: record.description,
    color: record.color,
    default: false,
  };
}

export function comment(site: Site, record: CommentRecord): Json {
  const issue = site.repo.issues.get(record.issueNumber);
  const kind = issue?.pull ? 'pull' : 'issues';
  return {
    ...(site.api.example('issues/get-comment', 200) as Json),
    id: record.id,
    node_id: nodeId('IssueComment', record.id),
    url: `${repoApi(site)}/issues/comments/${record.id}`,
    html_url: `${repoWeb(site)}/${kind}/${record.issueNumber}#issuecomment-${record.id}`,
    body: record.body,
    user: user(site, record.user),
    created_at: record.createdAt,
    updated_at: record.updatedAt,
    issue_url: `${repoApi(site)}/issues/${record.issueNumber}`,
    author_association: association(site, record.user),
  };
}

export function issue(site: Site, record: IssueRecord): Json {
  const template = rehome(site, (site.api.example('issues/list-for-repo', 200) as Json[])[0] as Json);
  const api = `${repoApi(site)}/issues/${record.number}`;
  const web = `${repoWeb(site)}/${record.pull ? 'pull' : 'issues'}/${record.number}`;
  const shaped: Json = {
    ...template,
    id: record.id,
    node_id: nodeId(record.pull ? 'PullRequest' : 'Issue', record.id),
    url: api,
    repository_url: repoApi(site),
    labels_url: `${api}/labels{/name}`,
    comments_url: `${api}/comments`,
    events_url: `${api}/events`,
    timeline_url: `${api}/timeline`,
    html_url: web,
    number: record.number,
    state: record.state,
    state_reason: record.stateReason,
    title: record.title,
    body: record.body,
    user: user(site, record.user),
    labels: record.labels.map((name) => label(site, site.repo.label(name))),
    assignee: null,
    assignees: [],
    milestone: null,
    locked: false,
    active_lock_reason: null,
    comments: site.repo.issueComments(record.number).length,
    closed_at: record.closedAt,
    created_at: record.createdAt,
    updated_at: record.updatedAt,
    closed_by: null,
    author_association: association(site, record.user),
    draft: record.pull?.draft ?? false,
  };
  delete shaped.pull_request;
  if (record.pull) {
    shaped.pull_request = {
      url: `${repoApi(site)}/pulls/${record.number}`,
      html_url: web,
      diff_url: `${web}.diff`,
      patch_url: `${web}.patch`,
      merged_at: record.pull.merged ? record.closedAt : null,
    };
  } else {
    delete shaped.draft;
  }
  return shaped;
}

export function association(site: Site, record: UserRecord): string {
  if (record.login === site.repo.owner) return 'OWNER';
  return record.type === 'Bot' ? 'NONE' : 'CONTRIBUTOR';
}

/** GitHub's error body: `{message, documentation_url, status}` (plus `errors` on 422). */
export function errorBody(status: number, message: string, errors?: Json[]): Json {
  return {
    message,
    ...(errors ? { errors } : {}),
    documentation_url: 'https://docs.github.com/rest',
    status: String(status),
  };
}
