import { runCli } from '../../../src/cli/run.js';

async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (text) => (stdout += `${text}\n`),
    stderr: (text) => (stderr += `${text}\n`),
    cwd: process.cwd(),
    env: {},
  });
  return { code, stdout, stderr };
}

describe('the command dispatcher', () => {
  test('a misspelt command gets a "did you mean", not the whole help', async () => {
    const result = await cli('stauts');
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'druid-gitops: unknown command "stauts". Did you mean "status"? Run "druid-gitops --help" for the commands.\n',
    );
  });

  test('a command nothing resembles is named, with where to look', async () => {
    const result = await cli('frobnicate');
    expect(result.stderr).toBe(
      'druid-gitops: unknown command "frobnicate". Run "druid-gitops --help" for the commands.\n',
    );
  });

  test('emulator --help prints its options and exits 0 without starting it', async () => {
    const result = await cli('emulator', '--help');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Usage: druid-gitops emulator \[--port N\]/);
    expect(result.stdout).toContain('kafka-broker-01:9092');
  });
});
