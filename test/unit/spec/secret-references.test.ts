/**
 * Credentials as ${env:NAME} references: what import writes instead of a secret, what deploy
 * resolves and drift compares, and where a reference is not resolved.
 */
import {
  matchSecretReferences,
  referenceSecrets,
  resolveSecretReferences,
  secretReferences,
} from '../../../src/spec/secret-references.js';

const JAAS =
  'org.apache.kafka.common.security.plain.PlainLoginModule required username="svc" password="hunter2";';

const stored = {
  type: 'kafka',
  spec: {
    ioConfig: {
      topic: 'clicks',
      consumerProperties: {
        'bootstrap.servers': 'kafka:9092',
        'sasl.jaas.config': JAAS,
        'ssl.truststore.password': 'trust-me',
        'ssl.truststore.location': '/etc/kafka/truststore.jks',
        'ssl.keystore.password': { type: 'environment', variable: 'KEYSTORE' },
        'druid.dynamic.config.provider': { type: 'environment', variables: { 'ssl.key.password': 'KEY' } },
      },
      inputFormat: { type: 'avro_stream', avroBytesDecoder: { url: 'https://reader:s3cret@registry:8081' } },
    },
  },
};

describe('referenceSecrets (what import writes)', () => {
  const { spec, secrets } = referenceSecrets(stored, 'clicks');
  const text = JSON.stringify(spec);

  test('no credential is left in clear', () => {
    for (const secret of ['hunter2', 'trust-me', 's3cret']) expect(text).not.toContain(secret);
  });

  test('a JAAS line keeps its module and user; the password becomes a reference named for the supervisor and key', () => {
    expect((spec.spec as typeof stored.spec).ioConfig.consumerProperties['sasl.jaas.config']).toBe(
      'org.apache.kafka.common.security.plain.PlainLoginModule required username="svc" password="${env:CLICKS_SASL_JAAS_CONFIG_PASSWORD}";',
    );
    expect(secrets.map((secret) => secret.name)).toEqual([
      'CLICKS_SASL_JAAS_CONFIG_PASSWORD',
      'CLICKS_SSL_TRUSTSTORE_PASSWORD',
      'CLICKS_URL_PASSWORD',
    ]);
  });

  test('what holds no secret stays: a location, an environment provider, Druid’s dynamic config provider', () => {
    const properties = (spec.spec as typeof stored.spec).ioConfig.consumerProperties;
    expect(properties['ssl.truststore.location']).toBe('/etc/kafka/truststore.jks');
    expect(properties['ssl.keystore.password']).toEqual({ type: 'environment', variable: 'KEYSTORE' });
    expect(properties['druid.dynamic.config.provider']).toEqual(
      stored.spec.ioConfig.consumerProperties['druid.dynamic.config.provider'],
    );
  });

  test('resolving the references gives back what the cluster stored', () => {
    const values: Record<string, string> = {
      CLICKS_SASL_JAAS_CONFIG_PASSWORD: 'hunter2',
      CLICKS_SSL_TRUSTSTORE_PASSWORD: 'trust-me',
      CLICKS_URL_PASSWORD: 's3cret',
    };
    expect(resolveSecretReferences(spec, (name) => values[name])).toEqual({ value: stored, missing: [] });
  });

  test('without the variables, the references match what the cluster stored, and nothing else', () => {
    expect(matchSecretReferences(spec, stored)).toEqual(stored);
    const otherUser = structuredClone(stored);
    otherUser.spec.ioConfig.consumerProperties['sasl.jaas.config'] = JAAS.replace('svc', 'intruder');
    expect(JSON.stringify(matchSecretReferences(spec, otherUser))).toContain(
      '${env:CLICKS_SASL_JAAS_CONFIG_PASSWORD}',
    );
  });
});

describe('resolveSecretReferences (what deploy submits)', () => {
  test('a variable that is not set is named, and its reference stays', () => {
    const { value, missing } = resolveSecretReferences(
      {
        consumerProperties: {
          'ssl.truststore.password': '${env:A}',
          'sasl.jaas.config': 'x password="${env:B}";',
        },
      },
      (name) => (name === 'A' ? 'a-value' : undefined),
    );
    expect(missing).toEqual(['B']);
    expect(value.consumerProperties['ssl.truststore.password']).toBe('a-value');
  });

  test('a reference outside a credential, or to a runner variable, is never resolved', () => {
    const lookup = (): string => 'leaked';
    const { value } = resolveSecretReferences(
      { topic: '${env:TOPIC}', consumerProperties: { 'ssl.truststore.password': '${env:GITHUB_TOKEN}' } },
      lookup,
    );
    expect(JSON.stringify(value)).not.toContain('leaked');
    expect(secretReferences(value).problems).toEqual([
      { pointer: '/topic', name: 'TOPIC', why: 'not-a-credential' },
      { pointer: '/consumerProperties/ssl.truststore.password', name: 'GITHUB_TOKEN', why: 'forbidden' },
    ]);
  });
});
