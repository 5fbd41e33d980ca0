/**
 * The sampler's input formats: one record (a Kafka value, or one line of inline data) becomes raw
 * rows (`input` in the answer) and the flattened event the timestamp and dimensions are read from,
 * or a parse error with Druid's words. Sources: JsonInputFormat / JsonReader / JsonLineReader,
 * CsvInputFormat / DelimitedInputFormat (TextReader: a record is read line by line), RegexInputFormat,
 * KafkaInputFormat (druid-processing and druid-kafka-indexing-service 33.0.0); the messages are the
 * ones captured in test/fixtures/druid-real/sampler-*.json. What the emulator does not implement
 * answers 500 (`notEmulated`), never a guess.
 */
import { EscapedException } from './http.js';
import { isObject, type Json, type JsonObject } from './json.js';

/** One row a format read: the raw columns, and the event Druid parses (flattened). */
interface RawRow {
  input: JsonObject;
  event: JsonObject;
  /** The line it was read from, when its reader reads lines: later errors of the row name it. */
  line?: number;
}

/** A row the format could not read: Druid's message, and whether it had raw columns to show. */
interface FormatError {
  error: string;
  input?: JsonObject;
}

export type FormatResult = RawRow | FormatError;

/** Where a record came from, for the `kafka` format's columns and `(Line: n)` suffixes. */
export interface RecordSource {
  text: string;
  /** Read as inline data (an index sampler): every format reads it by lines. */
  inline: boolean;
  /** The line number in the inline data, when inline. */
  line?: number;
  topic?: string;
  timestamp?: number;
}

export function notEmulated(what: string): EscapedException {
  return new EscapedException(`the emulator does not implement ${what}`, 'druid-gitops.emulator.NotEmulated');
}

/** The rows of one record under `format`; `discoverNested` keeps nested objects in the event (schema discovery). */
export function readRecord(
  format: JsonObject,
  source: RecordSource,
  discoverNested: boolean,
): FormatResult[] {
  const type = String(format.type);
  if (type === 'kafka') return readKafka(format, source, discoverNested);
  if (type === 'json') {
    // A stream reads the whole record as JSON; inline data is read line by line.
    if (source.inline) return [withLine(readJson(source.text, format, discoverNested), source.line)];
    return [readJson(source.text, format, discoverNested)];
  }
  const lines = source.inline ? [source.text] : source.text.split(/\r\n|\r|\n/);
  return lines.map((text, index) =>
    withLine(readTextLine(type, format, text), source.inline ? source.line : index + 1),
  );
}

/** Text readers and JsonLineReader append the line number to every parse error of the line. */
function withLine(result: FormatResult, line: number | undefined): FormatResult {
  if (line === undefined) return result;
  return 'error' in result ? { ...result, error: lineSuffixed(result.error, line) } : { ...result, line };
}

export function lineSuffixed(error: string, line: number | undefined): string {
  return line === undefined ? error : `${error} (Line: ${line})`;
}

function readJson(text: string, format: JsonObject, discoverNested: boolean): FormatResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { error: `Unable to parse row [${text}] into JSON` };
  }
  if (!isObject(value)) return { error: `Unable to parse row [${text}] into JSON` };
  return { input: value, event: flatten(value, format.flattenSpec, discoverNested) };
}

/**
 * ObjectFlatteners: with field discovery (the default) the top-level fields whose values are
 * primitives or lists of them, then the `root` and `path` fields the flatten spec names.
 */
function flatten(input: JsonObject, flattenSpec: Json | undefined, discoverNested: boolean): JsonObject {
  const spec = isObject(flattenSpec) ? flattenSpec : {};
  const event: JsonObject = {};
  if (spec.useFieldDiscovery !== false) {
    for (const [key, value] of Object.entries(input))
      if (discoverNested || !isObject(value)) event[key] = value;
  }
  for (const field of Array.isArray(spec.fields) ? spec.fields : []) {
    if (!isObject(field) || typeof field.name !== 'string') continue;
    if (field.type === 'root') event[field.name] = input[field.name] ?? null;
    else if (field.type === 'path') event[field.name] = jsonPath(input, String(field.expr));
    else throw notEmulated(`flattenSpec fields of type ${JSON.stringify(field.type)}`);
  }
  return event;
}

