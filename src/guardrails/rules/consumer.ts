/**
 * Kafka consumer properties: the ones Druid overrides (KafkaConsumerConfigs, KafkaIndexTask),
 * the ones it only defaults (KafkaRecordSupplier.getKafkaConsumer), and credentials that should
 * never be written into a spec.
 */
import { isCredentialKey, isReference } from '../../spec/secret-references.js';
import { isPlainObject } from '../../common/json.js';
import { quote } from '../../common/describe-value.js';
import { consumerProperties, consumerPropertyPointer, readBoolean } from '../read.js';
import type { GuardrailRule, RuleHit } from '../guardrail.js';

/** Properties Druid sets after reading the user's, so the user's value never takes effect. */
const FORCED: Readonly<Record<string, { value: string; why: string }>> = {
  'auto.offset.reset': {
    value: 'none',
    why: 'an offset that is no longer available fails the task instead of jumping, and where a supervisor without stored offsets starts is decided by useEarliestOffset',
  },
  'enable.auto.commit': {
    value: 'false',
    why: "offsets are committed to Druid's metadata store together with each segment publish, never to Kafka",
  },
  'metadata.max.age.ms': {
    value: '10000',
    why: 'the supervisor must notice new partitions within seconds',
  },
};

export const overriddenConsumerProperty: GuardrailRule = {
  id: 'guardrail/overridden-consumer-property',
  title: 'Consumer property Druid overrides',
  severity: 'warning',
  rationale:
    'Druid builds the Kafka consumer from consumerProperties and then puts its own values over three of them (KafkaConsumerConfigs): auto.offset.reset is always "none", enable.auto.commit always "false", metadata.max.age.ms always "10000". A different value in the spec is never used, so it documents behaviour that does not happen — "auto.offset.reset": "earliest" does not make a new supervisor read from the beginning; useEarliestOffset does. Remove these keys; set useEarliestOffset for the starting point.',
  parameters: {},
  example: { set: { '/spec/ioConfig/consumerProperties/auto.offset.reset': 'earliest' } },
  check({ view }) {
    const properties = consumerProperties(view);
    const hits: RuleHit[] = [];
    for (const [key, forced] of Object.entries(FORCED)) {
      const written = properties[key];
      if (written === undefined || written === null) continue;
      if (String(written).trim().toLowerCase() === forced.value) continue;
      const extra =
        key === 'auto.offset.reset'
          ? ` (${readBoolean(view.ioConfig?.useEarliestOffset) === true ? 'true here: the earliest retained offset' : 'false here: the latest offset'})`
          : '';
      hits.push({
        pointer: consumerPropertyPointer(view, key),
        message: `Druid overwrites ${key} ${quote(String(written))} with ${quote(forced.value)}: ${forced.why}${extra}. Remove the key.`,
      });
    }
    return hits;
  },
};

export const consumerGroupId: GuardrailRule = {
  id: 'guardrail/consumer-group-id',
  title: 'group.id does not do what Kafka consumers usually do with it',
  severity: 'notice',
  rationale:
    "Druid keeps a group.id written in consumerProperties (it generates kafka-supervisor-<random> otherwise), but its consumers assign partitions themselves (KafkaConsumer.assign) and never commit offsets to Kafka: offsets live in Druid's metadata store. So the group has no members and no committed offsets — kafka-consumer-groups and lag exporters show nothing for it, resetting the group's offsets changes nothing, and supervisors sharing it do not split partitions. It is useful only where Kafka ACLs name the consumer group. Monitor lag with Druid's ingest/kafka/lag metrics and reset with the supervisor API.",
  parameters: {},
  example: { set: { '/spec/ioConfig/consumerProperties/group.id': 'druid-clicks' } },
  check({ view }) {
    const written = consumerProperties(view)['group.id'];
    if (typeof written !== 'string' || written === '') return [];
    return [
      {
        pointer: consumerPropertyPointer(view, 'group.id'),
        message: `group.id ${quote(written)} is only a name to Kafka here: Druid assigns partitions itself and never commits offsets to the group, so consumer-group lag tools and offset resets do nothing for this supervisor. Keep it only for Kafka ACLs; watch ingest/kafka/lag instead.`,
      },
    ];
  },
};

