/**
 * Real signals to a real process: the CLI bundled as it ships (scripts/bundle.mjs into a temporary
 * folder), run by `node` against `druid-gitops emulator` in another process, interrupted with
 * SIGINT the way Ctrl-C in a terminal does. The in-process tests (safety-net.test.ts, the fault
 * matrix) cover each step and each outcome; this one proves the wiring of process.on('SIGINT').
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createOverlordClient, type OverlordClient } from '../../../src/druid/index.js';
import { spec } from '../../support/deploy.js';

const work = mkdtempSync(path.join(tmpdir(), 'druid-gitops-signals-'));
const cli = path.join(work, 'dist', 'cli.js');
let emulator: ChildProcess;
let url: string;
let client: OverlordClient;
let repo: string;
let state: string;
let base: string;

beforeAll(async () => {
  execFileSync(process.execPath, ['scripts/bundle.mjs', '--outdir', path.join(work, 'dist')]);
  // 50 emulated seconds per real one: a supervisor starts, suspends and publishes within the test.
  emulator = spawn(process.execPath, [cli, 'emulator', '--time-scale', '50'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  url = await new Promise<string>((resolve) =>
    emulator.stdout?.once('data', (chunk: Buffer) => resolve(chunk.toString().trim().split('\n')[0] ?? '')),
  );
  client = createOverlordClient({ url });
});

afterAll(async () => {
  await client.close();
  emulator.kill('SIGTERM');
  await new Promise((resolve) => emulator.once('exit', resolve));
});

beforeEach(async () => {
  repo = mkdtempSync(path.join(work, 'repo-'));
  state = mkdtempSync(path.join(work, 'state-'));
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' }).trim();
  const commit = (value: object, message: string) => {
    mkdirSync(path.join(repo, 'supervisors'), { recursive: true });
    writeFileSync(path.join(repo, 'supervisors', 'clicks.json'), JSON.stringify(value));
    git('add', '-A');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', message);
    return git('rev-parse', 'HEAD');
  };
  git('init', '-q');
  const demo = (changes: (s: { spec: { ioConfig: Record<string, unknown> } }) => void = () => {}) =>
    spec('clicks', (s) => {
      s.spec.ioConfig.consumerProperties = { 'bootstrap.servers': 'localhost:9092' };
      s.spec.ioConfig.startDelay = 'PT1S';
      changes(s);
    });
  base = commit(demo(), 'base');
  commit(
    demo((s) => (s.spec.ioConfig.taskCount = 2)),
    'head',
  );
  await client.terminateSupervisor('clicks').catch(() => {});
  await client.submitSupervisor(demo());
  await waitFor(async () => (await client.getSupervisorStatus('clicks')).payload.activeTasks.length > 0);
});

async function waitFor(done: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (await done()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('timed out');
}

/**
 * Runs `druid-gitops deploy`; once it has asked Druid to suspend, sends the signals together (two
 * different ones: the kernel may merge two pending signals of one kind), so a second one arrives
 * before the repair the first one started could finish.
 */
async function deployInterrupted(
  ...signals: NodeJS.Signals[]
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [cli, 'deploy', '--druid-url', url, '--base', base], {
    cwd: repo,
    env: { ...process.env, XDG_STATE_HOME: state },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  let sent = false;
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    if (sent || !stderr.includes('clicks: suspend: suspend requested')) return;
    sent = true;
    for (const signal of signals) child.kill(signal);
  });
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  return { code, stdout, stderr };
}

test('Ctrl-C (SIGINT) to the process after the suspend: the previous spec runs again, exit 130', async () => {
  const run = await deployInterrupted('SIGINT');

  expect(run.code).toBe(130);
  expect(run.stderr).toContain('SIGINT: stopping.');
  expect(run.stdout).toContain('clicks: the spec that ran before the deploy was put back and resumed');
  const stored = await client.getSupervisorSpec('clicks');
  expect(stored.suspended).toBe(false);
  expect(JSON.stringify(stored)).toContain('"taskCount":1');
  expect(readdirSync(path.join(state, 'druid-gitops', 'suspensions'))).toEqual([]);
});

test('a second signal exits at once with the resume command; the record stays for the next run', async () => {
  const run = await deployInterrupted('SIGINT', 'SIGTERM');

  // Which of the two the process handles first is the kernel's choice; the code is the first one's.
  const [first, second] = run.stderr.includes('SIGINT: stopping')
    ? ['SIGINT', 'SIGTERM']
    : ['SIGTERM', 'SIGINT'];
  expect(run.code).toBe(first === 'SIGINT' ? 130 : 143);
  expect(run.stderr).toContain(`${second} again: exiting at once. Still suspended by this run`);
  expect(run.stderr).toContain(`  clicks: druid-gitops resume clicks --druid-url ${url}`);
  const folder = path.join(state, 'druid-gitops', 'suspensions');
  const records = readdirSync(folder).map((file) =>
    JSON.parse(readFileSync(path.join(folder, file), 'utf8')),
  );
  expect(records).toMatchObject([{ id: 'clicks', cluster: url, run: { command: 'deploy' } }]);
});
