/** The Druid client's public surface: the only module in the product that speaks HTTP to Druid. */
export { createOverlordClient, type OverlordClient, type OverlordClientOptions } from './overlord-client.js';
export { auditHeaders, type AuditContext } from './audit.js';
export * from './errors.js';
export type * from './payloads.js';
export type { SamplerConfig, SamplerRequest } from './sampler.js';
