import { applyConfiguration, type FileConfiguration } from '../../../src/config/apply-config.js';
import { rulesFor, type RuleSettings, type Suppression } from '../../../src/config/rule-settings.js';
import type { Finding } from '../../../src/common/finding.js';

const unknownKey: Finding = {
  rule: 'druid/unknown-key',
  severity: 'warning',
  pointer: '/spec/x',
  message: 'm',
  line: 4,
};
const replicas: Finding = {
  rule: 'guardrail/replicas',
  severity: 'error',
  pointer: '/spec/ioConfig/replicas',
  message: 'm',
  line: 9,
};
const syntax: Finding = { rule: 'parse/syntax', severity: 'error', pointer: '', message: 'm', line: 1 };

function apply(
  findings: Finding[],
  options: { rules?: RuleSettings; suppressions?: Suppression[]; inline?: FileConfiguration['inline'] } = {},
  supervisor: string | undefined = 'clicks',
) {
  return applyConfiguration(findings, {
    file: 'supervisors/clicks.yaml',
    supervisor,
    rules: rulesFor({ rules: options.rules ?? {}, profiles: {}, overrides: [] }, supervisor),
    suppressions: options.suppressions ?? [],
    inline: options.inline ?? [],
  });
}

describe('applyConfiguration', () => {
  test('validation rules take their configured severity, or disappear when off', () => {
    expect(apply([unknownKey], { rules: { 'druid/unknown-key': { severity: 'error' } } })[0]?.severity).toBe(
      'error',
    );
    expect(apply([unknownKey], { rules: { 'druid/unknown-key': { severity: 'off' } } })).toEqual([]);
  });

  test('findings of rules that always stand are untouched', () => {
    expect(
      apply([syntax], { suppressions: [{ rule: 'parse/syntax', reason: 'no' }] as Suppression[] })[0],
    ).toEqual(syntax);
  });

  test('a config suppression marks matching findings and keeps them', () => {
    const [finding] = apply([replicas], {
      suppressions: [{ rule: 'guardrail/replicas', reason: 'single-node staging', supervisors: ['cl*'] }],
    });
    expect(finding).toEqual({ ...replicas, suppressed: { reason: 'single-node staging', source: 'config' } });
  });

  test('supervisor, file and pointer limits must all match', () => {
    const suppress = (extra: Partial<Suppression>) =>
      apply([replicas], { suppressions: [{ rule: 'guardrail/replicas', reason: 'r', ...extra }] })[0]
        ?.suppressed;
    expect(suppress({ supervisors: ['orders'] })).toBeUndefined();
    expect(suppress({ files: ['supervisors/*.json'] })).toBeUndefined();
    expect(suppress({ files: ['supervisors/*.yaml'] })).toBeDefined();
    expect(suppress({ pointer: '/spec/ioConfig' })).toBeDefined();
    expect(suppress({ pointer: '/spec/io' })).toBeUndefined();
  });

  test("an inline suppression on the finding's line wins and is marked inline", () => {
    const [finding] = apply([replicas], {
      inline: [{ rules: ['guardrail/replicas'], reason: 'demo cluster', lines: [9] }],
      suppressions: [{ rule: 'guardrail/replicas', reason: 'config' }],
    });
    expect(finding?.suppressed).toEqual({ reason: 'demo cluster', source: 'inline' });
  });

  test('an inline suppression on another line or for another rule does not apply', () => {
    expect(
      apply([replicas], { inline: [{ rules: ['guardrail/replicas'], reason: 'r', lines: [8] }] })[0]
        ?.suppressed,
    ).toBeUndefined();
    expect(
      apply([replicas], { inline: [{ rules: ['druid/unknown-key'], reason: 'r', lines: [9] }] })[0]
        ?.suppressed,
    ).toBeUndefined();
  });
});
