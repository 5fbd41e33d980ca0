import type { Finding } from '../../../src/common/finding.js';
import { rulesFor, type RuleSettings } from '../../../src/config/rule-settings.js';
import { runGuardrails } from '../../../src/guardrails/engine.js';
import type { BaseSpec, LiveFacts } from '../../../src/guardrails/guardrail.js';
import { checkLikeExamples, REFERENCE_SPEC, withValue } from '../../../scripts/guardrail-examples.js';

/** Changes to the clean reference spec: JSON Pointer → value (undefined removes the key). */
export type Changes = Record<string, unknown>;

export function specWith(changes: Changes, start: unknown = REFERENCE_SPEC): Record<string, unknown> {
  let spec = structuredClone(start) as Record<string, unknown>;
  for (const [pointer, value] of Object.entries(changes)) spec = withValue(spec, pointer, value);
  return JSON.parse(JSON.stringify(spec)) as Record<string, unknown>; // drops keys set to undefined
}

export interface CheckOptions {
  live?: LiveFacts;
  druidVersion?: string;
  profile?: string;
  /** Compare with the reference spec as the base branch's version. */
  changed?: boolean;
  /** The datasource's retention and compaction files: the reference ones with these replaced (null: none). */
  segments?: Partial<Record<'retention' | 'compaction', unknown>>;
}

/** The findings of one rule for the reference spec with `changes` applied. */
export function findingsOf(rule: string, changes: Changes = {}, options: CheckOptions = {}): Finding[] {
  return checkLikeExamples(specWith(changes), options).filter((finding) => finding.rule === rule);
}

/** Runs the guardrails with nothing but the spec: no base branch, no cluster, default settings. */
export function findingsWithoutFacts(
  rule: string,
  changes: Changes = {},
  options: { druidVersion?: string; base?: BaseSpec; live?: LiveFacts; rules?: RuleSettings } = {},
): Finding[] {
  return runGuardrails(specWith(changes), {
    druidVersion: options.druidVersion ?? '35.0.0',
    rules: rulesFor({ rules: options.rules ?? {}, profiles: {}, overrides: [] }, undefined),
    ...(options.base ? { base: options.base } : {}),
    ...(options.live ? { live: options.live } : {}),
  }).filter((finding) => finding.rule === rule);
}
