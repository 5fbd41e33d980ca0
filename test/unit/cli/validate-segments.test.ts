/**
 * `druid-gitops validate` with retention and compaction files beside the supervisors: their
 * findings with file:line:column, the cross-checks on the supervisor, and a repository without
 * segment folders checked exactly as before.
 */
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../../src/cli/run.js';

async function cli(cwd: string, ...argv: string[]) {
  let stdout = '';
  const code = await runCli(argv, {
    stdout: (text) => (stdout += `${text}\n`),
    stderr: () => undefined,
    cwd,
    env: {},
  });
  return { code, stdout };
}

function repo(files: Record<string, string>): string {
  const cwd = mkdtempSync(join(tmpdir(), 'validate-segments-'));
  mkdirSync(join(cwd, 'supervisors'));
  cpSync('test/fixtures/specs/orders.yaml', join(cwd, 'supervisors/orders.yaml'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(cwd, name, '..'), { recursive: true });
    writeFileSync(join(cwd, name), text);
  }
  return cwd;
}

const GOOD_RETENTION = '- type: loadByPeriod\n  period: P30D\n- type: dropForever\n';

describe('druid-gitops validate with segment files', () => {
  test('a repository without segment folders reports exactly the supervisors', async () => {
    const result = await cli(repo({}), 'validate', '--format', 'json');
    const report = JSON.parse(result.stdout);
    expect(report.files.map((file: { file: string }) => file.file)).toEqual(['supervisors/orders.yaml']);
    expect(JSON.stringify(report)).not.toMatch(/retention|compaction-missing|"kind"/);
  });

  test('segment files are checked with positions, and marked by kind', async () => {
    const cwd = repo({
      'retention/orders.yaml': '- type: loadForever\n- type: dropByPeriod\n  period: P7D\n',
      'compaction/orders.yaml': 'skipOffsetFromLatest: 2 hours\n',
    });
    const result = await cli(cwd, 'validate', '--format', 'json');
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    const byFile = Object.fromEntries(report.files.map((file: { file: string }) => [file.file, file]));
    expect(byFile['retention/orders.yaml']).toMatchObject({
      kind: 'retention',
      supervisor: null,
      findings: [expect.objectContaining({ rule: 'retention/dead-rule', line: 2, column: 3 })],
    });
    expect(byFile['compaction/orders.yaml'].findings).toEqual([
      expect.objectContaining({ rule: 'druid/period', severity: 'error', line: 1, column: 23 }),
    ]);
  });

  test('a datasource without a compaction file fails the cross-check; a suppression with a reason waives it', async () => {
    const cwd = repo({ 'retention/orders.yaml': GOOD_RETENTION, 'compaction/other.yaml': '{}\n' });
    const missing = await cli(cwd, 'validate');
    expect(missing.stdout).toMatch(
      /supervisors\/orders\.yaml:\d+:\d+: warning: No compaction file for the datasource "orders"/,
    );
    writeFileSync(
      join(cwd, '.druid-gitops.yml'),
      'suppressions:\n  - rule: guardrail/compaction-missing\n    supervisors: orders\n    reason: compacted by a batch job\n',
    );
    const waived = await cli(cwd, 'validate');
    expect(waived.stdout).toContain('(suppressed: compacted by a batch job) [guardrail/compaction-missing');
  });

  test('a file named alone inside a segment folder is checked as a segment file', async () => {
    const cwd = repo({ 'retention/orders.yaml': GOOD_RETENTION });
    const result = await cli(cwd, 'validate', 'retention/orders.yaml', '--format', 'json');
    const report = JSON.parse(result.stdout);
    expect(report.files).toEqual([
      { file: 'retention/orders.yaml', supervisor: null, kind: 'retention', findings: [] },
    ]);
  });
});
