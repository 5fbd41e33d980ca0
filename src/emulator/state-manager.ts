/**
 * Druid's SupervisorStateManager (+ the seekable-stream specifics), as pure transitions over a
 * plain value. The rules are Druid's, including the ones that surprise: steady states are refused
 * until one run succeeded, first-run-only states are ignored afterwards, and an unhealthy state is
 * kept until `healthinessThreshold` consecutive good runs (REFERENCE §2.2).
 */

export type BasicState =
  'PENDING' | 'RUNNING' | 'IDLE' | 'SUSPENDED' | 'STOPPING' | 'UNHEALTHY_SUPERVISOR' | 'UNHEALTHY_TASKS';
type StreamState =
  | 'CONNECTING_TO_STREAM'
  | 'DISCOVERING_INITIAL_TASKS'
  | 'CREATING_TASKS'
  | 'UNABLE_TO_CONNECT_TO_STREAM'
  | 'LOST_CONTACT_WITH_STREAM';
export type DetailedState = BasicState | StreamState;

interface StateInfo {
  healthy: boolean;
  firstRunOnly: boolean;
  basic: BasicState;
}

const STATES: Record<DetailedState, StateInfo> = {
  UNHEALTHY_SUPERVISOR: { healthy: false, firstRunOnly: false, basic: 'UNHEALTHY_SUPERVISOR' },
  UNHEALTHY_TASKS: { healthy: false, firstRunOnly: false, basic: 'UNHEALTHY_TASKS' },
  PENDING: { healthy: true, firstRunOnly: true, basic: 'PENDING' },
  RUNNING: { healthy: true, firstRunOnly: false, basic: 'RUNNING' },
  IDLE: { healthy: true, firstRunOnly: false, basic: 'IDLE' },
  SUSPENDED: { healthy: true, firstRunOnly: false, basic: 'SUSPENDED' },
  STOPPING: { healthy: true, firstRunOnly: false, basic: 'STOPPING' },
  CONNECTING_TO_STREAM: { healthy: true, firstRunOnly: true, basic: 'RUNNING' },
  DISCOVERING_INITIAL_TASKS: { healthy: true, firstRunOnly: true, basic: 'RUNNING' },
  CREATING_TASKS: { healthy: true, firstRunOnly: true, basic: 'RUNNING' },
  UNABLE_TO_CONNECT_TO_STREAM: { healthy: false, firstRunOnly: true, basic: 'UNHEALTHY_SUPERVISOR' },
  LOST_CONTACT_WITH_STREAM: { healthy: false, firstRunOnly: false, basic: 'UNHEALTHY_SUPERVISOR' },
};

export const basicState = (s: DetailedState): BasicState => STATES[s].basic;
export const isHealthy = (s: DetailedState): boolean => STATES[s].healthy;

/** `druid.supervisor.*` Overlord properties. */
export interface StateThresholds {
  unhealthinessThreshold: number;
  healthinessThreshold: number;
  taskUnhealthinessThreshold: number;
  taskHealthinessThreshold: number;
  maxStoredExceptionEvents: number;
}

export const DEFAULT_THRESHOLDS: StateThresholds = {
  unhealthinessThreshold: 3,
  healthinessThreshold: 3,
  taskUnhealthinessThreshold: 3,
  taskHealthinessThreshold: 3,
  maxStoredExceptionEvents: 3,
};

export interface ExceptionEvent {
  timestamp: number;
  exceptionClass: string;
  message: string;
  streamException: boolean;
}

export interface SupervisorStateValue {
  state: DetailedState;
  steady: 'RUNNING' | 'SUSPENDED';
  atLeastOneSuccessfulRun: boolean;
  currentRunSuccessful: boolean;
  hasHitUnhealthinessThreshold: boolean;
  hasHitTaskUnhealthinessThreshold: boolean;
  consecutiveFailedRuns: number;
  consecutiveSuccessfulRuns: number;
  consecutiveFailedTasks: number;
  consecutiveSuccessfulTasks: number;
  recentErrors: ExceptionEvent[];
}

