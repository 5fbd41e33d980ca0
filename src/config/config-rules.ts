/**
 * Checks the rule maps of `.druid-gitops.yml` (`rules`, `profiles.*.rules`, `overrides[].rules`)
 * and the rule ids of suppressions against the catalogue: every id known and configurable, every
 * severity spelled right, every parameter known to its rule and of its type. Problems come back
 * with the JSON Pointer of the offending value, so the caller can give file:line:column.
 */
import { closest, distance } from 'fastest-levenshtein';
import { GUARDRAILS_BY_ID } from '../guardrails/catalogue.js';
import { isGranularityName } from '../guardrails/granularity.js';
import type { ParameterInfo, ParameterValue } from '../guardrails/guardrail.js';
import { periodToMillis } from '../spec/duration.js';
import { isPlainObject } from '../common/json.js';
import { join } from '../spec/pointer.js';
import { isConfigurable, RULES_BY_ID } from './rule-catalogue.js';
import type { RuleSetting, RuleSettings, SeveritySetting } from './rule-settings.js';

export interface ConfigProblem {
  pointer: string;
  message: string;
}

const SEVERITIES: readonly SeveritySetting[] = ['error', 'warning', 'notice', 'off'];
const SETTING_KEYS = ['severity', 'parameters'];

/** "Did you mean" for a misspelt name among `known`, when one is close enough to be a typo. */
export function suggestion(name: string, known: readonly string[]): string {
  if (known.length === 0) return '';
  const best = closest(name, [...known]);
  const limit = Math.max(3, Math.floor(best.length / 4));
  return distance(name.toLowerCase(), best.toLowerCase()) <= limit ? ` Did you mean "${best}"?` : '';
}

/** Why a rule id cannot be configured, or undefined when it can. */
export function ruleIdProblem(id: string): string | undefined {
  if (!RULES_BY_ID.has(id)) {
    const known = [...RULES_BY_ID.keys()].filter(isConfigurable);
    return `unknown rule "${id}".${suggestion(id, known)} Rule ids are listed in docs/rules.md and docs/guardrails.md.`;
  }
  if (!isConfigurable(id))
    return `rule "${id}" cannot be configured: a file that cannot be read, or a broken suppression, is always reported.`;
  return undefined;
}

/** Reads one rule map, or collects its problems. */
export function readRuleSettings(value: unknown, pointer: string, problems: ConfigProblem[]): RuleSettings {
  const settings: Record<string, RuleSetting> = {};
  if (!isPlainObject(value)) {
    problems.push({ pointer, message: 'must be a mapping of rule ids to settings.' });
    return settings;
  }
  for (const [id, setting] of Object.entries(value)) {
    const at = join(pointer, id);
    const idProblem = ruleIdProblem(id);
    if (idProblem) {
      problems.push({ pointer: at, message: idProblem });
      continue;
    }
    const read = readRuleSetting(id, setting, at, problems);
    if (read) settings[id] = read;
  }
  return settings;
}

function readRuleSetting(
  id: string,
  value: unknown,
  pointer: string,
  problems: ConfigProblem[],
): RuleSetting | undefined {
  if (typeof value === 'string') {
    const severity = readSeverity(value, pointer, problems);
    return severity && { severity };
  }
  if (!isPlainObject(value)) {
    problems.push({
      pointer,
      message: `the setting of "${id}" must be a severity (${SEVERITIES.join(', ')}) or a mapping with "severity" and/or "parameters".`,
    });
    return undefined;
  }
  const setting: { severity?: SeveritySetting; parameters?: Record<string, ParameterValue> } = {};
  for (const key of Object.keys(value)) {
    if (!SETTING_KEYS.includes(key)) {
      problems.push({
        pointer: join(pointer, key),
        message: `unknown key "${key}" in the setting of "${id}".${suggestion(key, SETTING_KEYS)} Known keys: ${SETTING_KEYS.join(', ')}.`,
      });
    }
  }
  if (value.severity !== undefined) {
    const severity = readSeverity(value.severity, join(pointer, 'severity'), problems);
    if (severity) setting.severity = severity;
  }
  if (value.parameters !== undefined) {
    const parameters = readParameters(id, value.parameters, join(pointer, 'parameters'), problems);
    if (parameters) setting.parameters = parameters;
  }
  return setting;
}

function readSeverity(
  value: unknown,
  pointer: string,
  problems: ConfigProblem[],
): SeveritySetting | undefined {
  if (typeof value === 'string' && (SEVERITIES as readonly string[]).includes(value))
    return value as SeveritySetting;
  problems.push({
    pointer,
    message: `severity must be one of ${SEVERITIES.join(', ')}; got ${JSON.stringify(value)}.${typeof value === 'string' ? suggestion(value, SEVERITIES) : ''}`,
  });
  return undefined;
}

function readParameters(
  id: string,
  value: unknown,
  pointer: string,
  problems: ConfigProblem[],
): Record<string, ParameterValue> | undefined {
  const declared = GUARDRAILS_BY_ID.get(id)?.parameters ?? {};
  const names = Object.keys(declared);
  if (names.length === 0) {
    problems.push({ pointer, message: `rule "${id}" has no parameters.` });
    return undefined;
  }
  if (!isPlainObject(value)) {
    problems.push({ pointer, message: `parameters must be a mapping; "${id}" takes ${names.join(', ')}.` });
    return undefined;
  }
  const parameters: Record<string, ParameterValue> = {};
  for (const [name, given] of Object.entries(value)) {
    const info = declared[name];
    if (!info) {
      problems.push({
        pointer: join(pointer, name),
        message: `"${id}" has no parameter "${name}".${suggestion(name, names)} Its parameters: ${names.join(', ')}.`,
      });
      continue;
    }
    const problem = parameterProblem(info, given);
    if (problem) problems.push({ pointer: join(pointer, name), message: `${name} ${problem}.` });
    else parameters[name] = given as ParameterValue;
  }
  return parameters;
}

function parameterProblem(info: ParameterInfo, value: unknown): string | undefined {
  switch (info.type) {
    case 'integer':
      return Number.isInteger(value) && (value as number) >= 0 ? undefined : 'must be a whole number ≥ 0';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) && value >= 0
        ? undefined
        : 'must be a number ≥ 0';
    case 'duration': {
      const millis = typeof value === 'string' ? periodToMillis(value) : undefined;
      return millis !== undefined && millis >= 0
        ? undefined
        : 'must be an ISO-8601 duration such as "PT5M" (no months or years)';
    }
    case 'granularity':
      return typeof value === 'string' && isGranularityName(value)
        ? undefined
        : 'must be a Druid granularity name such as "HOUR"';
  }
}
