/**
 * `druid-gitops import` against the emulator, in-process, into a fresh repository: the files a
 * person would write, validate passing and drift agreeing right after, credentials never written
 * (and deploy filling them in from its environment), nothing on the cluster written, existing
 * files left alone unless --force.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import type { CliIO } from '../../../src/cli/io.js';
import { runCli } from '../../../src/cli/run.js';
import { spec } from '../../support/deploy.js';
import { useEmulator } from '../../support/emulator.js';

const PASSWORD = 'kafka-pass-4f9c1e';
const TRUSTSTORE = 'truststore-pass-77ab';

const emulator = useEmulator({
  version: '33.0.0',
  clusters: [{ name: 'prod', servers: ['kafka:9092'], autoCreateTopics: { partitions: 2, ratePerSec: 10 } }],
});
let repo: string;

function git(...args: string[]): string {
  return execFileSync('git', args, { cwd: repo, encoding: 'utf8' }).trim();
}

function commitAll(): void {
  git('add', '-A');
  git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'import');
}

async function cli(argv: string[], env: Record<string, string> = {}, extra: Partial<CliIO> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (t) => (stdout += `${t}\n`),
    stderr: (t) => (stderr += `${t}\n`),
    cwd: repo,
    env: { DRUID_URL: emulator.url, USER: 'oncall', ...env },
    clock: emulator.clock,
    ...extra,
  });
  return { code, stdout, stderr };
}

function files(): Record<string, string> {
  const found: Record<string, string> = {};
  const walk = (folder: string): void => {
    for (const entry of readdirSync(path.join(repo, folder), { withFileTypes: true })) {
      const relative = folder ? `${folder}/${entry.name}` : entry.name;
      if (entry.name === '.git') continue;
      if (entry.isDirectory()) walk(relative);
      else found[relative] = readFileSync(path.join(repo, relative), 'utf8');
    }
  };
  walk('');
  return found;
}

beforeEach(async () => {
  repo = mkdtempSync(path.join(tmpdir(), 'druid-gitops-import-'));
  git('init', '-q');
  await emulator.client.submitSupervisor(spec('clicks', (s) => (s.spec.ioConfig.taskCount = 2)));
  await emulator.client.submitSupervisor(
    spec('secure', (s) => {
      s.spec.ioConfig.consumerProperties['sasl.jaas.config'] =
        `org.apache.kafka.common.security.plain.PlainLoginModule required username="svc" password="${PASSWORD}";`;
      s.spec.ioConfig.consumerProperties['ssl.truststore.password'] = TRUSTSTORE;
    }),
  );
  await emulator.client.setRetentionRules('clicks', [
    { type: 'loadByPeriod', period: 'P30D', tieredReplicants: { _default_tier: 2 } },
    { type: 'dropForever' },
  ]);
  await emulator.client.setDatasourceCompactionConfig({
    dataSource: 'clicks',
    skipOffsetFromLatest: 'PT12H',
  });
  emulator.control.advance(60_000);
  emulator.control.clearRequests();
});

test('import writes one file per supervisor and datasource; validate passes and drift agrees right after', async () => {
  const imported = await cli(['import', '--segments']);
  expect(imported.code).toBe(0);
  expect(emulator.control.writes()).toEqual([]);
  expect(Object.keys(files()).sort()).toEqual([
    '.druid-gitops.yml',
    'compaction/clicks.yaml',
    'retention/clicks.yaml',
    'supervisors/clicks.yaml',
    'supervisors/secure.yaml',
  ]);
  expect(parse(files()['.druid-gitops.yml'] as string)).toEqual({ druidVersion: '33.0.0' });
  const clicks = parse(files()['supervisors/clicks.yaml'] as string);
  expect(clicks.spec.ioConfig.taskCount).toBe(2);
  expect(clicks.spec.ioConfig.stream).toBeUndefined(); // added by Druid, left out
  expect(clicks.spec.tuningConfig?.maxRowsPerSegment).toBeUndefined(); // Druid's default, left out
  expect(parse(files()['retention/clicks.yaml'] as string)).toEqual([
    { period: 'P30D', type: 'loadByPeriod' },
    { type: 'dropForever' },
  ]);

  commitAll();
  const validated = await cli(['validate']);
  expect(validated.stdout).toMatch(/: 0 errors, /);
  expect(validated.code).toBe(0);
  const drift = await cli(['drift']);
  expect(drift.stdout).toContain('git (HEAD) and the cluster agree for all 2 supervisors.');
  expect(drift.code).toBe(0);
  expect(emulator.control.writes()).toEqual([]);
});

test('credentials are written as ${env:NAME} references and named, never in clear, and drift agrees without them', async () => {
  const imported = await cli(['import']);
  const written = files()['supervisors/secure.yaml'] as string;
  for (const text of [written, imported.stdout, imported.stderr]) {
    expect(text).not.toContain(PASSWORD);
    expect(text).not.toContain(TRUSTSTORE);
  }
  const properties = parse(written).spec.ioConfig.consumerProperties;
  expect(properties['sasl.jaas.config']).toContain('password="${env:SECURE_SASL_JAAS_CONFIG_PASSWORD}"');
  expect(properties['ssl.truststore.password']).toBe('${env:SECURE_SSL_TRUSTSTORE_PASSWORD}');
  expect(imported.stdout).toContain('SECURE_SASL_JAAS_CONFIG_PASSWORD, SECURE_SSL_TRUSTSTORE_PASSWORD');
  commitAll();
  expect((await cli(['validate'])).code).toBe(0);
  expect((await cli(['drift'])).code).toBe(0);
});

test('deploy fills the references in from its environment, and refuses while a variable is missing', async () => {
  await cli(['import']);
  commitAll();
  const base = git('rev-parse', 'HEAD');
  const file = path.join(repo, 'supervisors/secure.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace('  ioConfig:\n', '  ioConfig:\n    taskCount: 2\n'));
  commitAll();

  const refused = await cli(['deploy', '--base', base]);
  expect(refused.code).toBe(1);
  expect(refused.stdout).toContain(
    "not deployed: git's spec takes credentials from the environment variables SECURE_SASL_JAAS_CONFIG_PASSWORD, SECURE_SSL_TRUSTSTORE_PASSWORD",
  );
  expect(emulator.control.writes()).toEqual([]);

  const deployed = await cli(['deploy', '--base', base], {
    SECURE_SASL_JAAS_CONFIG_PASSWORD: PASSWORD,
    SECURE_SSL_TRUSTSTORE_PASSWORD: TRUSTSTORE,
  });
  expect(deployed.stdout).toContain('secure (supervisors/secure.yaml): applied');
  expect(deployed.code).toBe(0);
  for (const text of [deployed.stdout, deployed.stderr]) expect(text).not.toContain(PASSWORD);
  const live = await emulator.client.getSupervisorSpec('secure');
  const properties = (live.spec as { ioConfig: { consumerProperties: Record<string, unknown> } }).ioConfig
    .consumerProperties;
  expect(properties['sasl.jaas.config']).toContain(`password="${PASSWORD}"`);
  expect(properties['ssl.truststore.password']).toBe(TRUSTSTORE);
  expect((await cli(['drift'])).code).toBe(0);
});

test('a second import leaves files that mean what the cluster runs, and overwrites one that differs only with --force', async () => {
  await cli(['import']);
  const again = await cli(['import']);
  expect(again.code).toBe(0);
  expect(again.stdout).toContain('unchanged  supervisors/clicks.yaml');

  const file = path.join(repo, 'supervisors/clicks.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace('taskCount: 2', 'taskCount: 3'));
  const refused = await cli(['import']);
  expect(refused.code).toBe(1);
  expect(refused.stdout).toContain(
    'not written  supervisors/clicks.yaml: it differs from what the cluster runs',
  );
  expect(readFileSync(file, 'utf8')).toContain('taskCount: 3');
  const forced = await cli(['import', '--force']);
  expect(forced.code).toBe(0);
  expect(forced.stdout).toContain('overwrote  supervisors/clicks.yaml');
  expect(readFileSync(file, 'utf8')).toContain('taskCount: 2');
});

test('a terminated supervisor is not imported, and --format json writes JSON', async () => {
  await emulator.client.terminateSupervisor('secure');
  emulator.control.advance(60_000);
  const imported = await cli(['import', '--format', 'json']);
  expect(imported.code).toBe(0);
  expect(existsSync(path.join(repo, 'supervisors/secure.json'))).toBe(false);
  expect(JSON.parse(readFileSync(path.join(repo, 'supervisors/clicks.json'), 'utf8')).type).toBe('kafka');
});

test('with a configuration that names another release, the files follow the cluster’s, as drift does, and it is said', async () => {
  writeFileSync(path.join(repo, '.druid-gitops.yml'), 'druidVersion: 35.0.0\n');
  const imported = await cli(['import']);
  expect(imported.code).toBe(0);
  expect(imported.stderr).toContain(
    'The cluster runs Druid 33.0.0, but druidVersion in .druid-gitops.yml says 35.0.0',
  );
  expect(readFileSync(path.join(repo, '.druid-gitops.yml'), 'utf8')).toBe('druidVersion: 35.0.0\n');
  commitAll();
  expect((await cli(['drift'])).code).toBe(0);
});
