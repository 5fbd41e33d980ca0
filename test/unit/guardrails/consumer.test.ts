import { findingsOf } from './helpers.js';

const CP = '/spec/ioConfig/consumerProperties';

describe('guardrail/overridden-consumer-property', () => {
  const rule = 'guardrail/overridden-consumer-property';

  test('auto.offset.reset "earliest" is overwritten with "none"; the message points to useEarliestOffset', () => {
    const [finding] = findingsOf(rule, { [`${CP}/auto.offset.reset`]: 'earliest' });
    expect(finding).toMatchObject({ severity: 'warning', pointer: `${CP}/auto.offset.reset` });
    expect(finding?.message).toMatch(/"none".*useEarliestOffset \(false here: the latest offset\)/);
  });

  test('enable.auto.commit true and metadata.max.age.ms are reported too', () => {
    const findings = findingsOf(rule, {
      [`${CP}/enable.auto.commit`]: true,
      [`${CP}/metadata.max.age.ms`]: '300000',
    });
    expect(findings.map((finding) => finding.pointer)).toEqual([
      `${CP}/enable.auto.commit`,
      `${CP}/metadata.max.age.ms`,
    ]);
  });

  test('the values Druid forces anyway, and properties it does not touch, pass', () => {
    expect(
      findingsOf(rule, {
        [`${CP}/auto.offset.reset`]: 'none',
        [`${CP}/enable.auto.commit`]: 'false',
        [`${CP}/fetch.max.bytes`]: '52428800',
      }),
    ).toEqual([]);
  });
});

describe('guardrail/consumer-group-id', () => {
  const rule = 'guardrail/consumer-group-id';

  test('a group.id is a notice that lag tools see nothing', () => {
    expect(findingsOf(rule, { [`${CP}/group.id`]: 'druid-clicks' })[0]).toMatchObject({
      severity: 'notice',
      message: expect.stringContaining('never commits offsets to the group'),
    });
  });

  test('no group.id passes', () => {
    expect(findingsOf(rule)).toEqual([]);
  });
});

describe('guardrail/offset-continuity', () => {
  const rule = 'guardrail/offset-continuity';

  test('isolation.level read_uncommitted ingests aborted transactions', () => {
    expect(findingsOf(rule, { [`${CP}/isolation.level`]: 'read_uncommitted' })[0]).toMatchObject({
      pointer: `${CP}/isolation.level`,
      message: expect.stringContaining('aborted'),
    });
  });

  test('read_committed, or leaving it to Druid, passes', () => {
    expect(findingsOf(rule, { [`${CP}/isolation.level`]: 'read_committed' })).toEqual([]);
    expect(findingsOf(rule)).toEqual([]);
  });
});

describe('guardrail/plaintext-credentials', () => {
  const rule = 'guardrail/plaintext-credentials';
  const jaas =
    'org.apache.kafka.common.security.plain.PlainLoginModule required username="k" password="s3cr3t-value";';

  test('a JAAS line with a password is an error that names the key and never the value', () => {
    const [finding] = findingsOf(rule, { [`${CP}/sasl.jaas.config`]: jaas });
    expect(finding).toMatchObject({ severity: 'error', pointer: `${CP}/sasl.jaas.config` });
    expect(finding?.message).toContain('"sasl.jaas.config"');
    expect(finding?.message).toContain('druid.dynamic.config.provider');
    expect(finding?.message).not.toContain('s3cr3t-value');
  });

  test('a store password as a string or a "default" password provider is plain text', () => {
    const findings = findingsOf(rule, {
      [`${CP}/ssl.truststore.password`]: 'changeit',
      [`${CP}/ssl.keystore.password`]: { type: 'default', password: 'changeit' },
    });
    expect(findings).toHaveLength(2);
  });

  test('environment providers, keytab JAAS lines and keys that only look secret pass', () => {
    expect(
      findingsOf(rule, {
        [`${CP}/ssl.truststore.password`]: { type: 'environment', variable: 'TRUSTSTORE_PASSWORD' },
        [`${CP}/sasl.jaas.config`]:
          'com.sun.security.auth.module.Krb5LoginModule required useKeyTab=true keyTab="/etc/druid.keytab" principal="druid@EXAMPLE.COM";',
        [`${CP}/sasl.oauthbearer.token.endpoint.url`]: 'https://idp.example.com/token',
        [`${CP}/druid.dynamic.config.provider`]: {
          type: 'environment',
          variables: { 'sasl.jaas.config': 'KAFKA_JAAS_CONFIG' },
        },
      }),
    ).toEqual([]);
  });

  test('credentials written as ${env:NAME} references are not plain text; a clear one beside them is', () => {
    expect(
      findingsOf(rule, {
        [`${CP}/sasl.jaas.config`]:
          'org.apache.kafka.common.security.plain.PlainLoginModule required username="k" password="${env:KAFKA_PASSWORD}";',
        [`${CP}/ssl.truststore.password`]: '${env:TRUSTSTORE_PASSWORD}',
        [`${CP}/ssl.keystore.password`]: { type: 'default', password: '${env:KEYSTORE_PASSWORD}' },
      }),
    ).toEqual([]);
    expect(
      findingsOf(rule, {
        [`${CP}/sasl.jaas.config`]:
          'org.apache.kafka.common.security.scram.ScramLoginModule required username="k" password="${env:P}" token="clear";',
      }),
    ).toHaveLength(1);
  });
});
