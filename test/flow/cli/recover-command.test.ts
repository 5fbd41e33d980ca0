/**
 * The recover operations and the drift check from the command line, in-process against the
 * emulator (its clock as the CLI's clock): exit codes, refusal without --confirm, what is printed.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../../../src/cli/run.js';
import { spec } from '../../support/deploy.js';
import { useEmulator } from '../../support/emulator.js';

/** The CLI's journal goes to a folder of the test's, never the user's state folder. */
const STATE = mkdtempSync(path.join(tmpdir(), 'druid-gitops-state-'));

const emulator = useEmulator({
  version: '33.0.0',
  clusters: [{ name: 'prod', servers: ['kafka:9092'], autoCreateTopics: { partitions: 2, ratePerSec: 10 } }],
});
let repo: string;

beforeEach(async () => {
  repo = mkdtempSync(path.join(tmpdir(), 'druid-gitops-cli-'));
  await emulator.client.submitSupervisor(spec('clicks'));
  emulator.control.advance(60_000);
  emulator.control.clearRequests();
});

async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (t) => (stdout += `${t}\n`),
    stderr: (t) => (stderr += `${t}\n`),
    cwd: repo,
    env: { DRUID_URL: emulator.url, USER: 'oncall', XDG_STATE_HOME: STATE },
    clock: emulator.clock,
  });
  return { code, stdout, stderr };
}

test('status prints the state, tasks and lag of every supervisor and writes nothing', async () => {
  const result = await cli('status');
  expect(result.code).toBe(0);
  expect(result.stdout).toMatch(/^clicks {2}RUNNING {2}healthy {2}tasks 1\/1 \(0 publishing\) {2}lag \d+/m);
  expect(emulator.control.writes()).toEqual([]);
});

test('diagnose --format json is the report the action writes', async () => {
  const result = await cli('diagnose', 'clicks', '--format', 'json');
  expect(result.code).toBe(0);
  const report = JSON.parse(result.stdout) as {
    outcome: string;
    rows: Array<{ diagnosis: { severity: string } }>;
  };
  expect(report.outcome).toBe('read');
  expect(report.rows[0]?.diagnosis.severity).toBe('notice');
});

test('suspend exits 0 and the audit headers name the user and the reason', async () => {
  const result = await cli('suspend', 'clicks', '--reason', 'broker upgrade');
  expect(result.code).toBe(0);
  expect(result.stdout).toContain('clicks is suspended');
  expect(emulator.control.writes()[0]?.audit).toEqual({
    author: 'druid-gitops CLI (oncall)',
    comment: 'suspend clicks by oncall: broker upgrade',
  });
});

test('reset without --confirm exits 1, writes nothing, and says what it would do and how to go ahead', async () => {
  const result = await cli('reset', 'clicks');
  expect(result.code).toBe(1);
  expect(emulator.control.writes()).toEqual([]);
  expect(result.stdout).toContain('refused: reset is destructive: add --confirm clicks to go ahead.');
  expect(result.stdout).toContain('skipped — data loss');
  expect(result.stdout).toContain("To go ahead: druid-gitops reset clicks --confirm clicks --reason '...'");
});

test('reset --confirm runs and prints the offsets before and after', async () => {
  const result = await cli('reset', 'clicks', '--confirm', 'clicks', '--reason', 'offsets gone');
  expect(result.code).toBe(0);
  expect(emulator.control.writes().map((r) => r.path)).toEqual(['/druid/indexer/v1/supervisor/clicks/reset']);
  expect(result.stdout).toMatch(/Before: RUNNING, 1 reading, 0 publishing\n {2}partition +end +task-start/);
  expect(result.stdout).toContain('After: RUNNING');
});

test('a CI job cannot run a destructive operation, even confirmed', async () => {
  let stdout = '';
  const code = await runCli(['terminate', 'clicks', '--confirm', 'clicks'], {
    stdout: (t) => (stdout += t),
    stderr: () => {},
    cwd: repo,
    env: { DRUID_URL: emulator.url, CI: 'true', GITHUB_EVENT_NAME: 'schedule', XDG_STATE_HOME: STATE },
  });
  expect(code).toBe(1);
  expect(stdout).toContain('never runs automatically');
  expect(emulator.control.writes()).toEqual([]);
});

test('usage errors exit 2', async () => {
  expect((await cli('suspend')).code).toBe(2);
  expect((await cli('reset-offsets', 'clicks', '--confirm', 'clicks', '--offsets', '{"0": -1}')).code).toBe(
    2,
  );
  expect((await cli('status', '--format', 'yaml')).code).toBe(2);
});

test('drift exits 1 when the cluster differs from git at HEAD, 0 when they agree', async () => {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' });
  git('init', '-q');
  mkdirSync(path.join(repo, 'supervisors'));
  writeFileSync(
    path.join(repo, 'supervisors/clicks.json'),
    JSON.stringify(spec('clicks', (s) => (s.spec.ioConfig.taskCount = 2))),
  );
  git('add', '-A');
  git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'specs');

  const differs = await cli('drift');
  expect(differs.code).toBe(1);
  expect(differs.stdout).toContain('clicks: drifted: 1 field on the cluster differs from git');
  expect(differs.stdout).toContain('changed /spec/ioConfig/taskCount: 2 -> 1');

  await emulator.client.submitSupervisor(spec('clicks', (s) => (s.spec.ioConfig.taskCount = 2)));
  expect((await cli('drift')).code).toBe(0);
});

test('reset-offsets on a suspended supervisor waits for no task and says how to confirm the offsets', async () => {
  await emulator.client.suspendSupervisor('clicks');
  emulator.control.advance(30_000);
  const started = emulator.control.now();
  const result = await cli('reset-offsets', 'clicks', '--offsets', '{"0": 5}', '--confirm', 'clicks');
  expect(result.code).toBe(0);
  expect(emulator.control.now() - started).toBeLessThan(10_000);
  expect(result.stdout).toContain('it stays suspended, and no task reads until it is resumed');
  expect(result.stdout).toContain('`druid-gitops resume clicks`');
  expect(result.stdout).not.toContain('After:');
});

test('reset-offsets on a suspended supervisor still needs --confirm equal to the id: without it, or with another id, exit 1 and nothing written', async () => {
  await emulator.client.suspendSupervisor('clicks');
  emulator.control.advance(30_000);
  emulator.control.clearRequests();
  const unconfirmed = await cli('reset-offsets', 'clicks', '--offsets', '{"0": 5}');
  expect(unconfirmed.code).toBe(1);
  expect(unconfirmed.stdout).toContain('refused: reset-offsets is destructive: add --confirm clicks');
  const wrong = await cli('reset-offsets', 'clicks', '--offsets', '{"0": 5}', '--confirm', 'views');
  expect(wrong.code).toBe(1);
  expect(wrong.stdout).toContain('--confirm must be exactly the supervisor id clicks, got "views"');
  expect(emulator.control.writes()).toEqual([]);
});

test('reset-offsets on a running supervisor confirms the new tasks start where it was asked', async () => {
  const result = await cli('reset-offsets', 'clicks', '--offsets', '{"0": 5}', '--confirm', 'clicks');
  expect(result.code).toBe(0);
  expect(result.stdout).toContain('offsets set, and the new tasks start every asked partition there');
  expect(result.stdout).toMatch(/After: RUNNING[^\n]*\n[^\n]*\n {2}0 +\d+ +5 /);
});
