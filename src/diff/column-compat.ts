/**
 * Schema items for the datasource side: columns, rollup and queryGranularity, told the way a PR
 * reviewer needs them — what changes for whom. The set difference (json-schema-diff) says which
 * columns appear, disappear or take other values; the keyword changes say what it cannot see: a
 * declared type, an aggregator or a multi-value handling swapped under the same JSON values, rollup
 * toggled, the exact query granularities shrinking.
 */
import { quote } from '../common/describe-value.js';
import type { Column, DatasourceSchema } from './datasource-schema.js';
import { propertySchema, type KeywordChange, type SetDifference } from './json-schema.js';
import { describeAggregator } from './metric-types.js';
import type { SchemaItem } from './schema-item.js';

const KEPT = 'existing segments keep it';

export function columnItems(
  base: DatasourceSchema,
  head: DatasourceSchema,
  difference: SetDifference,
  keywords: KeywordChange[],
): { items: SchemaItem[]; reported: Set<string> } {
  const items: SchemaItem[] = [];
  const reported = new Set<string>();
  const removed = new Set(difference.removed.map((path) => path[0] ?? ''));
  const added = new Set(difference.added.map((path) => path[0] ?? ''));
  const changed = new Map<string, Map<string, KeywordChange>>();
  for (const change of keywords) {
    const [section, name, keyword] = change.path;
    if (section !== 'columns' || name === undefined || keyword === undefined) continue;
    const byKeyword = changed.get(name) ?? new Map<string, KeywordChange>();
    byKeyword.set(keyword, change);
    changed.set(name, byKeyword);
  }
  const names = [
    ...new Set([...base.columns.keys(), ...head.columns.keys(), ...removed, ...added, ...changed.keys()]),
  ];
  for (const name of names.filter((item) => item !== '')) {
    const item = columnItem(name, base, head, changed.get(name), removed.has(name), added.has(name));
    if (item) {
      items.push(item);
      reported.add(name);
    }
  }
  // A difference not tied to one column: schema discovery switched, or (never seen, but never
  // hidden) one json-schema-diff could not attribute.
  const whole = removed.has('') || added.has('');
  if (whole && base.discovery !== head.discovery) items.push(discoveryItem(base, head, removed.has('')));
  else if (whole && items.length === 0)
    items.push({
      severity: removed.has('') ? 'breaking' : 'compatible',
      subject: 'column',
      pointer: head.dimensionsPointer,
      message: removed.has('')
        ? 'The columns change in a way no single column explains: some values queries read before are no longer stored.'
        : 'The columns change in a way no single column explains: new rows can hold values they could not before.',
    });
  items.push(...rollupItems(base, head, keywords), ...granularityItems(base, head, keywords));
  return { items, reported };
}

/** How a column is named in a message: `Dimension "user_id"`, `Metric "bytes"`, `Column "x"` (discovered). */
function title(column: Column | undefined, name: string): string {
  if (column?.kind === 'metric') return `Metric ${quote(name)}`;
  if (column?.kind === 'dimension') return `Dimension ${quote(name)}`;
  return `Discovered column ${quote(name)}`;
}

function typeOf(schema: DatasourceSchema, name: string): string {
  const column = schema.columns.get(name);
  if (column) return column.type;
  return schema.discovery === 'auto' ? 'auto (discovered)' : 'string (discovered)';
}

function columnItem(
  name: string,
  base: DatasourceSchema,
  head: DatasourceSchema,
  keywords: Map<string, KeywordChange> | undefined,
  valuesRemoved: boolean,
  valuesAdded: boolean,
): SchemaItem | undefined {
  const before = base.columns.get(name);
  const after = head.columns.get(name);
  const inBase = propertySchema(base.columnsSchema, name) !== undefined;
  const inHead = propertySchema(head.columnsSchema, name) !== undefined;
  const where = after?.pointer ?? before?.pointer ?? head.dimensionsPointer;
  const column = 'column' as const;

  if (inBase && !inHead) {
    const what =
      before?.kind === 'metric'
        ? `queries that aggregate it get null for new rows${base.rollup.value ? ', and the raw values it summarised are not kept' : ''}`
        : 'queries that group or filter by it see null for new rows';
    const why = before ? '' : ` (it is now excluded from discovery)`;
    return {
      severity: 'breaking',
      subject: column,
      pointer: before?.pointer ?? head.dimensionsPointer,
      message: `${title(before, name)} is removed${why}: ${what}; ${KEPT}.`,
      before: typeOf(base, name),
    };
  }
  // A name that discovery would have ingested and head declares: whether events carried it is data
  // the spec cannot show, so it is told as a new column rather than as a retyped one.
  if (inHead && (!inBase || (before === undefined && after !== undefined))) {
    const what =
      after?.kind === 'metric' && after.aggregator
        ? `${describeAggregator(after.aggregator)}, stored as ${after.type}`
        : typeOf(head, name);
    return {
      severity: 'compatible',
      subject: column,
      pointer: where,
      message: `${title(after, name)} (${what}) is added: new rows carry it and older rows read it as null.`,
      after: typeOf(head, name),
    };
  }
  const type = keywords?.get('type');
  const aggregator = keywords?.get('aggregator');
  const handling = keywords?.get('multiValueHandling');
  if (aggregator && before?.aggregator && after?.aggregator) {
    const from = describeAggregator(before.aggregator);
    const to = describeAggregator(after.aggregator);
    const types =
      before.type === after.type
        ? `both stored as ${after.type}`
        : `stored as ${before.type} → ${after.type}`;
    return {
      severity: 'breaking',
      subject: column,
      pointer: where,
      message: `${title(after, name)} changes from ${from} to ${to} (${types}): older segments hold values of the old aggregator and queries combine both with the new one, so results across the deploy mix two meanings.`,
      before: from,
      after: to,
    };
  }
  if (type) {
    const from = typeOf(base, name);
    const to = typeOf(head, name);
    return {
      severity: 'breaking',
      subject: column,
      pointer: where,
      message: `${title(after ?? before, name)} changes type from ${from} to ${to}: new segments store it as ${to} while older ones keep ${from}, so filters, sorting and comparisons on it can answer differently across the deploy.`,
      before: from,
      after: to,
    };
  }
  if (handling) {
    const from = String(handling.before);
    const to = String(handling.after);
    return {
      severity: 'breaking',
      subject: column,
      pointer: where,
      message: `${title(after ?? before, name)} stores multiple values as ${to} instead of ${from}: for new rows ${multiValueEffect(from, to)}, so queries that count or index its values answer differently across the deploy.`,
      before: from,
      after: to,
    };
  }
  if (valuesRemoved || valuesAdded) {
    return {
      severity: valuesRemoved ? 'breaking' : 'compatible',
      subject: column,
      pointer: where,
      message: valuesRemoved
        ? `${title(after ?? before, name)} can no longer hold some values queries read from it before (${typeOf(base, name)} → ${typeOf(head, name)}).`
        : `${title(after ?? before, name)} can hold more kinds of values than before (${typeOf(base, name)} → ${typeOf(head, name)}).`,
    };
  }
  return undefined;
}

