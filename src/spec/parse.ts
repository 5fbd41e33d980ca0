/**
 * Turns the text of one spec file into a value plus a way to find where each JSON Pointer sits in
 * the file. Never throws: every problem with the text becomes a finding with a line and column.
 *
 * JSON takes the fast path: the value comes from JSON.parse, and the position tree (jsonc-parser)
 * is built only when a position is asked for or when duplicate keys must be located. YAML is parsed
 * once by the `yaml` package, whose nodes carry their source ranges.
 */
import { parseTree, printParseErrorCode, type Node as JsonNode } from 'jsonc-parser';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseAllDocuments, type Document } from 'yaml';
import type { Finding } from '../common/finding.js';
import { isPlainObject } from '../common/json.js';
import { escapeToken, split } from './pointer.js';
import { yamlNodeFacts } from './yaml-nodes.js';
import { MAX_NESTING, unwalkable, type Unwalkable } from './nesting.js';
import { quote } from '../common/describe-value.js';
import { plural } from '../common/plural.js';

export type SpecFormat = 'json' | 'yaml';

interface Position {
  line: number;
  column: number;
}

export interface ParsedDocument<Root = Record<string, unknown>> {
  format: SpecFormat;
  /** The parsed root: an object (a supervisor spec, a compaction config) or a list (retention rules). */
  value: Root;
  /** The file's text, for tools that read comments next to a value (inline suppressions). */
  text: string;
  /**
   * Position of the value at `pointer`, or of its nearest ancestor that exists in the file
   * (a missing required field points at the object that should hold it).
   */
  locate(pointer: string): Position;
}

export interface ParseResult<Root = Record<string, unknown>> {
  document?: ParsedDocument<Root>;
  findings: Finding[];
}

/**
 * What a file must hold at its root, and how to say so when it does not. Supervisor specs and
 * compaction configs are objects; a retention file is a list of rules.
 */
export interface DocumentShape<Root> {
  accepts(value: unknown): value is Root;
  /** Ends "The file is empty: …", e.g. "a retention file is a list of rules". */
  expected: string;
  /** Ends "The file holds 2 YAML documents; …". */
  onePerFile: string;
  /** What an empty file is told, when it differs from `expected`: blank text, and YAML with no value. */
  empty?: { blank: string; noYamlValue: string };
}

const SUPERVISOR_SHAPE: DocumentShape<Record<string, unknown>> = {
  accepts: isPlainObject,
  expected: 'a supervisor spec is an object with "type" and "spec"',
  onePerFile: 'put one supervisor per file',
  empty: { blank: 'a supervisor spec is a JSON object', noYamlValue: 'a supervisor spec is a mapping' },
};

export function formatOf(path: string): SpecFormat | undefined {
  if (/\.json$/i.test(path)) return 'json';
  if (/\.ya?ml$/i.test(path)) return 'yaml';
  return undefined;
}

export function parseSpecText(rawText: string, format: SpecFormat): ParseResult;
export function parseSpecText<Root>(
  rawText: string,
  format: SpecFormat,
  shape: DocumentShape<Root>,
): ParseResult<Root>;
export function parseSpecText<Root>(
  rawText: string,
  format: SpecFormat,
  shape?: DocumentShape<Root>,
): ParseResult<Root> {
  const text = rawText.charCodeAt(0) === 0xfeff ? rawText.slice(1) : rawText;
  const given = (shape ?? SUPERVISOR_SHAPE) as DocumentShape<Root>;
  if (text.trim() === '') {
    const expected = given.empty?.blank ?? given.expected;
    return { findings: [parseFinding('parse/empty', `The file is empty: ${expected}.`, 1, 1)] };
  }
  return format === 'json' ? parseJson(text, given) : parseYaml(text, given);
}

// ---------------------------------------------------------------------------------------------- JSON

