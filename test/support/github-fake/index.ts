/**
 * A stand-in for api.github.com that flow tests run the real GitHub client against:
 *
 *   const github = await startGitHubFake();             // in beforeAll (first load may take seconds)
 *   github.commit('main', { 'supervisors/a.json': '{}' });
 *   const number = github.openPullRequest({ head: 'feature', files: {...} });
 *   ... run the flow with GITHUB_API_URL = github.url, token = github.token ...
 *   github.assertNoViolations();                        // every request matched GitHub's description
 *   expect(github.files('druid-gitops/rollback/x')).toEqual({...});
 *
 * `useGitHubFake()` does the Jest wiring (start once per file, fresh state and a violation check
 * around each test). See README.md beside this file.
 */
import type { AddressInfo } from 'node:net';
import { ApiDescription } from './api-description.js';
import { FaultTable, type Fault, type FaultMatch } from './faults.js';
import type { Files } from './git-store.js';
import type { Handler } from './handler-kit.js';
import {
  ACTIONS_BOT,
  OCTOCAT,
  RepoState,
  type CommentRecord,
  type IssueRecord,
  type UserRecord,
} from './repo-state.js';
import { gitRoutes } from './routes-git.js';
import { issueRoutes } from './routes-issues.js';
import { pullRoutes } from './routes-pulls.js';
import { userRoutes } from './routes-users.js';
import { createFakeServer, type RecordedRequest, type Violation } from './server.js';
import type { Site } from './shapes-issues.js';

export type { Fault, FaultMatch } from './faults.js';
export type { RecordedRequest, Violation } from './server.js';
export { ACTIONS_BOT, OCTOCAT, type UserRecord, type IssueRecord, type CommentRecord } from './repo-state.js';
export type { ApiDescription } from './api-description.js';

const HANDLERS: Record<string, Handler> = { ...issueRoutes, ...pullRoutes, ...gitRoutes, ...userRoutes };

let loading: Promise<ApiDescription> | undefined;

/** GitHub's description, loaded once per test file (a cached 2 MB slice of the 73 MB original). */
function loadDescription(): Promise<ApiDescription> {
  loading ??= ApiDescription.load(Object.keys(HANDLERS));
  return loading;
}

export interface GitHubFakeOptions {
  owner?: string;
  repo?: string;
  defaultBranch?: string;
  token?: string;
  /** Whose token it is; everything the client creates is authored by it. Default github-actions[bot]. */
  identity?: UserRecord;
  /** `/api/v3` to look like GitHub Enterprise Server. */
  pathPrefix?: string;
  webUrl?: string;
}

export interface PullRequestSeed {
  head: string;
  base?: string;
  /** Committed to `head` (on top of the base's files) before the pull request is opened. */
  files?: Files;
  title?: string;
  body?: string;
  user?: UserRecord;
}

interface Shared {
  requests: RecordedRequest[];
  violations: Violation[];
  faults: FaultTable;
  interleaved: { operationId: string; run: () => void }[];
}

export class GitHubFake {
  /** Every request received, in order. */
  readonly requests: RecordedRequest[];
  readonly violations: Violation[];
  private readonly faults: FaultTable;
  private readonly interleaved: Shared['interleaved'];

  private constructor(
    private readonly site: Site,
    private readonly server: ReturnType<typeof createFakeServer>,
    /** The API root to give the client (GITHUB_API_URL). */
    readonly url: string,
    readonly token: string,
    shared: Shared,
  ) {
    this.requests = shared.requests;
    this.violations = shared.violations;
    this.faults = shared.faults;
    this.interleaved = shared.interleaved;
  }

  static async start(options: GitHubFakeOptions = {}): Promise<GitHubFake> {
    const description = await loadDescription();
    const site: Site = {
      api: description,
      apiUrl: '',
      webUrl: options.webUrl ?? 'https://github.com',
      repo: new RepoState(
        options.owner ?? 'acme',
        options.repo ?? 'pipelines',
        4242,
        options.defaultBranch ?? 'main',
      ),
      identity: options.identity ?? ACTIONS_BOT,
    };
    const token = options.token ?? 'ghs_fakeTokenForTests0000000000000000000';
    const pathPrefix = (options.pathPrefix ?? '').replace(/\/+$/, '');
    const shared: Shared = { requests: [], violations: [], faults: new FaultTable(), interleaved: [] };
    const server = createFakeServer({ site, description, handlers: HANDLERS, token, pathPrefix, ...shared });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    site.apiUrl = `http://127.0.0.1:${port}${pathPrefix}`;
    return new GitHubFake(site, server, site.apiUrl, token, shared);
  }

  get owner(): string {
    return this.site.repo.owner;
  }

  get repo(): string {
    return this.site.repo.name;
  }

  /** `owner/name`, as GITHUB_REPOSITORY says it. */
  get repository(): string {
    return this.site.repo.fullName;
  }

  /** The repository's state, for assertions the helpers below do not cover. */
  get state(): RepoState {
    return this.site.repo;
  }

  get description(): ApiDescription {
    return this.site.api;
  }

  // --- seeding ---

  /** Commits exactly `files` to `branch` (created when new); returns the commit SHA. */
  commit(branch: string, files: Files, message?: string): string {
    return this.site.repo.commitFiles(branch, files, message);
  }

