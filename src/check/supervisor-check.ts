/**
 * One supervisor file's findings: Druid's types and rules, the guardrails, then the repository's
 * configuration (rule severities, suppressions in .druid-gitops.yml and inline comments). Shared by
 * `druid-gitops validate`, the review's plan and the deploy's gate.
 */
import { compareFindings, type Finding } from '../common/finding.js';
import type { ProjectConfig } from '../config/config-file.js';
import { applyConfiguration } from '../config/apply-config.js';
import { readInlineSuppressions, type InlineSuppression } from '../config/inline-suppressions.js';
import { rulesFor } from '../config/rule-settings.js';
import type { RuleConfiguration } from '../guardrails/engine.js';
import { runGuardrails } from '../guardrails/engine.js';
import type { BaseSpec, DatasourceSegments, LiveFacts } from '../guardrails/guardrail.js';
import { locate, type SpecFile } from '../spec/load.js';
import type { ParsedDocument } from '../spec/parse.js';
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
    try {
      inline = checkDocument(spec.document, config, rules, facts, findings);
    } catch (error) {
      findings.push(checkFailed(error));
    }
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

/** Validation, guardrails and inline suppressions of a parsed file; findings are added to `findings`. */
function checkDocument(
  document: ParsedDocument,
  config: ProjectConfig,
  rules: RuleConfiguration,
  facts: CheckFacts,
  findings: Finding[],
): InlineSuppression[] {
  const { value } = document;
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
  // A loop, not push(...): a spread passes every finding as an argument, and 300,000 of them
  // overflow the stack.
  for (const finding of found) findings.push(locate(finding, document));
  const comments = readInlineSuppressions(document);
  for (const finding of comments.findings) findings.push(finding);
  return comments.suppressions;
}

/**
 * A check that throws is a bug in druid-gitops, not in the file; it is reported on this file alone
 * (with file:line), so every other file is still checked and reported.
 */
export function checkFailed(error: unknown): Finding {
  const reason = firstLine(error instanceof Error ? error.message : String(error));
  return {
    rule: 'check/failed',
    severity: 'error',
    pointer: '',
    line: 1,
    column: 1,
    message: `druid-gitops could not finish checking this file (${reason}); its other problems may be missing. This is a bug in druid-gitops: please report it with the file.`,
  };
}

function firstLine(text: string): string {
  return (text.split('\n')[0] ?? '').slice(0, 200);
}
