import {
  BUILTIN_PROFILES,
  knownProfiles,
  rulesFor,
  type RuleLayers,
} from '../../../src/config/rule-settings.js';

const layers: RuleLayers = {
  rules: {
    'guardrail/replicas': { severity: 'notice', parameters: { minimum: 1 } },
    'guardrail/max-rows-per-segment': { parameters: { maximum: 4000000 } },
  },
  profiles: {
    production: { 'guardrail/max-rows-per-segment': { severity: 'error' } },
    staging: { 'guardrail/replicas': { severity: 'off' } },
  },
  overrides: [
    {
      supervisors: ['sandbox_*'],
      rules: { 'guardrail/max-rows-per-segment': { parameters: { maximum: 9000000 } } },
    },
    { supervisors: ['sandbox_big'], rules: { 'guardrail/max-rows-per-segment': { severity: 'off' } } },
  ],
};

describe('rulesFor', () => {
  test('without a profile or a matching override, the file-wide rules apply', () => {
    const rules = rulesFor(layers, 'clicks');
    expect(rules.severity('guardrail/replicas')).toBe('notice');
    expect(rules.parameters('guardrail/max-rows-per-segment')).toEqual({ maximum: 4000000 });
    expect(rules.severity('guardrail/topic-changed')).toBeUndefined();
    expect(rules.parameters('guardrail/topic-changed')).toEqual({});
  });

  test("the built-in production profile, then the file's production profile, layer over the rules", () => {
    const rules = rulesFor({ ...layers, profile: 'production' }, 'clicks');
    expect(BUILTIN_PROFILES.production?.['guardrail/replicas']).toEqual({
      severity: 'error',
      parameters: { minimum: 2 },
    });
    expect(rules.severity('guardrail/replicas')).toBe('error');
    expect(rules.parameters('guardrail/replicas')).toEqual({ minimum: 2 });
    expect(rules.severity('guardrail/max-rows-per-segment')).toBe('error');
    expect(rules.parameters('guardrail/max-rows-per-segment')).toEqual({ maximum: 4000000 });
  });

  test('overrides match supervisor ids by glob and apply in file order, per parameter', () => {
    const sandbox = rulesFor({ ...layers, profile: 'production' }, 'sandbox_small');
    expect(sandbox.parameters('guardrail/max-rows-per-segment')).toEqual({ maximum: 9000000 });
    expect(sandbox.severity('guardrail/max-rows-per-segment')).toBe('error');
    expect(rulesFor(layers, 'sandbox_big').severity('guardrail/max-rows-per-segment')).toBe('off');
  });

  test('a file without a supervisor id gets no override', () => {
    expect(rulesFor(layers, undefined).parameters('guardrail/max-rows-per-segment')).toEqual({
      maximum: 4000000,
    });
  });

  test("known profiles are the built-in ones and the file's", () => {
    expect(knownProfiles(layers)).toEqual(['production', 'staging']);
  });
});
