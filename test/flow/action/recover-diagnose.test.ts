/**
 * status and diagnose from the Actions form (GitHub's workflow_dispatch example payload) against
 * the emulator: one scenario per failure mode, each ending with the recommended next operation,
 * and never a write to Druid.
 */
import type { JsonObject } from '../../../src/emulator/json.js';
import { useGitHubFake } from '../../support/github-fake/jest.js';
import { spec } from '../../support/deploy.js';
import { useEmulator } from '../../support/emulator.js';
import { RECOVERY_CLUSTER, runEvent, running, writes } from './recover-harness.js';

const github = useGitHubFake();
const harness = useEmulator({ ...RECOVERY_CLUSTER, start: 'inTest' });

async function diagnose(supervisor = 'clicks') {
  harness.control.clearRequests();
  const result = await runEvent(github(), harness, 'workflow_dispatch', {
    operation: 'diagnose',
    supervisor,
  });
  expect(writes(harness)).toEqual([]); // read-only, whatever it finds
  expect(result.recorded.failed).toBeUndefined();
  return result;
}

/** The report's diagnosis of one supervisor. */
function diagnosisOf(report: Record<string, unknown>, id = 'clicks') {
  const rows = report.rows as Array<{
    id: string;
    diagnosis: {
      severity: string;
      problems: Array<{
        mode: string;
        severity: string;
        evidence: string[];
        next: { operation?: string; text: string };
      }>;
      next: { operation?: string };
    };
  }>;
  return rows.find((row) => row.id === id)?.diagnosis;
}

test('status of every supervisor reads twice for the lag trend and writes nothing', async () => {
  await harness.start();
  await running(harness, spec('clicks'));
  await running(harness, spec('views'));
  harness.control.clearRequests();

  const { recorded, report } = await runEvent(github(), harness, 'workflow_dispatch', {
    operation: 'status',
    supervisor: '*',
  });

  expect(recorded.failed).toBeUndefined();
  expect(writes(harness)).toEqual([]);
  expect((report.rows as Array<{ id: string }>).map((row) => row.id)).toEqual(['clicks', 'views']);
  const statusReads = harness.control.requests().filter((r) => r.path.endsWith('/clicks/status'));
  expect(statusReads).toHaveLength(2);
  expect(statusReads[1]!.at - statusReads[0]!.at).toBe(35_000); // offsetFetchPeriod PT30S + 5 s
  expect(recorded.summary).toContain('All 2 supervisors are healthy');
  expect(JSON.parse(recorded.outputs.changed as string)).toEqual([]);
});

test('a healthy supervisor: nothing to do, and the datasource facts are there', async () => {
  await harness.start();
  await running(harness, spec('clicks'));
  const { report, recorded } = await diagnose();
  const diagnosis = diagnosisOf(report);
  expect(diagnosis?.severity).toBe('notice');
  expect(diagnosis?.problems.map((p) => p.mode)).toEqual(['no-retention-rules', 'no-auto-compaction']);
  expect(recorded.summary).toContain('healthy: 1 reading task');
  expect(recorded.summary).toContain(
    'Retention rules: none of its own; the cluster default applies: loadForever',
  );
});

