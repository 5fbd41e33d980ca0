/**
 * The action's inputs, parsed once into one typed settings object (as actions/checkout does in its
 * input-helper). Everything downstream takes `ActionSettings`; nothing else reads inputs or the
 * environment. Pure: the input reader and the environment are parameters.
 */

import type { PartitionMap } from '../druid/payloads.js';
import { isOperation, OPERATIONS, parseOffsets, type RecoverOperation } from '../health/operations.js';
import { periodToMillis } from '../spec/duration.js';

type Mode = 'review' | 'deploy' | 'recover' | 'drift';
export type FailOn = 'error' | 'warning' | 'never';

interface DruidInputs {
  url: string;
  username?: string;
  password?: string;
  token?: string;
  caCert?: string;
}

export interface ActionSettings {
  mode: Mode;
  githubToken: string;
  /** Absent when no `druid-url` is given (review then works without a cluster). */
  druid?: DruidInputs;
  supervisorsPaths: string[];
  configFile: string;
  /** The user named a config file other than the default, so it must exist. */
  configFileExplicit: boolean;
  operation: RecoverOperation;
  supervisor: string;
  confirm: string;
  /** reset-offsets: partition → offset (`offsets`, JSON). */
  offsets?: PartitionMap;
  /** Why a person runs a recovery operation; sent in Druid's audit headers. */
  reason: string;
  /** Drift mode: fail the job when the cluster differs from git (`fail-on-drift`). */
  failOnDrift: boolean;
  onDrift: 'fail' | 'overwrite';
  prune: boolean;
  maxParallel: number;
  /** Milliseconds; undefined means "derive from Druid's own thresholds". */
  healthTimeoutMs?: number;
  rollback: 'pr' | 'cluster-only' | 'none';
  failOn: FailOn;
  /** The cluster's short name (`cluster`), when a repository deploys to several; undefined for one. */
  cluster?: string;
}

export class InputError extends Error {}

export type InputReader = (name: string) => string;

const EVENT_MODES: Record<string, Mode> = {
  pull_request: 'review',
  pull_request_target: 'review',
  push: 'deploy',
  workflow_dispatch: 'recover',
  schedule: 'drift',
};

export function parseActionSettings(
  input: InputReader,
  env: Readonly<Record<string, string | undefined>>,
): ActionSettings {
  const read = (name: string): string => input(name).trim();
  const druidUrl = read('druid-url');
  const configFile = read('config-file') || '.druid-gitops.yml';
  const healthTimeout = read('health-timeout');
  const offsets = read('offsets');
  const cluster = read('cluster');
  return {
    mode: resolveMode(read('mode') || 'auto', env.GITHUB_EVENT_NAME),
    githubToken: read('github-token'),
    ...(druidUrl ? { druid: druidInputs(druidUrl, read) } : {}),
    supervisorsPaths: lines(read('supervisors-path') || 'supervisors'),
    configFile,
    configFileExplicit: configFile !== '.druid-gitops.yml',
    operation: operation(read('operation') || 'status'),
    supervisor: read('supervisor') || '*',
    confirm: read('confirm'),
    ...(offsets ? { offsets: offsetsInput(offsets) } : {}),
    reason: read('reason'),
    failOnDrift: boolean('fail-on-drift', read('fail-on-drift') || 'true'),
    onDrift: oneOf('on-drift', read('on-drift') || 'fail', ['fail', 'overwrite']),
    prune: boolean('prune', read('prune') || 'false'),
    maxParallel: positiveInteger('max-parallel', read('max-parallel') || '4'),
    ...(healthTimeout ? { healthTimeoutMs: duration('health-timeout', healthTimeout) } : {}),
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

function offsetsInput(value: string): PartitionMap {
  try {
    return parseOffsets(value);
  } catch (error) {
    throw new InputError((error as Error).message);
  }
}

function druidInputs(url: string, read: (name: string) => string): DruidInputs {
  if (!/^https?:\/\//i.test(url)) throw new InputError(`druid-url must start with http:// or https://.`);
  const optional = (name: string, key: keyof DruidInputs): Partial<DruidInputs> => {
    const value = read(name);
    return value ? { [key]: value } : {};
  };
  return {
    url,
    ...optional('druid-username', 'username'),
    ...optional('druid-password', 'password'),
    ...optional('druid-token', 'token'),
    ...optional('druid-ca-cert', 'caCert'),
  };
}

function lines(value: string): string[] {
  return value
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new InputError(`${name} must be one of ${allowed.join(', ')}; got "${value}".`);
}

function boolean(name: string, value: string): boolean {
  if (/^(true|yes|on|1)$/i.test(value)) return true;
  if (/^(false|no|off|0)$/i.test(value)) return false;
  throw new InputError(`${name} must be true or false; got "${value}".`);
}

function positiveInteger(name: string, value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1)
    throw new InputError(`${name} must be a whole number of at least 1; got "${value}".`);
  return number;
}

/** Seconds ("900"), or an ISO-8601 duration ("PT15M"). */
function duration(name: string, value: string): number {
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const millis = periodToMillis(value.toUpperCase());
  if (millis !== undefined && millis > 0) return millis;
  throw new InputError(
    `${name} must be a number of seconds or an ISO-8601 duration such as PT15M; got "${value}".`,
  );
}
