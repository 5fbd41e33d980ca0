/**
 * Keys of this tool's comments and issues (the hidden markers a re-run finds them by). One
 * repository can deploy to several clusters (a matrix or one job per environment); each cluster's
 * runs must then find their own review comment, drift issue and incident issues, or two clusters
 * would keep overwriting one comment. The `cluster` input scopes them.
 */
import { createHash } from 'node:crypto';

/** `key` for a single cluster, `key/<cluster>` (the input allows only what a key may hold) when the step names one. */
export function clusterScoped(key: string, cluster: string | undefined): string {
  return cluster ? `${key}/${cluster.toLowerCase()}` : key;
}

/**
 * A name as markers carry it (lower-case letters, digits, `.`, `_`, `-`). A supervisor id may hold
 * anything else; then a short hash of the id keeps two such ids from sharing one key.
 */
export function keyPart(name: string): string {
  const safe = name
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[^a-z0-9]+/, '')
    .slice(0, 60);
  if (safe === name) return safe;
  return `${safe || 'id'}-${createHash('sha256').update(name).digest('hex').slice(0, 8)}`;
}

/** " on <cluster>" for titles, when the step names its cluster. */
export function onCluster(cluster: string | undefined): string {
  return cluster ? ` on ${cluster}` : '';
}
