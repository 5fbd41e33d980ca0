/**
 * What a reviewer should notice in the sampled data: the head spec's problems, and for a changed
 * spec what got worse or better than under the base spec on the same records. Pure; the report
 * words each observation.
 */
import type { SampleStats } from './sample-stats.js';

/** A count under the head spec, the base spec's when there is one, and out of how many rows. */
export interface Counted {
  head: number;
  of: number;
  base?: number;
  baseOf?: number;
}

export type SampleObservation =
  | ({ kind: 'no-rows' } & { level: 'info' })
  | ({ kind: 'all-unparseable'; level: 'warning' } & Counted)
  | ({ kind: 'unparseable'; level: Level } & Counted)
  | ({ kind: 'column-errors'; level: Level } & Counted)
  | ({ kind: 'filtered'; level: Level } & Counted)
  /** `added`: the old spec had no such column. */
  | ({ kind: 'null-column'; level: Level; column: string; added?: true } & Counted)
  | { kind: 'unused-fields'; level: 'info'; fields: string[]; newly: string[] }
  | ({ kind: 'late' | 'early' | 'outside-intervals'; level: Level } & Counted);

type Level = 'warning' | 'info';

/**
 * Ordered for the reader: the worst first. `readsFromEarliest`: a new supervisor that will read
 * the topic from its earliest offset, so the sampled (oldest) rows are the ones it starts with and
 * the rejection windows drop them; otherwise the windows are only information about old records.
 */
export function observeSamples(
  head: SampleStats,
  base?: SampleStats,
  { readsFromEarliest = false }: { readsFromEarliest?: boolean } = {},
): SampleObservation[] {
  if (head.read === 0) return [{ kind: 'no-rows', level: 'info' }];
  const observations: SampleObservation[] = [];
  const rows = (pick: (stats: SampleStats) => number, of: (stats: SampleStats) => number): Counted => ({
    head: pick(head),
    of: of(head),
    ...(base ? { base: pick(base), baseOf: of(base) } : {}),
  });
  const read = (stats: SampleStats) => stats.read;
  const withColumns = (stats: SampleStats) => stats.rowsWithColumns;

  if (head.unparseable > 0 && head.ingested === 0)
    observations.push({ kind: 'all-unparseable', level: 'warning', ...rows((s) => s.unparseable, read) });
  else if (head.unparseable > 0 || (base?.unparseable ?? 0) > 0)
    observations.push(
      counted(
        'unparseable',
        rows((s) => s.unparseable, read),
      ),
    );
  if (head.columnErrors > 0 || (base?.columnErrors ?? 0) > 0)
    observations.push(
      counted(
        'column-errors',
        rows((s) => s.columnErrors, read),
      ),
    );
  if (head.filtered !== undefined && (head.filtered > 0 || (base?.filtered ?? 0) > 0))
    observations.push(
      counted(
        'filtered',
        rows((s) => s.filtered ?? 0, read),
      ),
    );

  for (const column of head.columns) {
    const before = base?.columns.find((candidate) => candidate.name === column.name);
    const allNull = head.rowsWithColumns > 0 && column.nulls === head.rowsWithColumns;
    const changed =
      before !== undefined &&
      share(before.nulls, base?.rowsWithColumns) !== share(column.nulls, head.rowsWithColumns);
    if (!allNull && !changed) continue;
    const wasAllNull = before !== undefined && before.nulls === base?.rowsWithColumns;
    observations.push({
      kind: 'null-column',
      level: column.nulls > (before?.nulls ?? 0) && !wasAllNull ? 'warning' : 'info',
      column: column.name,
      head: column.nulls,
      of: head.rowsWithColumns,
      ...(before && base ? { base: before.nulls, baseOf: base.rowsWithColumns } : {}),
      ...(base && !before ? { added: true as const } : {}),
    });
  }

  if (head.unusedFields.length > 0) {
    const before = new Set(base?.unusedFields ?? []);
    observations.push({
      kind: 'unused-fields',
      level: 'info',
      fields: head.unusedFields,
      newly: base ? head.unusedFields.filter((field) => !before.has(field)) : [],
    });
  }
  for (const kind of ['late', 'early', 'outside-intervals'] as const) {
    const key = kind === 'outside-intervals' ? 'outsideIntervals' : kind;
    const counts = rows((s) => s.time[key], withColumns);
    if (counts.head === 0 && (counts.base ?? 0) === 0) continue;
    const observation = counted(kind, counts);
    // Old records a running supervisor will never read again are no reason for a warning.
    if (kind !== 'outside-intervals' && !readsFromEarliest) observation.level = 'info';
    observations.push(observation);
  }
  return observations.sort((a, b) => (a.level === b.level ? 0 : a.level === 'warning' ? -1 : 1));
}

/** A warning when the head is worse than the base (or has any, with no base to compare). */
function counted<
  K extends 'unparseable' | 'column-errors' | 'filtered' | 'late' | 'early' | 'outside-intervals',
>(kind: K, counts: Counted): { kind: K; level: Level } & Counted {
  const worse =
    counts.base === undefined
      ? counts.head > 0
      : share(counts.head, counts.of) > share(counts.base, counts.baseOf);
  return { kind, level: worse ? 'warning' : 'info', ...counts };
}

function share(count: number, of: number | undefined): number {
  return of ? count / of : 0;
}