  openPullRequest(seed: PullRequestSeed): number {
    const repo = this.site.repo;
    const base = seed.base ?? repo.defaultBranch;
    const baseSha = repo.git.resolve(`heads/${base}`) ?? this.commit(base, {});
    if (seed.files) this.commit(seed.head, { ...this.files(base), ...seed.files }, seed.title);
    const headSha = repo.git.resolve(`heads/${seed.head}`) ?? this.commit(seed.head, this.files(base));
    const now = repo.now();
    const number = repo.nextIssueNumber();
    repo.issues.set(number, {
      ...this.issueFields(number, seed.title ?? seed.head, seed.body ?? null, seed.user ?? OCTOCAT, now),
      pull: { headRef: seed.head, headSha, baseRef: base, baseSha, draft: false, merged: false },
    });
    return number;
  }

  /**
   * Merges a pull request as GitHub's merge button would for this purpose: one commit on the base
   * branch holding the head's files; the pull request is closed and merged. Returns the commit.
   */
  mergePullRequest(number: number): string {
    const record = this.site.repo.issues.get(number);
    if (!record?.pull) throw new Error(`the fake has no pull request #${number}`);
    const sha = this.commit(
      record.pull.baseRef,
      this.files(record.pull.headRef),
      `Merge pull request #${number}`,
    );
    Object.assign(record, { state: 'closed', closedAt: this.site.repo.now() });
    Object.assign(record.pull, { merged: true, mergeCommitSha: sha });
    return sha;
  }

  /** Issue comments from `user` (default octocat); bodies given, or `count` of them numbered. */
  addComments(issueNumber: number, bodies: number | string[], user: UserRecord = OCTOCAT): number[] {
    const texts =
      typeof bodies === 'number' ? Array.from({ length: bodies }, (_, i) => `comment ${i + 1}`) : bodies;
    return texts.map((body) => {
      const id = this.site.repo.nextId();
      const now = this.site.repo.now();
      this.site.repo.comments.set(id, { id, issueNumber, body, user, createdAt: now, updatedAt: now });
      return id;
    });
  }

  addIssue(seed: {
    title: string;
    body?: string;
    labels?: string[];
    user?: UserRecord;
    closed?: boolean;
  }): number {
    const repo = this.site.repo;
    const number = repo.nextIssueNumber();
    const now = repo.now();
    const record = this.issueFields(number, seed.title, seed.body ?? null, seed.user ?? OCTOCAT, now);
    record.labels = (seed.labels ?? []).map((name) => repo.label(name).name);
    if (seed.closed) Object.assign(record, { state: 'closed', stateReason: 'completed', closedAt: now });
    repo.issues.set(number, record);
    return number;
  }

  // --- reading ---

  /** Every file at a branch, tag or SHA, as text. */
  files(ref: string): Record<string, string> {
    const sha = this.site.repo.git.resolve(ref);
    if (!sha) throw new Error(`the fake has no ref ${ref}`);
    const tree = this.site.repo.git.commits.get(sha)?.tree as string;
    return Object.fromEntries(
      [...this.site.repo.git.filesOf(tree)].map(([path, bytes]) => [path, bytes.toString('utf8')]),
    );
  }

  comments(issueNumber: number): CommentRecord[] {
    return this.site.repo.issueComments(issueNumber);
  }

  issues(filter: { label?: string; state?: 'open' | 'closed' } = {}): IssueRecord[] {
    return [...this.site.repo.issues.values()].filter(
      (record) =>
        !record.pull &&
        (!filter.state || record.state === filter.state) &&
        (!filter.label || record.labels.includes(filter.label)),
    );
  }

  pulls(): IssueRecord[] {
    return [...this.site.repo.issues.values()].filter((record) => record.pull);
  }

  // --- faults and checks ---

  /** The next `times` requests matching `match` fail with `fault`. */
  failNext(fault: Fault, options: FaultMatch & { times?: number } = {}): void {
    this.faults.add(fault, options.times ?? 1, options);
  }

  /**
   * Runs `action` just before the fake handles the next request of `operationId`: another actor
   * (a concurrent run, a person) changing the repository between two requests of the client.
   */
  interleave(operationId: string, action: () => void): void {
    this.interleaved.push({ operationId, run: action });
  }

  /** Fails the test with every request that departed from GitHub's description. */
  assertNoViolations(): void {
    if (this.violations.length === 0) return;
    const list = this.violations.map((v) => `  ${v.request}: ${v.problem}`).join('\n');
    throw new Error(`The GitHub fake saw ${this.violations.length} violation(s):\n${list}`);
  }

  /** Returns the violations and forgets them (for tests that provoke one on purpose). */
  takeViolations(): Violation[] {
    return this.violations.splice(0);
  }

  /** Forgets all state, requests, faults and violations; keeps the server and the description. */
  reset(): void {
    const old = this.site.repo;
    this.site.repo = new RepoState(old.owner, old.name, old.id, old.defaultBranch);
    this.requests.splice(0);
    this.violations.splice(0);
    this.faults.clear();
    this.interleaved.splice(0);
  }

  close(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.server.closeAllConnections();
      this.server.close((error) => (error ? reject(error) : resolve()));
    });
  }

  private issueFields(
    number: number,
    title: string,
    body: string | null,
    user: UserRecord,
    now: string,
  ): IssueRecord {
    return {
      id: this.site.repo.nextId(),
      number,
      title,
      body,
      state: 'open',
      stateReason: null,
      labels: [],
      user,
      createdAt: now,
      updatedAt: now,
      closedAt: null,
    };
  }
}

export const startGitHubFake = (options?: GitHubFakeOptions): Promise<GitHubFake> =>
  GitHubFake.start(options);
