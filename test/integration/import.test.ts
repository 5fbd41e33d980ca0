/**
 * `druid-gitops import` against a real Druid 33: what the Overlord and the Coordinator store (every
 * default filled in, periods rewritten, output-only fields added) comes back as files a person
 * would write, `validate` passes on them, and `drift` right after finds git and the cluster in
 * agreement — also for a credential, which the files hold only as a `${env:NAME}` reference.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { runCli } from '../../src/cli/run.js';
import type { JsonObject } from '../../src/common/json.js';
import { clusterEnv, createTopic, overlord, terminateIfPresent } from './support/cluster.js';

const env = clusterEnv();
const client = overlord();
const ID = 'it_import';
const TRUSTSTORE = 'it-import-truststore-5e1f';

afterAll(async () => {
  await terminateIfPresent(client, ID);
  await client.close();
});

const spec: JsonObject = {
  type: 'kafka',
  spec: {
    dataSchema: {
      dataSource: ID,
      timestampSpec: { column: 'timestamp', format: 'iso' },
      dimensionsSpec: { dimensions: ['page', { type: 'long', name: 'user_id' }] },
      metricsSpec: [{ type: 'count', name: 'count' }],
      granularitySpec: { segmentGranularity: 'hour', queryGranularity: 'minute', rollup: true },
    },
    ioConfig: {
      topic: 'it_import_events',
      inputFormat: { type: 'json' },
      // The listener is PLAINTEXT, so Kafka never uses the trust store: a credential that costs nothing.
      consumerProperties: {
        'bootstrap.servers': env.KAFKA_BOOTSTRAP,
        'ssl.truststore.password': TRUSTSTORE,
        'default.api.timeout.ms': '3000',
      },
      taskCount: 1,
      replicas: 1,
      taskDuration: 'PT30M',
      completionTimeout: 'PT20M',
      lateMessageRejectionPeriod: 'P1D',
    },
    tuningConfig: { type: 'kafka', maxRowsInMemory: 50000, handoffConditionTimeout: 600000 },
  },
};

async function cli(cwd: string, ...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (text) => (stdout += `${text}\n`),
    stderr: (text) => (stderr += `${text}\n`),
    cwd,
    env: { DRUID_URL: env.DRUID_OVERLORD_URL },
  });
  return { code, stdout, stderr };
}

test('import writes what Druid 33 stores as a person would; validate passes and drift agrees right after', async () => {
  createTopic('it_import_events');
  await client.submitSupervisor(spec);
  await client.setRetentionRules(ID, [{ type: 'loadByPeriod', period: 'P30D' }, { type: 'dropForever' }]);
  await client.setDatasourceCompactionConfig({ dataSource: ID, skipOffsetFromLatest: 'PT12H' });

  const repo = mkdtempSync(path.join(tmpdir(), 'druid-gitops-it-import-'));
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' });
  git('init', '-q');
  const imported = await cli(repo, 'import', '--segments');
  expect(imported.code).toBe(0);
  const text = readFileSync(path.join(repo, `supervisors/${ID}.yaml`), 'utf8');
  expect(text).not.toContain(TRUSTSTORE);
  expect(imported.stdout).not.toContain(TRUSTSTORE);
  const written = parse(text) as {
    spec: { ioConfig: Record<string, unknown>; dataSchema: Record<string, unknown> };
  };
  expect(written.spec.ioConfig.consumerProperties).toMatchObject({
    'ssl.truststore.password': '${env:IT_IMPORT_SSL_TRUSTSTORE_PASSWORD}',
  });
  expect(written.spec.ioConfig.completionTimeout).toBe('PT20M'); // Druid stores PT1200S
  expect(written.spec.ioConfig.stream).toBeUndefined(); // added by Druid
  expect(parse(readFileSync(path.join(repo, '.druid-gitops.yml'), 'utf8'))).toEqual({
    druidVersion: env.DRUID_VERSION,
  });
  expect(parse(readFileSync(path.join(repo, `retention/${ID}.yaml`), 'utf8'))).toEqual([
    { period: 'P30D', type: 'loadByPeriod' },
    { type: 'dropForever' },
  ]);

  git('add', '-A');
  git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'import');
  const validated = await cli(repo, 'validate');
  expect(validated.code).toBe(0);
  const drift = await cli(repo, 'drift', '--format', 'json');
  const report = JSON.parse(drift.stdout) as {
    entries: Array<{ id: string; status: string }>;
    segments: Array<{ kind: string; dataSource: string; status: string }>;
  };
  expect(report.entries.find((entry) => entry.id === ID)?.status).toBe('in-sync');
  expect(
    report.segments.filter((entry) => entry.dataSource === ID).map((entry) => [entry.kind, entry.status]),
  ).toEqual([
    ['compaction', 'in-sync'],
    ['retention', 'in-sync'],
  ]);
  expect(report.entries.filter((entry) => entry.status !== 'in-sync')).toEqual([]);
  expect(drift.code).toBe(0);
});
