/**
 * Schema items for the producers' side: the events the spec reads. Removals are what producers
 * send today that new rows would drop or refuse (a field no longer read, a field now parsed as a
 * number, a timestamp in another field or unit, another encoding); additions are what the spec
 * newly takes in. A field whose only readers are columns already reported on the datasource side
 * is not told twice.
 */
import { quote } from '../common/describe-value.js';
import type { InputField, InputSchema, Reader } from './input-schema.js';
import type { KeywordChange, SetDifference } from './json-schema.js';
import type { SchemaItem } from './schema-item.js';

export interface InputContext {
  base: InputSchema;
  head: InputSchema;
  difference: SetDifference;
  keywords: KeywordChange[];
  /** Dimensions and metrics that have an item on the datasource side. */
  reportedColumns: ReadonlySet<string>;
  /** The datasource side already tells a change of schema discovery. */
  discoveryReported: boolean;
}

/** Formats TimestampParser reads the same way: `auto` also takes ISO strings and epoch milliseconds. */
function acceptsAll(head: string, base: string): boolean {
  return head === base || (head === 'auto' && (base === 'iso' || base === 'millis'));
}

const UNITS: Readonly<Record<string, string>> = {
  posix: 'seconds',
  millis: 'milliseconds',
  micro: 'microseconds',
  nano: 'nanoseconds',
  ruby: 'seconds with a fraction',
  auto: 'milliseconds',
};

export function inputItems(context: InputContext): SchemaItem[] {
  const { base, head } = context;
  const items: SchemaItem[] = [...formatItems(base, head), ...timestampItems(base, head)];
  const timestampKeys = new Set([base.timestamp.path.join('.'), head.timestamp.path.join('.')]);
  const { removed, added } = context.difference;
  const patterns = new Map(
    context.keywords
      .filter((change) => change.keyword === 'pattern')
      .map((change) => [change.path.join('.'), change]),
  );
  const keys = [...new Set([...base.fields.keys(), ...head.fields.keys()])];
  for (const key of keys) {
    const before = base.fields.get(key);
    const after = head.fields.get(key);
    const onlyTimestamp = (field: InputField | undefined): boolean =>
      field === undefined || field.readers.every((reader) => reader.kind === 'timestamp');
    // The timestamp's own field is told by timestampItems.
    if (timestampKeys.has(key) && onlyTimestamp(before) && onlyTimestamp(after)) continue;
    const path = (after ?? before)?.path ?? [];
    const item = fieldItem(
      key,
      before,
      after,
      context,
      touches(removed, path),
      touches(added, path),
      patterns.get(key),
    );
    if (item) items.push(item);
  }
  const whole = (paths: string[][]): boolean => paths.some((path) => path.length === 0);
  if ((whole(removed) || whole(added)) && !context.discoveryReported && base.discovery !== head.discovery)
    items.push({
      severity: head.discovery ? 'compatible' : 'breaking',
      subject: 'input',
      pointer: head.formatPointer,
      message: head.discovery
        ? 'Every input field is now ingested, not only the ones the spec names.'
        : 'Only the input fields the spec names are ingested now: values producers send in other fields are dropped for new rows.',
    });
  return items;
}

/** Whether a difference lies at, inside or around a field (a whole object no longer read counts for its keys). */
function touches(paths: string[][], field: string[]): boolean {
  return paths.some(
    (path) => path.length > 0 && path.every((step, index) => index >= field.length || field[index] === step),
  );
}

function readersText(readers: Reader[]): string {
  const names = readers.map((reader) =>
    reader.kind === 'filter' ? 'the transformSpec filter' : `${reader.kind} ${quote(reader.name)}`,
  );
  return [...new Set(names)].join(', ');
}

/** Readers that a datasource-side item already explains. */
function explained(field: InputField, context: InputContext): boolean {
  return field.readers.every(
    (reader) =>
      (reader.kind === 'dimension' || reader.kind === 'metric') && context.reportedColumns.has(reader.name),
  );
}

const pointerOf = (field: InputField): string =>
  field.flatten?.pointer ?? (field.readers[0] as Reader).pointer;

