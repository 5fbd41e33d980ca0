/**
 * Change rules: what an edit to an existing supervisor does on the cluster. They need the base
 * version of the spec and say nothing without one (a new file has nothing to change from).
 */
import { supervisorId, SUPERVISOR_ID_SINCE, type SupervisorView } from '../../spec/layout.js';
import { compareVersions } from '../../spec/model/version.js';
import { join } from '../../spec/pointer.js';
import { quote } from '../../common/describe-value.js';
import { consumerProperties, consumerPropertyPointer, readBoolean, section } from '../read.js';
import type { GuardrailContext, GuardrailRule } from '../guardrail.js';

/** The stream a Kafka ioConfig reads: one topic, or a pattern (multi-topic). */
function stream(view: SupervisorView): { kind: 'topic' | 'topicPattern'; name: string } | undefined {
  const io = view.ioConfig;
  if (typeof io?.topic === 'string') return { kind: 'topic', name: io.topic };
  if (typeof io?.topicPattern === 'string') return { kind: 'topicPattern', name: io.topicPattern };
  return undefined;
}

function startsAt(view: SupervisorView): string {
  return readBoolean(view.ioConfig?.useEarliestOffset) === true
    ? 'the earliest retained offset (re-reading the topic)'
    : 'the latest offset (skipping what the topic holds)';
}

function existingBase(context: GuardrailContext): SupervisorView | undefined {
  return context.base?.status === 'existing' ? context.base.view : undefined;
}

const changedExample = { changed: true } as const;

export const topicChanged: GuardrailRule = {
  id: 'guardrail/topic-changed',
  title: 'Topic of an existing supervisor changed',
  severity: 'error',
  rationale:
    'Druid 34.0 and later refuse to change topic or topicPattern of an existing supervisor, or to switch between them even with the same string: "Update of the input source stream from [...] to [...] is not supported for a running supervisor" (400). Older releases accept the update but ignore the stored offsets, which belong to the old topic ("doesn\'t match spec topic/stream, ignoring stored sequences"), and start the new topic per useEarliestOffset. Either way this is not an edit but a migration, with an explicit offset decision: suspend the supervisor, let it publish, reset or set its offsets, terminate it, and create the new one — Druid warns that the reset can duplicate or lose data when topics overlap.',
  parameters: {},
  example: { ...changedExample, set: { '/spec/ioConfig/topic': 'clicks.v2' } },
  check(spec, context) {
    const base = existingBase(context);
    if (!base) return [];
    const before = stream(base);
    const after = stream(spec.view);
    if (!before || !after || (before.kind === after.kind && before.name === after.name)) return [];
    const refused = compareVersions(context.druidVersion, SUPERVISOR_ID_SINCE) >= 0;
    const what =
      before.kind === after.kind
        ? `${after.kind} changes from ${quote(before.name)} to ${quote(after.name)}`
        : `the supervisor switches from ${before.kind} ${quote(before.name)} to ${after.kind} ${quote(after.name)}`;
    const effect = refused
      ? `Druid ${context.druidVersion} refuses this update (400)`
      : `Druid ${context.druidVersion} accepts it but drops the stored offsets of the old stream and starts at ${startsAt(spec.view)}`;
    return [
      {
        pointer: join(section(spec.view, 'ioConfig'), after.kind),
        message: `${what}: ${effect}. This is a migration, not an edit: suspend, decide the offsets (reset or resetOffsets), terminate, then create the supervisor for the new stream.`,
      },
    ];
  },
};

export const dataSourceChanged: GuardrailRule = {
  id: 'guardrail/datasource-changed',
  title: 'dataSource of an existing supervisor changed',
  severity: 'error',
  rationale:
    "Renaming the datasource does not move data: new rows go to a datasource that starts empty, while the old one stops growing, and every query, dashboard, retention rule and compaction config keyed on the old name silently sees no new data. Before Druid 34 the supervisor is also named by its datasource, so the rename creates a second supervisor (guardrail/id-changed). Druid's docs require the datasource of a supervisor to stay the same. Do it as a planned migration: new supervisor, then move readers, then retire the old datasource.",
  parameters: {},
  example: { ...changedExample, set: { '/spec/dataSchema/dataSource': 'clicks_v2' } },
  check(spec, context) {
    const base = existingBase(context);
    const before = base?.dataSource;
    const after = spec.view.dataSource;
    if (before === undefined || after === undefined || before === after) return [];
    return [
      {
        pointer: join(section(spec.view, 'dataSchema'), 'dataSource'),
        message: `dataSource changes from ${quote(before)} to ${quote(after)}: new rows go to a datasource that starts empty while ${quote(before)} stops growing, and queries, retention rules and compaction on the old name see no new data. Plan it as a migration.`,
      },
    ];
  },
};

