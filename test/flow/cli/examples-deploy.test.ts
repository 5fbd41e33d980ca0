/**
 * The repository's own example files (supervisors/, retention/, compaction/) deploy to the
 * emulator `druid-gitops emulator` serves, as written: its Kafka answers to the brokers the
 * examples name. What a new user tries first has to work.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../../../src/cli/run.js';
import { parseServeArgs } from '../../../src/emulator/serve.js';
import { useEmulator } from '../../support/emulator.js';

// The CLI's emulator world, on the tests' manual clock instead of real time.
const { timeScale: _realTime, ...served } = parseServeArgs([]);
const emulator = useEmulator({ ...served, version: '33.0.0' });

test('the example supervisors, retention and compaction files deploy to the CLI’s emulator and run healthy', async () => {
  const repo = mkdtempSync(path.join(tmpdir(), 'druid-gitops-examples-'));
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' }).trim();
  git('init', '-q');
  git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '--allow-empty', '-m', 'empty');
  const base = git('rev-parse', 'HEAD');
  for (const folder of ['supervisors', 'retention', 'compaction'])
    cpSync(path.resolve(folder), path.join(repo, folder), { recursive: true });
  git('add', '-A');
  git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'examples');

  let stdout = '';
  const code = await runCli(['deploy', '--base', base], {
    stdout: (text) => (stdout += `${text}\n`),
    stderr: () => undefined,
    cwd: repo,
    env: { DRUID_URL: emulator.url },
    clock: emulator.clock,
  });
  expect(stdout).toMatch(
    /^events_realtime \(supervisors\/events_realtime\.yaml\): created: created and running/m,
  );
  expect(stdout).toMatch(/^page_views \(supervisors\/page_views\.json\): created: created and running/m);
  expect(stdout).toMatch(/^retention of events_realtime .*: applied/m);
  expect(code).toBe(0);
});
