import { parseActionSettings } from '../../../src/settings/action-settings.js';
import { InputError } from '../../../src/settings/input-forms.js';

const reader = (inputs: Record<string, string>) => (name: string) => inputs[name] ?? '';

describe('action settings', () => {
  test('mode auto follows the event', () => {
    const modes = Object.fromEntries(
      ['pull_request', 'pull_request_target', 'push', 'workflow_dispatch', 'schedule'].map((event) => [
        event,
        parseActionSettings(reader({ mode: 'auto' }), { eventName: event }).mode,
      ]),
    );
    expect(modes).toEqual({
      pull_request: 'review',
      pull_request_target: 'review',
      push: 'deploy',
      workflow_dispatch: 'recover',
      schedule: 'drift',
    });
  });

  test('an event auto mode cannot map is a clear error', () => {
    expect(() => parseActionSettings(reader({}), { eventName: 'issues' })).toThrow(
      /mode "auto" cannot tell what to do on the "issues" event/,
    );
  });

  test('defaults, several supervisor folders, and no druid settings without a url', () => {
    const settings = parseActionSettings(
      reader({ 'supervisors-path': 'a\n  b  \n', 'druid-password': 'x' }),
      { eventName: 'pull_request' },
    );
    expect(settings).toMatchObject({
      supervisorsPaths: ['a', 'b'],
      maxParallel: 4,
      prune: false,
      failOn: 'error',
      rollback: 'pr',
      onDrift: 'fail',
    });
    expect(settings.druid).toBeUndefined();
  });

  test('druid connection inputs are collected when a url is given', () => {
    const settings = parseActionSettings(
      reader({ 'druid-url': 'https://druid:8888', 'druid-username': 'u', 'druid-password': 'p' }),
      { eventName: 'push' },
    );
    expect(settings.druid).toEqual({ url: 'https://druid:8888', username: 'u', password: 'p' });
  });

  test('health-timeout takes seconds or an ISO duration', () => {
    const parse = (value: string) =>
      parseActionSettings(reader({ 'health-timeout': value, mode: 'deploy' }), {}).healthTimeoutMs;
    expect(parse('900')).toBe(900_000);
    expect(parse('PT15M')).toBe(900_000);
    expect(() => parse('15 minutes')).toThrow(InputError);
  });

  test.each([
    ['max-parallel', '0'],
    ['prune', 'maybe'],
    ['fail-on', 'critical'],
    ['rollback', 'git'],
    ['on-drift', 'ignore'],
    ['druid-url', 'druid:8888'],
  ])('invalid %s=%s is an input error', (name, value) => {
    expect(() => parseActionSettings(reader({ [name]: value, mode: 'review' }), {})).toThrow(InputError);
  });

  test('recover inputs: the operation is one of the list, offsets are parsed once, reason kept', () => {
    const settings = parseActionSettings(
      reader({ operation: 'reset-offsets', supervisor: 'clicks', offsets: '{"0": 12}', reason: 'INC-1' }),
      { eventName: 'workflow_dispatch' },
    );
    expect(settings).toMatchObject({
      mode: 'recover',
      operation: 'reset-offsets',
      offsets: { '0': 12 },
      reason: 'INC-1',
      failOnDrift: true,
    });
    expect(() =>
      parseActionSettings(reader({ operation: 'restart' }), { eventName: 'workflow_dispatch' }),
    ).toThrow(
      /operation must be one of status, diagnose, suspend, resume, resync, handoff, reset, reset-offsets, terminate; got "restart"/,
    );
    expect(() =>
      parseActionSettings(reader({ offsets: '{"0": -5}' }), { eventName: 'workflow_dispatch' }),
    ).toThrow(InputError);
    expect(
      parseActionSettings(reader({ 'fail-on-drift': 'false' }), { eventName: 'schedule' }).failOnDrift,
    ).toBe(false);
  });
});
