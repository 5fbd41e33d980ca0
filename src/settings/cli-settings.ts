/**
 * The CLI's front door to the settings: its flags, then the DRUID_* environment, read into the
 * same inputs the action has and parsed by the same parser (settings.ts), so `--health-timeout 900`
 * and `health-timeout: 900` mean the same. Flags win over the environment.
 */
import type { DruidConnectionSettings } from '../druid/connection.js';
import { InputError } from './input-forms.js';
import { parseSettings, type Settings, type SharedInput } from './settings.js';

type Env = Readonly<Record<string, string | undefined>>;

/** The flags that carry settings, in node:util parseArgs form; each command takes the ones it reads. */
export const SETTINGS_FLAGS = {
  'druid-url': { type: 'string' },
  supervisors: { type: 'string', multiple: true },
  config: { type: 'string' },
  'on-drift': { type: 'string' },
  prune: { type: 'boolean' },
  confirm: { type: 'string' },
  'max-parallel': { type: 'string' },
  'health-timeout': { type: 'string' },
  timeout: { type: 'string' },
  offsets: { type: 'string' },
  reason: { type: 'string' },
} as const;

export type SettingsFlag = keyof typeof SETTINGS_FLAGS;

/** The settings flags a command takes, for its parseArgs options. */
export function settingsFlags<const Names extends SettingsFlag>(
  ...names: Names[]
): Pick<typeof SETTINGS_FLAGS, Names> {
  return Object.fromEntries(names.map((name) => [name, SETTINGS_FLAGS[name]])) as Pick<
    typeof SETTINGS_FLAGS,
    Names
  >;
}

/** Where each shared input comes from on the command line: a flag, else a variable of the environment. */
const SOURCES: Record<SharedInput, { flag?: SettingsFlag; env?: string; verbatim?: boolean }> = {
  'druid-url': { flag: 'druid-url', env: 'DRUID_URL' },
  'druid-coordinator-url': { env: 'DRUID_COORDINATOR_URL' },
  'druid-username': { env: 'DRUID_USERNAME' },
  // A password or token is taken as written: leading or trailing spaces may be part of it.
  'druid-password': { env: 'DRUID_PASSWORD', verbatim: true },
  'druid-token': { env: 'DRUID_TOKEN', verbatim: true },
  'druid-ca-cert': { env: 'DRUID_CA_CERT' },
  'druid-client-cert': { env: 'DRUID_CLIENT_CERT' },
  'druid-client-key': { env: 'DRUID_CLIENT_KEY' },
  'druid-timeout': { flag: 'timeout', env: 'DRUID_TIMEOUT' },
  'supervisors-path': { flag: 'supervisors' },
  'config-file': { flag: 'config' },
  'on-drift': { flag: 'on-drift' },
  prune: { flag: 'prune' },
  confirm: { flag: 'confirm' },
  'max-parallel': { flag: 'max-parallel' },
  'health-timeout': { flag: 'health-timeout' },
  offsets: { flag: 'offsets' },
  reason: { flag: 'reason' },
};

type FlagValues = Partial<Record<SettingsFlag, string | boolean | string[] | undefined>>;

export function cliSettings(values: FlagValues, env: Env): Settings {
  return parseSettings({
    read: (name) => {
      const { flag, env: variable, verbatim } = SOURCES[name];
      const given = flag === undefined ? undefined : values[flag];
      if (Array.isArray(given)) return given.join('\n');
      if (typeof given === 'boolean') return given ? 'true' : '';
      if (given !== undefined) return given.trim();
      const fromEnv = variable === undefined ? undefined : env[variable];
      return (verbatim ? fromEnv : fromEnv?.trim()) ?? '';
    },
    label: (name) => {
      const { flag, env: variable } = SOURCES[name];
      return flag ? `--${flag}` : (variable ?? name);
    },
  });
}

/** The cluster a command must reach; a clear usage error when neither --druid-url nor DRUID_URL gives it. */
export function requireDruid(settings: Settings, usage: string): DruidConnectionSettings {
  if (!settings.druid) throw new InputError(`--druid-url (or DRUID_URL) is required.\n\n${usage}`);
  return settings.druid;
}
