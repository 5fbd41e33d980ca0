/**
 * `GitHubGateway`: everything the flows ask of GitHub, behind one interface so a flow takes a fake
 * or the real thing. Every write is find-then-update, so re-running a job converges on the same
 * comment, branch, pull request and issue instead of adding new ones. Failures are GitHubErrors
 * that say what was done and what was not.
 */
import {
  getContents,
  listFiles,
  listPullRequestFiles,
  readBlob,
  readFile,
  type ChangedFile,
  type Contents,
  type FileEntry,
  type RepoFile,
} from './contents.js';
import { pullRequestsForCommit, type PullRequestRef } from './commits.js';
import type { RepoContext } from './context.js';
import { tokenLogin } from './identity.js';
import {
  closeIssue,
  findIssue,
  upsertIssue,
  type IssueInput,
  type IssueResult,
  type TrackedIssue,
} from './issues.js';
import type { LabelSpec } from './labels.js';
import { createOctokit, type CreateOctokitOptions } from './octokit.js';
import { proposeChanges, type ProposeChangesInput, type ProposedChange } from './pull-request.js';
import {
  findStickyComment,
  upsertStickyComment,
  type StickyComment,
  type StickyCommentInput,
  type StickyCommentResult,
} from './sticky-comment.js';
import type { Repository } from './environment.js';

export interface GitHubGateway {
  readonly repository: Repository;

  /** The comment for `input.key` on the pull request, updated in place or created; its URL. */
  upsertStickyComment(input: StickyCommentInput): Promise<StickyCommentResult>;
  /** The comment for `key` this tool wrote, with its metadata; undefined when there is none. */
  findStickyComment(issueNumber: number, key: string): Promise<StickyComment | undefined>;

  /** A file or a folder listing at `ref`; undefined when the path does not exist there. */
  getContents(ref: string, path: string): Promise<Contents | undefined>;
  readFile(ref: string, path: string): Promise<RepoFile | undefined>;
  /** Every file under a folder at `ref` (or the path itself when it is a file), with its blob SHA. */
  listFiles(ref: string, path: string): Promise<FileEntry[] | undefined>;
  /** A file's bytes by its blob SHA. */
  readBlob(sha: string): Promise<Uint8Array>;
  listPullRequestFiles(pullNumber: number): Promise<ChangedFile[]>;
  /** The pull requests that merged (or whose head is) this commit, newest first. */
  pullRequestsForCommit(sha: string): Promise<PullRequestRef[]>;

  /** One commit of `changes` on `base.sha`, on a force-moved branch, with its open PR updated or opened. */
  proposeChanges(input: ProposeChangesInput): Promise<ProposedChange>;

  /** The open issue for `input.key`, updated or opened. */
  upsertIssue(input: IssueInput): Promise<IssueResult>;
  findIssue(key: string, label: LabelSpec): Promise<TrackedIssue | undefined>;
  /** Comments on and closes the open issue for `key`; undefined when none is open. */
  closeIssue(input: { key: string; label: LabelSpec; comment: string }): Promise<IssueResult | undefined>;
}

export interface GatewayOptions extends CreateOctokitOptions {
  repository: Repository;
  /**
   * Logins whose comments and issues are this tool's. Default: the token's own identity (a personal
   * token's user, else github-actions[bot]); a GitHub App token must name its `<slug>[bot]`.
   */
  trustedAuthors?: readonly string[];
}

export function createGitHubGateway(options: GatewayOptions): GitHubGateway {
  const octokit = createOctokit(options);
  const secrets = [options.token];
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  let trusted: Promise<ReadonlySet<string>> | undefined;
  const context: RepoContext = {
    octokit,
    owner: options.repository.owner,
    repo: options.repository.repo,
    baseUrl,
    secrets,
    trustedAuthors: () => {
      trusted ??= (
        options.trustedAuthors
          ? Promise.resolve([...options.trustedAuthors])
          : tokenLogin(octokit).then((login) => [login])
      ).then((logins) => new Set(logins.map((login) => login.toLowerCase())));
      // A failed lookup is asked again next time rather than remembered.
      trusted.catch(() => (trusted = undefined));
      return trusted;
    },
  };
  return {
    repository: { ...options.repository },
    upsertStickyComment: (input) => upsertStickyComment(context, input),
    findStickyComment: (issueNumber, key) => findStickyComment(context, issueNumber, key),
    getContents: (ref, path) => getContents(context, ref, path),
    readFile: (ref, path) => readFile(context, ref, path),
    listFiles: (ref, path) => listFiles(context, ref, path),
    readBlob: (sha) => readBlob(context, sha),
    listPullRequestFiles: (pullNumber) => listPullRequestFiles(context, pullNumber),
    pullRequestsForCommit: (sha) => pullRequestsForCommit(context, sha),
    proposeChanges: (input) => proposeChanges(context, input),
    upsertIssue: (input) => upsertIssue(context, input),
    findIssue: (key, label) => findIssue(context, key, label),
    closeIssue: (input) => closeIssue(context, input),
  };
}
