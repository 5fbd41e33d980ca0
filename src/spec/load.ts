/**
 * Finds supervisor spec files and reads each into a SpecFile: the parsed document, the supervisor
 * id Druid will give it, and any problem found while reading. A broken file never stops the others.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Finding } from '../common/finding.js';
import { supervisorId, viewSupervisor } from './layout.js';
import { formatOf, parseSpecText, type ParsedDocument } from './parse.js';

export interface SpecFile {
  /** Path as shown in reports: relative to the working directory, with forward slashes. */
  path: string;
  document?: ParsedDocument;
  /** The supervisor id on the configured Druid release; undefined when the file could not be read. */
  supervisorId?: string;
  /** Problems found while reading, with positions. */
  findings: Finding[];
}

/** A path the user named does not exist: a usage error, not a finding. */
export class MissingPathError extends Error {
  constructor(readonly missing: string[]) {
    super(`No such file or folder: ${missing.join(', ')}`);
  }
}

/** Files under `paths` with a spec extension, sorted; folders are searched recursively. */
export async function discoverSpecFiles(paths: readonly string[], cwd: string): Promise<string[]> {
  const found = new Set<string>();
  const missing: string[] = [];
  for (const given of paths) {
    const absolute = path.resolve(cwd, given);
    const info = await stat(absolute).catch(() => undefined);
    if (!info) missing.push(given);
    else if (info.isDirectory()) for (const file of await walk(absolute)) found.add(file);
    else found.add(absolute);
  }
  if (missing.length > 0) throw new MissingPathError(missing);
  return [...found].sort();
}

async function walk(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = path.join(folder, entry.name);
    // Symbolic links to folders are not followed, so a link cycle cannot loop forever.
    if (entry.isDirectory()) files.push(...(await walk(full)));
    else if ((entry.isFile() || entry.isSymbolicLink()) && formatOf(entry.name)) files.push(full);
  }
  return files;
}

export interface LoadOptions {
  cwd: string;
  druidVersion: string;
  /** Files to leave out, by shown path (the retention and compaction folders inside a supervisors folder). */
  exclude?: (shownPath: string) => boolean;
}

export async function loadSpecFiles(paths: readonly string[], options: LoadOptions): Promise<SpecFile[]> {
  const found = await discoverSpecFiles(paths, options.cwd);
  const exclude = options.exclude;
  const files = exclude ? found.filter((absolute) => !exclude(displayPath(absolute, options.cwd))) : found;
  const loaded = await Promise.all(
    files.map(async (absolute) => {
      const shown = displayPath(absolute, options.cwd);
      try {
        return readSpec(shown, await readFile(absolute), options.druidVersion);
      } catch (error) {
        return unreadable(shown, error);
      }
    }),
  );
  return markDuplicateIds(loaded);
}

/** Parses one file's bytes. Pure: the same bytes always give the same SpecFile. */
export function readSpec(shownPath: string, bytes: Uint8Array, druidVersion: string): SpecFile {
  const text = utf8Text(bytes);
  if (text === undefined) return { path: shownPath, findings: [NOT_UTF8] };
  // A name without a spec extension (stdin): JSON when it starts like JSON, else YAML.
  const format = formatOf(shownPath) ?? (/^\uFEFF?\s*[{[]/.test(text) ? 'json' : 'yaml');
  const { document, findings } = parseSpecText(text, format);
  if (!document) return { path: shownPath, findings };
  const id = supervisorId(viewSupervisor(document.value), druidVersion);
  return {
    path: shownPath,
    document,
    supervisorId: id,
    findings: findings.map((finding) => locate(finding, document)),
  };
}

/** The bytes as UTF-8 text, or undefined when they are not UTF-8. */
export function utf8Text(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

export const NOT_UTF8: Finding = {
  rule: 'parse/encoding',
  severity: 'error',
  pointer: '',
  line: 1,
  column: 1,
  message: 'The file is not UTF-8 text; save it as UTF-8.',
};

/** Gives a finding the line and column of its pointer, unless it already has them. */
export function locate(finding: Finding, document: ParsedDocument<unknown> | undefined): Finding {
  if (finding.line !== undefined || !document) return finding;
  const { line, column } = document.locate(finding.pointer);
  return { ...finding, line, column };
}

/** Adds a load/duplicate-id error to every file after the first that names the same supervisor. */
export function markDuplicateIds(files: SpecFile[]): SpecFile[] {
  return markRepeats(
    files,
    (file) => file.supervisorId,
    (file, first) => {
      const value = file.document?.value ?? {};
      const pointer =
        typeof value.id === 'string' && value.id === file.supervisorId ? '/id' : idPointer(value);
      const duplicate: Finding = {
        rule: 'load/duplicate-id',
        severity: 'error',
        pointer,
        message: `${first} already defines the supervisor "${file.supervisorId}"; Druid keeps one spec per id, so a deploy would let one file overwrite the other. Give each supervisor one file.`,
      };
      return locate(duplicate, file.document);
    },
  );
}

/**
 * Adds the finding `repeated` gives to every file after the first with the same key (a supervisor
 * id, a datasource's retention or compaction): Druid keeps one of each. `first` is the path of the
 * file that holds it first.
 */
export function markRepeats<T extends { path: string; findings: Finding[] }>(
  files: T[],
  keyOf: (file: T) => string | undefined,
  repeated: (file: T, first: string) => Finding,
): T[] {
  const firstFileOf = new Map<string, string>();
  return files.map((file) => {
    const key = keyOf(file);
    if (key === undefined) return file;
    const first = firstFileOf.get(key);
    if (first === undefined) {
      firstFileOf.set(key, file.path);
      return file;
    }
    return { ...file, findings: [...file.findings, repeated(file, first)] };
  });
}

function idPointer(value: Record<string, unknown>): string {
  return value.spec !== undefined ? '/spec/dataSchema/dataSource' : '/dataSchema/dataSource';
}

export function unreadable(shownPath: string, error: unknown): SpecFile {
  const reason = (error as NodeJS.ErrnoException).code ?? 'unknown error';
  return {
    path: shownPath,
    findings: [
      {
        rule: 'load/unreadable',
        severity: 'error',
        pointer: '',
        line: 1,
        column: 1,
        message: `The file could not be read (${reason}).`,
      },
    ],
  };
}

export function displayPath(absolute: string, cwd: string): string {
  const relative = path.relative(cwd, absolute);
  return (relative.startsWith('..') ? absolute : relative).split(path.sep).join('/');
}
