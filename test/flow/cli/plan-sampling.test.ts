/**
 * `druid-gitops plan --druid-url` samples the topics of the supervisors a change creates or
 * changes, like the review in the action: the data section in the Markdown, the samples in
 * `--format json`, and an exit status they never change.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../../../src/cli/run.js';
import { spec } from '../../support/deploy.js';
import { useEmulator } from '../../support/emulator.js';

let repo: string;
const emulator = useEmulator({
  version: '33.0.0',
  clusters: [{ name: 'prod', servers: ['kafka:9092'] }],
  seed: (emu) => {
    emu.control.createTopic('clicks.events');
    emu.control.produceRecords(
      'clicks.events',
      Array.from({ length: 10 }, (_, index) =>
        JSON.stringify({ ts: `2026-01-01T00:00:0${index}Z`, page: `/p/${index}`, user_id: index }),
      ),
    );
  },
});

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

test('plan --druid-url shows what the new spec does to the rows; JSON carries it; the exit status ignores it', async () => {
  const base = commit({ 'supervisors/clicks.json': spec('clicks') });
  commit({
    'supervisors/clicks.json': spec('clicks', (s) =>
      s.spec.dataSchema.dimensionsSpec.dimensions.push('referrer'),
    ),
  });

  const markdown = await plan('--base', base, '--druid-url', emulator.url);
  expect(markdown.code).toBe(0);
  expect(markdown.stdout).toContain('📊 Sampled data: ⚠️ referrer is null in 10 of 10 rows (a new column)');
  expect(markdown.stdout).not.toContain('/p/3');

  const json = await plan('--base', base, '--druid-url', emulator.url, '--format', 'json');
  const report = JSON.parse(json.stdout) as { samples: { supervisors: Array<Record<string, unknown>> } };
  expect(report.samples.supervisors[0]).toMatchObject({
    id: 'clicks',
    outcome: 'sampled',
    method: 'replay',
    head: { read: 10, ingested: 10 },
    base: { read: 10, ingested: 10 },
  });
  expect(emulator.control.writes()).toEqual([]);
});
