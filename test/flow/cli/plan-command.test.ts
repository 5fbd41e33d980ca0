/**
 * `druid-gitops plan` as a person runs it in a terminal: text by default there (Markdown in a
 * pipe), a warning for edits it leaves out because they are not committed, and a reason on stderr
 * for every exit 1 — also when what blocks is a file the merge does not change. Against a cluster,
 * a suspended supervisor shows no lag (Druid's 0 then means "unknown").
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { CliIO } from '../../../src/cli/io.js';
import { runCli } from '../../../src/cli/run.js';
import { spec } from '../../support/deploy.js';
import { useEmulator } from '../../support/emulator.js';

let repo: string;
const emulator = useEmulator({
  version: '33.0.0',
  start: 'inTest',
  clusters: [{ name: 'prod', servers: ['kafka:9092'], autoCreateTopics: { partitions: 2, ratePerSec: 10 } }],
});

function git(...args: string[]): string {
  return execFileSync('git', args, { cwd: repo, encoding: 'utf8' }).trim();
}

function write(files: Record<string, unknown>): void {
  for (const [file, value] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
    writeFileSync(path.join(repo, file), JSON.stringify(value, null, 2));
  }
}

function commit(files: Record<string, unknown>): string {
  write(files);
  git('add', '-A');
  git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'change');
  return git('rev-parse', 'HEAD');
}

async function plan(argv: string[], extra: Partial<CliIO> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(['plan', ...argv], {
    stdout: (text) => (stdout += `${text}\n`),
    stderr: (text) => (stderr += `${text}\n`),
    cwd: repo,
    env: {},
    ...extra,
  });
  return { code, stdout, stderr };
}

beforeEach(() => {
  repo = mkdtempSync(path.join(tmpdir(), 'druid-gitops-plan-text-'));
  git('init', '-q');
});

test('on a terminal the plan is text; in a pipe it is the review comment', async () => {
  const base = commit({ 'supervisors/clicks.json': spec('clicks') });
  commit({ 'supervisors/clicks.json': spec('clicks', (s) => (s.spec.ioConfig.taskCount = 2)) });
  const text = await plan(['--base', base], { tty: { stdout: true, stderr: true }, env: { NO_COLOR: '1' } });
  expect(text.code).toBe(0);
  expect(text.stdout).toMatch(/^On merge: 1 supervisor changes \(1 \w/);
  expect(text.stdout).toMatch(/^update {2}clicks {2}\w.* {2}supervisors\/clicks\.json$/m);
  expect(text.stdout).toContain('  ~ /spec/ioConfig/taskCount: 1 → 2');
  expect((await plan(['--base', base])).stdout).toMatch(/^## druid-gitops review/);
});

test('uncommitted edits are left out with a warning that names them', async () => {
  const base = commit({ 'supervisors/clicks.json': spec('clicks') });
  write({ 'supervisors/clicks.json': spec('clicks', (s) => (s.spec.ioConfig.taskCount = 2)) });
  write({ 'supervisors/views.json': spec('views') });
  const result = await plan(['--base', base, '--format', 'text']);
  expect(result.stdout).toContain('No change on merge.');
  expect(result.stderr).toBe(
    'druid-gitops plan: 2 uncommitted changes left out (the plan reads HEAD as committed): supervisors/clicks.json, supervisors/views.json. Commit them to plan them too.\n',
  );
});

test('a file the merge does not change, blocked by errors already on the base, is shown and named on exit 1', async () => {
  const broken = spec(
    'orders',
    (s) => (s.spec.tuningConfig = { type: 'kafka', handoffConditionTimeout: 'PT10M' }),
  );
  const base = commit({ 'supervisors/orders.json': broken, 'supervisors/clicks.json': spec('clicks') });
  const result = await plan(['--base', base]);
  expect(result.code).toBe(1);
  expect(result.stdout).toContain('⛔ <code>orders</code> is not changed by the merge');
  expect(result.stderr).toMatch(
    /^druid-gitops plan: exit 1: orders is blocked \(unchanged by the merge; already on the base\): druid\/type: "handoffConditionTimeout" is a number of milliseconds/,
  );
});

test('a suspended supervisor shows no lag: Druid’s aggregateLag 0 then means unknown', async () => {
  await emulator.start();
  await emulator.client.submitSupervisor(spec('clicks'));
  emulator.control.advance(60_000);
  await emulator.client.suspendSupervisor('clicks');
  emulator.control.advance(30_000);
  const base = commit({ 'supervisors/clicks.json': spec('clicks') });
  commit({ 'supervisors/clicks.json': spec('clicks', (s) => (s.spec.ioConfig.taskCount = 2)) });
  const result = await plan(['--base', base, '--format', 'json'], { env: { DRUID_URL: emulator.url } });
  const live = JSON.parse(result.stdout).supervisors[0].live;
  expect(live.state).toContain('SUSPENDED');
  expect(live.aggregateLag).toBeUndefined();
});
