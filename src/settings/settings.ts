/**
 * One typed settings object for both front doors, parsed once (as actions/checkout builds its
 * settings in its input helper): the action reads it from its inputs (action-settings.ts), the CLI
 * from its flags and the DRUID_* environment (cli-settings.ts). Every input has one parser, so a
 * value is read the same way at both doors. Everything downstream takes `Settings`; nothing else
 * reads inputs, flags or the environment.
 */
import type { DruidConnectionSettings } from '../druid/connection.js';
import type { PartitionMap } from '../druid/payloads.js';
import { boolean, duration, httpUrl, lines, offsets, oneOf, positiveInteger } from './input-forms.js';

const DEFAULT_CONFIG_FILE = '.druid-gitops.yml';

export interface Settings {
  /** Absent when no Druid URL is given (review and validate then work without a cluster). */
  druid?: DruidConnectionSettings;
  supervisorsPaths: string[];
  configFile: string;
  /** The user named a config file other than the default, so it must exist. */
  configFileExplicit: boolean;
  onDrift: 'fail' | 'overwrite';
  prune: boolean;
  /** Ids a person typed to confirm destructive operations (`confirm`; several for prune). */
  confirm: string;
  maxParallel: number;
  /** Milliseconds; undefined means "derive from Druid's own thresholds". */
  healthTimeoutMs?: number;
  /**
   * How long one request to Druid may take, retries included (`druid-timeout`, `--timeout`);
   * undefined means the default for what the command does (timeLimitFor).
   */
  timeoutMs?: number;
  /** reset-offsets: partition → offset (`offsets`, JSON). */
  offsets?: PartitionMap;
  /** Why a person runs an operation; sent in Druid's audit headers. */
  reason: string;
}

/** The names of the inputs every front door shares (the action's input names). */
export type SharedInput =
  | 'druid-url'
  | 'druid-coordinator-url'
  | 'druid-username'
  | 'druid-password'
  | 'druid-token'
  | 'druid-ca-cert'
  | 'druid-client-cert'
  | 'druid-client-key'
  | 'druid-timeout'
  | 'supervisors-path'
  | 'config-file'
  | 'on-drift'
  | 'prune'
  | 'confirm'
  | 'max-parallel'
  | 'health-timeout'
  | 'offsets'
  | 'reason';

/** Where the raw values come from: an input's text ('' when not given) and its name as the user wrote it. */
export interface SettingsSource {
  read(name: SharedInput): string;
  label(name: SharedInput): string;
}

const DRUID_INPUTS: ReadonlyArray<[SharedInput, keyof DruidConnectionSettings]> = [
  ['druid-coordinator-url', 'coordinatorUrl'],
  ['druid-username', 'username'],
  ['druid-password', 'password'],
  ['druid-token', 'token'],
  ['druid-ca-cert', 'caCert'],
  ['druid-client-cert', 'clientCert'],
  ['druid-client-key', 'clientKey'],
];

export function parseSettings(source: SettingsSource): Settings {
  const { read, label } = source;
  const druidUrl = read('druid-url');
  const configFile = read('config-file') || DEFAULT_CONFIG_FILE;
  const healthTimeout = read('health-timeout');
  const timeout = read('druid-timeout');
  const partitionOffsets = read('offsets');
  return {
    ...(druidUrl ? { druid: druidConnection(source, druidUrl) } : {}),
    supervisorsPaths: lines(read('supervisors-path') || 'supervisors'),
    configFile,
    configFileExplicit: configFile !== DEFAULT_CONFIG_FILE,
    onDrift: oneOf(label('on-drift'), read('on-drift') || 'fail', ['fail', 'overwrite']),
    prune: boolean(label('prune'), read('prune') || 'false'),
    confirm: read('confirm'),
    maxParallel: positiveInteger(label('max-parallel'), read('max-parallel') || '4'),
    ...(healthTimeout ? { healthTimeoutMs: duration(label('health-timeout'), healthTimeout) } : {}),
    ...(timeout ? { timeoutMs: duration(label('druid-timeout'), timeout) } : {}),
    ...(partitionOffsets ? { offsets: offsets(label('offsets'), partitionOffsets) } : {}),
    reason: read('reason'),
  };
}

function druidConnection(source: SettingsSource, url: string): DruidConnectionSettings {
  const connection: DruidConnectionSettings = { url: httpUrl(source.label('druid-url'), url) };
  for (const [name, key] of DRUID_INPUTS) {
    const value = source.read(name);
    if (value) (connection as unknown as Record<string, string>)[key] = value;
  }
  if (connection.coordinatorUrl) httpUrl(source.label('druid-coordinator-url'), connection.coordinatorUrl);
  return connection;
}

/**
 * The time limit of one request to Druid, retries included: what the user set, else 30 s for a
 * command that only reads and 2 min for one that writes (a suspend waits for the supervisor's
 * running cycle, which blocks up to a minute behind an unreachable Kafka).
 */
export function timeLimitFor(settings: Pick<Settings, 'timeoutMs'>, use: 'read' | 'write'): number {
  return settings.timeoutMs ?? (use === 'read' ? 30_000 : 120_000);
}
