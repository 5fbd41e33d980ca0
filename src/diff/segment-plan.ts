/**
 * The retention and compaction part of a pull request's plan: per changed file, what the merge
 * does to the datasource's rules or compaction config (the semantic diff of the normalised values,
 * rule order kept), the file's findings, the cross-check findings of the supervisors feeding the
 * datasource, and one verdict. Pure.
 */
import { createHash } from 'node:crypto';
import type { ProjectConfig } from '../config/config-file.js';
import type { Finding } from '../common/finding.js';
import { checkSegmentFile, readSegmentFile } from '../check/segment-check.js';
import type { FileReport } from '../check/validation-report.js';
import { DATASOURCE_RULE_IDS } from '../guardrails/rules/datasource.js';
import type { SourceFile } from '../spec/git-source.js';
import {
  markDuplicateDataSources,
  segmentKindOf,
  type SegmentFile,
  type SegmentFolders,
  type SegmentKind,
} from '../spec/segment-files.js';
import { canonicalJson, type FieldChange } from './spec-diff.js';
import { diffSegmentConfigs, normalizeSegmentConfig } from './segment-normalize.js';
import { supervisorVerdict, type SupervisorVerdict } from './verdict.js';

export type SegmentAction = 'create' | 'update' | 'delete' | 'noop';

export interface SegmentPlan {
  kind: SegmentKind;
  dataSource: string;
  file: string;
  action: SegmentAction;
  /** Normalised like the Coordinator stores it: writing a default is not a change. */
  changes: FieldChange[];
  /** The head file's own findings (none for a deleted file). */
  findings: Finding[];
  /** Cross-check findings on the supervisors that feed the datasource, new with this change. */
  crossChecks: FileReport[];
  verdict: SupervisorVerdict;
  /** Retention: the dry-run line about the segments the new rules would drop (set by the review). */
  impact?: string;
  /** Hash of the normalised head value (segmentHash): the deploy can check that what merges was reviewed. */
  headHash?: string;
}

/** The key of a segment file in the review metadata: `retention/<datasource>`, `compaction/<datasource>`. */
export function segmentKey(kind: SegmentKind, dataSource: string): string {
  return `${kind}/${dataSource}`;
}

/** SHA-256 of the canonical JSON of the value as the Coordinator would hold it (rule order kept), like specHash. */
export function segmentHash(kind: SegmentKind, value: unknown, druidVersion: string): string {
  const normal = normalizeSegmentConfig(kind, value, druidVersion);
  return createHash('sha256')
    .update(canonicalJson(normal ?? null))
    .digest('hex');
}

/** Base and head segment files, split out of the files a SpecSource gave. */
export interface SegmentSides {
  base: SegmentFile[];
  head: SegmentFile[];
}

export function readSegmentSides(
  base: readonly SourceFile[],
  head: readonly SourceFile[],
  folders: SegmentFolders,
  druidVersion: string,
): SegmentSides {
  const read = (files: readonly SourceFile[]): SegmentFile[] =>
    markDuplicateDataSources(
      files.flatMap((file) => {
        const kind = segmentKindOf(file.path, folders);
        return kind ? [readSegmentFile(kind, file.path, file.bytes, druidVersion)] : [];
      }),
    );
  return { base: read(base), head: read(head) };
}

/**
 * One plan per datasource and kind that has a file on either side. `crossChecksOf` gives the
 * cross-check findings per supervisor feeding a datasource, at head and at base.
 */
export function planSegments(
  sides: SegmentSides,
  config: ProjectConfig,
  crossChecks: (dataSource: string) => { head: FileReport[]; base: FileReport[] },
): SegmentPlan[] {
  const key = (file: SegmentFile): string => `${file.kind}\u0000${file.dataSource ?? file.path}`;
  const before = new Map(sides.base.map((file) => [key(file), file]));
  const after = new Map(sides.head.map((file) => [key(file), file]));
  const plans: SegmentPlan[] = [];
  for (const id of [...new Set([...after.keys(), ...before.keys()])].sort()) {
    const old = before.get(id);
    const now = after.get(id);
    const file = (now ?? old) as SegmentFile;
    const dataSource = file.dataSource ?? file.path;
    // A head file that cannot be read has no value to compare: its findings block it, with no diff.
    const unreadable = now !== undefined && now.document === undefined;
    const changes = unreadable
      ? []
      : diffSegmentConfigs(file.kind, old?.document?.value, now?.document?.value, config.druidVersion);
    const action: SegmentAction = !old
      ? 'create'
      : !now
        ? 'delete'
        : changes.length > 0 || unreadable
          ? 'update'
          : 'noop';
    const findings = now ? checkSegmentFile(now, config).findings : [];
    const checks =
      action === 'noop' || action === 'delete' ? { head: [], base: [] } : crossChecks(dataSource);
    const newCrossChecks = newFindings(checks.head, checks.base);
    plans.push({
      kind: file.kind,
      dataSource,
      file: file.path,
      action,
      changes,
      findings,
      crossChecks: newCrossChecks,
      ...(now?.document ? { headHash: segmentHash(file.kind, now.document.value, config.druidVersion) } : {}),
      verdict: supervisorVerdict({
        findings: [...findings, ...newCrossChecks.flatMap((report) => report.findings)],
        schema: { overall: 'unchanged', items: [] },
        impacts: [],
      }),
    });
  }
  return plans;
}

/** The cross-check findings of a supervisor report, by rule id. */
export function crossCheckFindings(report: FileReport): FileReport {
  return { ...report, findings: report.findings.filter((finding) => DATASOURCE_RULE_IDS.has(finding.rule)) };
}

/** Head findings that the base did not have (same supervisor, rule and place); errors always count. */
function newFindings(head: readonly FileReport[], base: readonly FileReport[]): FileReport[] {
  const old = new Set(
    base.flatMap((report) =>
      report.findings
        .filter((finding) => finding.severity !== 'error')
        .map((finding) => `${report.supervisor} ${finding.rule} ${finding.pointer}`),
    ),
  );
  return head
    .map((report) => ({
      ...report,
      findings: report.findings.filter(
        (finding) => !old.has(`${report.supervisor} ${finding.rule} ${finding.pointer}`),
      ),
    }))
    .filter((report) => report.findings.length > 0);
}
