/**
 * The validate flow: load every spec under the given paths, check each one (validation and
 * guardrails), apply the repository's configuration, and gather the findings per file. Shared by
 * `druid-gitops validate` and the action's review.
 */
import { compareFindings, counts, type Finding } from '../finding.js';
import type { ProjectConfig } from '../config/config-file.js';
import { applyConfiguration } from '../config/apply-config.js';
import { readInlineSuppressions, type InlineSuppression } from '../config/inline-suppressions.js';
import { rulesFor } from '../config/rule-settings.js';
import { runGuardrails } from '../guardrails/engine.js';
import type { BaseSpec, LiveFacts } from '../guardrails/types.js';
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

/** What a check may know beyond the file: the base branch's version of it, and the cluster. */
export interface CheckFacts {
  base?: BaseSpec;
  live?: LiveFacts;
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