/** `$.a.b`, `$['a'].b`, `$.a[0]`: the JsonPath forms a flatten spec usually has. */
function jsonPath(input: JsonObject, expr: string): Json {
  if (!expr.startsWith('$')) throw notEmulated(`the JsonPath ${JSON.stringify(expr)}`);
  const steps = [...expr.slice(1).matchAll(/\.([^.[\]]+)|\['([^']*)'\]|\[(\d+)\]/g)];
  if (steps.map((step) => step[0]).join('') !== expr.slice(1))
    throw notEmulated(`the JsonPath ${JSON.stringify(expr)}`);
  let value: Json = input;
  for (const step of steps) {
    const key = step[1] ?? step[2] ?? Number(step[3]);
    if (typeof key === 'number') value = Array.isArray(value) ? (value[key] ?? null) : null;
    else value = isObject(value) ? (value[key] ?? null) : null;
  }
  return value;
}

function readTextLine(type: string, format: JsonObject, text: string): FormatResult {
  if (type === 'csv' || type === 'tsv') {
    if (format.findColumnsFromHeader === true) throw notEmulated('findColumnsFromHeader');
    const columns = Array.isArray(format.columns) ? format.columns.map(String) : [];
    const values = type === 'csv' ? splitCsv(text) : text.split(String(format.delimiter ?? '\t'));
    const row: JsonObject = {};
    values.slice(0, columns.length).forEach((value, index) => {
      row[columns[index] as string] = multiValue(value === '' ? null : value, format.listDelimiter);
    });
    return { input: row, event: row };
  }
  if (type === 'regex') {
    const match = new RegExp(`^(?:${String(format.pattern)})$`).exec(text);
    if (!match) return { error: `Incorrect Regex: ${String(format.pattern)} . No match found.` };
    const groups = match.slice(1);
    const columns = Array.isArray(format.columns)
      ? format.columns.map(String)
      : groups.map((_, index) => `column_${index + 1}`);
    const row: JsonObject = {};
    groups.forEach((value, index) => {
      if (index < columns.length)
        row[columns[index] as string] = multiValue(value ?? null, format.listDelimiter);
    });
    return { input: row, event: row };
  }
  throw notEmulated(`the ${JSON.stringify(type)} input format`);
}

/** A CSV line; one whose quotes do not close is one value, as Druid 33 read it (captured). */
function splitCsv(line: string): string[] {
  const values: string[] = [];
  let current = '';
  let quoted = false;
  for (let index = 0; index < line.length; index++) {
    const char = line[index];
    if (quoted) {
      if (char === '"' && line[index + 1] === '"') {
        current += '"';
        index++;
      } else if (char === '"') quoted = false;
      else current += char;
    } else if (char === '"' && current === '') quoted = true;
    else if (char === ',') {
      values.push(current);
      current = '';
    } else current += char;
  }
  if (quoted) return [line];
  values.push(current);
  return values;
}

function multiValue(value: string | null, delimiter: Json | undefined): Json {
  const separator = typeof delimiter === 'string' ? delimiter : '\u0001';
  if (value === null || !value.includes(separator)) return value;
  return value.split(separator);
}

/** KafkaInputFormat: the value read by `valueFormat`, plus the record's timestamp and topic. */
function readKafka(format: JsonObject, source: RecordSource, discoverNested: boolean): FormatResult[] {
  if (source.inline) throw notEmulated('the kafka input format on inline data');
  if (format.keyFormat !== undefined || format.headerFormat !== undefined)
    throw notEmulated('the kafka input format with keyFormat or headerFormat');
  const valueFormat = isObject(format.valueFormat) ? format.valueFormat : undefined;
  if (!valueFormat) throw notEmulated('the kafka input format without a valueFormat');
  const columns: JsonObject = {
    [String(format.timestampColumnName ?? 'kafka.timestamp')]: source.timestamp ?? null,
    [String(format.topicColumnName ?? 'kafka.topic')]: source.topic ?? null,
  };
  return readRecord(valueFormat, source, discoverNested).map((result) =>
    'event' in result
      ? { input: { ...result.input, ...columns }, event: { ...result.event, ...columns } }
      : result,
  );
}

/** How Java prints a value inside a map: `{a=1, b=[x, y]}`. */
export function javaString(value: Json | undefined): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map(javaString).join(', ')}]`;
  if (isObject(value))
    return `{${Object.entries(value)
      .map(([key, entry]) => `${key}=${javaString(entry)}`)
      .join(', ')}}`;
  return String(value);
}