export const offsetContinuity: GuardrailRule = {
  id: 'guardrail/offset-continuity',
  title: 'Offsets may be consumed out of continuity',
  severity: 'warning',
  rationale:
    'skipOffsetGaps no longer exists (removed in 0.15.0 by #6496, "Support kafka transactional topics"), and Druid has no offset-gap check at all: transactional topics have gaps by design. What protects continuity today: each task starts from the offsets stored in Druid\'s metadata store, which advance atomically with every segment publish; transactional topics are read with isolation.level read_committed (Druid puts that in when the spec does not set it), so records of aborted transactions are skipped; and resetOffsetAutomatically stays false, so an offset that is no longer available stops ingestion instead of jumping (guardrail/reset-offset-automatically). isolation.level read_uncommitted makes Druid ingest records that producers aborted, and rows once ingested are never taken back. Keep read_committed unless the brokers predate transactions.',
  parameters: {},
  example: { set: { '/spec/ioConfig/consumerProperties/isolation.level': 'read_uncommitted' } },
  check({ view }) {
    const level = consumerProperties(view)['isolation.level'];
    if (typeof level !== 'string' || level.trim().toLowerCase() !== 'read_uncommitted') return [];
    return [
      {
        pointer: consumerPropertyPointer(view, 'isolation.level'),
        message:
          'isolation.level read_uncommitted makes Druid ingest records of aborted Kafka transactions, and it never removes them. Remove the key (Druid then reads read_committed) unless the brokers predate transactions.',
      },
    ];
  },
};

/**
 * A JAAS line carries a credential in clear when it sets a password, secret or token inline to
 * anything but a `${env:NAME}` reference (src/spec/secret-references.ts).
 */
const JAAS_SECRET = /\b\w*(password|secret|token)\w*\s*=\s*(?!["']\$\{env:[A-Za-z_][A-Za-z0-9_]*\}["'])/i;

/** Whether a consumer property holds a credential in clear text (never returns the value). */
function holdsPlaintextSecret(key: string, value: unknown): boolean {
  if (!isCredentialKey(key)) return false;
  if (typeof value === 'string')
    return value !== '' && !isReference(value) && (key !== 'sasl.jaas.config' || JAAS_SECRET.test(value));
  // ssl.*.password may be a PasswordProvider: {"type": "environment"} is safe, "default" is not.
  if (isPlainObject(value))
    return (
      (value.type ?? 'default') === 'default' &&
      typeof value.password === 'string' &&
      !isReference(value.password)
    );
  return false;
}

export const plaintextCredentials: GuardrailRule = {
  id: 'guardrail/plaintext-credentials',
  title: 'Credential in plain text',
  severity: 'error',
  rationale:
    'A password, JAAS line with a password, or key in consumerProperties is in git history, in every pull request, and in every copy Druid keeps of the spec (GET /druid/indexer/v1/supervisor/{id}, the spec history, task payloads). Druid can read it at run time instead: "druid.dynamic.config.provider": {"type": "environment", "variables": {"sasl.jaas.config": "KAFKA_JAAS_CONFIG"}} takes each listed property from an environment variable of the Overlord and the tasks (the ssl.*.password keys also accept {"type": "environment", "variable": ...}). Move the value there and rotate the credential, because git keeps the old one. Or keep it out of git as a reference druid-gitops resolves when it deploys: "${env:NAME}" for the whole value, or inside a JAAS line (password="${env:NAME}"), with NAME set in the deploy\'s environment (docs/secrets.md). druid-gitops redacts such values from its own output but cannot take them out of git.',
  parameters: {},
  example: {
    set: {
      '/spec/ioConfig/consumerProperties/sasl.jaas.config':
        'org.apache.kafka.common.security.plain.PlainLoginModule required username="svc" password="hunter2";',
    },
  },
  check({ view }) {
    return Object.entries(consumerProperties(view))
      .filter(([key, value]) => holdsPlaintextSecret(key, value))
      .map(([key]) => ({
        pointer: consumerPropertyPointer(view, key),
        message: `consumerProperties holds ${quote(key)} in plain text: it is in git and in every copy of the spec Druid keeps. Read it from an environment variable with "druid.dynamic.config.provider": {"type": "environment", "variables": {${quote(key)}: "<VARIABLE>"}}, or write "\${env:VARIABLE}" for druid-gitops to fill in when it deploys, and rotate the credential.`,
      }));
  },
};
