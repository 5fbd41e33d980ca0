import { findingsOf, findingsWithoutFacts } from './helpers.js';

const IO = '/spec/ioConfig';
const DS = '/spec/dataSchema';
const changed = { changed: true };

describe('guardrail/topic-changed', () => {
  const rule = 'guardrail/topic-changed';

  test('a changed topic is an error: refused on Druid 34+', () => {
    const [finding] = findingsOf(rule, { [`${IO}/topic`]: 'clicks.v2' }, changed);
    expect(finding).toMatchObject({ severity: 'error', pointer: `${IO}/topic` });
    expect(finding?.message).toContain('refuses this update (400)');
  });

  test('before Druid 34 it is accepted but the stored offsets are dropped', () => {
    const [finding] = findingsOf(
      rule,
      { [`${IO}/topic`]: 'clicks.v2' },
      { ...changed, druidVersion: '33.0.0' },
    );
    expect(finding?.message).toContain('drops the stored offsets of the old stream');
  });

  test('switching to topicPattern with the same string is a change too', () => {
    const findings = findingsOf(
      rule,
      { [`${IO}/topic`]: undefined, [`${IO}/topicPattern`]: 'clicks' },
      changed,
    );
    expect(findings[0]?.message).toContain('switches from topic "clicks" to topicPattern "clicks"');
  });

  test('the same topic, or no base to compare with, passes', () => {
    expect(findingsOf(rule, {}, changed)).toEqual([]);
    expect(findingsWithoutFacts(rule, { [`${IO}/topic`]: 'clicks.v2' })).toEqual([]);
    expect(findingsWithoutFacts(rule, { [`${IO}/topic`]: 'clicks.v2' }, { base: { status: 'new' } })).toEqual(
      [],
    );
  });
});

describe('guardrail/datasource-changed', () => {
  const rule = 'guardrail/datasource-changed';

  test('a renamed datasource is an error', () => {
    expect(findingsOf(rule, { [`${DS}/dataSource`]: 'clicks_v2' }, changed)[0]).toMatchObject({
      severity: 'error',
      pointer: `${DS}/dataSource`,
    });
  });

  test('the same datasource passes', () => {
    expect(findingsOf(rule, { '/id': 'other' }, changed)).toEqual([]);
  });
});

describe('guardrail/id-changed', () => {
  const rule = 'guardrail/id-changed';

  test('a new top-level id on Druid 34+ starts a second supervisor', () => {
    const [finding] = findingsOf(rule, { '/id': 'clicks_v2' }, changed);
    expect(finding).toMatchObject({ severity: 'error', pointer: '/id' });
    expect(finding?.message).toContain('keeps running');
  });

  test('before Druid 34 the datasource is the id, so renaming it is an id change', () => {
    expect(
      findingsOf(rule, { [`${DS}/dataSource`]: 'clicks_v2' }, { ...changed, druidVersion: '33.0.0' })[0]
        ?.pointer,
    ).toBe(`${DS}/dataSource`);
  });

  test('an id written equal to the old default, or ignored before 34, passes', () => {
    expect(findingsOf(rule, { '/id': 'clicks' }, changed)).toEqual([]);
    expect(findingsOf(rule, { '/id': 'clicks_v2' }, { ...changed, druidVersion: '33.0.0' })).toEqual([]);
  });
});

describe('guardrail/kafka-cluster-changed', () => {
  const rule = 'guardrail/kafka-cluster-changed';
  const servers = `${IO}/consumerProperties/bootstrap.servers`;

  test('brokers that share none with the base are a warning: the stored offsets may belong to another cluster', () => {
    const [finding] = findingsOf(rule, { [servers]: 'kafka-dr-1:9092,kafka-dr-2:9092' }, changed);
    expect(finding).toMatchObject({ severity: 'warning', pointer: servers });
    expect(finding?.message).toContain('and no broker is in both');
    expect(finding?.message).toContain('reset-offsets');
  });

  test('adding or removing a broker of the same cluster, or no base, passes', () => {
    expect(findingsOf(rule, { [servers]: 'KAFKA-1:9092,kafka-3:9092' }, changed)).toEqual([]);
    expect(findingsOf(rule, { [servers]: 'kafka-1:9092' }, changed)).toEqual([]);
    expect(findingsWithoutFacts(rule, { [servers]: 'elsewhere:9092' })).toEqual([]);
  });
});
