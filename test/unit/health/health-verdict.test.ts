import {
  evaluateHealth,
  expectedReadingTasks,
  type HealthExpectation,
  type StatusSample,
} from '../../../src/health/health-verdict.js';
import type { SupervisorStatusPayload } from '../../../src/druid/payloads.js';
import { deployTimings } from '../../../src/deploy/timing.js';

const T0 = Date.UTC(2026, 0, 1);
const expectation: HealthExpectation = {
  since: T0,
  expectedTasks: 2,
  stableForMs: 30_000,
  deadline: T0 + 185_000,
};

function payload(overrides: Partial<SupervisorStatusPayload> = {}): SupervisorStatusPayload {
  return {
    dataSource: 'ds',
    activeTasks: [{ id: 'a' }, { id: 'b' }],
    publishingTasks: [],
    suspended: false,
    healthy: true,
    state: 'RUNNING',
    detailedState: 'RUNNING',
    recentErrors: [],
    ...overrides,
  };
}

const sample = (seconds: number, overrides: Partial<SupervisorStatusPayload> = {}): StatusSample => ({
  at: T0 + seconds * 1000,
  payload: payload(overrides),
});

describe('evaluateHealth', () => {
  test('healthy only after the picture holds for the stability window', () => {
    expect(evaluateHealth([sample(10)], expectation).status).toBe('waiting');
    expect(evaluateHealth([sample(10), sample(25)], expectation).status).toBe('waiting');
    expect(evaluateHealth([sample(10), sample(25), sample(40)], expectation).status).toBe('healthy');
  });

  test('while the picture holds, the reason says for how long of the window', () => {
    expect(evaluateHealth([sample(10), sample(25)], expectation)).toEqual({
      status: 'waiting',
      reason: 'healthy for 15 s of the 30 s it must hold',
    });
  });

  test('a dip resets the window', () => {
    expect(
      evaluateHealth(
        [sample(10), sample(20, { state: 'PENDING', detailedState: 'PENDING' }), sample(45)],
        expectation,
      ).status,
    ).toBe('waiting');
  });

  test('starting states and missing tasks are waiting, not failure', () => {
    expect(
      evaluateHealth([sample(5, { state: 'RUNNING', detailedState: 'CONNECTING_TO_STREAM' })], expectation),
    ).toMatchObject({ status: 'waiting', reason: 'starting (CONNECTING_TO_STREAM)' });
    expect(evaluateHealth([sample(5, { activeTasks: [{ id: 'a' }] })], expectation)).toMatchObject({
      status: 'waiting',
      reason: 'RUNNING with 1 of 2 reading tasks',
    });
  });

  test("Druid's unhealthy states are failures at once, with the errors since the resume", () => {
    const errors = [
      { timestamp: new Date(T0 - 60_000).toISOString(), message: 'old' },
      {
        timestamp: new Date(T0 + 50_000).toISOString(),
        exceptionClass: 'org.apache.kafka.common.KafkaException',
        message: 'unreachable',
        streamException: true,
      },
    ];
    const verdict = evaluateHealth(
      [
        sample(95, {
          state: 'UNHEALTHY_SUPERVISOR',
          detailedState: 'UNABLE_TO_CONNECT_TO_STREAM',
          healthy: false,
          recentErrors: errors,
        }),
      ],
      expectation,
    );
    expect(verdict).toMatchObject({
      status: 'unhealthy',
      reason: 'Druid reports UNHEALTHY_SUPERVISOR (UNABLE_TO_CONNECT_TO_STREAM)',
    });
    expect(verdict.status === 'unhealthy' && verdict.errors.map((e) => e.message)).toEqual(['unreachable']);
    expect(
      evaluateHealth([sample(30, { state: 'UNHEALTHY_TASKS', healthy: false })], expectation).status,
    ).toBe('unhealthy');
  });

  test('new errors keep it waiting, and at the deadline it times out', () => {
    const error = { timestamp: new Date(T0 + 20_000).toISOString(), message: 'poll failed' };
    expect(evaluateHealth([sample(30, { recentErrors: [error] })], expectation).status).toBe('waiting');
    expect(evaluateHealth([sample(190, { recentErrors: [error] })], expectation)).toMatchObject({
      status: 'timed-out',
    });
  });

  test('expected reading tasks: one group per partition at most, times replicas', () => {
    expect(expectedReadingTasks(4, 2, 2)).toBe(4);
    expect(expectedReadingTasks(1, 2, 8)).toBe(2);
    expect(expectedReadingTasks(3, 1, undefined)).toBe(3);
  });
});

describe('deployTimings', () => {
  test("derive the health timeout from startDelay, the length of a failed run and Druid's threshold", () => {
    // A failed run against unreachable brokers lasts the consumer's 60 s API timeout, not `period`.
    expect(deployTimings(undefined).healthTimeoutMs).toBe(5_000 + 4 * 60_000 + 60_000);
    const slow = { spec: { ioConfig: { startDelay: 'PT10S', period: 'PT2M' } } };
    expect(deployTimings(slow).healthTimeoutMs).toBe(10_000 + 4 * 120_000 + 60_000);
    const fast = {
      spec: {
        ioConfig: {
          startDelay: 'PT1S',
          period: 'PT5S',
          consumerProperties: { 'default.api.timeout.ms': '3000' },
        },
      },
    };
    expect(deployTimings(fast).healthTimeoutMs).toBe(1_000 + 4 * 5_000 + 60_000);
    expect(deployTimings(undefined, 900_000).healthTimeoutMs).toBe(900_000);
  });
});