/** What new rows of a multi-value string dimension keep or lose. */
function multiValueEffect(from: string, to: string): string {
  const sorted = (mode: string): boolean => mode !== 'ARRAY';
  const unique = (mode: string): boolean => mode === 'SORTED_SET';
  const parts: string[] = [];
  if (!sorted(from) && sorted(to)) parts.push('the order producers sent is lost');
  if (sorted(from) && !sorted(to)) parts.push('values keep the order producers sent instead of being sorted');
  if (!unique(from) && unique(to)) parts.push('repeated values collapse into one');
  if (unique(from) && !unique(to)) parts.push('repeated values are kept');
  return parts.join(' and ');
}

function discoveryItem(base: DatasourceSchema, head: DatasourceSchema, narrows: boolean): SchemaItem {
  const kind = (discovery: DatasourceSchema['discovery']): string =>
    discovery === 'auto'
      ? 'typed by schema discovery'
      : discovery === 'string'
        ? 'as string dimensions'
        : 'not at all';
  return {
    severity: narrows ? 'breaking' : 'compatible',
    subject: 'column',
    pointer: head.dimensionsPointer,
    message: narrows
      ? `Input fields no dimension names were ingested ${kind(base.discovery)} and now ${kind(head.discovery)}: queries on those columns see null or other types for new rows; ${KEPT}.`
      : `Input fields no dimension names are now ingested ${kind(head.discovery)} (before: ${kind(base.discovery)}): new rows carry more columns.`,
    before: base.discovery,
    after: head.discovery,
  };
}

function rollupItems(
  base: DatasourceSchema,
  head: DatasourceSchema,
  keywords: KeywordChange[],
): SchemaItem[] {
  if (!keywords.some((change) => change.path.join('/') === 'rollup')) return [];
  const on = head.rollup.value;
  return [
    {
      severity: 'breaking',
      subject: 'rollup',
      pointer: head.rollup.pointer,
      message: on
        ? 'Rollup is turned on: new rows with the same truncated time and dimension values are combined, so raw events are no longer kept and COUNT(*) counts combined rows, not events.'
        : 'Rollup is turned off: new rows are stored one per event while older rows are pre-aggregated, so COUNT(*) and queries that do not go through the metrics mean something else on each side of the deploy.',
      before: base.rollup.value,
      after: on,
    },
  ];
}

function granularityItems(
  base: DatasourceSchema,
  head: DatasourceSchema,
  keywords: KeywordChange[],
): SchemaItem[] {
  const change = keywords.find((item) => item.path.join('/') === 'queryGranularity');
  if (!change) return [];
  const from = base.queryGranularity.value.key;
  const to = head.queryGranularity.value.key;
  const lost = Array.isArray(change.before)
    ? change.before.filter((key) => !(Array.isArray(change.after) && change.after.includes(key))).map(String)
    : [];
  const pointer = head.queryGranularity.pointer;
  if (change.narrows)
    return [
      {
        severity: 'breaking',
        subject: 'granularity',
        pointer,
        message: `queryGranularity ${change.widens ? 'changes' : 'coarsens'} from ${from} to ${to}: new rows are truncated to ${to}, so queries grouping by ${lost.join(', ')} see them bunched at the start of each bucket; existing segments keep ${from}.`,
        before: from,
        after: to,
      },
    ];
  return [
    {
      severity: 'compatible',
      subject: 'granularity',
      pointer,
      message: `queryGranularity becomes finer (${from} → ${to}): new rows keep more time detail, and queries at the old resolution still get exact buckets.`,
      before: from,
      after: to,
    },
  ];
}