export const idChanged: GuardrailRule = {
  id: 'guardrail/id-changed',
  title: 'Supervisor id changed',
  severity: 'error',
  rationale:
    'Druid addresses supervisors by id: the top-level "id" from 34.0, the datasource name before. A spec with a new id is a new supervisor: it starts beside the old one, which keeps running until it is terminated, and it has no stored offsets (34 keys them by supervisor id), so it starts per useEarliestOffset. Until the old one stops, both read the topic into the datasource, and every row arrives twice. Keep the id; if it must change, terminate the old supervisor in the same rollout and choose the new one\'s starting offsets.',
  parameters: {},
  example: { ...changedExample, set: { '/id': 'clicks_v2' } },
  check(spec, context) {
    const base = existingBase(context);
    if (!base) return [];
    const before = supervisorId(base, context.druidVersion);
    const after = supervisorId(spec.view, context.druidVersion);
    if (before === undefined || after === undefined || before === after) return [];
    const declared = typeof spec.view.declaredId === 'string' && spec.view.declaredId === after;
    return [
      {
        pointer: declared ? '/id' : join(section(spec.view, 'dataSchema'), 'dataSource'),
        message: `The supervisor id changes from ${quote(before)} to ${quote(after)}: Druid starts a second supervisor ${quote(after)} at ${startsAt(spec.view)} while ${quote(before)} keeps running until it is terminated, both reading the same topic. Keep the id, or terminate ${quote(before)} in the same rollout and choose the offsets.`,
      },
    ];
  },
};

/** The brokers of a bootstrap.servers list, as host:port in lower case (hosts are case-insensitive). */
function brokers(value: unknown): Set<string> | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  return new Set(
    value
      .split(',')
      .map((broker) => broker.trim().toLowerCase())
      .filter(Boolean),
  );
}

export const kafkaClusterChanged: GuardrailRule = {
  id: 'guardrail/kafka-cluster-changed',
  title: 'bootstrap.servers of an existing supervisor names other brokers',
  severity: 'warning',
  rationale:
    "Druid keeps a supervisor's offsets in its own metadata store, per topic and partition, with no idea which Kafka cluster they came from, and accepts a new bootstrap.servers as an ordinary update. If the new brokers are another Kafka cluster (a migration, a disaster-recovery switch, a typo that reaches the staging cluster), the new tasks read the same topic there from the old cluster's offsets: positions that mean nothing in the new cluster's partitions, so Druid silently skips or re-reads records, or stops with offsets out of range where the new partitions are shorter. Adding or removing a broker of the same cluster is harmless; the rule speaks only when the old and new lists share no broker. Moving to another cluster is a migration: suspend, let the tasks publish, set the offsets for the new cluster (reset-offsets, or reset with useEarliestOffset chosen), deploy the new brokers, resume. If the brokers are the same cluster under new names, suppress the finding with that reason.",
  parameters: {},
  example: {
    ...changedExample,
    set: { '/spec/ioConfig/consumerProperties/bootstrap.servers': 'kafka-dr-1:9092,kafka-dr-2:9092' },
  },
  check(spec, context) {
    const base = existingBase(context);
    if (!base) return [];
    const before = brokers(consumerProperties(base)['bootstrap.servers']);
    const after = brokers(consumerProperties(spec.view)['bootstrap.servers']);
    if (!before || !after || [...after].some((broker) => before.has(broker))) return [];
    return [
      {
        pointer: consumerPropertyPointer(spec.view, 'bootstrap.servers'),
        message: `bootstrap.servers changes from ${quote([...before].join(','))} to ${quote([...after].join(','))}, and no broker is in both. If this is another Kafka cluster, Druid's stored offsets are positions in the old cluster's partitions: the tasks read the new cluster from them, skipping or re-reading records (or stopping with offsets out of range). Moving clusters is a migration: suspend, set the offsets for the new cluster (reset-offsets), deploy, resume. If it is the same cluster under new names, suppress this with that reason.`,
      },
    ];
  },
};
