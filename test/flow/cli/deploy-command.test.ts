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
  version: '35.0.0',
  clusters: [{ name: 'prod', servers: ['kafka:9092'], autoCreateTopics: { partitions: 1, ratePerSec: 5 } }],
});
let repo: string;

function git(...args: string[]): string {
  return execFileSync('git', args, { cwd: repo, encoding: 'utf8' }).trim();
}

function commit(files: Record<string, object>, message: string): string {
  for (const [file, value] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
    writeFileSync(path.join(repo, file), JSON.stringify(value, null, 2));
  }
  git('add', '-A');
  git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', message);
  return git('rev-parse', 'HEAD');
}

async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (t) => (stdout += `${t}\n`),
    stderr: (t) => (stderr += `${t}\n`),
    cwd: repo,
    env: { DRUID_URL: emulator.url, XDG_STATE_HOME: STATE },
  });
  return { code, stdout, stderr };
}

beforeEach(() => {
  repo = mkdtempSync(path.join(tmpdir(), 'druid-gitops-repo-'));
  git('init', '-q');
});

describe('druid-gitops deploy', () => {
  test('--dry-run reads git and the cluster and says what would happen, writing nothing', async () => {
    const base = commit(
      { 'supervisors/clicks.json': spec('clicks'), 'supervisors/views.json': spec('views') },
      'base',
    );
    git('rm', '-q', 'supervisors/views.json');
    commit(
      {
        'supervisors/clicks.json': spec('clicks', (s) => (s.spec.ioConfig.taskCount = 2)),
        'supervisors/orders.json': spec('orders'),
      },
      'head',
    );
    await emulator.client.submitSupervisor(spec('clicks'));
    await emulator.client.submitSupervisor(spec('views'));
    emulator.control.clearRequests();

    const result = await cli('deploy', '--base', base, '--dry-run');

    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      'clicks (supervisors/clicks.json): would suspend it, submit the new spec, resume and verify',
    );
    expect(result.stdout).toContain('orders (supervisors/orders.json): would create it');
    expect(result.stdout).toContain(
      'views (supervisors/views.json): file deleted: would leave it running (prune is off)',
    );
    expect(emulator.control.writes()).toEqual([]);
  });

  test('--dry-run reports drift and exits 1', async () => {
    const base = commit({ 'supervisors/clicks.json': spec('clicks') }, 'base');
    commit({ 'supervisors/clicks.json': spec('clicks', (s) => (s.spec.ioConfig.taskCount = 2)) }, 'head');
    await emulator.client.submitSupervisor(spec('clicks', (s) => (s.spec.ioConfig.replicas = 3)));

    const result = await cli('deploy', '--base', base, '--dry-run', '--format', 'json');
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).previews[0]).toMatchObject({ id: 'clicks', action: 'drift' });
  });

  test('--dry-run says what retention and compaction files would do; deploy applies them first', async () => {
    const base = commit({ 'retention/clicks.json': [{ type: 'dropForever' }] }, 'base');
    const head = commit(
      {
        'retention/clicks.json': [{ type: 'loadByPeriod', period: 'P7D' }, { type: 'dropForever' }],
        'compaction/clicks.json': { skipOffsetFromLatest: 'PT2H' },
      },
      'head',
    );
    emulator.control.clearRequests();

    const preview = await cli('deploy', '--base', base, '--dry-run');
    expect(preview.code).toBe(0);
    expect(preview.stdout).toContain(
      'compaction of clicks (compaction/clicks.json): would write it and read it back [live: no automatic compaction]',
    );
    expect(preview.stdout).toContain(
      'retention of clicks (retention/clicks.json): would write it and read it back [live: no rules]',
    );
    expect(emulator.control.writes()).toEqual([]);

    const deployed = await cli('deploy', '--base', base, '--head', head, '--format', 'json');
    expect(deployed.code).toBe(0);
    expect(
      (JSON.parse(deployed.stdout) as { segments: { outcome: string }[] }).segments.map((s) => s.outcome),
    ).toEqual(['applied', 'applied']);
    const audited = emulator.control
      .writes()
      .map((w) => [w.path, w.audit?.author])
      .sort((a, b) => String(a[0]).localeCompare(String(b[0])));
    expect(audited).toEqual([
      ['/druid/coordinator/v1/config/compaction', expect.stringMatching(/^druid-gitops CLI/)],
      ['/druid/coordinator/v1/rules/clicks', expect.stringMatching(/^druid-gitops CLI/)],
    ]);
  });

  test('usage errors exit 2', async () => {
    expect((await cli('deploy', '--dry-run')).code).toBe(2);
    expect((await cli('deploy', '--base', 'HEAD', '--on-drift', 'ignore')).code).toBe(2);
    const missing = await cli('deploy', '--base', 'no-such-ref', '--dry-run');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('fetch-depth');
  });
});

describe('druid-gitops plan', () => {
  test('prints the review of base..head as Markdown, reading the cluster without writing', async () => {
    const base = commit({ 'supervisors/clicks.json': spec('clicks') }, 'base');
    commit({ 'supervisors/clicks.json': spec('clicks', (s) => (s.spec.ioConfig.taskCount = 2)) }, 'head');
    const result = await cli('plan', '--base', base);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('## druid-gitops review');
    expect(result.stdout).toContain('~ /spec/ioConfig/taskCount: 1 → 2');
    expect(result.stdout).toContain('Live cluster read');
    expect(emulator.control.writes()).toEqual([]);
  });

  test('--format json, and exit 1 when a change is blocked', async () => {
    const base = commit({ 'supervisors/clicks.json': spec('clicks') }, 'base');
    commit(
      {
        'supervisors/clicks.json': spec(
          'clicks',
          (s) => (s.spec.tuningConfig.handoffConditionTimeout = 'PT10M'),
        ),
      },
      'head',
    );
    const result = await cli('plan', '--base', base, '--format', 'json');
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).supervisors[0]).toMatchObject({
      id: 'clicks',
      action: 'update',
      verdict: { verdict: 'blocked' },
    });
  });
});