function parseJson<Root>(text: string, shape: DocumentShape<Root>): ParseResult<Root> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { findings: [jsonSyntaxFinding(text)] };
  }
  let lines: LineIndex | undefined;
  let tree: JsonNode | undefined;
  const treeOf = (): JsonNode => (tree ??= parseTree(text, [], { disallowComments: true }) as JsonNode);
  const position = (offset: number): Position => (lines ??= new LineIndex(text)).position(offset);
  let duplicateKeys = false;
  let offsetOf: ((pointer: string) => number) | undefined;
  const locate = (pointer: string): Position =>
    position((offsetOf ??= jsonLocator(text, duplicateKeys))(pointer));

  const findings: Finding[] = [];
  if (!shape.accepts(value)) {
    findings.push(notAnObject(value, { line: 1, column: 1 }, shape));
    return { findings };
  }
  const deep = unwalkable(value);
  if (deep) return { findings: [unwalkableFinding(deep, locate)] };
  if (countKeysInText(text) !== countKeysInValue(value)) {
    duplicateKeys = true;
    for (const duplicate of jsonDuplicateKeys(treeOf())) {
      const where = position(duplicate.offset);
      findings.push(
        parseFinding(
          'parse/duplicate-key',
          `The key "${duplicate.key}" appears twice in this object; JSON parsers keep only the last value, so the first is silently lost. Keep one.`,
          where.line,
          where.column,
          duplicate.pointer,
        ),
      );
    }
  }
  // Only 16 or more digits, or an exponent, can spell an integer past 2^53; most specs have neither.
  if (/\d{16}|\d[eE]/.test(text)) findings.push(...unsafeNumbers(value, locate));
  return { document: { format: 'json', value, text, locate }, findings };
}

function jsonSyntaxFinding(text: string): Finding {
  const errors: Array<{ error: number; offset: number; length: number }> = [];
  parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  const first = errors[0];
  const where = new LineIndex(text).position(first?.offset ?? 0);
  const what = first ? describeJsonError(printParseErrorCode(first.error as never)) : 'invalid JSON';
  return parseFinding('parse/syntax', `JSON syntax error: ${what}.`, where.line, where.column);
}

function describeJsonError(code: string): string {
  // printParseErrorCode gives names like "CommaExpected"; turn them into words.
  return code
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .replace(/^invalid comment token$/, 'comments are not allowed in JSON');
}

/**
 * Finds where values sit in valid JSON text, lazily: it scans only the objects and arrays on the
 * paths asked for, stops at the member it needs (resuming there for the next question), and skips
 * other values without building anything. A spec's findings usually share a few containers, so a
 * file costs less than one pass over its text instead of a whole position tree. With duplicate keys
 * an object is scanned to its end, because JSON.parse keeps the last value.
 */
function jsonLocator(text: string, duplicateKeys: boolean): (pointer: string) => number {
  const objects = new Map<number, MemberScan>();
  const items = new Map<number, number[]>();
  return (pointer) => {
    let offset = skipSpace(text, 0);
    for (const token of split(pointer)) {
      let next: number | undefined;
      if (text.charCodeAt(offset) === OPEN_BRACE) {
        let scan = objects.get(offset);
        if (!scan) objects.set(offset, (scan = new MemberScan(text, offset)));
        next = scan.find(token, duplicateKeys);
      } else if (text.charCodeAt(offset) === OPEN_BRACKET && /^\d+$/.test(token)) {
        let known = items.get(offset);
        if (!known) items.set(offset, (known = scanItems(text, offset)));
        next = known[Number(token)];
      }
      if (next === undefined) break;
      offset = next;
    }
    return offset;
  };
}

/** The members of one object, read as far as questions so far needed. */
class MemberScan {
  private readonly found = new Map<string, number>();
  private at: number;
  private done = false;

  constructor(
    private readonly text: string,
    open: number,
  ) {
    this.at = skipSpace(text, open + 1);
  }

  find(key: string, toTheEnd: boolean): number | undefined {
    const text = this.text;
    while (!this.done && (toTheEnd || !this.found.has(key))) {
      if (text.charCodeAt(this.at) !== QUOTE) {
        this.done = true;
        break;
      }
      const keyEnd = stringEnd(text, this.at);
      const raw = text.slice(this.at + 1, keyEnd - 1);
      const name = raw.includes('\\') ? (JSON.parse(text.slice(this.at, keyEnd)) as string) : raw;
      const valueStart = skipSpace(text, skipSpace(text, keyEnd) + 1); // past the colon
      this.found.set(name, valueStart);
      this.at = skipSpace(text, valueEnd(text, valueStart));
      if (text.charCodeAt(this.at) === COMMA) this.at = skipSpace(text, this.at + 1);
    }
    return this.found.get(key);
  }
}

function scanItems(text: string, open: number): number[] {
  const found: number[] = [];
  let at = skipSpace(text, open + 1);
  while (at < text.length && text.charCodeAt(at) !== CLOSE_BRACKET) {
    found.push(at);
    at = skipSpace(text, valueEnd(text, at));
    if (text.charCodeAt(at) === COMMA) at = skipSpace(text, at + 1);
  }
  return found;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const COMMA = 0x2c;
const COLON = 0x3a;

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
}

