/** One difference between the schemas of two specs that a reviewer can act on (schema-compat.ts). */

type SchemaSeverity = 'breaking' | 'compatible';
type SchemaSubject = 'column' | 'input' | 'rollup' | 'granularity';

export interface SchemaItem {
  severity: SchemaSeverity;
  subject: SchemaSubject;
  /** RFC 6901 pointer into the canonical spec: into head, or into base for what head no longer has. */
  pointer: string;
  /** One sentence for the reviewer: what changes, and what breaks for whom. */
  message: string;
  before?: unknown;
  after?: unknown;
}
