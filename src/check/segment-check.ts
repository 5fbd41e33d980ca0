/**
 * Retention and compaction files read and checked: parsed with positions (spec/segment-files.ts),
 * validated against Druid's rule and compaction types, and configured like a supervisor's findings.
 * For each supervisor, the files of its datasource feed the cross-check guardrails.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { compareFindings } from '../common/finding.js';
import type { ProjectConfig } from '../config/config-file.js';
import { applyConfiguration } from '../config/apply-config.js';
import { readInlineSuppressions } from '../config/inline-suppressions.js';
import { rulesFor } from '../config/rule-settings.js';
import type { DatasourceSegments } from '../guardrails/guardrail.js';
import { viewSupervisor } from '../spec/layout.js';
import { discoverSpecFiles, displayPath, locate, unreadable, type LoadOptions } from '../spec/load.js';
import {
  markDuplicateDataSources,
  parseSegmentFile,
  type SegmentFile,
  type SegmentFolders,
  type SegmentKind,
} from '../spec/segment-files.js';
import { validateSegmentValue } from '../validate/validate-segments.js';
import type { FileReport } from './validation-report.js';
import { checkFailed } from './supervisor-check.js';

/**
 * Pure given `now`: bytes → SegmentFile (parse + validate against Druid's types). The retention
 * checks read period rules at `now` (P1M reaches back 28 to 31 days), so tests pass a fixed clock.
 */
export function readSegmentFile(
  kind: SegmentKind,
  shownPath: string,
  bytes: Uint8Array,
  druidVersion: string,
  now = Date.now(),
): SegmentFile {
  const file = parseSegmentFile(kind, shownPath, bytes);
  const { document } = file;
  if (!document) return file;
  try {
    const validation = validateSegmentValue(kind, document.value, druidVersion, now);
    return {
      ...file,
      findings: [...file.findings, ...validation.map((finding) => locate(finding, document))],
    };
  } catch (error) {
    return { ...file, findings: [...file.findings, checkFailed(error)] };
  }
}

/** From disk (CLI), like loadSpecFiles. A missing folder means no files of that kind. */
export async function loadSegmentFiles(
  folders: SegmentFolders,
  options: LoadOptions,
): Promise<SegmentFile[]> {
  const kinds: SegmentKind[] = ['retention', 'compaction'];
  const loaded = await Promise.all(
    kinds.map(async (kind) => {
      const folder = path.resolve(options.cwd, folders[kind]);
      const info = await stat(folder).catch(() => undefined);
      if (!info?.isDirectory()) return [];
      const files = await discoverSpecFiles([folder], options.cwd);
      return Promise.all(
        files.map(async (absolute) => {
          const shown = displayPath(absolute, options.cwd);
          try {
            return readSegmentFile(kind, shown, await readFile(absolute), options.druidVersion);
          } catch (error) {
            return { kind, path: shown, findings: unreadable(shown, error).findings };
          }
        }),
      );
    }),
  );
  return markDuplicateDataSources(loaded.flat());
}

/** A segment file's findings, configured like a supervisor's (rule severities, suppressions by file glob, inline). */
export function checkSegmentFile(file: SegmentFile, config: ProjectConfig): FileReport {
  const inline = file.document ? readInlineSuppressions(file.document) : { suppressions: [], findings: [] };
  const findings = applyConfiguration([...file.findings, ...inline.findings], {
    file: file.path,
    supervisor: undefined,
    rules: rulesFor(config, undefined),
    suppressions: config.suppressions,
    inline: inline.suppressions,
  });
  return { file: file.path, supervisor: null, kind: file.kind, findings: findings.sort(compareFindings) };
}

/**
 * The files of a supervisor's datasource, for the guardrail context: undefined when the repository
 * keeps no segment files at all (the cross-checks then stay silent, as before segment files existed).
 */
export function segmentsFor(
  files: readonly SegmentFile[],
): (spec: Record<string, unknown>) => DatasourceSegments | undefined {
  if (files.length === 0) return () => undefined;
  const kept = new Set(files.map((file) => file.kind));
  const byKey = new Map<string, SegmentFile>();
  for (const file of files)
    if (file.dataSource !== undefined && file.document && !byKey.has(`${file.kind}/${file.dataSource}`))
      byKey.set(`${file.kind}/${file.dataSource}`, file);
  return (spec) => {
    const dataSource = viewSupervisor(spec).dataSchema?.dataSource;
    const segments: DatasourceSegments = {};
    for (const kind of ['retention', 'compaction'] as const satisfies readonly SegmentKind[]) {
      if (!kept.has(kind)) continue;
      const file = typeof dataSource === 'string' ? byKey.get(`${kind}/${dataSource}`) : undefined;
      segments[kind] = file?.document ? { path: file.path, value: file.document.value } : null;
    }
    return segments;
  };
}