/**
 * Offset just past the JSON value that starts at `start`, in one forward pass: a loop over the
 * characters, strings skipped by `stringEnd` (indexOf, native). No regular expression: V8's
 * backtracking engine keeps a stack frame per repetition of a group, so a pattern over a 20 MB
 * string or a 300,000-member object overflowed the stack.
 */
function valueEnd(text: string, start: number): number {
  const first = text.charCodeAt(start);
  if (first === QUOTE) return stringEnd(text, start);
  let at = start;
  if (first !== OPEN_BRACE && first !== OPEN_BRACKET) {
    for (; at < text.length; at++) {
      const code = text.charCodeAt(at);
      if (code === COMMA || code === CLOSE_BRACE || code === CLOSE_BRACKET || isSpace(code)) break;
    }
    return at;
  }
  let depth = 0;
  while (at < text.length) {
    const code = text.charCodeAt(at);
    if (code === QUOTE) {
      at = stringEnd(text, at);
      continue;
    }
    if (code === OPEN_BRACE || code === OPEN_BRACKET) depth++;
    else if ((code === CLOSE_BRACE || code === CLOSE_BRACKET) && --depth === 0) return at + 1;
    at++;
  }
  return text.length;
}

/** Offset just past the string literal whose opening quote is at `start`. */
function stringEnd(text: string, start: number): number {
  let at = start + 1;
  for (;;) {
    const quote = text.indexOf('"', at);
    if (quote < 0) return text.length;
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return quote + 1;
    at = quote + 1;
  }
}

function skipSpace(text: string, start: number): number {
  let at = start;
  while (at < text.length && isSpace(text.charCodeAt(at))) at++;
  return at;
}

/** Counts `"...":` key tokens. Every string literal followed by a colon is a key in valid JSON. */
function countKeysInText(text: string): number {
  let count = 0;
  for (let at = text.indexOf('"'); at >= 0; at = text.indexOf('"', at)) {
    at = stringEnd(text, at);
    if (text.charCodeAt(skipSpace(text, at)) === COLON) count++;
  }
  return count;
}

function countKeysInValue(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + countKeysInValue(item), 0);
  if (isPlainObject(value)) {
    let count = 0;
    for (const key in value) count += 1 + countKeysInValue(value[key]);
    return count;
  }
  return 0;
}

function jsonDuplicateKeys(root: JsonNode): Array<{ key: string; offset: number; pointer: string }> {
  const duplicates: Array<{ key: string; offset: number; pointer: string }> = [];
  const visit = (node: JsonNode, pointer: string): void => {
    if (node.type === 'object') {
      const seen = new Set<string>();
      for (const property of node.children ?? []) {
        const [keyNode, valueNode] = property.children ?? [];
        if (!keyNode) continue;
        const key = String(keyNode.value);
        const childPointer = `${pointer}/${escapeToken(key)}`;
        if (seen.has(key)) duplicates.push({ key, offset: keyNode.offset, pointer: childPointer });
        seen.add(key);
        if (valueNode) visit(valueNode, childPointer);
      }
    } else if (node.type === 'array') {
      (node.children ?? []).forEach((child, index) => visit(child, `${pointer}/${index}`));
    }
  };
  visit(root, '');
  return duplicates;
}

// ---------------------------------------------------------------------------------------------- YAML

/** How many copies of one node its aliases may make (the `yaml` package's guard against alias bombs). */
const MAX_ALIAS_EXPANSION = 100;
/** The package resolves each alias by scanning the nodes before it; a spec needs a handful. */
const MAX_ALIASES = 1000;
const STACK_EXHAUSTED = /maximum call stack size exceeded/i;
const TOO_DEEP_TO_READ = `The file's objects or lists are nested too deeply to be read (a supervisor spec needs fewer than 20 levels; druid-gitops reads up to ${MAX_NESTING}). Flatten it.`;

