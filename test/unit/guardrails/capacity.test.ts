import { viewSupervisor } from '../../../src/spec/layout.js';
import { findingsOf, findingsWithoutFacts, specWith } from './helpers.js';

const IO = '/spec/ioConfig';
const TC = '/spec/tuningConfig';

describe('guardrail/replicas', () => {
  const rule = 'guardrail/replicas';

  test('one replica under the production profile is an error that names the profile', () => {
    const [finding] = findingsOf(rule, { [`${IO}/replicas`]: 1 }, { profile: 'production' });
    expect(finding).toMatchObject({ severity: 'error', pointer: `${IO}/replicas` });
    expect(finding?.message).toContain('the production profile requires at least 2');
  });

  test("an unset replicas is Druid's default of 1", () => {
    const [finding] = findingsOf(rule, { [`${IO}/replicas`]: undefined }, { profile: 'production' });
    expect(finding?.message).toContain("(Druid's default)");
  });

  test('two replicas in production, and one replica without a profile, pass', () => {
    expect(findingsOf(rule, {}, { profile: 'production' })).toEqual([]);
    expect(findingsOf(rule, { [`${IO}/replicas`]: 1 })).toEqual([]);
  });
});

describe('guardrail/task-count-vs-partitions', () => {
  const rule = 'guardrail/task-count-vs-partitions';

  test('more tasks than partitions is a warning', () => {
    const [finding] = findingsOf(rule, { [`${IO}/taskCount`]: 12 }, { live: { partitions: 8 } });
    expect(finding).toMatchObject({ severity: 'warning', pointer: `${IO}/taskCount` });
    expect(finding?.message).toContain('the other 4 never start');
  });

  test('with the autoscaler, taskCountMax is compared', () => {
    const autoscaled = {
      [`${IO}/autoScalerConfig`]: { enableTaskAutoScaler: true, taskCountMin: 1, taskCountMax: 10 },
    };
    expect(findingsOf(rule, autoscaled, { live: { partitions: 8 } })[0]?.pointer).toBe(
      `${IO}/autoScalerConfig/taskCountMax`,
    );
  });

  test('without the partition count it is a notice, and only when taskCount is above 1', () => {
    expect(findingsWithoutFacts(rule)[0]).toMatchObject({ severity: 'notice' });
    expect(findingsWithoutFacts(rule)[0]?.message).toContain('(no cluster was asked)');
    expect(findingsWithoutFacts(rule, { [`${IO}/taskCount`]: 1 })).toEqual([]);
  });

  test('a cluster that does not run the supervisor yet is named as the reason the count is unknown', () => {
    const [finding] = findingsWithoutFacts(
      rule,
      { [`${IO}/taskCount`]: 4 },
      { live: { supervisorState: null } },
    );
    expect(finding).toMatchObject({ severity: 'notice' });
    expect(finding?.message).toContain('(the cluster does not run this supervisor yet)');
  });

  test('as many tasks as partitions or fewer passes', () => {
    expect(findingsOf(rule, { [`${IO}/taskCount`]: 8 }, { live: { partitions: 8 } })).toEqual([]);
  });
});

describe('guardrail/reset-offset-automatically', () => {
  const rule = 'guardrail/reset-offset-automatically';

  test('true is an error that says which data is lost', () => {
    expect(findingsOf(rule, { [`${TC}/resetOffsetAutomatically`]: true })[0]).toMatchObject({
      severity: 'error',
      message: expect.stringContaining('skips every message in between'),
    });
    expect(
      findingsOf(rule, { [`${TC}/resetOffsetAutomatically`]: 'true', [`${IO}/useEarliestOffset`]: true })[0]
        ?.message,
    ).toContain('re-reads data it already has');
  });

  test('false or absent passes', () => {
    expect(findingsOf(rule, { [`${TC}/resetOffsetAutomatically`]: false })).toEqual([]);
    expect(findingsOf(rule)).toEqual([]);
  });
});

describe('guardrail/use-earliest-offset-on-new', () => {
  const rule = 'guardrail/use-earliest-offset-on-new';
  const earliest = { [`${IO}/useEarliestOffset`]: true };

  test('a new file (not in the base branch) with useEarliestOffset true is a warning', () => {
    const [finding] = findingsWithoutFacts(rule, earliest, { base: { status: 'new' } });
    expect(finding).toMatchObject({
      severity: 'warning',
      message: expect.stringContaining('not in the base branch'),
    });
  });

  test('the cluster saying it holds no offsets is a warning even for an existing file', () => {
    expect(findingsOf(rule, earliest, { live: { storedOffsets: false } })[0]?.severity).toBe('warning');
  });

  test('with neither base nor cluster it is a notice that says what is unknown', () => {
    expect(findingsWithoutFacts(rule, earliest)[0]).toMatchObject({
      severity: 'notice',
      message: expect.stringContaining('not known here'),
    });
  });

  test('an existing supervisor, stored offsets, or useEarliestOffset false pass', () => {
    const spec = specWith(earliest);
    const existing = { status: 'existing' as const, value: spec, view: viewSupervisor(spec) };
    expect(findingsWithoutFacts(rule, earliest, { base: existing })).toEqual([]);
    expect(
      findingsWithoutFacts(rule, earliest, { base: { status: 'new' }, live: { storedOffsets: true } }),
    ).toEqual([]);
    expect(findingsWithoutFacts(rule, {}, { base: { status: 'new' } })).toEqual([]);
  });
});

describe('guardrail/supervisor-id-upgrade', () => {
  const rule = 'guardrail/supervisor-id-upgrade';

  test('an id other than the datasource below Druid 34 warns about the upgrade', () => {
    const [finding] = findingsOf(rule, { '/id': 'clicks_v2' }, { druidVersion: '33.0.0' });
    expect(finding).toMatchObject({ severity: 'warning', pointer: '/id' });
    expect(finding?.message).toContain('a second supervisor "clicks_v2"');
  });

  test('an id equal to the datasource, or Druid 34+, passes', () => {
    expect(findingsOf(rule, { '/id': 'clicks' }, { druidVersion: '33.0.0' })).toEqual([]);
    expect(findingsOf(rule, { '/id': 'clicks_v2' }, { druidVersion: '34.0.0' })).toEqual([]);
  });
});
