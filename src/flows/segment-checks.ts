/**
 * The retention and compaction files in the checks shared by validate and review: their own
 * findings with the repository's configuration applied, and, for each supervisor, the files of
 * its datasource for the cross-check guardrails.
 */
import type { ProjectConfig } from '../config/config-file.js';
import { applyConfiguration } from '../config/apply-config.js';
import { readInlineSuppressions } from '../config/inline-suppressions.js';
import { rulesFor } from '../config/rule-settings.js';
import { compareFindings } from '../common/finding.js';
import type { DatasourceSegments } from '../guardrails/types.js';
import { viewSupervisor } from '../spec/layout.js';
import type { SegmentFile, SegmentKind } from '../spec/segment-files.js';
import type { FileReport } from './validate.js';

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
