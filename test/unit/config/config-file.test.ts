import {
  DEFAULT_SAMPLING,
  ConfigError,
  DEFAULT_CONFIG,
  parseConfig,
  selectProfile,
} from '../../../src/config/config-file.js';

describe('.druid-gitops.yml', () => {
  test('an empty file means defaults', () => {
    expect(parseConfig('.druid-gitops.yml', '')).toEqual(DEFAULT_CONFIG);
  });

  test('druidVersion is read, also when YAML reads it as a number', () => {
    expect(parseConfig('.druid-gitops.yml', 'druidVersion: "31.0.0"\n').druidVersion).toBe('31.0.0');
    expect(parseConfig('.druid-gitops.yml', 'druidVersion: 34.0\n').druidVersion).toBe('34');
  });

  test('an unknown key is an error with file:line:column and a suggestion', () => {
    expect(() => parseConfig('.druid-gitops.yml', '# settings\ndruidVerison: 31.0.0\n')).toThrow(
      new ConfigError(
        '.druid-gitops.yml:2:15: unknown setting "druidVerison". Did you mean "druidVersion"? Known settings: druidVersion, profile, rules, profiles, overrides, suppressions, segments, sampling.',
      ),
    );
  });

  test('segments names the retention and compaction folders; an unknown key there is an error', () => {
    expect(parseConfig('.druid-gitops.yml', 'segments: { retention: ops/retention }\n').segments).toEqual({
      retention: 'ops/retention',
    });
    expect(() => parseConfig('.druid-gitops.yml', 'segments: { retentoin: x }\n')).toThrow(/retentoin/);
  });

  test('sampling: unset keys take the defaults; values stay out of comments unless showValues is true', () => {
    expect(parseConfig('.druid-gitops.yml', 'druidVersion: 33.0.0\n').sampling).toBeUndefined();
    expect(parseConfig('.druid-gitops.yml', 'sampling: { rows: 50 }\n').sampling).toEqual({
      ...DEFAULT_SAMPLING,
      rows: 50,
    });
    expect(DEFAULT_SAMPLING.showValues).toBe(false);
    expect(() => parseConfig('.druid-gitops.yml', 'sampling:\n  rows: 6000\n')).toThrow(
      /^\.druid-gitops\.yml:2:9: sampling\/rows must be <= 5000/,
    );
    expect(() => parseConfig('.druid-gitops.yml', 'sampling: { showValue: true }\n')).toThrow(
      /unknown setting "showValue" in sampling\. Did you mean "showValues"\?/,
    );
  });

  test('a version that is not a release number is an error at its line', () => {
    expect(() => parseConfig('.druid-gitops.yml', 'druidVersion: latest\n')).toThrow(
      /\.druid-gitops\.yml:1:15: druidVersion "latest"/,
    );
  });

  test('a syntax error names its position', () => {
    expect(() => parseConfig('.druid-gitops.yml', 'druidVersion: [\n')).toThrow(
      /^\.druid-gitops\.yml:\d+:\d+: YAML syntax error/,
    );
  });
});

