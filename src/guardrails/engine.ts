/**
 * Runs every guardrail that configuration leaves on over one spec. Pure: the spec, the base, the
 * live facts and the configuration are all parameters; findings carry pointers only (the caller
 * turns them into lines and columns).
 */
import type { Finding, Severity } from '../common/finding.js';
import { viewSupervisor } from '../spec/layout.js';
import { defaultParameters, GUARDRAIL_RULES } from './catalogue.js';
import type {
  BaseSpec,
  DatasourceSegments,
  GuardrailContext,
  LiveFacts,
  ParameterValue,
} from './guardrail.js';

/** How configuration changes a rule; undefined means "as the rule defines it". */
export interface RuleConfiguration {
  severity(ruleId: string): Severity | 'off' | undefined;
  /** Configured parameter values only; defaults fill the rest. */
  parameters(ruleId: string): Readonly<Record<string, ParameterValue>>;
}

export interface GuardrailOptions {
  druidVersion: string;
  rules: RuleConfiguration;
  profile?: string;
  base?: BaseSpec;
  live?: LiveFacts;
  segments?: DatasourceSegments;
}

const DEFAULTS = new Map(GUARDRAIL_RULES.map((rule) => [rule.id, defaultParameters(rule)]));

interface Planned {
  rule: (typeof GUARDRAIL_RULES)[number];
  severity: Severity;
  parameters: Readonly<Record<string, ParameterValue>>;
}

// Supervisors mostly share one configuration object (config/rule-settings.ts caches them), so the
// rules to run, with their severities and parameters, are worked out once per configuration.
const plans = new WeakMap<RuleConfiguration, Planned[]>();

function plan(rules: RuleConfiguration): Planned[] {
  let planned = plans.get(rules);
  if (!planned) {
    planned = [];
    for (const rule of GUARDRAIL_RULES) {
      const severity = rules.severity(rule.id) ?? rule.severity;
      if (severity === 'off') continue;
      const configured = rules.parameters(rule.id);
      const defaults = DEFAULTS.get(rule.id) as Record<string, ParameterValue>;
      const parameters = Object.keys(configured).length === 0 ? defaults : { ...defaults, ...configured };
      planned.push({ rule, severity, parameters });
    }
    plans.set(rules, planned);
  }
  return planned;
}

export function runGuardrails(value: Record<string, unknown>, options: GuardrailOptions): Finding[] {
  // Guardrails know Kafka supervisors; validation already says that other types are checked for syntax only.
  if (typeof value.type === 'string' && value.type !== 'kafka') return [];
  const spec = { value, view: viewSupervisor(value) };
  // One context per spec; only `parameters` changes between rules (checks are pure and keep nothing).
  const context: GuardrailContext = {
    druidVersion: options.druidVersion,
    parameters: {},
    ...(options.profile === undefined ? {} : { profile: options.profile }),
    ...(options.base === undefined ? {} : { base: options.base }),
    ...(options.live === undefined ? {} : { live: options.live }),
    ...(options.segments === undefined ? {} : { segments: options.segments }),
  };
  const findings: Finding[] = [];
  for (const { rule, severity, parameters } of plan(options.rules)) {
    context.parameters = parameters;
    for (const hit of rule.check(spec, context)) {
      findings.push({
        rule: rule.id,
        severity: hit.missingFact ? 'notice' : severity,
        pointer: hit.pointer,
        message: hit.message,
      });
    }
  }
  return findings;
}
