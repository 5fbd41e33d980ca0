/**
 * The fault matrix's two axes: the steps of a deploy (as client calls) and the faults Druid's side
 * can throw at each, each either transient (within the client's retries) or persistent (the rest
 * of the run). Faults are armed on the emulator just before the step's call is made.
 */
import type { TestEmulator } from '../../support/emulator.js';
import type { CallTrigger } from './instrumented-client.js';

const SUPERVISOR = '/druid/indexer/v1/supervisor';

interface Endpoint {
  method: 'GET' | 'POST';
  path: string;
  query?: string;
}

export interface DeployStep {
  name: string;
  /** 'broken': the new spec never becomes healthy, so the deploy restores the previous one. */
  scenario: 'good' | 'broken';
  trigger: CallTrigger;
  endpoint: (id: string) => Endpoint;
}

export const DEPLOY_STEPS: DeployStep[] = [
  {
    name: 'pre-flight read',
    scenario: 'good',
    trigger: { method: 'getSupervisorSpec', nth: 1 },
    endpoint: (id) => ({ method: 'GET', path: `${SUPERVISOR}/${id}` }),
  },
  {
    name: 'suspend',
    scenario: 'good',
    trigger: { method: 'suspendSupervisor', nth: 1 },
    endpoint: (id) => ({ method: 'POST', path: `${SUPERVISOR}/${id}/suspend` }),
  },
  {
    name: 'drain polling',
    scenario: 'good',
    trigger: { method: 'getSupervisorStatus', after: 'suspendSupervisor' },
    endpoint: (id) => ({ method: 'GET', path: `${SUPERVISOR}/${id}/status` }),
  },
  {
    name: 'submit',
    scenario: 'good',
    trigger: { method: 'submitSupervisor', nth: 1 },
    endpoint: () => ({ method: 'POST', path: SUPERVISOR, query: '?skipRestartIfUnmodified=true' }),
  },
  {
    name: 'read-back',
    scenario: 'good',
    trigger: { method: 'getSupervisorSpec', after: 'submitSupervisor' },
    endpoint: (id) => ({ method: 'GET', path: `${SUPERVISOR}/${id}` }),
  },
  {
    name: 'resume',
    scenario: 'good',
    trigger: { method: 'resumeSupervisor', nth: 1 },
    endpoint: (id) => ({ method: 'POST', path: `${SUPERVISOR}/${id}/resume` }),
  },
  {
    name: 'verify polling',
    scenario: 'good',
    trigger: { method: 'getSupervisorStatus', after: 'resumeSupervisor' },
    endpoint: (id) => ({ method: 'GET', path: `${SUPERVISOR}/${id}/status` }),
  },
  {
    name: 'restore submit',
    scenario: 'broken',
    trigger: { method: 'submitSupervisor', nth: 2 },
    endpoint: () => ({ method: 'POST', path: SUPERVISOR, query: '?skipRestartIfUnmodified=true' }),
  },
  {
    name: 'restore resume',
    scenario: 'broken',
    trigger: { method: 'resumeSupervisor', nth: 2 },
    endpoint: (id) => ({ method: 'POST', path: `${SUPERVISOR}/${id}/resume` }),
  },
];

export type Persistence = 'transient' | 'persistent';

export interface DruidFault {
  name: string;
  arm(emulator: TestEmulator, endpoint: Endpoint, persistence: Persistence): void;
}

/** What the 429 asks for: half the client's 60 s retry budget, so a persistent one gives up. */
export const RETRY_AFTER_S = 30;

const timesFor = (persistence: Persistence, transient = 1): { times?: number } =>
  persistence === 'transient' ? { times: transient } : {};

/** The same Overlord under another host name: a leader redirect across hosts, to a live cluster. */
function otherHost(url: string): string {
  const parsed = new URL(url);
  parsed.hostname = '[::ffff:127.0.0.1]';
  return parsed.origin;
}

export const DRUID_FAULTS: DruidFault[] = [
  {
    name: '503 (no leader, not ready)',
    arm: (emulator, { method, path }, persistence) =>
      emulator.control.injectFault({ method, path, status: 503, body: '', ...timesFor(persistence) }),
  },
  {
    name: `429 with Retry-After: ${RETRY_AFTER_S}`,
    arm: (emulator, { method, path }, persistence) =>
      emulator.control.injectFault({
        method,
        path,
        status: 429,
        retryAfter: RETRY_AFTER_S,
        ...timesFor(persistence),
      }),
  },
  {
    // The worst timeout: Druid acted on the request, and no answer comes back in time.
    name: 'timeout after Druid acted',
    arm: (emulator, { method, path }, persistence) =>
      emulator.control.injectFault({
        method,
        path,
        hang: true,
        afterHandling: true,
        ...timesFor(persistence),
      }),
  },
  {
    name: 'connection reset after Druid acted',
    arm: (emulator, { method, path }, persistence) =>
      emulator.control.injectFault({
        method,
        path,
        reset: true,
        afterHandling: true,
        ...timesFor(persistence),
      }),
  },
  {
    // A leader change: this Overlord sends the request to the leader at another host. Persistent:
    // the "leader" keeps redirecting to itself, a loop the client must refuse.
    name: '307 to another host',
    arm: (emulator, { method, path, query = '' }, persistence) =>
      emulator.control.injectFault({
        method,
        path,
        status: 307,
        headers: { Location: `${otherHost(emulator.url)}${path}${query}` },
        ...timesFor(persistence),
      }),
  },
  {
    // Supervisors' in-memory state (runs, pending notices) is lost; the metadata store is kept.
    // Transient: not ready for two requests; persistent: it does not come back during the run.
    name: 'Overlord restart',
    arm: (emulator, _endpoint, persistence) => {
      emulator.control.restartOverlord();
      if (persistence === 'persistent') emulator.control.setReady(false);
      else emulator.control.injectFault({ path: /^\/druid\/indexer\//, status: 503, body: '', times: 2 });
    },
  },
];

/** Undoes every fault, so the state a run left can be read. */
export function healEmulator(emulator: TestEmulator): void {
  emulator.control.clearFaults();
  emulator.control.setReady(true);
}
