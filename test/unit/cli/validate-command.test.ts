import { runCli } from '../../../src/cli/run.js';

async function cli(...argv: string[]) {
  return cliWithStdin(undefined, ...argv);
}

async function cliWithStdin(stdin: string | undefined, ...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (text) => (stdout += `${text}\n`),
    stderr: (text) => (stderr += `${text}\n`),
    cwd: process.cwd(),
    env: {},
    ...(stdin === undefined ? {} : { stdin: async () => new TextEncoder().encode(stdin) }),
  });
  return { code, stdout, stderr };
}

describe('druid-gitops validate', () => {
  test('exit 0 and a summary line for a spec Druid accepts as written (guardrail advice does not fail it)', async () => {
    const result = await cli('validate', 'test/fixtures/specs/orders.yaml');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('1 file, 1 supervisor: 0 errors, 1 warning, 2 notices.');
  });

  test('exit 1 with file:line:column findings when a spec has errors', async () => {
    const result = await cli('validate', 'test/fixtures/specs/mistakes/seed-like.json');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('test/fixtures/specs/mistakes/seed-like.json:20:34: error:');
  });

  test('--format json prints exactly the contract object', async () => {
    const result = await cli('validate', 'test/fixtures/specs', '--format', 'json');
    const report = JSON.parse(result.stdout);
    expect(Object.keys(report)).toEqual(['summary', 'files']);
    // Validation: 3 errors, 6 warnings (2 because no druidVersion is set and Druid 37+ refuses
    // flat-legacy.json's parser), 1 notice (the autoscaled taskCount); guardrails add 4 warnings
    // (parse errors) and 6 notices (missing facts).
    expect(report.summary).toEqual({ files: 4, supervisors: 4, errors: 3, warnings: 10, notices: 7 });
    const seed = report.files.find((file: { file: string }) => file.file.endsWith('seed-like.json'));
    expect(seed.supervisor).toBe('clicks_supervisor');
    expect(seed.findings[0]).toEqual({
      rule: 'druid/type',
      severity: 'error',
      message: expect.stringContaining('handoffConditionTimeout'),
      pointer: '/spec/tuningConfig/handoffConditionTimeout',
      line: 20,
      column: 34,
    });
  });

  test('--format sarif is SARIF 2.1.0 with rules and physical locations', async () => {
    const result = await cli('validate', 'test/fixtures/specs/mistakes/seed-like.json', '--format', 'sarif');
    const sarif = JSON.parse(result.stdout);
    expect(sarif.version).toBe('2.1.0');
    const run = sarif.runs[0];
    expect(run.tool.driver.rules.map((rule: { id: string }) => rule.id)).toEqual([
      'druid/removed-key',
      'druid/silent-default',
      'druid/type',
      'guardrail/late-data-vs-compaction',
      'guardrail/parse-exceptions',
    ]);
    const guardrail = run.tool.driver.rules.find(
      (rule: { id: string }) => rule.id === 'guardrail/parse-exceptions',
    );
    expect(guardrail).toMatchObject({
      shortDescription: { text: expect.stringContaining('Parse errors') },
      helpUri: expect.stringMatching(/docs\/guardrails\.md#guardrailparse-exceptions$/),
      defaultConfiguration: { level: 'warning' },
    });
    expect(run.results[0]).toMatchObject({
      ruleId: 'druid/type',
      level: 'error',
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'test/fixtures/specs/mistakes/seed-like.json' },
            region: { startLine: 20, startColumn: 34 },
          },
        },
      ],
    });
  });

  test('a file that cannot be parsed is reported with a null supervisor and the others are still checked', async () => {
    const result = await cli(
      'validate',
      'test/fixtures/specs/orders.yaml',
      'test/fixtures/broken/broken.json',
      '--format',
      'json',
    );
    const report = JSON.parse(result.stdout);
    expect(report.files.map((file: { supervisor: string | null }) => file.supervisor)).toEqual([
      null,
      'orders',
    ]);
    expect(result.code).toBe(1);
  });

  test('usage and I/O errors exit 2', async () => {
    expect((await cli('validate', 'no/such/path')).code).toBe(2);
    expect((await cli('validate', '--format', 'xml')).code).toBe(2);
    expect((await cli('validate', '--config', 'missing.yml', 'test/fixtures/specs')).code).toBe(2);
    expect((await cli('frobnicate')).code).toBe(2);
  });

  test('a recover command without a Druid URL says how to give one and exits 2', async () => {
    const result = await cli('status', 'clicks');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--druid-url (or DRUID_URL) is required');
  });

  test('"-" reads one spec from stdin: YAML unless it starts like JSON, shown as <stdin>', async () => {
    const yaml = await cliWithStdin('type: kafka\nspec:\n  dataSchema: {}\n', 'validate', '-');
    expect(yaml.code).toBe(1);
    expect(yaml.stdout).toMatch(/^<stdin>:\d+:\d+: error: /m);
    const json = await cliWithStdin('{"type": "kafka",', 'validate', '-', '--format', 'json');
    expect(JSON.parse(json.stdout).files[0]).toMatchObject({
      file: '<stdin>',
      findings: [{ rule: 'parse/syntax', line: 1 }],
    });
  });

  test('--stdin-name names the spec read from stdin and decides its format', async () => {
    const result = await cliWithStdin(
      '{"type": "kafka"}',
      'validate',
      '-',
      '--stdin-name',
      'supervisors/x.yaml',
    );
    expect(result.stdout).toMatch(/^supervisors\/x\.yaml:1:1: /m);
  });
});
