import { parseConfig } from '../../../src/config/config-file.js';
import { rulesFor } from '../../../src/config/rule-settings.js';
import { GUARDRAIL_RULES } from '../../../src/guardrails/catalogue.js';
import { runGuardrails } from '../../../src/guardrails/engine.js';
import { RULES_BY_ID } from '../../../src/config/rule-catalogue.js';
import { checkLikeExamples, REFERENCE_SPEC, runExample } from '../../../scripts/guardrail-examples.js';
import { specWith } from './helpers.js';

const ids = GUARDRAIL_RULES.map((rule) => rule.id);

describe('the guardrail catalogue', () => {
  test('ids are unique, stable in form, and in the shared catalogue SARIF and docs use', () => {
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(id).toMatch(/^guardrail\/[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(RULES_BY_ID.get(id)?.description.length).toBeGreaterThan(100);
    }
  });

  test('the reference spec passes every guardrail', () => {
    expect(checkLikeExamples(structuredClone(REFERENCE_SPEC) as Record<string, unknown>)).toEqual([]);
  });

  test.each(ids)('the documented example of %s fails it', (id) => {
    const rule = GUARDRAIL_RULES.find((candidate) => candidate.id === id);
    expect(runExample(rule as (typeof GUARDRAIL_RULES)[number]).length).toBeGreaterThan(0);
  });

  test('every parameter default is a value the configuration accepts', () => {
    const lines = ['rules:'];
    for (const rule of GUARDRAIL_RULES) {
      const parameters = Object.entries(rule.parameters).map(
        ([name, info]) => `${name}: ${JSON.stringify(info.default)}`,
      );
      if (parameters.length > 0) lines.push(`  ${rule.id}: { parameters: { ${parameters.join(', ')} } }`);
    }
    expect(() => parseConfig('.druid-gitops.yml', lines.join('\n'))).not.toThrow();
  });
});

describe('runGuardrails', () => {
  const run = (rules = {}, value = specWith({ '/spec/tuningConfig/maxRowsPerSegment': 9000000 })) =>
    runGuardrails(value, {
      druidVersion: '35.0.0',
      rules: rulesFor({ rules, profiles: {}, overrides: [] }, undefined),
    });

  test('a rule turned off does not run', () => {
    expect(run().some((finding) => finding.rule === 'guardrail/max-rows-per-segment')).toBe(true);
    expect(
      run({ 'guardrail/max-rows-per-segment': { severity: 'off' } }).some(
        (finding) => finding.rule === 'guardrail/max-rows-per-segment',
      ),
    ).toBe(false);
  });

  test('a configured severity replaces the default, but a missing-fact notice stays a notice', () => {
    const findings = run({
      'guardrail/max-rows-per-segment': { severity: 'error' },
      'guardrail/task-count-vs-partitions': { severity: 'error' },
    });
    expect(findings.find((finding) => finding.rule === 'guardrail/max-rows-per-segment')?.severity).toBe(
      'error',
    );
    expect(findings.find((finding) => finding.rule === 'guardrail/task-count-vs-partitions')?.severity).toBe(
      'notice',
    );
  });

  test('configured parameters replace defaults', () => {
    const findings = run({ 'guardrail/max-rows-per-segment': { parameters: { maximum: 10000000 } } });
    expect(findings.some((finding) => finding.rule === 'guardrail/max-rows-per-segment')).toBe(false);
  });

  test('non-Kafka supervisors are left to validation', () => {
    expect(run({}, { type: 'kinesis', spec: { ioConfig: { stream: 's' } } })).toEqual([]);
  });

  test('the flat (legacy) layout is checked at its own pointers', () => {
    const wrapped = specWith({ '/spec/tuningConfig/maxRowsPerSegment': 9000000 });
    const { spec, ...top } = wrapped as { spec: Record<string, unknown> };
    const finding = run({}, { ...top, ...spec }).find(
      (candidate) => candidate.rule === 'guardrail/max-rows-per-segment',
    );
    expect(finding?.pointer).toBe('/tuningConfig/maxRowsPerSegment');
  });
});
