/**
 * One repository as the fake remembers it: git objects and refs, issues and pull requests (one
 * number space, as on GitHub: a pull request is an issue), comments and labels. Plain records;
 * shapes.ts renders them as GitHub's JSON. Time is a counter from a fixed date, so answers are
 * reproducible and ordering by time is well defined.
 */
import { GitStore, type Files } from './git-store.js';

export interface UserRecord {
  login: string;
  id: number;
  type: 'User' | 'Bot';
}

/** github-actions[bot], the identity behind GITHUB_TOKEN (its real id). */
export const ACTIONS_BOT: UserRecord = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' };
export const OCTOCAT: UserRecord = { login: 'octocat', id: 583231, type: 'User' };

export interface PullRecord {
  headRef: string;
  /** Used when the head branch no longer exists; otherwise the branch's commit is the head. */
  headSha: string;
  baseRef: string;
  /** The base commit when the pull request was opened: its changed files are counted from here. */
  baseSha: string;
  draft: boolean;
  merged: boolean;
  /** The commit the merge made on the base branch (set by `GitHubFake.mergePullRequest`). */
  mergeCommitSha?: string;
}

export interface IssueRecord {
  id: number;
  number: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  stateReason: 'completed' | 'not_planned' | 'reopened' | 'duplicate' | null;
  /** Label names, in the order added. */
  labels: string[];
  user: UserRecord;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  pull?: PullRecord;
}

export interface CommentRecord {
  id: number;
  issueNumber: number;
  body: string;
  user: UserRecord;
  createdAt: string;
  updatedAt: string;
}

export interface LabelRecord {
  id: number;
  name: string;
  color: string;
  description: string | null;
}

const EPOCH = Date.UTC(2026, 0, 1);

export class RepoState {
  readonly git = new GitStore();
  readonly issues = new Map<number, IssueRecord>();
  readonly comments = new Map<number, CommentRecord>();
  readonly labels = new Map<string, LabelRecord>();
  private ids = 1000;
  private ticks = 0;

  constructor(
    readonly owner: string,
    readonly name: string,
    readonly id: number,
    readonly defaultBranch: string,
  ) {}

  get fullName(): string {
    return `${this.owner}/${this.name}`;
  }

  nextId(): number {
    return ++this.ids;
  }

  /** Each call is one second after the last. */
  now(): string {
    return new Date(EPOCH + 1000 * this.ticks++).toISOString().replace('.000Z', 'Z');
  }

  nextIssueNumber(): number {
    return Math.max(0, ...this.issues.keys()) + 1;
  }

  /** A branch whose tip commit holds exactly `files` (parent: the branch's previous tip, if any). */
  commitFiles(branch: string, files: Files, message = `Update ${branch}`): string {
    const parent = this.git.refs.get(`refs/heads/${branch}`);
    const date = this.now();
    const who = { name: OCTOCAT.login, email: 'octocat@github.com', date };
    const sha = this.git.putCommit({
      tree: this.git.treeFromFiles(files),
      parents: parent ? [parent] : [],
      message,
      author: who,
      committer: who,
    });
    this.git.refs.set(`refs/heads/${branch}`, sha);
    return sha;
  }

  /** A label record, created with GitHub's default colour when the name is new (case-insensitive). */
  label(name: string): LabelRecord {
    const key = name.toLowerCase();
    let label = this.labels.get(key);
    if (!label) {
      label = { id: this.nextId(), name, color: 'ededed', description: null };
      this.labels.set(key, label);
    }
    return label;
  }

  headSha(pull: PullRecord): string {
    return this.git.refs.get(`refs/heads/${pull.headRef}`) ?? pull.headSha;
  }

  issueComments(issueNumber: number): CommentRecord[] {
    return [...this.comments.values()]
      .filter((c) => c.issueNumber === issueNumber)
      .sort((a, b) => a.id - b.id);
  }
}
