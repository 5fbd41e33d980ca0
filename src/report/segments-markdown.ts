/**
 * Retention rules and compaction configs in deploy and drift reports: one row per file, then the
 * field changes of those that changed or drifted. Text from files and from Druid is escaped.
 */
import type { SegmentResult } from '../deploy/deploy-segment.js';
import type { SegmentDriftEntry, SegmentDriftStatus } from '../flows/drift-segments.js';
import { changesDetails } from './changes-markdown.js';
import { code, escapeMarkdown, tableRow } from './safe-markdown.js';

const ICON: Record<SegmentResult['outcome'], string> = {
  applied: '✅',
  unchanged: '➖',
  drift: '⚠️',
  'deleted-kept': '📌',
  gone: '➖',
  failed: '❌',
};

const KIND: Record<SegmentResult['kind'], string> = { retention: 'retention', compaction: 'compaction' };

export function segmentsMarkdown(
  results: readonly SegmentResult[],
  heading = '### Retention and compaction',
): string[] {
  if (results.length === 0) return [];
  const lines = [
    heading,
    '',
    tableRow(['Datasource', 'Config', 'Outcome', 'What happened', 'Cluster before → after']),
    '|---|---|---|---|---|',
  ];
  for (const result of results)
    lines.push(
      tableRow([
        code(result.dataSource),
        KIND[result.kind],
        `${ICON[result.outcome]} ${result.outcome}`,
        escapeMarkdown(result.message) +
          (result.reviewed === 'differs'
            ? ' ⚠️ This file differs from the one the pull request review showed.'
            : ''),
        [result.before, result.after]
          .filter((text) => text !== undefined)
          .map((text) => escapeMarkdown(text as string))
          .join(' → ') || '–',
      ]),
    );
  lines.push('');
  for (const result of results.filter((r) => r.changes.length > 0 && r.outcome !== 'unchanged'))
    lines.push(
      ...changesDetails(
        `${code(result.dataSource)} ${KIND[result.kind]} (${code(result.file)}): cluster → git`,
        result.changes,
        result.outcome === 'failed' || result.outcome === 'drift',
      ),
    );
  return lines;
}

const DRIFT: Record<SegmentDriftStatus, string> = {
  'in-sync': '✅ in sync',
  drifted: '⚠️ differs',
  missing: '❓ not on the cluster',
  unmanaged: '👻 not in git',
  invalid: '❌ file invalid',
};

/** The drift report's retention and compaction section, with how to make them agree. */
export function segmentDriftMarkdown(entries: readonly SegmentDriftEntry[]): string[] {
  if (entries.length === 0) return [];
  const lines = [
    '### Retention and compaction',
    '',
    tableRow(['Datasource', 'Config', 'File', 'Status', 'On the cluster', 'Last change (Druid audit log)']),
    '|---|---|---|---|---|---|',
  ];
  for (const entry of entries)
    lines.push(
      tableRow([
        code(entry.dataSource),
        KIND[entry.kind],
        entry.file ? code(entry.file) : '–',
        `${DRIFT[entry.status]}: ${escapeMarkdown(entry.message)}`,
        entry.live ? escapeMarkdown(entry.live) : '–',
        entry.when ? escapeMarkdown(entry.when) : '–',
      ]),
    );
  lines.push('');
  for (const entry of entries.filter((candidate) => candidate.changes.length > 0))
    lines.push(
      ...changesDetails(`${code(entry.dataSource)} ${KIND[entry.kind]}: git → cluster`, entry.changes, true),
    );
  const statuses = new Set(entries.map((entry) => entry.status));
  if (statuses.has('drifted') || statuses.has('missing') || statuses.has('unmanaged')) {
    lines.push('**How to make retention and compaction agree:**', '');
    if (statuses.has('drifted'))
      lines.push(
        "- **Differs:** keep the cluster's change by writing it into the file, or merge any change to the file with `on-drift: overwrite` to put git's back.",
      );
    if (statuses.has('missing')) lines.push('- **Not on the cluster:** the next deploy applies the file.');
    if (statuses.has('unmanaged'))
      lines.push(
        '- **Not in git:** add a file for the datasource (GET /druid/coordinator/v1/rules/{dataSource} or /config/compaction/{dataSource} shows what the cluster has).',
      );
    lines.push('');
  }
  return lines;
}
