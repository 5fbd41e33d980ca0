import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../../../src/cli/run.js';

const SPEC = `type: kafka
spec:
  dataSchema:
    dataSource: clicks
    timestampSpec: { column: ts, format: iso }
    dimensionsSpec: { dimensions: [page] }
    metricsSpec: [{ type: count, name: count }]
    granularitySpec: { type: uniform, segmentGranularity: HOUR, queryGranularity: MINUTE, rollup: true }
  ioConfig:
    topic: clicks
    inputFormat: { type: json }
    consumerProperties: { bootstrap.servers: "kafka:9092" }
    replicas: 1
    lateMessageRejectionPeriod: PT6H
  tuningConfig:
    type: kafka
    handoffConditionTimeout: 900000
    logParseExceptions: true
    maxParseExceptions: 1000
    maxSavedParseExceptions: 100
    resetOffsetAutomatically: true__COMMENT__
`;

function workspace(files: Record<string, string>): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'druid-gitops-guardrails-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(folder, name), text);
  return folder;
}

async function validate(cwd: string, ...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(['validate', ...args], {
    stdout: (text) => (stdout += `${text}\n`),
    stderr: (text) => (stderr += `${text}\n`),
    cwd,
    env: {},
  });
  return { code, stdout, stderr, json: () => JSON.parse(stdout) };
}

const spec = (comment = '') => SPEC.replace('__COMMENT__', comment);
const rulesOf = (report: { files: Array<{ findings: Array<{ rule: string }> }> }) =>
  report.files.flatMap((file) => file.findings.map((finding) => finding.rule));

describe('druid-gitops validate with guardrails', () => {
  test('guardrail findings are reported beside validation findings, with lines, and errors fail the run', async () => {
    const cwd = workspace({ 'clicks.yaml': spec() });
    const result = await validate(cwd, 'clicks.yaml', '--format', 'json');
    expect(result.code).toBe(1);
    const finding = result.json().files[0].findings[0];
    expect(finding).toEqual({
      rule: 'guardrail/reset-offset-automatically',
      severity: 'error',
      message: expect.stringContaining('skips every message'),
      pointer: '/spec/tuningConfig/resetOffsetAutomatically',
      line: 21,
      column: 31,
    });
  });

  test('configuration decides what fails: the same finding as a warning exits 0', async () => {
    const cwd = workspace({
      'clicks.yaml': spec(),
      '.druid-gitops.yml': 'rules:\n  guardrail/reset-offset-automatically: warning\n',
    });
    const result = await validate(cwd, 'clicks.yaml');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('clicks.yaml:21:31: warning: resetOffsetAutomatically true');
  });

  test('an inline suppression with a reason keeps the finding, marked, and it no longer fails the run', async () => {
    const cwd = workspace({
      'clicks.yaml': spec(
        '  # druid-gitops-ignore guardrail/reset-offset-automatically: replay is acceptable here',
      ),
    });
    const json = await validate(cwd, 'clicks.yaml', '--format', 'json');
    expect(json.code).toBe(0);
    expect(json.json().summary.errors).toBe(0);
    expect(json.json().files[0].findings[0]).toMatchObject({
      rule: 'guardrail/reset-offset-automatically',
      suppressed: { reason: 'replay is acceptable here', source: 'inline' },
    });
    const text = await validate(cwd, 'clicks.yaml');
    expect(text.stdout).toContain('(suppressed: replay is acceptable here)');
    const sarif = JSON.parse((await validate(cwd, 'clicks.yaml', '--format', 'sarif')).stdout);
    expect(sarif.runs[0].results[0].suppressions).toEqual([
      { kind: 'inSource', justification: 'replay is acceptable here' },
    ]);
  });

  test('an inline suppression without a reason is a finding and suppresses nothing', async () => {
    const cwd = workspace({
      'clicks.yaml': spec('  # druid-gitops-ignore guardrail/reset-offset-automatically'),
    });
    const result = await validate(cwd, 'clicks.yaml', '--format', 'json');
    expect(result.code).toBe(1);
    expect(rulesOf(result.json())).toEqual([
      'guardrail/reset-offset-automatically',
      'suppression/invalid',
      'guardrail/late-data-vs-compaction', // a notice: no cluster says whether compaction runs
    ]);
  });

  test('a config suppression applies to the supervisors it names', async () => {
    const config = (glob: string) =>
      `suppressions:\n  - rule: guardrail/reset-offset-automatically\n    supervisors: "${glob}"\n    reason: replay tested\n`;
    const suppressed = workspace({ 'clicks.yaml': spec(), '.druid-gitops.yml': config('cl*') });
    expect((await validate(suppressed, 'clicks.yaml')).code).toBe(0);
    const other = workspace({ 'clicks.yaml': spec(), '.druid-gitops.yml': config('orders') });
    expect((await validate(other, 'clicks.yaml')).code).toBe(1);
  });

  test('--profile production turns one replica into an error; an unknown profile is a usage error', async () => {
    const cwd = workspace({
      'clicks.yaml': spec(),
      '.druid-gitops.yml': 'rules:\n  guardrail/reset-offset-automatically: off\n',
    });
    expect((await validate(cwd, 'clicks.yaml')).code).toBe(0);
    const production = await validate(cwd, 'clicks.yaml', '--profile', 'production', '--format', 'json');
    expect(production.code).toBe(1);
    expect(production.json().files[0].findings[0]).toMatchObject({
      rule: 'guardrail/replicas',
      severity: 'error',
      message: expect.stringContaining('the production profile requires at least 2'),
    });
    const unknown = await validate(cwd, 'clicks.yaml', '--profile', 'prod');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown profile "prod"');
  });

  test('a broken configuration is a usage error that names file, line and column', async () => {
    const cwd = workspace({
      'clicks.yaml': spec(),
      '.druid-gitops.yml': 'rules:\n  guardrail/reset-offset-automaticaly: off\n',
    });
    const result = await validate(cwd, 'clicks.yaml');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      '.druid-gitops.yml:2:40: unknown rule "guardrail/reset-offset-automaticaly". Did you mean "guardrail/reset-offset-automatically"?',
    );
  });
});
