/** The GitHub side of the product: the only module besides src/druid/ that talks to the network. */
export { createGitHubGateway, type GitHubGateway, type GatewayOptions } from './gateway.js';
export { createOctokit, type CreateOctokitOptions } from './octokit.js';
export { parseRepository, workflowRunUrl } from './environment.js';
export { GitHubError, statusOf } from './errors.js';
export { BodyTooLongError, bodyBudget, decodeMetadata, markerFor } from './hidden-blocks.js';
export { DRIFT_LABEL, RESTORE_FAILED_LABEL, ROLLBACK_LABEL } from './labels.js';
export type { ProposeChangesInput } from './pull-request.js';
export { GitHubSpecSource } from './spec-source.js';
