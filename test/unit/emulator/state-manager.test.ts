import {
  DEFAULT_THRESHOLDS as T,
  finishRun,
  initialState,
  propose,
  recordError,
  recordTask,
  type SupervisorStateValue,
} from '../../../src/emulator/state-manager.js';

const streamError = { timestamp: 0, exceptionClass: 'StreamException', message: 'm', streamException: true };
const goodRun = (s: SupervisorStateValue): SupervisorStateValue =>
  finishRun(
    propose(
      propose(propose(s, 'CONNECTING_TO_STREAM', T), 'DISCOVERING_INITIAL_TASKS', T),
      'CREATING_TASKS',
      T,
    ),
    T,
  );
const badRun = (s: SupervisorStateValue): SupervisorStateValue =>
  finishRun(recordError(propose(s, 'CONNECTING_TO_STREAM', T), streamError, T), T);

describe('SupervisorStateManager transitions', () => {
  test('first-run states until a run succeeds, then only steady and unhealthy states', () => {
    let s = propose(initialState(false), 'CONNECTING_TO_STREAM', T);
    expect(s.state).toBe('CONNECTING_TO_STREAM');
    s = goodRun(s);
    expect(s.state).toBe('RUNNING');
    expect(propose(s, 'CREATING_TASKS', T).state).toBe('RUNNING');
  });

  test('a suspended spec settles in SUSPENDED', () => {
    expect(goodRun(initialState(true)).state).toBe('SUSPENDED');
  });

  test('failed runs: unhealthy only at the threshold, then recovery needs healthinessThreshold good runs', () => {
    let s = badRun(badRun(initialState(false)));
    expect(s.state).toBe('CONNECTING_TO_STREAM');
    s = badRun(s);
    expect(s.state).toBe('UNABLE_TO_CONNECT_TO_STREAM');
    s = goodRun(goodRun(s));
    expect(s.state).toBe('UNABLE_TO_CONNECT_TO_STREAM');
    expect(goodRun(s).state).toBe('RUNNING');
  });

  test('a non-stream error gives UNHEALTHY_SUPERVISOR; recentErrors keeps the newest few', () => {
    let s = initialState(false);
    for (let i = 0; i < 5; i++)
      s = finishRun(recordError(s, { ...streamError, streamException: false, timestamp: i }, T), T);
    expect(s.state).toBe('UNHEALTHY_SUPERVISOR');
    expect(s.recentErrors.map((e) => e.timestamp)).toEqual([2, 3, 4]);
  });

  test('failed tasks: UNHEALTHY_TASKS at the threshold, healthy after taskHealthinessThreshold successes', () => {
    let s = goodRun(initialState(false));
    for (let i = 0; i < 3; i++) s = recordTask(s, false);
    s = goodRun(s);
    expect(s.state).toBe('UNHEALTHY_TASKS');
    s = goodRun(recordTask(recordTask(s, true), true));
    expect(s.state).toBe('UNHEALTHY_TASKS');
    expect(goodRun(recordTask(s, true)).state).toBe('RUNNING');
  });
});
