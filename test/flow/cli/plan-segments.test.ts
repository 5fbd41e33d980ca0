/**
 * `druid-gitops plan` between two commits of a local repository with retention and compaction
 * files: the segment changes with their findings, exit 1 when one blocks.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../../../src/cli/run.js';
import { spec } from '../../support/deploy.js';
import { useEmulator } from '../../support/emulator.js';

let repo: string;
/** Only the dry-run test asks for a cluster. */
const emulator = useEmulator({ version: '35.0.0', start: 'inTest' });

function git(...args: string[]): string {
  return execFileSync('git', args, { cwd: repo, encoding: 'utf8' }).trim();
}

function commit(files: Record<string, unknown>): string {
  for (const [file, value] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
    writeFileSync(path.join(repo, file), JSON.stringify(value, null, 2));
  }
  git('add', '-A');
  git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'change');
  return git('rev-parse', 'HEAD');
}

async function plan(...argv: string[]) {
  let stdout = '';
  const code = await runCli(['plan', ...argv], {
    stdout: (text) => (stdout += `${text}\n`),
    stderr: () => undefined,
    cwd: repo,
    env: {},
  });
  return { code, stdout };
}

beforeEach(() => {
  repo = mkdtempSync(path.join(tmpdir(), 'druid-gitops-plan-'));
  git('init', '-q');
});

test('plan lists retention and compaction changes and exits 1 when one is blocked', async () => {
  const base = commit({
    'supervisors/clicks.json': spec('clicks', (s) => (s.spec.ioConfig.lateMessageRejectionPeriod = 'PT6H')),
    'retention/clicks.json': [{ type: 'loadByPeriod', period: 'P30D' }, { type: 'dropForever' }],
    'compaction/clicks.json': { skipOffsetFromLatest: 'PT12H' },
  });
  commit({ 'compaction/clicks.json': { skipOffsetFromLatest: 'PT10H' } });
  const safe = await plan('--base', base, '--format', 'json');
  expect(safe.code).toBe(0);
  const json = JSON.parse(safe.stdout);
  expect(json.segments.map((s: { kind: string; action: string }) => [s.kind, s.action])).toEqual([
    ['compaction', 'update'],
    ['retention', 'noop'],
  ]);

  commit({ 'retention/clicks.json': [{ type: 'loadByPeriod', period: 'thirty days' }] });
  const blocked = await plan('--base', base);
  expect(blocked.code).toBe(1);
  expect(blocked.stdout).toMatch(/retention\/clicks\.json[^\n]*⛔ blocked/);
  expect(blocked.stdout).toContain('Dry run not possible: no cluster was given');
});

test('plan against a cluster runs the retention dry run with GETs only (the cluster is never written)', async () => {
  await emulator.start();
  const base = commit({
    'supervisors/clicks.json': spec('clicks', (s) => (s.spec.ioConfig.lateMessageRejectionPeriod = 'PT6H')),
    'retention/clicks.json': [{ type: 'loadByPeriod', period: 'P30D' }, { type: 'dropForever' }],
  });
  commit({ 'retention/clicks.json': [{ type: 'loadByPeriod', period: 'P7D' }, { type: 'dropForever' }] });
  emulator.control.clearRequests();
  const result = await plan('--base', base, '--druid-url', emulator.url);
  expect(result.code).toBe(0);
  expect(result.stdout).toContain('Dry run');
  expect(result.stdout).not.toContain('Dry run not possible');
  expect(emulator.control.requests().length).toBeGreaterThan(0);
  expect(emulator.control.writes()).toEqual([]);
});
