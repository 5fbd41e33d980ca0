/**
 * The diagnosis as a pure function over real Druid 33.0.0 answers (test/fixtures/druid-real) and
 * small edits of them: the failure mode, its severity, the evidence, and the next step.
 */
import type { SupervisorStatusPayload } from '../../../src/druid/payloads.js';
import { diagnoseSupervisor } from '../../../src/health/diagnose.js';
import type { SupervisorFacts } from '../../../src/health/diagnosis.js';
import { realHistory, realSpec, realStatus } from '../../support/druid-real.js';

const T0 = Date.parse('2026-11-25T10:24:32.366Z');

function facts(payloads: SupervisorStatusPayload[], extra: Partial<SupervisorFacts> = {}): SupervisorFacts {
  return {
    id: 'fx-main',
    spec: realSpec(),
    samples: payloads.map((payload, index) => ({ at: T0 + index * 35_000, payload })),
    ...extra,
  };
}

describe('diagnosis of one supervisor', () => {
  test('unreachable brokers before the first success (real UNHEALTHY status): cannot reach Kafka, no reset', () => {
    const diagnosis = diagnoseSupervisor(facts([realStatus('supervisor-status-unhealthy')]));
    expect(diagnosis.severity).toBe('critical');
    expect(diagnosis.problems[0]).toMatchObject({ mode: 'cannot-reach-stream', title: 'cannot reach Kafka' });
    expect(diagnosis.problems[0]!.evidence).toContain(
      'Druid: 2026-11-25T10:24:31.867Z: TimeoutException: Timeout expired while fetching topic metadata',
    );
    expect(diagnosis.next.operation).toBeUndefined();
    expect(diagnosis.next.text).toContain('Do not reset');
  });

  test('a stored offset Kafka deleted, as Druid 33 reports it: offsets out of range, not "cannot reach Kafka"', () => {
    const message = (partition: string) =>
      `Previous sequenceNumber [21] is no longer available for partition [${partition}]. You can clear the previous sequenceNumber and start reading from a valid message by using the supervisor's reset API.`;
    const payload = {
      ...realStatus('supervisor-status-unhealthy'),
      recentErrors: [
        {
          timestamp: '2026-11-25T12:18:10.967Z',
          exceptionClass: 'org.apache.druid.java.util.common.ISE',
          message: message("KafkaTopicPartition{partition=1, topic='null', multiTopicPartition=false}"),
          streamException: true,
        },
        {
          timestamp: '2026-11-25T12:18:15.967Z',
          exceptionClass: 'org.apache.druid.java.util.common.ISE',
          message: message("KafkaTopicPartition{partition=4, topic='eu.clicks', multiTopicPartition=true}"),
          streamException: true,
        },
      ],
    };
    const diagnosis = diagnoseSupervisor(facts([payload]));
    expect(diagnosis.problems.map((problem) => problem.mode)).toEqual(['offsets-out-of-range']);
    expect(diagnosis.problems[0]!.evidence.slice(0, 2)).toEqual([
      "partition 1: Druid's stored offset 21 is no longer in Kafka (retention deleted it, or the topic was recreated)",
      "partition eu.clicks:4: Druid's stored offset 21 is no longer in Kafka (retention deleted it, or the topic was recreated)",
    ]);
    expect(diagnosis.next.operation).toBe('reset-offsets');
  });

  test('a healthy RUNNING supervisor (real status): nothing to do', () => {
    const running = realStatus('supervisor-status-running');
    const diagnosis = diagnoseSupervisor(
      facts([running, { ...running, offsetsLastUpdated: '2026-11-25T10:22:14.355Z' }]),
    );
    expect(diagnosis).toMatchObject({
      severity: 'ok',
      summary: 'healthy: 1 reading task, lag 0',
      problems: [],
    });
    expect(diagnosis.next).toEqual({ short: 'nothing', text: 'Nothing to do.' });
  });

  test('RUNNING without its reading tasks in both samples: reading tasks missing', () => {
    const running = { ...realStatus('supervisor-status-running'), activeTasks: [] };
    const diagnosis = diagnoseSupervisor(facts([running, running]));
    expect(diagnosis.problems[0]).toMatchObject({
      mode: 'missing-tasks',
      severity: 'warning',
      evidence: ['0 of 1 reading task in every sample (taskCount 1 × replicas 1, 3 partitions)'],
    });
  });

  test('suspended: since when, from Druid’s history; next is resume', () => {
    const history = realHistory().map((entry, index) => ({
      ...entry,
      spec: { ...entry.spec, suspended: index < 2 },
    }));
    const diagnosis = diagnoseSupervisor(
      facts([realStatus('supervisor-status-suspended-idle')], { history: { ok: true, value: history } }),
    );
    expect(diagnosis.problems[0]).toMatchObject({ mode: 'suspended', next: { operation: 'resume' } });
    expect(diagnosis.problems[0]!.evidence[0]).toBe('suspended since 2026-11-25T10:22:36.946Z (2 min)');
  });

  test('suspended but still reporting UNHEALTHY (a failed create left suspended): says suspended, and resume, not "recovers by itself"', () => {
    const payload = { ...realStatus('supervisor-status-unhealthy'), suspended: true };
    const diagnosis = diagnoseSupervisor(facts([payload], { spec: { ...realSpec(), suspended: true } }));
    expect(diagnosis.problems.map((problem) => problem.mode)).toContain('suspended');
    expect(diagnosis.summary).toContain('suspended');
    for (const problem of diagnosis.problems) expect(problem.next.text).not.toMatch(/recovers by itself/);
    expect(diagnosis.next.text).toContain('It is suspended, so it does not recover by itself');
    expect(diagnosis.next.text).toContain('druid-gitops resume fx-main');
  });

  test('suspended by an interrupted druid-gitops deploy: critical, says when and by which run, and how to resume', () => {
    const diagnosis = diagnoseSupervisor(
      facts([realStatus('supervisor-status-suspended')], {
        suspendedBy: {
          running: false,
          at: '2026-11-25T10:22:18.000Z',
          run: { command: 'deploy', pid: 4242, host: 'laptop' },
        },
      }),
    );
    expect(diagnosis.severity).toBe('critical');
    expect(diagnosis.summary).toBe(
      'suspended by an interrupted druid-gitops deploy at 2026-11-25T10:22:18.000Z',
    );
    expect(diagnosis.next).toMatchObject({ operation: 'resume', short: 'druid-gitops resume fx-main' });
    expect(diagnosis.next.text).toContain(
      'Suspended by an interrupted druid-gitops deploy at 2026-11-25T10:22:18.000Z: run `druid-gitops resume fx-main`.',
    );
    expect(diagnosis.problems[0]!.evidence[0]).toContain('pid 4242 on laptop');
  });

  test('left suspended by a druid-gitops run that ended so, or suspended by one still running', () => {
    const left = diagnoseSupervisor(
      facts([realStatus('supervisor-status-suspended')], {
        suspendedBy: {
          running: false,
          at: '2026-11-25T10:22:18.000Z',
          run: { command: 'deploy', pid: 4242, host: 'laptop' },
          left: 'the new supervisor did not become healthy',
        },
      }),
    );
    expect(left.summary).toBe('left suspended by a druid-gitops deploy at 2026-11-25T10:22:18.000Z');
    expect(left.next.text).toContain('Fix the cause');
    const running = diagnoseSupervisor(
      facts([realStatus('supervisor-status-suspended')], {
        suspendedBy: {
          running: true,
          at: '2026-11-25T10:22:18.000Z',
          run: { command: 'resync', pid: 7, host: 'ci' },
        },
      }),
    );
    expect(running.severity).toBe('notice');
    expect(running.problems[0]!.title).toBe('suspended by a druid-gitops resync still running');
  });

  test('a publishing task past completionTimeout: handoff stalled, critical', () => {
    const suspended = realStatus('supervisor-status-suspended');
    suspended.publishingTasks[0]!.remainingSeconds = 0;
    const diagnosis = diagnoseSupervisor(facts([suspended]));
    const handoff = diagnosis.problems.find((problem) => problem.mode === 'stalled-handoff');
    expect(handoff?.severity).toBe('critical');
    expect(handoff?.evidence[0]).toMatch(/past completionTimeout \(PT20M\)/);
  });

  test('Druid resetting offsets by itself (resetOffsetAutomatically) is a warning to check for a gap', () => {
    const payload = {
      ...realStatus('supervisor-status-running'),
      recentErrors: [
        {
          timestamp: '2026-11-25T10:24:00.000Z',
          exceptionClass: 'org.apache.druid.java.util.common.ISE',
          message:
            'Previous sequenceNumber [12] is no longer available for partition [1] - automatically resetting offset',
          streamException: false,
        },
      ],
    };
    const [problem] = diagnoseSupervisor(facts([payload])).problems;
    expect(problem).toMatchObject({
      mode: 'offsets-out-of-range',
      severity: 'warning',
      title: 'offsets reset automatically',
    });
  });

  test('parse errors kept nowhere: the hint to set maxSavedParseExceptions', () => {
    const spec = realSpec();
    (spec.spec as { tuningConfig: Record<string, unknown> }).tuningConfig.maxSavedParseExceptions = 0;
    const diagnosis = diagnoseSupervisor(
      facts([realStatus('supervisor-status-running')], {
        spec,
        parseErrors: { ok: true, value: [] },
        stats: { ok: true, value: { '0': { t: { totals: { buildSegments: { unparseable: 7 } } } } } },
      }),
    );
    const problem = diagnosis.problems.find((candidate) => candidate.mode === 'parse-exceptions');
    expect(problem?.evidence).toEqual([
      '7 unparseable rows in the current tasks (GET /stats)',
      'maxParseExceptions is unlimited: these rows are dropped and the tasks go on',
      'Druid keeps none of the rows (maxSavedParseExceptions 0): set it to 10 to see them in parseErrors',
    ]);
  });

  test('secrets from the spec never reach the evidence, and unreadable facts are said', () => {
    const spec = realSpec();
    const io = (spec.spec as { ioConfig: { consumerProperties: Record<string, unknown> } }).ioConfig;
    io.consumerProperties['sasl.jaas.config'] =
      'PlainLoginModule required username="u" password="s3cr3t-pw";';
    const payload = realStatus('supervisor-status-unhealthy');
    payload.recentErrors.at(-1)!.message = 'login failed with password="s3cr3t-pw"';
    const diagnosis = diagnoseSupervisor(
      facts([payload], {
        spec,
        retention: { ok: false, error: 'GET /druid/coordinator/v1/rules/fx-main: 403 s3cr3t-pw' },
      }),
    );
    const text = JSON.stringify(diagnosis);
    expect(text).not.toContain('s3cr3t-pw');
    expect(text).toContain('[REDACTED]');
    expect(diagnosis.notes).toContain(
      'Could not read the retention rules: GET /druid/coordinator/v1/rules/fx-main: 403 [REDACTED]',
    );
  });

  test('no status at all: critical, check the Overlord', () => {
    expect(diagnoseSupervisor({ id: 'x', samples: [] })).toMatchObject({
      severity: 'critical',
      summary: 'status unreadable',
    });
  });
});
