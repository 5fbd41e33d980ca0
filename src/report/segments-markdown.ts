/**
 * Retention rules and compaction configs in deploy and drift reports: one row per file, then the
 * field changes of those that changed or drifted. Text from files and from Druid is escaped.
 */
import type { SegmentResult } from '../deploy/deploy-segment.js';
import { changesBlock } from './deploy-markdown.js';
import { code, escapeMarkdown, tableRow } from './markdown.js';

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
        escapeMarkdown(result.message),
        [result.before, result.after]
          .filter((text) => text !== undefined)
          .map((text) => escapeMarkdown(text as string))
          .join(' → ') || '–',
      ]),
    );
  lines.push('');
  for (const result of results.filter((r) => r.changes.length > 0 && r.outcome !== 'unchanged'))
    lines.push(
      `<details${result.outcome === 'failed' || result.outcome === 'drift' ? ' open' : ''}><summary>${code(result.dataSource)} ${KIND[result.kind]} (${code(result.file)}): cluster → git</summary>`,
      '',
      changesBlock(result.changes),
      '',
      '</details>',
      '',
    );
  return lines;
}
