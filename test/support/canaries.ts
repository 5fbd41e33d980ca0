/**
 * Canary credentials for the leak scan: distinctive values placed where users keep secrets (Kafka
 * SASL/SSL settings, a schema-registry URL and its basic auth, the action's credential inputs, the
 * environment), and a scan that looks for each of them — and for their base64 forms, as HTTP
 * basic auth and careless encoders write them — in every text the product lets out.
 */

/** Secrets in the spec files, at the base commit (`v1`) and rotated at head (`v2`). */
export function specSecrets(version: 'v1' | 'v2') {
  return {
    jaas: `CANARY-jaas-${version}-7f3a9c`,
    truststore: `CANARY-truststore-${version}-51bd`,
    sslKey: `CANARY-sslkey-${version}-a3e8`,
    registry: `CANARY-registry-${version}-0c41`,
    registryBasic: `CANARY-basicauth-${version}-9d2e`,
  };
}

export const INPUT_SECRETS = {
  druidPassword: 'CANARY-druid-password-4b1f',
  druidToken: 'CANARY-druid-token-e6a0',
  // Shaped like an installation token, as GitHub's are.
  githubToken: 'ghs_CANARYgithubToken0000000000000000000',
};

/** Variables a runner may have that the product must never print. */
export const ENV_SECRETS = {
  DRUID_PASSWORD: 'CANARY-env-druid-password-88aa',
  DRUID_TOKEN: 'CANARY-env-druid-token-17fe',
  AWS_SECRET_ACCESS_KEY: 'CANARY-env-aws-33c1',
};

export const DRUID_USER = 'deployer';

/** A Kafka supervisor spec holding every spec secret, in the places Druid reads them. */
export function secretSpec(id: string, version: 'v1' | 'v2', taskCount = 1): Record<string, unknown> {
  const s = specSecrets(version);
  return {
    type: 'kafka',
    spec: {
      dataSchema: {
        dataSource: id,
        timestampSpec: { column: 'ts', format: 'iso' },
        dimensionsSpec: { dimensions: ['page', { type: 'long', name: 'user_id' }] },
        metricsSpec: [{ type: 'count', name: 'count' }],
        granularitySpec: { segmentGranularity: 'HOUR', queryGranularity: 'MINUTE' },
      },
      ioConfig: {
        topic: `${id}.events`,
        inputFormat: {
          type: 'avro_stream',
          avroBytesDecoder: {
            type: 'schema_registry',
            urls: [`https://registry-user:${s.registry}@registry.internal:8081`],
            config: { 'basic.auth.user.info': `registry-user:${s.registryBasic}` },
          },
        },
        consumerProperties: {
          'bootstrap.servers': 'kafka:9092',
          'security.protocol': 'SASL_SSL',
          'sasl.mechanism': 'PLAIN',
          'sasl.jaas.config': `org.apache.kafka.common.security.plain.PlainLoginModule required username="svc-druid" password="${s.jaas}";`,
          'ssl.truststore.password': s.truststore,
          'ssl.key.password': s.sslKey,
        },
        taskCount,
        replicas: 1,
        taskDuration: 'PT1H',
      },
      tuningConfig: { type: 'kafka', maxRowsPerSegment: 5000000 },
    },
  };
}

/** Every canary by name. */
function allCanaries(): Record<string, string> {
  const named: Record<string, string> = {};
  for (const version of ['v1', 'v2'] as const)
    for (const [name, value] of Object.entries(specSecrets(version)))
      named[`spec ${name} ${version}`] = value;
  for (const [name, value] of Object.entries(INPUT_SECRETS)) named[`input ${name}`] = value;
  for (const [name, value] of Object.entries(ENV_SECRETS)) named[`env ${name}`] = value;
  return named;
}

/** The forms a canary may leak in: as written, base64, and inside HTTP basic credentials. */
function forms(value: string): Record<string, string> {
  const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
  return {
    raw: value,
    base64: base64(value),
    base64url: Buffer.from(value, 'utf8').toString('base64url'),
    'basic auth': base64(`${DRUID_USER}:${value}`),
    'url-encoded': encodeURIComponent(value),
  };
}

/** Each leak found in `surfaces` (name → text): where, which canary, in which form. */
export function scanForLeaks(surfaces: Record<string, string>): string[] {
  const leaks: string[] = [];
  const canaries = allCanaries();
  for (const [surface, text] of Object.entries(surfaces)) {
    for (const [name, value] of Object.entries(canaries)) {
      for (const [form, encoded] of Object.entries(forms(value))) {
        if (text.includes(encoded)) leaks.push(`${surface}: ${name} (${form})`);
      }
    }
  }
  return leaks;
}

/** Everything written to the process's stdout and stderr while `run` runs (warnings included). */
export async function captureProcessOutput<T>(run: () => Promise<T>): Promise<{ value: T; output: string }> {
  const chunks: string[] = [];
  const streams = [process.stdout, process.stderr];
  const originals = streams.map((stream) => stream.write.bind(stream));
  for (const stream of streams) {
    stream.write = ((chunk: string | Uint8Array) => {
      chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
      return true;
    }) as typeof stream.write;
  }
  try {
    return { value: await run(), output: chunks.join('') };
  } finally {
    streams.forEach((stream, index) => (stream.write = originals[index] as typeof stream.write));
  }
}