function parseYaml<Root>(text: string, shape: DocumentShape<Root>): ParseResult<Root> {
  const lineCounter = new LineCounter();
  let documents: Array<Document.Parsed>;
  try {
    documents = parseAllDocuments(text, {
      lineCounter,
      prettyErrors: false,
      // Duplicate keys are found by yamlNodeFacts in one pass: the package's own check compares
      // each key with every earlier one, quadratic in the size of a mapping.
      uniqueKeys: false,
      // The yaml package would print its warnings (a collection used as a key) on our stderr;
      // what matters in a spec is reported as findings (the stringified key is an unknown key).
      logLevel: 'error',
    }) as Array<Document.Parsed>;
  } catch (error) {
    return { findings: [parseFinding('parse/syntax', `YAML could not be read: ${String(error)}.`, 1, 1)] };
  }
  if (!Array.isArray(documents)) documents = [documents];
  const position = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };

  const findings: Finding[] = [];
  for (const document of documents) {
    for (const error of document.errors) {
      const where = position(error.pos[0]);
      findings.push(
        // The yaml package composes nodes recursively and reports running out of stack as an error.
        STACK_EXHAUSTED.test(error.message)
          ? parseFinding('parse/too-deep', TOO_DEEP_TO_READ, where.line, where.column)
          : parseFinding(
              'parse/syntax',
              `YAML syntax error: ${firstLine(error.message)}.`,
              where.line,
              where.column,
            ),
      );
    }
  }
  if (findings.length > 0) return { findings };
  const facts = documents.map(yamlNodeFacts);
  for (const { duplicates } of facts) {
    for (const duplicate of duplicates) {
      const where = position(duplicate.offset);
      findings.push(
        parseFinding(
          'parse/duplicate-key',
          `The key ${quote(duplicate.key)} appears twice in this mapping; only one value can take effect. Keep one.`,
          where.line,
          where.column,
        ),
      );
    }
  }
  if (findings.length > 0) return { findings };
  const aliases = facts.reduce((sum, { aliases }) => sum + aliases, 0);
  if (aliases > MAX_ALIASES) {
    return {
      findings: [
        parseFinding(
          'parse/syntax',
          `YAML could not be resolved: the file uses ${plural(aliases, 'alias', 'aliases')}, more than the ${MAX_ALIASES.toLocaleString('en-US')} druid-gitops resolves in one file. Write the values out.`,
          1,
          1,
        ),
      ],
    };
  }

  const nonEmpty = documents.filter((document) => document.contents !== null && !isEmptyScalar(document));
  if (nonEmpty.length === 0) {
    return {
      findings: [
        parseFinding(
          'parse/empty',
          `The file holds no YAML value: ${shape.empty?.noYamlValue ?? shape.expected}.`,
          1,
          1,
        ),
      ],
    };
  }
  if (nonEmpty.length > 1) {
    const where = position(rangeStart(nonEmpty[1]?.contents) ?? 0);
    return {
      findings: [
        parseFinding(
          'parse/multiple-documents',
          `The file holds ${nonEmpty.length} YAML documents; ${shape.onePerFile}.`,
          where.line,
          where.column,
        ),
      ],
    };
  }
  const document = nonEmpty[0] as Document.Parsed;
  const start = position(document.contents?.range?.[0] ?? 0);
  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: MAX_ALIAS_EXPANSION });
  } catch (error) {
    // The package's words ("Excessive alias count indicates a resource exhaustion attack") behind
    // a ReferenceError prefix: say what happened and what to do instead.
    if (STACK_EXHAUSTED.test((error as Error).message))
      return { findings: [parseFinding('parse/too-deep', TOO_DEEP_TO_READ, start.line, start.column)] };
    const excessive = /excessive alias count/i.test((error as Error).message);
    const why = excessive
      ? `its aliases expand to more than ${MAX_ALIAS_EXPANSION} copies of one node (nested aliases multiply, as in a "billion laughs" file). Write the values out, or use fewer nested aliases`
      : firstLine((error as Error).message);
    return {
      findings: [
        parseFinding('parse/syntax', `YAML could not be resolved: ${why}.`, start.line, start.column),
      ],
    };
  }
  const locate = (pointer: string): Position => position(locateYaml(document, pointer));
  const unwalkableValue = unwalkable(value);
  if (unwalkableValue) return { findings: [unwalkableFinding(unwalkableValue, locate)] };
  if (!shape.accepts(value)) return { findings: [notAnObject(value, start, shape)] };

  const findings2 = [...nonJsonValues(value, locate), ...unsafeNumbers(value, locate)];
  return { document: { format: 'yaml', value, text, locate }, findings: findings2 };
}

function isEmptyScalar(document: Document.Parsed): boolean {
  return isScalar(document.contents) && document.contents.value === null && document.contents.source === '';
}

