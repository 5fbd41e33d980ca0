/** The Druid client's public surface: the only module in the product that speaks HTTP to Druid. */
export { createOverlordClient, type OverlordClient, type OverlordClientOptions } from './overlord-client.js';
export type { SupervisorApi, SubmitOptions } from './supervisors.js';
export type { CoordinatorApi } from './coordinator.js';
export { connectionFromEnv, resolveConnection, type DruidConnectionSettings } from './connection.js';
export { auditHeaders, DEFAULT_AUDIT, type AuditContext, type WriteOptions } from './audit.js';
export type { RequestEvent, RetryClock } from './http.js';
export { retryDecision, DEFAULT_RETRY_POLICY, type RetryPolicy, type Repeatability } from './retry.js';
export * from './errors.js';
export { classifyResponse, druidMessageOf } from './classify.js';
export type * from './payloads.js';
