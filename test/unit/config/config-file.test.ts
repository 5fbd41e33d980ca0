import { ConfigError, DEFAULT_CONFIG, parseConfig } from '../../../src/config/config-file.js';

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
        '.druid-gitops.yml:2:15: unknown setting "druidVerison". Did you mean "druidVersion"? Known settings: druidVersion.',
      ),
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
