/**
 * The validate flow: load every spec under the given paths, check each one (validation and
 * guardrails), apply the repository's configuration, and gather the findings per file. Shared by
 * `druid-gitops validate` and the action's review.
 */
import { compareFindings, counts, type Finding } from '../common/finding.js';
import type { ProjectConfig } from '../config/config-file.js';
import { applyConfiguration } from '../config/apply-config.js';
import { readInlineSuppressions, type InlineSuppression } from '../config/inline-suppressions.js';
import { rulesFor } from '../config/rule-settings.js';
import { runGuardrails } from '../guardrails/engine.js';
import type { BaseSpec, DatasourceSegments, LiveFacts } from '../guardrails/types.js';
import { loadSpecFiles, locate, type SpecFile } from '../spec/load.js';
import {
  loadSegmentFiles,
  segmentKindOf,
  type SegmentFile,
  type SegmentFolders,
  type SegmentKind,
} from '../spec/segment-files.js';
import { checkSegmentFile, segmentsFor } from './segment-checks.js';
import { validateSpec } from '../validate/validate.js';
import { collectSecrets, redactText } from '../common/redact.js';

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

export interface ValidateFlowOptions {
  paths: readonly string[];
  cwd: string;
  config: ProjectConfig;
  /** Also check the retention and compaction files in these folders (missing folders: none). */
  segmentFolders?: SegmentFolders;
}

export async function runValidation(
  options: ValidateFlowOptions,
): Promise<{ report: ValidationReport; specs: SpecFile[]; segments: SegmentFile[] }> {
  const load = { cwd: options.cwd, druidVersion: options.config.druidVersion };
  const folders = options.segmentFolders;
  // A supervisors folder that holds the segment folders (supervisors-path ".") must not read them as specs.
  const isSegmentFile = (shown: string): boolean =>
    folders !== undefined && segmentKindOf(shown, folders) !== undefined;
  const [specs, segments] = await Promise.all([
    loadSpecFiles(options.paths, { ...load, exclude: isSegmentFile }),
    folders ? loadSegmentFiles(folders, load) : Promise.resolve([]),
  ]);
  const secrets = new Set<string>();
  for (const spec of specs) if (spec.document) collectSecrets(spec.document.value, secrets);
  const segmentsOf = segmentsFor(segments);
  const files = [
    ...specs.map((spec) => {
      const datasource = spec.document ? segmentsOf(spec.document.value) : undefined;
      return scrub(checkFile(spec, options.config, datasource ? { segments: datasource } : {}), secrets);
    }),
    ...segments.map((file) => checkSegmentFile(file, options.config)),
  ];
  return { report: summarise(files), specs, segments };
}

/** What a check may know beyond the file: the base branch's version of it, and the cluster. */
export interface CheckFacts {
  base?: BaseSpec;
  live?: LiveFacts;
  /** The datasource's retention and compaction files, when the repository keeps them. */
  segments?: DatasourceSegments;
}

export function checkFile(spec: SpecFile, config: ProjectConfig, facts: CheckFacts = {}): FileReport {
  const findings = [...spec.findings];
  const rules = rulesFor(config, spec.supervisorId);
  let inline: InlineSuppression[] = [];
  if (spec.document) {
    const { value } = spec.document;
    const found = [
      ...validateSpec(value, { druidVersion: config.druidVersion }),
      ...runGuardrails(value, {
        druidVersion: config.druidVersion,
        rules,
        ...(config.profile === undefined ? {} : { profile: config.profile }),
        ...facts,
      }),
    ];
    findings.push(...found.map((finding) => locate(finding, spec.document)));
    const comments = readInlineSuppressions(spec.document);
    inline = comments.suppressions;
    findings.push(...comments.findings);
  }
  const configured = applyConfiguration(findings, {
    file: spec.path,
    supervisor: spec.supervisorId,
    rules,
    suppressions: config.suppressions,
    inline,
  });
  return {
    file: spec.path,
    supervisor: spec.supervisorId ?? null,
    findings: configured.sort(compareFindings),
  };
}

/** Findings quote values from the files; no credential found in any spec may appear in them. */
function scrub(file: FileReport, secrets: ReadonlySet<string>): FileReport {
  if (secrets.size === 0) return file;
  return {
    ...file,
    findings: file.findings.map((finding) => ({ ...finding, message: redactText(finding.message, secrets) })),
  };
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