test('offsets out of range: Kafka deleted what a suspended supervisor had not read; next is reset-offsets', async () => {
  await harness.start();
  await running(
    harness,
    spec('clicks', (s) => (s.spec.ioConfig.useEarliestOffset = false)),
  );
  await harness.client.suspendSupervisor('clicks');
  harness.control.advance(120_000);
  harness.control.deleteRecords('clicks.events', 100_000, { cluster: 'prod' });
  await harness.client.resumeSupervisor('clicks');
  harness.control.advance(5_000 + 3 * 30_000);

  const { report, recorded } = await diagnose();
  const [problem, ...others] = diagnosisOf(report)!.problems;
  expect(others.map((p) => p.mode)).not.toContain('cannot-reach-stream'); // Kafka itself is fine
  expect(problem).toMatchObject({
    mode: 'offsets-out-of-range',
    severity: 'critical',
    next: { operation: 'reset-offsets' },
  });
  expect(problem!.evidence[0]).toMatch(/^partition \d: Druid's stored offset [\d,]+ is no longer in Kafka/);
  expect(recorded.summary).toContain('> [!CAUTION]');
  expect(recorded.summary).toContain('kafka-get-offsets.sh --topic clicks.events --time -2');
});

test('cannot reach Kafka from the start: fix the spec or Kafka, do not reset', async () => {
  await harness.start();
  await running(
    harness,
    spec('clicks', (s) => (s.spec.ioConfig.consumerProperties['bootstrap.servers'] = 'kafka-old:9092')),
  );
  harness.control.advance(200_000);
  const { report } = await diagnose();
  const [problem] = diagnosisOf(report)!.problems;
  expect(problem).toMatchObject({ mode: 'cannot-reach-stream', severity: 'critical' });
  expect(problem!.evidence.join('\n')).toContain('bootstrap.servers kafka-old:9092');
  expect(problem!.next.text).toContain('Do not reset');
});

test('lost contact with Kafka after reading: it recovers by itself once Kafka is back', async () => {
  await harness.start();
  await running(harness, spec('clicks'));
  harness.control.breakBrokers('prod');
  harness.control.advance(200_000);
  const { report } = await diagnose();
  const [problem] = diagnosisOf(report)!.problems;
  expect(problem).toMatchObject({ mode: 'lost-contact-with-stream', severity: 'critical' });
  expect(problem!.next.text).toContain('recovers by itself');
});

test('failing tasks: UNHEALTHY_TASKS points at the task logs', async () => {
  await harness.start();
  harness.control.failTasks('clicks', 'all');
  await running(
    harness,
    spec('clicks', (s) => (s.spec.ioConfig.period = 'PT5S')),
  );
  harness.control.advance(120_000);
  const { report } = await diagnose();
  expect(diagnosisOf(report)!.problems[0]).toMatchObject({ mode: 'unhealthy-tasks', severity: 'critical' });
});

test('unparseable rows are counted against maxParseExceptions (parse errors as real Druid 33 sends them)', async () => {
  await harness.start();
  await running(
    harness,
    spec('clicks', (s) => (s.spec.tuningConfig.maxParseExceptions = 5)),
  );
  // The emulator parses no records (docs/druid-fidelity.md), so Druid's answers are played back.
  harness.control.injectFault({
    method: 'GET',
    path: '/druid/indexer/v1/supervisor/clicks/parseErrors',
    status: 200,
    body: [
      {
        input: 'this is not json',
        errorType: 'unparseable',
        details: ['Unable to parse row [this is not json] (Record: 1)'],
        timeOfExceptionMillis: 1795602107440,
      },
      {
        input: '{timestamp=not-a-time, page=p}',
        errorType: 'unparseable',
        details: ['Timestamp[not-a-time] is unparseable! Event: {timestamp=not-a-time, page=p} (Record: 1)'],
        timeOfExceptionMillis: 1795602107432,
      },
    ],
  });
  harness.control.injectFault({
    method: 'GET',
    path: '/druid/indexer/v1/supervisor/clicks/stats',
    status: 200,
    body: {
      '0': {
        index_kafka_clicks_x: {
          totals: {
            buildSegments: {
              processed: 100,
              processedBytes: 9543,
              processedWithError: 0,
              thrownAway: 0,
              unparseable: 2,
            },
          },
        },
      },
    },
  });
  const { report, recorded } = await diagnose();
  const problem = diagnosisOf(report)!.problems.find((p) => p.mode === 'parse-exceptions');
  expect(problem?.severity).toBe('warning');
  expect(problem?.evidence).toEqual([
    '2 unparseable rows in the current tasks (GET /stats)',
    'maxParseExceptions is 5: a task that meets more fails, and the supervisor turns UNHEALTHY_TASKS after 3 failures',
    'row "this is not json": Unable to parse row [this is not json] (Record: 1)',
    'row "{timestamp=not-a-time, page=p}": Timestamp[not-a-time] is unparseable! Event: {timestamp=not-a-time, page=p} (Record: 1)',
  ]);
  expect(recorded.summary).toContain('A reset does not help');
});

test('stalled handoff: publishing past handoffConditionTimeout, explained by a retention rule that drops new data', async () => {
  await harness.start({ timings: { publishMs: 3_600_000 } });
  await running(
    harness,
    spec('clicks', (s) => {
      s.spec.ioConfig.completionTimeout = 'PT30M';
      s.spec.tuningConfig.handoffConditionTimeout = 600_000;
    }),
  );
  await harness.client.setRetentionRules('clicks', [{ type: 'dropForever' }]);
  await harness.client.handoffTaskGroups('clicks', [0]);
  harness.control.advance(12 * 60_000);
  const { report } = await diagnose();
  const problem = diagnosisOf(report)!.problems.find((p) => p.mode === 'stalled-handoff');
  expect(problem?.severity).toBe('warning');
  expect(problem?.evidence.join('\n')).toMatch(/publishing for PT12M/);
  expect(problem?.evidence.join('\n')).toContain('the first rule matching new data is dropForever');
});

test('growing lag: tasks slower than the topic; next is more taskCount in git', async () => {
  await harness.start();
  await running(harness, spec('clicks'));
  harness.control.limitReadRate('clicks', 5); // the topic grows by 20 records/s per partition
  harness.control.advance(60_000);
  const { report, recorded } = await diagnose();
  const problem = diagnosisOf(report)!.problems.find((p) => p.mode === 'lag-growing');
  expect(problem?.severity).toBe('warning');
  expect(problem?.next.text).toContain('raise taskCount (now 1, the topic has 2 partitions)');
  expect(recorded.summary).toContain('📈 growing');
});

test('suspended for hours while the topic grows: data at risk; next is resume', async () => {
  await harness.start();
  await running(harness, spec('clicks'));
  await harness.client.suspendSupervisor('clicks');
  harness.control.advance(2 * 3_600_000);
  const { report } = await diagnose();
  const diagnosis = diagnosisOf(report)!;
  expect(diagnosis.problems[0]).toMatchObject({
    mode: 'suspended',
    severity: 'warning',
    next: { operation: 'resume' },
  });
  expect(diagnosis.problems[0]!.evidence[0]).toMatch(
    /^suspended since 2026-01-01T00:01:00\.000Z \(2 h 1 min\)$/,
  );
});

test('starting: a supervisor still in its startDelay is left to start', async () => {
  await harness.start();
  await harness.client.submitSupervisor(spec('clicks', (s) => (s.spec.ioConfig.startDelay = 'PT5M')));
  const { report } = await diagnose();
  expect(diagnosisOf(report)!.problems[0]).toMatchObject({
    mode: 'starting',
    severity: 'notice',
    next: { operation: 'status' },
  });
});

test('compaction that does not skip the late-data window competes with ingestion', async () => {
  await harness.start();
  await running(
    harness,
    spec('clicks', (s) => (s.spec.ioConfig.lateMessageRejectionPeriod = 'P1D')),
  );
  await harness.client.setDatasourceCompactionConfig({ dataSource: 'clicks', skipOffsetFromLatest: 'PT1H' });
  await harness.client.setRetentionRules('clicks', [
    { type: 'loadByPeriod', period: 'P30D' },
    { type: 'dropForever' },
  ]);
  const { report } = await diagnose();
  const diagnosis = diagnosisOf(report)!;
  expect(diagnosis.problems.map((p) => p.mode)).toEqual(['compaction-overlaps-ingestion']);
  expect(diagnosis.problems[0]!.next.text).toContain('Raise skipOffsetFromLatest to at least P1D');
});

test('retention that drops new data is a warning even before a handoff waits on it', async () => {
  await harness.start();
  await running(harness, spec('clicks'));
  await harness.client.setRetentionRules('clicks', [{ type: 'dropByPeriod', period: 'P7D' }]);
  const { report } = await diagnose();
  expect(diagnosisOf(report)!.problems[0]).toMatchObject({
    mode: 'retention-drops-new-data',
    severity: 'warning',
  });
});

test('an unknown supervisor fails the run and lists the ids Druid knows', async () => {
  await harness.start();
  await running(harness, spec('clicks'));
  const { recorded } = await runEvent(github(), harness, 'workflow_dispatch', {
    operation: 'diagnose',
    supervisor: 'clikcs',
  });
  expect(recorded.failed).toMatch(/Druid has no supervisor clikcs/);
  expect(recorded.summary).toContain('Supervisors Druid knows: <code>clicks</code>');
});

test('Kafka failing for less than three runs: still healthy, but diagnose warns before Druid does', async () => {
  await harness.start();
  await running(harness, spec('clicks'));
  harness.control.breakBrokers('prod');
  harness.control.advance(70_000); // one blocked run (default.api.timeout.ms 60 s) has failed
  const { report } = await diagnose();
  expect(diagnosisOf(report)!.problems[0]).toMatchObject({
    mode: 'cannot-reach-stream',
    severity: 'warning',
    next: { operation: 'diagnose' },
  });
});

test('a topic that does not exist: create it or fix the topic in git', async () => {
  await harness.start({ clusters: [{ name: 'prod', servers: ['kafka:9092'] }] });
  await harness.client.submitSupervisor(spec('clicks', (s) => (s.spec.ioConfig.period = 'PT5S')));
  harness.control.advance(60_000);
  const { report } = await diagnose();
  expect(diagnosisOf(report)!.problems[0]?.next.text).toBe(
    'The topic clicks.events does not exist on these brokers: create it, or fix topic in git and deploy.',
  );
});

// The emulator cannot starve tasks of worker slots or fail a run with a non-stream error, so the
// status Druid would send is played back: the emulator's own answer with the one field changed.
async function playBackStatus(change: (payload: JsonObject) => void): Promise<void> {
  const report = harness.control.status('clicks');
  if (!report) throw new Error('the emulator has no supervisor clicks');
  change(report.payload as JsonObject);
  harness.control.injectFault({
    method: 'GET',
    path: '/druid/indexer/v1/supervisor/clicks/status',
    status: 200,
    body: report,
  });
}

test('RUNNING without its reading tasks in both samples: reading tasks missing', async () => {
  await harness.start();
  await running(harness, spec('clicks'));
  await playBackStatus((payload) => (payload.activeTasks = []));
  const { report } = await diagnose();
  expect(diagnosisOf(report)!.problems[0]).toMatchObject({ mode: 'missing-tasks', severity: 'warning' });
});

test('a supervisor failing its runs for another reason: Druid’s words and the Overlord log', async () => {
  await harness.start();
  await running(harness, spec('clicks'));
  await playBackStatus((payload) => {
    Object.assign(payload, {
      state: 'UNHEALTHY_SUPERVISOR',
      detailedState: 'UNHEALTHY_SUPERVISOR',
      healthy: false,
    });
    payload.recentErrors = [
      {
        timestamp: '2026-01-01T00:01:30.000Z',
        exceptionClass: 'org.apache.druid.java.util.common.ISE',
        message: 'Unable to get lock for interval',
        streamException: false,
      },
    ];
  });
  const { report } = await diagnose();
  const [problem] = diagnosisOf(report)!.problems;
  expect(problem).toMatchObject({ mode: 'unhealthy-supervisor', severity: 'critical' });
  expect(problem!.evidence).toContain(
    'Druid: 2026-01-01T00:01:30.000Z: ISE: Unable to get lock for interval',
  );
});