export function initialState(suspended: boolean): SupervisorStateValue {
  return {
    state: 'PENDING',
    steady: suspended ? 'SUSPENDED' : 'RUNNING',
    atLeastOneSuccessfulRun: false,
    currentRunSuccessful: true,
    hasHitUnhealthinessThreshold: false,
    hasHitTaskUnhealthinessThreshold: false,
    consecutiveFailedRuns: 0,
    consecutiveSuccessfulRuns: 0,
    consecutiveFailedTasks: 0,
    consecutiveSuccessfulTasks: 0,
    recentErrors: [],
  };
}

/** maybeSetState. */
export function propose(
  s: SupervisorStateValue,
  proposed: DetailedState,
  t: StateThresholds,
): SupervisorStateValue {
  if (s.consecutiveFailedRuns >= t.unhealthinessThreshold) {
    return { ...s, hasHitUnhealthinessThreshold: true, state: specificUnhealthyState(s) };
  }
  if (s.consecutiveFailedTasks >= t.taskUnhealthinessThreshold) {
    return { ...s, hasHitTaskUnhealthinessThreshold: true, state: 'UNHEALTHY_TASKS' };
  }
  const recovering =
    (s.hasHitUnhealthinessThreshold && s.consecutiveSuccessfulRuns < t.healthinessThreshold) ||
    (s.hasHitTaskUnhealthinessThreshold && s.consecutiveSuccessfulTasks < t.taskHealthinessThreshold);
  if (!isHealthy(s.state) && recovering) return s;
  if (proposed === s.steady && !s.atLeastOneSuccessfulRun) return s;
  if (!STATES[proposed].firstRunOnly || !s.atLeastOneSuccessfulRun) return { ...s, state: proposed };
  return s;
}

/** SeekableStreamSupervisorStateManager.getSpecificUnhealthySupervisorState. */
function specificUnhealthyState(s: SupervisorStateValue): DetailedState {
  const last = s.recentErrors[s.recentErrors.length - 1];
  if (last?.streamException)
    return s.atLeastOneSuccessfulRun ? 'LOST_CONTACT_WITH_STREAM' : 'UNABLE_TO_CONNECT_TO_STREAM';
  return 'UNHEALTHY_SUPERVISOR';
}

/** recordThrowableEvent: the run counts as failed; only the newest events are kept. */
export function recordError(
  s: SupervisorStateValue,
  e: ExceptionEvent,
  t: StateThresholds,
): SupervisorStateValue {
  return {
    ...s,
    currentRunSuccessful: false,
    recentErrors: [...s.recentErrors, e].slice(-t.maxStoredExceptionEvents),
  };
}

export function recordTask(s: SupervisorStateValue, success: boolean): SupervisorStateValue {
  return success
    ? { ...s, consecutiveSuccessfulTasks: s.consecutiveSuccessfulTasks + 1, consecutiveFailedTasks: 0 }
    : { ...s, consecutiveFailedTasks: s.consecutiveFailedTasks + 1, consecutiveSuccessfulTasks: 0 };
}

/** markRunFinished: count the run, then propose the steady state. */
export function finishRun(s: SupervisorStateValue, t: StateThresholds): SupervisorStateValue {
  const ok = s.currentRunSuccessful;
  const counted: SupervisorStateValue = {
    ...s,
    atLeastOneSuccessfulRun: s.atLeastOneSuccessfulRun || ok,
    consecutiveSuccessfulRuns: ok ? s.consecutiveSuccessfulRuns + 1 : 0,
    consecutiveFailedRuns: ok ? 0 : s.consecutiveFailedRuns + 1,
  };
  const next = counted.state === 'IDLE' ? counted : propose(counted, counted.steady, t);
  return { ...next, currentRunSuccessful: true };
}
