import {
  collectSecrets,
  isSecretKey,
  redactSpec,
  redactStrings,
  redactText,
  REDACTED,
} from '../../../src/common/redact.js';

const spec = {
  type: 'kafka',
  spec: {
    ioConfig: {
      topic: 'events',
      consumerProperties: {
        'bootstrap.servers': 'broker:9092',
        'sasl.jaas.config':
          'org.apache.kafka.common.security.plain.PlainLoginModule required username="svc" password="hunter2-secret";',
        'ssl.truststore.password': { type: 'default', password: 'trust-me-123' },
        'ssl.keystore.key': '-----BEGIN PRIVATE KEY-----abc',
        'max.poll.records': '500',
      },
      inputFormat: {
        type: 'avro_stream',
        avroBytesDecoder: { url: 'https://registry-user:registry-pass@registry:8081' },
      },
    },
  },
};

describe('redaction', () => {
  test('credential keys are recognised and ordinary keys are not', () => {
    for (const key of [
      'sasl.jaas.config',
      'ssl.key.password',
      'ssl.truststore.password',
      'ssl.keystore.key',
      'basic.auth.user.info',
      'awsSecretKey',
      'sasl.oauthbearer.token',
    ]) {
      expect(isSecretKey(key)).toBe(true);
    }
    for (const key of [
      'bootstrap.servers',
      'max.poll.records',
      'group.id',
      'isolation.level',
      'sasl.mechanism',
      'security.protocol',
    ]) {
      expect(isSecretKey(key)).toBe(false);
    }
  });

  test('redactSpec replaces credential values, nested password providers and URL passwords', () => {
    const redacted = redactSpec(spec);
    const text = JSON.stringify(redacted);
    for (const secret of ['hunter2-secret', 'trust-me-123', 'BEGIN PRIVATE KEY', 'registry-pass'])
      expect(text).not.toContain(secret);
    expect(redacted.spec.ioConfig.consumerProperties['bootstrap.servers']).toBe('broker:9092');
    expect(redacted.spec.ioConfig.consumerProperties['sasl.jaas.config']).toBe(REDACTED);
    expect(redacted.spec.ioConfig.inputFormat.avroBytesDecoder.url).toBe(
      `https://registry-user:${REDACTED}@registry:8081`,
    );
    expect(spec.spec.ioConfig.consumerProperties['max.poll.records']).toBe('500'); // the input is not modified
  });

  test('redactText removes every collected secret from free text, including the JAAS password alone', () => {
    const secrets = collectSecrets(spec);
    const message =
      'Druid said: bad config password="hunter2-secret" and trust-me-123 at https://u:registry-pass@r';
    const scrubbed = redactText(message, secrets);
    expect(scrubbed).not.toMatch(/hunter2-secret|trust-me-123|registry-pass/);
    expect(scrubbed).toContain(REDACTED);
  });

  test('redactStrings scrubs every string of a report, however deep, and leaves the rest', () => {
    const report = {
      message: 'failed: hunter2-secret',
      rows: [{ errors: ['x trust-me-123 y'], count: 3, ok: true }],
    };
    const scrubbed = redactStrings(report, collectSecrets(spec));
    expect(scrubbed).toEqual({
      message: `failed: ${REDACTED}`,
      rows: [{ errors: [`x ${REDACTED} y`], count: 3, ok: true }],
    });
    expect(report.message).toBe('failed: hunter2-secret');
  });
});
