/**
 * Recovery against a real Druid 33 and Kafka: status and diagnose read a real supervisor (GETs
 * only) and find the rows Druid could not parse; then Kafka deletes records a suspended supervisor
 * had not read, Druid's runs fail with its "no longer available" error, diagnose maps it to offsets
 * out of range with reset-offsets as the next step, and a confirmed reset-offsets brings it back.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEFAULT_CONFIG } from '../../src/config/config-file.js';
import { systemClock } from '../../src/common/clock.js';
import type { OverlordClient } from '../../src/druid/index.js';
import type { JsonObject } from '../../src/common/json.js';
import { runRecover, type RecoverReport } from '../../src/flows/recover.js';
import type { RecoverRequest } from '../../src/health/operations.js';
import { recoverSummaryMarkdown } from '../../src/report/recover-markdown.js';
import {
  clusterEnv,
  createTopic,
  eventually,
  events,
  overlord,
  produce,
  terminateIfPresent,
} from './support/cluster.js';

const env = clusterEnv();
const ID = 'it_recover';
const TOPIC = 'it_recover_events';
const CLUSTER = path.resolve('test/integration/cluster');
const writer = overlord();
const methods: string[] = [];
const reader = overlord({ readOnly: true, onRequest: (event) => methods.push(event.method) });

afterAll(async () => {
  await terminateIfPresent(writer, ID);
  await writer.close();
  await reader.close();
});

function spec(): JsonObject {
  return {
    type: 'kafka',
    spec: {
      dataSchema: {
        dataSource: ID,
        timestampSpec: { column: 'timestamp', format: 'iso' },
        dimensionsSpec: { dimensions: ['page'] },
        metricsSpec: [{ type: 'count', name: 'count' }],
        granularitySpec: { segmentGranularity: 'hour', queryGranularity: 'minute', rollup: true },
      },
      ioConfig: {
        topic: TOPIC,
        inputFormat: { type: 'json' },
        consumerProperties: { 'bootstrap.servers': env.KAFKA_BOOTSTRAP, 'default.api.timeout.ms': '3000' },
        taskCount: 1,
        replicas: 1,
        taskDuration: 'PT60M',
        startDelay: 'PT1S',
        period: 'PT5S',
        useEarliestOffset: true,
        completionTimeout: 'PT20M',
      },
      tuningConfig: {
        type: 'kafka',
        offsetFetchPeriod: 'PT5S',
        maxSavedParseExceptions: 5,
        handoffConditionTimeout: 600000,
      },
    },
  };
}

async function recover(client: OverlordClient, request: Partial<RecoverRequest>): Promise<RecoverReport> {
  const report = await runRecover({
    request: { operation: 'status', supervisor: ID, confirm: '', startedBy: 'person', ...request },
    client,
    clock: systemClock,
    audit: { author: 'druid-gitops integration test', comment: `${request.operation} lane` },
    config: { ...DEFAULT_CONFIG, druidVersion: env.DRUID_VERSION },
    onDrift: 'fail',
    journal: { suspended: async () => {}, settled: async () => {} },
    maxParallel: 2,
    log: (message) => process.stdout.write(`${message}\n`),
  });
  process.stdout.write(`${recoverSummaryMarkdown(report)}\n`);
  return report;
}

function produceRaw(lines: string[]): void {
  execFileSync(path.join(CLUSTER, 'produce.sh'), [TOPIC, '-'], {
    input: `${lines.join('\n')}\n`,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
}

/** What retention does: Kafka deletes every record before the partitions' current end. */
function deleteRecordsUpToEnd(): void {
  const ends = execFileSync(path.join(CLUSTER, 'topic-offsets.sh'), [TOPIC], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((line) => line.split(':'))
    .map(([topic, partition, offset]) => ({ topic, partition: Number(partition), offset: Number(offset) }));
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'delete-records-')), 'offsets.json');
  writeFileSync(file, JSON.stringify({ version: 1, partitions: ends }));
  execFileSync(
    'bash',
    [
      '-c',
      `source "${CLUSTER}/lib.sh" && kafka_tool org.apache.kafka.tools.DeleteRecordsCommand --bootstrap-server "$(kafka_bootstrap)" --offset-json-file "${file}"`,
    ],
    { stdio: 'pipe' },
  );
}

const payload = async () => (await writer.getSupervisorStatus(ID)).payload;

