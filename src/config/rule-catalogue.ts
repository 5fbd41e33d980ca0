/**
 * The catalogue of rule ids that findings, SARIF, configuration and the docs share: the loading and
 * validation rules (src/validate/validation-rules.ts, docs/rules.md) and the guardrails
 * (src/guardrails/catalogue.ts, docs/guardrails.md). It sits below the configuration, which may
 * name any configurable rule.
 */
import { GUARDRAIL_RULES } from '../guardrails/catalogue.js';
import { rule, VALIDATION_RULES, type RuleInfo } from '../validate/validation-rules.js';

const GUARDRAIL_RULE_INFO: readonly RuleInfo[] = GUARDRAIL_RULES.map((guardrail) =>
  rule(guardrail.id, guardrail.severity, guardrail.title, guardrail.rationale),
);

/** Every rule id a finding may carry. */
export const RULES_BY_ID: ReadonlyMap<string, RuleInfo> = new Map(
  [...VALIDATION_RULES, ...GUARDRAIL_RULE_INFO].map((info) => [info.id, info]),
);

/**
 * Whether configuration may change a rule (severity, off, suppressions). Findings about a file
 * that could not be read, and about broken suppressions, always stand.
 */
export function isConfigurable(id: string): boolean {
  return (
    RULES_BY_ID.has(id) &&
    !id.startsWith('parse/') &&
    id !== 'load/unreadable' &&
    id !== 'check/failed' &&
    id !== 'suppression/invalid'
  );
}

/** The docs page that explains a rule (for SARIF help links). */
export function rulePage(id: string): 'docs/rules.md' | 'docs/guardrails.md' {
  return id.startsWith('guardrail/') ? 'docs/guardrails.md' : 'docs/rules.md';
}

/** The anchor GitHub gives the rule's "## id" heading: lower case, punctuation other than - and _ dropped. */
export function ruleAnchor(id: string): string {
  return id
    .toLowerCase()
    .replace(/[^a-z0-9 _-]/g, '')
    .replace(/ /g, '-');
}
