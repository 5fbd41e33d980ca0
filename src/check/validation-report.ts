/**
 * The findings of a set of files, per file, with the counts the exit status, the outputs and the
 * reports read. `druid-gitops validate --format json` prints this shape (docs/design.md).
 */
import { counts, type Finding } from '../common/finding.js';
import type { SegmentKind } from '../spec/segment-files.js';

export interface FileReport {
  file: string;
  supervisor: string | null;
  /** Set for a retention or compaction file (supervisor is then null). */
  kind?: SegmentKind;
  findings: Finding[];
}

export interface ValidationReport {
  summary: { files: number; supervisors: number; errors: number; warnings: number; notices: number };
  files: FileReport[];
}

export function summarise(files: FileReport[]): ValidationReport {
  const all = files.flatMap((file) => file.findings);
  return {
    summary: {
      files: files.length,
      supervisors: new Set(files.map((file) => file.supervisor).filter((id) => id !== null)).size,
      errors: all.filter((finding) => counts(finding, 'error')).length,
      warnings: all.filter((finding) => counts(finding, 'warning')).length,
      notices: all.filter((finding) => counts(finding, 'notice')).length,
    },
    files,
  };
}
