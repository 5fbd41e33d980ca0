/**
 * Retention and compaction files: one file per datasource beside the supervisors
 * (`retention/<datasource>.yaml` holds the ordered load/drop rules, `compaction/<datasource>.yaml`
 * the auto-compaction config), parsed with positions like a supervisor spec; check/segment-check.ts
 * validates them against Druid's rule and compaction types. A broken file never stops the others.
 */
import path from 'node:path';
import type { Finding } from '../common/finding.js';
import { locate, markRepeats, NOT_UTF8, utf8Text } from './load.js';
import { formatOf, parseSpecText, type DocumentShape, type ParsedDocument } from './parse.js';
import { isPlainObject } from '../common/json.js';

export type SegmentKind = 'retention' | 'compaction';

/** What a segment file's root holds: the rules list (retention) or the config object (compaction). */
type SegmentValue = unknown[] | Record<string, unknown>;

export interface SegmentFile {
  kind: SegmentKind;
  /** Path as shown in reports (repo-relative, forward slashes). */
  path: string;
  /**
   * The datasource the file configures: the file name without extension. For compaction, a
   * dataSource field that disagrees with the file name is an error finding (load/datasource-mismatch).
   */
  dataSource?: string;
  /**
   * Parsed with positions, like a supervisor spec. value: retention → the ordered rules array;
   * compaction → the config object (dataSource filled from the file name when left out).
   */
  document?: ParsedDocument<SegmentValue>;
  findings: Finding[];
}

export interface SegmentFolders {
  retention: string;
  compaction: string;
}

const SHAPES: Record<SegmentKind, DocumentShape<SegmentValue>> = {
  retention: {
    accepts: (value): value is unknown[] => Array.isArray(value),
    expected: 'a retention file is a list of rules, e.g. [{"type": "loadByPeriod", "period": "P30D"}]',
    onePerFile: 'put the rules of one datasource in one list',
  },
  compaction: {
    accepts: isPlainObject,
    expected: 'a compaction file is an object, e.g. {"skipOffsetFromLatest": "PT2H"}',
    onePerFile: 'put one compaction config per file',
  },
};

/**
 * Pure: bytes → SegmentFile, parsed with positions, with the file-name check (load/datasource-mismatch).
 * Validation against Druid's types is check/segment-check.ts's readSegmentFile.
 */
export function parseSegmentFile(kind: SegmentKind, shownPath: string, bytes: Uint8Array): SegmentFile {
  const dataSource = dataSourceOfPath(shownPath);
  const base = { kind, path: shownPath, ...(dataSource ? { dataSource } : {}) };
  const text = utf8Text(bytes);
  if (text === undefined) return { ...base, findings: [NOT_UTF8] };
  const parsed = parseSpecText(text, formatOf(shownPath) ?? 'json', SHAPES[kind]);
  if (!parsed.document) return { ...base, findings: parsed.findings };
  let document = parsed.document;
  const findings = [...parsed.findings];
  if (kind === 'compaction' && isPlainObject(document.value)) {
    const written = document.value.dataSource;
    if (written === undefined && dataSource)
      document = { ...document, value: { ...document.value, dataSource } };
    else if (dataSource && written !== dataSource)
      findings.push({
        rule: 'load/datasource-mismatch',
        severity: 'error',
        pointer: '/dataSource',
        message: `The file name says the datasource is "${dataSource}" but dataSource is ${JSON.stringify(written)}; rename the file or drop the dataSource field (the file name is used).`,
      });
  }
  return { ...base, document, findings: findings.map((finding) => locate(finding, document)) };
}

/** The rules of a retention file that could be parsed, else undefined. */
export function retentionRulesOf(file: SegmentFile): unknown[] | undefined {
  const value = file.kind === 'retention' ? file.document?.value : undefined;
  return Array.isArray(value) ? value : undefined;
}

/** The config of a compaction file that could be parsed, else undefined. */
export function compactionConfigOf(file: SegmentFile): Record<string, unknown> | undefined {
  const value = file.kind === 'compaction' ? file.document?.value : undefined;
  return isPlainObject(value) ? value : undefined;
}

/** The file name without its extension (`retention/events.yaml` → `events`). */
function dataSourceOfPath(shownPath: string): string | undefined {
  const name = path.posix.basename(shownPath).replace(/\.(json|ya?ml)$/i, '');
  return name === '' ? undefined : name;
}

/** Which kind of segment file a repository path is, if any (a spec extension inside a segment folder). */
export function segmentKindOf(filePath: string, folders: SegmentFolders): SegmentKind | undefined {
  if (formatOf(filePath) === undefined) return undefined;
  const inside = (folder: string): boolean =>
    filePath.startsWith(`${folder}/`) &&
    !filePath
      .slice(folder.length + 1)
      .split('/')
      .some((part) => part.startsWith('.'));
  if (inside(folders.retention)) return 'retention';
  if (inside(folders.compaction)) return 'compaction';
  return undefined;
}

/** Adds an error to every file after the first that configures the same datasource's retention or compaction. */
export function markDuplicateDataSources(files: SegmentFile[]): SegmentFile[] {
  return markRepeats(
    files,
    (file) => (file.dataSource ? `${file.kind}\u0000${file.dataSource}` : undefined),
    (file, first) => ({
      rule: 'load/duplicate-datasource',
      severity: 'error',
      pointer: '',
      line: 1,
      column: 1,
      message: `${first} already holds the ${file.kind} of "${file.dataSource}"; the Coordinator keeps one per datasource. Keep one file.`,
    }),
  );
}
