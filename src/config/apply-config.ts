/**
 * Configuration applied to a file's findings, one mechanism for every configurable rule:
 * severity and `off` from the rule settings (guardrails already ran with theirs), then
 * suppressions — inline comments first, then `.druid-gitops.yml`. Suppressed findings stay in the
 * report, marked, and no longer count toward the result.
 */
import picomatch from 'picomatch';
import type { Finding } from '../common/finding.js';
import type { RuleConfiguration } from '../guardrails/engine.js';
import { isConfigurable } from './rule-catalogue.js';
import type { InlineSuppression } from './inline-suppressions.js';
import type { Suppression } from './rule-settings.js';

export interface FileConfiguration {
  file: string;
  supervisor: string | undefined;
  rules: RuleConfiguration;
  suppressions: readonly Suppression[];
  inline: readonly InlineSuppression[];
}

type Matcher = (finding: Finding, file: string, supervisor: string | undefined) => boolean;

// Globs are compiled once per configuration, not once per file.
const compiled = new WeakMap<readonly Suppression[], Matcher[]>();

function matchers(suppressions: readonly Suppression[]): Matcher[] {
  let found = compiled.get(suppressions);
  if (!found) {
    found = suppressions.map((suppression) => {
      const supervisorMatches =
        suppression.supervisors && picomatch([...suppression.supervisors], { dot: true });
      const fileMatches = suppression.files && picomatch([...suppression.files], { dot: true });
      const pointer = suppression.pointer;
      return (finding, file, supervisor) =>
        finding.rule === suppression.rule &&
        (!supervisorMatches || (supervisor !== undefined && supervisorMatches(supervisor))) &&
        (!fileMatches || fileMatches(file)) &&
        (pointer === undefined || finding.pointer === pointer || finding.pointer.startsWith(`${pointer}/`));
    });
    compiled.set(suppressions, found);
  }
  return found;
}

export function applyConfiguration(findings: readonly Finding[], config: FileConfiguration): Finding[] {
  const configured = matchers(config.suppressions);
  const result: Finding[] = [];
  for (const finding of findings) {
    if (!isConfigurable(finding.rule)) {
      result.push(finding);
      continue;
    }
    let severity = finding.severity;
    if (!finding.rule.startsWith('guardrail/')) {
      const setting = config.rules.severity(finding.rule);
      if (setting === 'off') continue;
      severity = setting ?? severity;
    }
    const inline =
      config.inline.length === 0
        ? undefined
        : config.inline.find(
            (suppression) =>
              finding.line !== undefined &&
              suppression.lines.includes(finding.line) &&
              suppression.rules.includes(finding.rule),
          );
    const index =
      inline || configured.length === 0
        ? -1
        : configured.findIndex((matches) => matches(finding, config.file, config.supervisor));
    const suppressed = inline
      ? { reason: inline.reason, source: 'inline' as const }
      : index >= 0
        ? { reason: (config.suppressions[index] as Suppression).reason, source: 'config' as const }
        : undefined;
    if (!suppressed && severity === finding.severity) result.push(finding);
    else result.push({ ...finding, severity, ...(suppressed ? { suppressed } : {}) });
  }
  return result;
}