function fieldItem(
  key: string,
  before: InputField | undefined,
  after: InputField | undefined,
  context: InputContext,
  valuesRemoved: boolean,
  valuesAdded: boolean,
  pattern: KeywordChange | undefined,
): SchemaItem | undefined {
  const name = `Input field ${quote(key)}`;
  if (before && !after) {
    if (!valuesRemoved || explained(before, context)) return undefined;
    return {
      severity: 'breaking',
      subject: 'input',
      pointer: pointerOf(before),
      message: `${name} is no longer read (it fed ${readersText(before.readers)}): values producers send in it are dropped for new rows.`,
    };
  }
  if (!before && after) {
    if (!valuesAdded || explained(after, context)) return undefined;
    return {
      severity: 'compatible',
      subject: 'input',
      pointer: pointerOf(after),
      message: `${name} is now read (by ${readersText(after.readers)}).`,
    };
  }
  if (!before || !after) return undefined;
  const numericNow = after.readers.filter((reader) => reader.numeric);
  if (pattern?.narrows || (valuesRemoved && numericNow.length > 0))
    return {
      severity: 'breaking',
      subject: 'input',
      pointer: pointerOf(after),
      message: `${name} must now hold numbers (read as one by ${readersText(numericNow)}): events with any other value there count as parse errors, and tasks fail once maxParseExceptions is exceeded.`,
      before: 'any value',
      after: 'a number',
    };
  if (pattern?.widens || valuesAdded)
    return {
      severity: 'compatible',
      subject: 'input',
      pointer: pointerOf(after),
      message: `${name} no longer has to hold a number: any value is taken in.`,
      before: 'a number',
      after: 'any value',
    };
  return undefined;
}

function timestampItems(base: InputSchema, head: InputSchema): SchemaItem[] {
  const items: SchemaItem[] = [];
  const from = base.timestamp;
  const to = head.timestamp;
  const fromKey = from.path.join('.');
  const toKey = to.path.join('.');
  if (fromKey !== toKey) {
    items.push({
      severity: 'breaking',
      subject: 'input',
      pointer: `${to.pointer}/column`,
      message: `The timestamp now comes from ${quote(toKey)} instead of ${quote(fromKey)}: events without ${quote(toKey)} ${to.required ? 'are rejected as unparseable' : 'get the missingValue time'}.`,
      before: fromKey,
      after: toKey,
    });
  } else if (from.required !== to.required) {
    items.push({
      severity: to.required ? 'breaking' : 'compatible',
      subject: 'input',
      pointer: `${to.pointer}/missingValue`,
      message: to.required
        ? `Events must now carry ${quote(toKey)}: without a missingValue, events lacking the timestamp are rejected as unparseable.`
        : `Events without ${quote(toKey)} are now ingested at the missingValue time instead of being rejected.`,
    });
  }
  if (from.format !== to.format) {
    const compatible = acceptsAll(to.format, from.format);
    const fromUnit = UNITS[from.format];
    const toUnit = UNITS[to.format];
    const effect = compatible
      ? `every timestamp that parsed before still parses`
      : fromUnit && toUnit && fromUnit !== toUnit
        ? `numbers are read as ${toUnit} instead of ${fromUnit}, so new rows get wrong times without any error`
        : `timestamps written for ${from.format} no longer parse, and those events are rejected`;
    items.push({
      severity: compatible ? 'compatible' : 'breaking',
      subject: 'input',
      pointer: `${to.pointer}/format`,
      message: `The timestamp format changes from ${quote(from.format)} to ${quote(to.format)}: ${effect}.`,
      before: from.format,
      after: to.format,
    });
  }
  return items;
}

function formatItems(base: InputSchema, head: InputSchema): SchemaItem[] {
  if (base.formatName !== head.formatName)
    return [
      {
        severity: 'breaking',
        subject: 'input',
        pointer: head.formatPointer,
        message: `The input format changes from ${base.formatName ?? 'none'} to ${head.formatName ?? 'none'}: events producers encode the old way no longer parse.`,
        before: base.formatName,
        after: head.formatName,
      },
    ];
  const from = base.delimitedColumns?.names;
  const to = head.delimitedColumns;
  if (!from || !to || from.join('\u0000') === to.names.join('\u0000')) return [];
  const appended = from.every((name, index) => to.names[index] === name);
  return [
    {
      severity: appended ? 'compatible' : 'breaking',
      subject: 'input',
      pointer: to.pointer,
      message: appended
        ? `New trailing ${head.formatName} columns are read (${to.names.slice(from.length).map(quote).join(', ')}); earlier positions keep their fields.`
        : `The ${head.formatName} columns change order or lose names: values producers write at a position now land in another field.`,
      before: from,
      after: to.names,
    },
  ];
}
