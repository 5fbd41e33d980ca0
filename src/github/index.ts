/** The GitHub side of the product: the only module besides src/druid/ that talks to the network. */
export { createGitHubGateway, type GitHubGateway, type GatewayOptions } from './gateway.js';
export { ACTIONS_BOT } from './identity.js';
export {
  createOctokit,
  type CreateOctokitOptions,
  type GitHubClient,
  type GitHubLog,
  type PacingGroup,
} from './octokit.js';
export {
  apiUrlFrom,
  parseRepository,
  workflowRunUrl,
  GitHubEnvironmentError,
  DEFAULT_API_URL,
  DEFAULT_SERVER_URL,
  type Repository,
} from './environment.js';
export { GitHubError, scrub, statusOf, type GitHubRequestLabel } from './errors.js';
export {
  BODY_LIMIT,
  BodyTooLongError,
  bodyBudget,
  decodeMetadata,
  encodeMetadata,
  markerFor,
  type JsonObject,
  type JsonValue,
  type Metadata,
} from './hidden-blocks.js';
export { DRIFT_LABEL, RESTORE_FAILED_LABEL, ROLLBACK_LABEL, type LabelSpec } from './labels.js';
export { DEFAULT_RATE_LIMIT_POLICY, type RateLimitPolicy } from './waits.js';
export type { StickyComment, StickyCommentInput, StickyCommentResult } from './sticky-comment.js';
export type { ChangedFile, ChangeStatus, Contents, DirectoryEntry, RepoFile } from './contents.js';
export type { FileChanges } from './git-commit.js';
export type { ProposeChangesInput, ProposedChange } from './pull-request.js';
export type { IssueInput, IssueResult, TrackedIssue } from './issues.js';
export { GitHubSpecSource } from './spec-source.js';
export type { PullRequestRef } from './commits.js';
