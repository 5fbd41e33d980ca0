/**
 * The action's inputs, parsed once into one typed settings object (as actions/checkout does in its
 * input helper): the inputs both front doors share (settings.ts) plus the action's own. Pure: the
 * input reader and the run's event are parameters.
 */
import { isOperation, OPERATIONS, type RecoverOperation } from '../health/operations.js';
import { boolean, InputError, oneOf } from './input-forms.js';
import { parseSettings, type Settings } from './settings.js';

type Mode = 'review' | 'deploy' | 'recover' | 'drift';
export type FailOn = 'error' | 'warning' | 'never';

export interface ActionSettings extends Settings {
  mode: Mode;
  githubToken: string;
  operation: RecoverOperation;
  supervisor: string;
  /** Drift mode: fail the job when the cluster differs from git (`fail-on-drift`). */
  failOnDrift: boolean;
  rollback: 'pr' | 'cluster-only' | 'none';
  failOn: FailOn;
  /** The cluster's short name (`cluster`), when a repository deploys to several; undefined for one. */
  cluster?: string;
}

export type InputReader = (name: string) => string;

const EVENT_MODES: Record<string, Mode> = {
  pull_request: 'review',
  pull_request_target: 'review',
  push: 'deploy',
  workflow_dispatch: 'recover',
  schedule: 'drift',
};

export function parseActionSettings(input: InputReader, event: { eventName?: string }): ActionSettings {
  const read = (name: string): string => input(name).trim();
  const cluster = read('cluster');
  return {
    ...parseSettings({ read, label: (name) => name }),
    mode: resolveMode(read('mode') || 'auto', event.eventName),
    githubToken: read('github-token'),
    operation: operation(read('operation') || 'status'),
    supervisor: read('supervisor') || '*',
    failOnDrift: boolean('fail-on-drift', read('fail-on-drift') || 'true'),
    rollback: oneOf('rollback', read('rollback') || 'pr', ['pr', 'cluster-only', 'none']),
    failOn: oneOf('fail-on', read('fail-on') || 'error', ['error', 'warning', 'never']),
    ...(cluster ? { cluster: clusterName(cluster) } : {}),
  };
}

/**
 * The name keys comments, issues and branches, so it is kept to what a branch name and a hidden
 * Markdown marker carry unchanged.
 */
function clusterName(value: string): string {
  if (/^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/.test(value)) return value;
  throw new InputError(
    `cluster must be 1–40 letters, digits, '.', '_' or '-', starting with a letter or digit; got "${value}".`,
  );
}

function resolveMode(mode: string, eventName: string | undefined): Mode {
  if (mode !== 'auto') return oneOf('mode', mode, ['review', 'deploy', 'recover', 'drift']);
  const resolved = eventName ? EVENT_MODES[eventName] : undefined;
  if (!resolved) {
    throw new InputError(
      `mode "auto" cannot tell what to do on the "${eventName ?? 'unknown'}" event; set mode to review, deploy, recover or drift.`,
    );
  }
  return resolved;
}

function operation(value: string): RecoverOperation {
  if (isOperation(value)) return value;
  throw new InputError(`operation must be one of ${OPERATIONS.join(', ')}; got "${value}".`);
}
