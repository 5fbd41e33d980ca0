/**
 * One supervisor file's findings: Druid's types and rules, the guardrails, then the repository's
 * configuration (rule severities, suppressions in .druid-gitops.yml and inline comments). Shared by
 * `druid-gitops validate`, the review's plan and the deploy's gate.
 */
import { compareFindings } from '../common/finding.js';
import type { ProjectConfig } from '../config/config-file.js';
import { applyConfiguration } from '../config/apply-config.js';
import { readInlineSuppressions, type InlineSuppression } from '../config/inline-suppressions.js';
import { rulesFor } from '../config/rule-settings.js';
import { runGuardrails } from '../guardrails/engine.js';
import type { BaseSpec, DatasourceSegments, LiveFacts } from '../guardrails/guardrail.js';
import { locate, type SpecFile } from '../spec/load.js';
import { validateSpec } from '../validate/validate-supervisor.js';
import type { FileReport } from './validation-report.js';

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
      ...validateSpec(value, {
        druidVersion: config.druidVersion,
        releaseAssumed: config.druidVersionAt === undefined && config.druidVersionFromCluster !== true,
      }),
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
