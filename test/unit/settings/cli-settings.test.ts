/**
 * The CLI's settings come from its flags and the DRUID_* environment, through the parser the
 * action's inputs go through: the same value means the same thing at both front doors.
 */
import { parseActionSettings } from '../../../src/settings/action-settings.js';
import { cliSettings, requireDruid } from '../../../src/settings/cli-settings.js';
import { InputError } from '../../../src/settings/input-forms.js';
import { timeLimitFor } from '../../../src/settings/settings.js';

const action = (inputs: Record<string, string>) =>
  parseActionSettings((name) => inputs[name] ?? '', { eventName: 'push' });

describe('CLI settings', () => {
  test('reads the DRUID_* variables and leaves out unset and empty ones', () => {
    const settings = cliSettings(
      {},
      {
        DRUID_URL: ' https://druid.example.com:8888 ',
        DRUID_USERNAME: 'admin',
        DRUID_PASSWORD: ' p:ss ',
        DRUID_TOKEN: '',
        DRUID_CA_CERT: '/etc/ssl/druid-ca.pem',
        HOME: '/root',
      },
    );
    expect(settings.druid).toEqual({
      url: 'https://druid.example.com:8888',
      username: 'admin',
      password: ' p:ss ',
      caCert: '/etc/ssl/druid-ca.pem',
    });
    expect(cliSettings({}, {}).druid).toBeUndefined();
  });

  test('the Coordinator URL and the client certificate come from the environment too', () => {
    const settings = cliSettings(
      {},
      {
        DRUID_URL: 'https://router:8888',
        DRUID_COORDINATOR_URL: 'https://coordinator:8081',
        DRUID_CLIENT_CERT: '/etc/ssl/client.pem',
        DRUID_CLIENT_KEY: '/etc/ssl/client.key',
      },
    );
    expect(settings.druid).toEqual({
      url: 'https://router:8888',
      coordinatorUrl: 'https://coordinator:8081',
      clientCert: '/etc/ssl/client.pem',
      clientKey: '/etc/ssl/client.key',
    });
  });

  test('a flag wins over the environment', () => {
    const settings = cliSettings(
      { 'druid-url': 'http://localhost:8888' },
      { DRUID_URL: 'https://prod:8888' },
    );
    expect(settings.druid?.url).toBe('http://localhost:8888');
  });

  test('repeated --supervisors flags are the folders, as lines of supervisors-path are', () => {
    expect(cliSettings({ supervisors: ['a', 'b'] }, {}).supervisorsPaths).toEqual(
      action({ 'supervisors-path': 'a\nb' }).supervisorsPaths,
    );
  });

  test.each([
    ['health-timeout', '900'],
    ['health-timeout', 'PT15M'],
    ['health-timeout', 'pt15m'],
    ['max-parallel', '8'],
    ['on-drift', 'overwrite'],
    ['confirm', 'clicks,views'],
    ['offsets', '{"0": 1200}'],
    ['reason', 'INC-42'],
    ['druid-url', 'https://druid:8888'],
  ] as const)('%s %s means the same at both front doors', (name, value) => {
    const fromFlags = cliSettings({ [name]: value }, {});
    const fromInputs = action({ [name]: value });
    const { mode: _mode, githubToken: _token, operation: _op, supervisor: _id, ...shared } = fromInputs;
    const { failOnDrift: _drift, rollback: _rollback, failOn: _failOn, ...sharedOnly } = shared;
    expect(fromFlags).toEqual(sharedOnly);
  });

  test.each([
    ['health-timeout', '15 minutes'],
    ['max-parallel', '0'],
    ['on-drift', 'ignore'],
    ['offsets', '{"0": -5}'],
    ['druid-url', 'druid:8888'],
  ] as const)('%s %s is refused at both front doors, naming the flag or the input', (name, value) => {
    expect(() => cliSettings({ [name]: value }, {})).toThrow(new RegExp(`^--${name}`));
    expect(() => action({ [name]: value })).toThrow(new RegExp(`^${name}`));
    expect(() => cliSettings({ [name]: value }, {})).toThrow(InputError);
  });

  test('a command that needs the cluster says how to give it', () => {
    expect(() => requireDruid(cliSettings({}, {}), 'Usage: ...')).toThrow(
      '--druid-url (or DRUID_URL) is required',
    );
  });

  test('--timeout, DRUID_TIMEOUT and druid-timeout are one setting: seconds or an ISO duration', () => {
    expect(cliSettings({ timeout: '90' }, {}).timeoutMs).toBe(90_000);
    expect(cliSettings({}, { DRUID_TIMEOUT: 'PT2M' }).timeoutMs).toBe(120_000);
    expect(cliSettings({ timeout: '5' }, { DRUID_TIMEOUT: 'PT2M' }).timeoutMs).toBe(5_000);
    expect(action({ 'druid-timeout': 'pt45s' }).timeoutMs).toBe(45_000);
    expect(() => cliSettings({ timeout: 'soon' }, {})).toThrow(/^--timeout must be a number of seconds/);
    expect(() => action({ 'druid-timeout': 'soon' })).toThrow(/^druid-timeout must be a number of seconds/);
  });

  test('without a timeout, a command that reads gets 30 s per request and one that writes 2 min', () => {
    expect(timeLimitFor(cliSettings({}, {}), 'read')).toBe(30_000);
    expect(timeLimitFor(cliSettings({}, {}), 'write')).toBe(120_000);
    expect(timeLimitFor(cliSettings({ timeout: '10' }, {}), 'write')).toBe(10_000);
  });
});
