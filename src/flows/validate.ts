/**
 * The validate flow: load every spec under the given paths, check each one, and gather the
 * findings per file. Shared by `druid-gitops validate` and the action's review.
 */
import { compareFindings, counts, type Finding } from '../finding.js';
import type { ProjectConfig } from '../config/config-file.js';
import { loadSpecFiles, locate, type SpecFile } from '../spec/load.js';
import { validateSpec } from '../validate/validate.js';
import { collectSecrets, redactText } from '../report/redact.js';

export interface FileReport {
  file: string;
  supervisor: string | null;
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
}

export async function runValidation(
  options: ValidateFlowOptions,
): Promise<{ report: ValidationReport; specs: SpecFile[] }> {
  const specs = await loadSpecFiles(options.paths, {
    cwd: options.cwd,
    druidVersion: options.config.druidVersion,
  });
  const secrets = new Set<string>();
  for (const spec of specs) if (spec.document) collectSecrets(spec.document.value, secrets);
  const files = specs.map((spec) => scrub(checkFile(spec, options.config), secrets));
  return { report: summarise(files), specs };
}

export function checkFile(spec: SpecFile, config: ProjectConfig): FileReport {
  const findings = [...spec.findings];
  if (spec.document) {
    const found = validateSpec(spec.document.value, { druidVersion: config.druidVersion });
    findings.push(...found.map((finding) => locate(finding, spec.document)));
  }
  return { file: spec.path, supervisor: spec.supervisorId ?? null, findings: findings.sort(compareFindings) };
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
