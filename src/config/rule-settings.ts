/**
 * How configuration changes rules for one supervisor. Layers, later ones winning per rule (and per
 * parameter): the rule's own defaults, `rules`, the selected profile (built-in, then the
 * repository's), then every override whose glob matches the supervisor id, in file order.
 */
import picomatch from 'picomatch';
import type { Severity } from '../common/finding.js';
import type { RuleConfiguration } from '../guardrails/engine.js';
import type { ParameterValue } from '../guardrails/guardrail.js';

export type SeveritySetting = Severity | 'off';

export interface RuleSetting {
  severity?: SeveritySetting;
  parameters?: Readonly<Record<string, ParameterValue>>;
}

export type RuleSettings = Readonly<Record<string, RuleSetting>>;

export interface Override {
  /** Globs over supervisor ids (picomatch). */
  supervisors: readonly string[];
  rules: RuleSettings;
}

export interface Suppression {
  rule: string;
  reason: string;
  /** Globs over supervisor ids; absent means every supervisor. */
  supervisors?: readonly string[];
  /** Globs over file paths as reports show them; absent means every file. */
  files?: readonly string[];
  /** Only findings at this JSON Pointer or below it. */
  pointer?: string;
}

/** Profiles every repository has; a profile of the same name in the config is layered on top. */
export const BUILTIN_PROFILES: Readonly<Record<string, RuleSettings>> = {
  production: { 'guardrail/replicas': { severity: 'error', parameters: { minimum: 2 } } },
};

export interface RuleLayers {
  rules: RuleSettings;
  profiles: Readonly<Record<string, RuleSettings>>;
  overrides: readonly Override[];
  /** The selected profile, if any. */
  profile?: string;
}

export function knownProfiles(layers: Pick<RuleLayers, 'profiles'>): string[] {
  return [...new Set([...Object.keys(BUILTIN_PROFILES), ...Object.keys(layers.profiles)])].sort();
}

// Globs are compiled, and each combination of layers resolved, once per configuration object
// rather than once per file: most supervisors share the same layers.
interface Compiled {
  matchers: Array<(id: string) => boolean>;
  resolved: Map<string, RuleConfiguration>;
}
const compiled = new WeakMap<RuleLayers, Compiled>();

function compile(layers: RuleLayers): Compiled {
  let found = compiled.get(layers);
  if (!found) {
    found = {
      matchers: layers.overrides.map((override) => picomatch([...override.supervisors], { dot: true })),
      resolved: new Map(),
    };
    compiled.set(layers, found);
  }
  return found;
}

const NO_PARAMETERS: Readonly<Record<string, ParameterValue>> = Object.freeze({});

/** The rule settings that apply to one supervisor (undefined id: a file without a supervisor). */
export function rulesFor(layers: RuleLayers, supervisor: string | undefined): RuleConfiguration {
  const { matchers, resolved } = compile(layers);
  const overrides =
    supervisor === undefined
      ? []
      : matchers.flatMap((matches, index) => (matches(supervisor) ? [index] : []));
  const key = overrides.join(',');
  let rules = resolved.get(key);
  if (!rules) {
    const applicable: RuleSettings[] = [layers.rules];
    if (layers.profile !== undefined) {
      const builtin = BUILTIN_PROFILES[layers.profile];
      const own = layers.profiles[layers.profile];
      if (builtin) applicable.push(builtin);
      if (own) applicable.push(own);
    }
    for (const index of overrides) applicable.push((layers.overrides[index] as Override).rules);
    rules = merge(applicable);
    resolved.set(key, rules);
  }
  return rules;
}

/** Later layers win per rule: the last severity given, and parameters merged name by name. */
function merge(layers: readonly RuleSettings[]): RuleConfiguration {
  const severities = new Map<string, SeveritySetting>();
  const parameters = new Map<string, Record<string, ParameterValue>>();
  for (const settings of layers) {
    for (const [id, setting] of Object.entries(settings)) {
      if (setting.severity !== undefined) severities.set(id, setting.severity);
      if (setting.parameters) parameters.set(id, { ...parameters.get(id), ...setting.parameters });
    }
  }
  return {
    severity: (ruleId) => severities.get(ruleId),
    parameters: (ruleId) => parameters.get(ruleId) ?? NO_PARAMETERS,
  };
}
