/**
 * Who changed the cluster and why, sent with every write as Druid's audit headers
 * (`X-Druid-Author`, `X-Druid-Comment`, stored in Druid's audit log where the endpoint audits).
 * Header values must be visible ASCII, so text is folded (é → e), line breaks become spaces, and
 * anything else becomes `?`; lengths are capped at the sizes of Druid's audit table columns.
 */
export interface AuditContext {
  /** e.g. `octocat` or `druid-gitops`. */
  author: string;
  /** e.g. `druid-gitops: deploy abc1234 (PR #12) by @octocat`. */
  comment: string;
}

export const DEFAULT_AUDIT: AuditContext = { author: 'druid-gitops', comment: 'druid-gitops' };

const MAX_AUTHOR = 255;
const MAX_COMMENT = 2048;

export function auditHeaders(audit: AuditContext): Record<string, string> {
  return {
    'X-Druid-Author': headerSafe(audit.author, MAX_AUTHOR) || DEFAULT_AUDIT.author,
    'X-Druid-Comment': headerSafe(audit.comment, MAX_COMMENT) || DEFAULT_AUDIT.comment,
  };
}

export function headerSafe(text: string, maxLength: number): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/\s+/g, ' ')
    .replace(/[^\x20-\x7e]/g, '?')
    .trim()
    .slice(0, maxLength)
    .trim();
}

/** Options every write accepts. */
export interface WriteOptions {
  /** Overrides the client's audit context for this call. */
  audit?: AuditContext;
}