describe('.druid-gitops.yml rule configuration', () => {
  const parse = (text: string) => parseConfig('.druid-gitops.yml', text);
  const problems = (text: string): string => {
    try {
      parse(text);
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      return (error as Error).message;
    }
    throw new Error('expected a ConfigError');
  };

  test('rules, profiles, overrides and suppressions are read', () => {
    const config = parse(`
druidVersion: 34.0.0
profile: production
rules:
  guardrail/max-rows-per-segment: { severity: error, parameters: { maximum: 3000000 } }
  druid/unknown-key: off
profiles:
  staging:
    rules: { guardrail/replicas: { parameters: { minimum: 1 } } }
overrides:
  - supervisors: "sandbox_*"
    rules: { guardrail/replicas: notice }
suppressions:
  - rule: guardrail/fine-segment-granularity
    supervisors: [clicks_minutely]
    files: supervisors/legacy/**
    pointer: /spec/dataSchema/granularitySpec
    reason: compacted hourly
`);
    expect(config).toEqual({
      druidVersion: '34.0.0',
      druidVersionAt: { file: '.druid-gitops.yml', line: 2, column: 15 },
      profile: 'production',
      rules: {
        'guardrail/max-rows-per-segment': { severity: 'error', parameters: { maximum: 3000000 } },
        'druid/unknown-key': { severity: 'off' },
      },
      profiles: { staging: { 'guardrail/replicas': { parameters: { minimum: 1 } } } },
      overrides: [{ supervisors: ['sandbox_*'], rules: { 'guardrail/replicas': { severity: 'notice' } } }],
      suppressions: [
        {
          rule: 'guardrail/fine-segment-granularity',
          supervisors: ['clicks_minutely'],
          files: ['supervisors/legacy/**'],
          pointer: '/spec/dataSchema/granularitySpec',
          reason: 'compacted hourly',
        },
      ],
    });
  });

  test('a misspelt rule id is an error at its line with the closest id', () => {
    expect(problems('rules:\n  guardrail/max-rows-per-segmnt: error\n')).toBe(
      '.druid-gitops.yml:2:34: unknown rule "guardrail/max-rows-per-segmnt". Did you mean "guardrail/max-rows-per-segment"? Rule ids are listed in docs/rules.md and docs/guardrails.md.',
    );
  });

  test('severities, parameter names and parameter types are checked, each at its line', () => {
    const message = problems(`rules:
  guardrail/replicas: { severity: eror }
  guardrail/handoff-timeout: { parameters: { minimun: PT5M } }
  guardrail/completion-timeout: { parameters: { publishAllowance: 5 } }
  druid/unknown-key: { parameters: { a: 1 } }
`);
    expect(message.split('\n')).toEqual([
      '.druid-gitops.yml:2:35: severity must be one of error, warning, notice, off; got "eror". Did you mean "error"?',
      '.druid-gitops.yml:3:55: "guardrail/handoff-timeout" has no parameter "minimun". Did you mean "minimum"? Its parameters: minimum.',
      '.druid-gitops.yml:4:67: publishAllowance must be an ISO-8601 duration such as "PT5M" (no months or years).',
      '.druid-gitops.yml:5:36: rule "druid/unknown-key" has no parameters.',
    ]);
  });

  test('rules that always stand cannot be configured', () => {
    expect(problems('rules:\n  parse/syntax: off\n')).toMatch(
      /^\.druid-gitops\.yml:2:17: rule "parse\/syntax" cannot be configured/,
    );
  });

  test('a suppression without a reason, or with an empty one, is an error', () => {
    expect(problems('suppressions:\n  - rule: guardrail/replicas\n')).toBe(
      '.druid-gitops.yml:2:5: suppressions/0 needs a "reason": every suppression says why the finding is acceptable.',
    );
    expect(problems('suppressions:\n  - rule: guardrail/replicas\n    reason: "  "\n')).toMatch(
      /^\.druid-gitops\.yml:3:13: suppressions\/0\/reason is empty/,
    );
  });

  test('a suppression for an unknown rule is an error', () => {
    expect(problems('suppressions:\n  - rule: guardrail/nope\n    reason: x\n')).toMatch(
      /^\.druid-gitops\.yml:2:11: unknown rule "guardrail\/nope"/,
    );
  });

  test('an unknown key inside an override or profile names where it is', () => {
    expect(problems('overrides:\n  - supervisors: a\n    rules: {}\n    rulez: {}\n')).toBe(
      '.druid-gitops.yml:4:12: unknown setting "rulez" in overrides/0. Did you mean "rules"? Known settings: supervisors, rules.',
    );
  });

  test('the selected profile must exist; production is built in', () => {
    expect(parse('profile: production\n').profile).toBe('production');
    expect(problems('profile: prod_eu\n')).toBe(
      '.druid-gitops.yml:1:10: unknown profile "prod_eu". Known profiles: production (define others under "profiles").',
    );
    expect(parse('profile: staging\nprofiles:\n  staging: { rules: {} }\n').profile).toBe('staging');
  });

  test('selectProfile applies --profile over the file and refuses unknown names', () => {
    const config = parse('profile: production\nprofiles:\n  staging: { rules: {} }\n');
    expect(selectProfile(config, 'staging').profile).toBe('staging');
    expect(() => selectProfile(config, 'qa')).toThrow(
      /unknown profile "qa".*Known profiles: production, staging/,
    );
  });
});