function locateYaml(document: Document.Parsed, pointer: string): number {
  let node: unknown = document.contents;
  let offset = rangeStart(node) ?? 0;
  for (const token of split(pointer)) {
    let next: unknown;
    if (isMap(node)) {
      const pair = node.items.find(
        (item) => isPair(item) && String(isScalar(item.key) ? item.key.value : item.key) === token,
      );
      if (!pair) break;
      if (isAbsentValue(pair.value)) {
        // `key:` with nothing after it: point at the key, not at the empty space after the colon.
        offset = rangeStart(pair.key) ?? offset;
        break;
      }
      next = pair.value;
    } else if (isSeq(node)) {
      next = node.items[Number(token)];
    }
    const start = rangeStart(next);
    if (start === undefined) break;
    node = next;
    offset = start;
  }
  return offset;
}

function isAbsentValue(node: unknown): boolean {
  if (node === null || node === undefined) return true;
  return isScalar(node) && node.value === null && !!node.range && node.range[0] === node.range[1];
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
  return range ? range[0] : undefined;
}

// ------------------------------------------------------------------------------------------- shared

function nonJsonValues(value: unknown, locate: (pointer: string) => Position): Finding[] {
  const findings: Finding[] = [];
  walk(value, '', (item, pointer) => {
    const bad =
      (typeof item === 'number' && !Number.isFinite(item)) ||
      (item !== null && typeof item === 'object' && !Array.isArray(item) && !isPlainObject(item));
    if (bad) {
      const where = locate(pointer);
      findings.push(
        parseFinding(
          'parse/not-json',
          'This YAML value (such as .inf, .nan or a tagged binary) has no JSON equivalent; Druid receives JSON. Write a plain number or string.',
          where.line,
          where.column,
          pointer,
        ),
      );
    }
  });
  return findings;
}

/** Integers past 2^53 lose digits in JavaScript, so a resubmitted spec would carry another value. */
function unsafeNumbers(value: unknown, locate: (pointer: string) => Position): Finding[] {
  const findings: Finding[] = [];
  walk(value, '', (item, pointer) => {
    if (typeof item === 'number' && Number.isInteger(item) && !Number.isSafeInteger(item)) {
      const where = locate(pointer);
      findings.push({
        rule: 'parse/unsafe-integer',
        severity: 'warning',
        message: `The integer ${item} is larger than 2^53 and cannot be kept exactly; Druid would receive a different value. Use a smaller number.`,
        pointer,
        line: where.line,
        column: where.column,
      });
    }
  });
  return findings;
}

function unwalkableFinding(found: Unwalkable, locate: (pointer: string) => Position): Finding {
  const where = locate(found.pointer);
  return found.kind === 'cycle'
    ? parseFinding(
        'parse/not-json',
        'This YAML alias refers to a mapping or list that contains it, so the value never ends; JSON cannot hold it. Write the value out instead of the alias.',
        where.line,
        where.column,
        found.pointer,
      )
    : parseFinding(
        'parse/too-deep',
        `The value here is nested more than ${MAX_NESTING} objects or lists deep; a supervisor spec needs fewer than 20, and druid-gitops reads no deeper. Flatten it.`,
        where.line,
        where.column,
        found.pointer,
      );
}

function walk(value: unknown, pointer: string, visit: (value: unknown, pointer: string) => void): void {
  visit(value, pointer);
  if (Array.isArray(value)) value.forEach((item, index) => walk(item, `${pointer}/${index}`, visit));
  else if (isPlainObject(value)) {
    for (const key of Object.keys(value)) {
      walk(value[key], `${pointer}/${escapeToken(key)}`, visit);
    }
  }
}

function notAnObject(value: unknown, where: Position, shape: DocumentShape<unknown>): Finding {
  const kind =
    value === null
      ? 'null'
      : Array.isArray(value)
        ? 'an array'
        : isPlainObject(value)
          ? 'an object'
          : `a ${typeof value}`;
  return parseFinding(
    'parse/not-an-object',
    `The file holds ${kind}; ${shape.expected}.`,
    where.line,
    where.column,
  );
}

function parseFinding(rule: string, message: string, line: number, column: number, pointer = ''): Finding {
  return { rule, severity: 'error', message, pointer, line, column };
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/\s*at line \d+, column \d+:?$/, '').replace(/\.$/, '');
}

/** Maps character offsets to 1-based line and column (columns count UTF-16 code units, as editors do). */
class LineIndex {
  private readonly starts: number[] = [0];
  constructor(text: string) {
    for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) {
      this.starts.push(index + 1);
    }
  }
  position(offset: number): Position {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((this.starts[middle] as number) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (this.starts[low] as number) + 1 };
  }
}