beforeAll(async () => {
  createTopic(TOPIC, 2);
  produce(
    TOPIC,
    events(40, (index) => ({ page: `/p/${index % 4}` })),
  );
  produceRaw(['this is not json', '{"timestamp": "not-a-time", "page": "p"}']);
  await writer.submitSupervisor(spec());
  await eventually('a reading task with offsets', 120_000, async () => {
    const p = await payload();
    return p.state === 'RUNNING' &&
      p.activeTasks.some((task) => Object.keys(task.currentOffsets ?? {}).length > 0)
      ? p
      : undefined;
  });
});

test('status and diagnose read a real supervisor with GETs only and find the unparseable rows', async () => {
  methods.length = 0;
  const status = await recover(reader, { operation: 'status' });
  expect(status.outcome).toBe('read');
  expect(status.rows[0]).toMatchObject({
    id: ID,
    state: 'RUNNING',
    healthy: true,
    readingTasks: 1,
    expectedTasks: 1,
  });

  const diagnose = await recover(reader, { operation: 'diagnose' });
  const diagnosis = diagnose.rows[0]?.diagnosis;
  expect(diagnosis?.problems.map((problem) => problem.mode)).toEqual(
    expect.arrayContaining(['parse-exceptions', 'no-retention-rules', 'no-auto-compaction']),
  );
  const parse = diagnosis?.problems.find((problem) => problem.mode === 'parse-exceptions');
  expect(parse?.evidence.join('\n')).toContain('this is not json');
  expect(diagnosis?.lag.seconds).toBeGreaterThanOrEqual(10); // one offsetFetchPeriod (PT5S) + 5 s apart
  expect(diagnosis?.notes.join('\n')).toContain(
    'Retention rules: none of its own; the cluster default applies: loadForever',
  );
  expect(new Set(methods)).toEqual(new Set(['GET']));
});

test('Kafka deletes what a suspended supervisor had not read: offsets out of range, repaired by a confirmed reset-offsets', async () => {
  await writer.suspendSupervisor(ID);
  await eventually('suspended with nothing publishing', 120_000, async () => {
    const p = await payload();
    return p.state === 'SUSPENDED' && p.publishingTasks.length === 0 ? p : undefined;
  });
  produce(
    TOPIC,
    events(20, (index) => ({ page: `/q/${index}` })),
  );
  deleteRecordsUpToEnd();
  await writer.resumeSupervisor(ID);
  const failing = await eventually('the supervisor to fail its runs', 120_000, async () => {
    const p = await payload();
    return p.state === 'UNHEALTHY_SUPERVISOR' ? p : undefined;
  });
  // Druid 33 wraps the ISE in a StreamException: the resumed supervisor, which never ran
  // successfully, reports UNABLE_TO_CONNECT_TO_STREAM although Kafka is fine.
  expect(failing.detailedState).toBe('UNABLE_TO_CONNECT_TO_STREAM');
  expect(failing.recentErrors.at(-1)).toMatchObject({
    exceptionClass: 'org.apache.druid.java.util.common.ISE',
    streamException: true,
  });

  const diagnose = await recover(reader, { operation: 'diagnose' });
  const [problem] = diagnose.rows[0]?.diagnosis?.problems ?? [];
  expect(problem).toMatchObject({
    mode: 'offsets-out-of-range',
    severity: 'critical',
    next: { operation: 'reset-offsets' },
  });
  expect(problem?.evidence[0]).toMatch(/^partition \d: Druid's stored offset \d+ is no longer in Kafka/);
  expect(problem?.evidence.join('\n')).toMatch(
    /Previous sequenceNumber \[\d+\] is no longer available for partition \[KafkaTopicPartition\{partition=\d, topic='null', multiTopicPartition=false\}\]/,
  );
  expect(diagnose.rows[0]?.diagnosis?.problems.map((p) => p.mode)).not.toContain('cannot-reach-stream');

  const refused = await recover(writer, { operation: 'reset-offsets', offsets: { '0': 0 } });
  expect(refused.outcome).toBe('refused');

  const ends = execFileSync(path.join(CLUSTER, 'topic-offsets.sh'), [TOPIC], { encoding: 'utf8' });
  const offsets = Object.fromEntries(
    ends
      .trim()
      .split('\n')
      .map((line) => {
        const [, partition, offset] = line.split(':');
        return [String(partition), Number(offset)];
      }),
  );
  const repaired = await recover(writer, { operation: 'reset-offsets', confirm: ID, offsets });
  expect(repaired.outcome).toBe('done');
  await eventually('RUNNING with a reading task again', 120_000, async () => {
    const p = await payload();
    return p.activeTasks.length > 0 ? p : undefined;
  });
});
