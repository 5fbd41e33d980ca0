/** Capacity and safety: replicas, tasks per partition, and settings that silently lose or re-read data. */
import { SUPERVISOR_ID_SINCE } from '../../spec/layout.js';
import { compareVersions } from '../../spec/model/version.js';
import { quote } from '../../common/describe-value.js';
import { join } from '../../spec/pointer.js';
import {
  autoscaler,
  numberParameter,
  readBoolean,
  readNumber,
  section,
  setting,
  whyUnknown,
} from '../read.js';
import type { GuardrailRule } from '../guardrail.js';

export const replicas: GuardrailRule = {
  id: 'guardrail/replicas',
  title: 'Too few replicas for the environment',
  severity: 'warning',
  rationale:
    "replicas is the number of copies of each task group, placed on different workers. With one copy, a task or worker failure stops ingestion for its partitions until the supervisor notices and starts a replacement, which re-reads from the last checkpoint (lag, and realtime rows unqueryable meanwhile). Druid's default is 1. The built-in production profile requires 2 (as an error); other environments accept 1. Replicas need free worker slots: taskCount × replicas reading tasks, plus publishing ones.",
  parameters: {
    minimum: { type: 'integer', default: 1, description: 'Fewest replicas accepted.' },
  },
  example: { set: { '/spec/ioConfig/replicas': 1 }, profile: 'production' },
  check({ view }, { parameters, profile }) {
    const minimum = numberParameter(parameters, 'minimum');
    const found = setting(view, 'ioConfig', 'replicas', readNumber, 1);
    if (found.value === undefined || found.value < 1 || found.value >= minimum) return [];
    const who = profile ? `the ${profile} profile` : 'this repository';
    return [
      {
        pointer: found.pointer,
        message: `replicas is ${found.value}${found.written === undefined ? " (Druid's default)" : ''}; ${who} requires at least ${minimum}, so that a failed task or worker does not stop ingestion. Set replicas to ${minimum} and make sure workers have the slots.`,
      },
    ];
  },
};

export const taskCountVsPartitions: GuardrailRule = {
  id: 'guardrail/task-count-vs-partitions',
  title: 'More tasks than partitions',
  severity: 'warning',
  rationale:
    "Druid gives partition p to task group p % taskCount (KafkaSupervisor.getTaskGroupIdForPartition), and a group without partitions starts no task. So a taskCount above the topic's partition count buys nothing: capacity planned for it does not exist, and adding tasks will not reduce lag. The partition count comes from the cluster (the supervisor's status); without it the rule says what to check.",
  parameters: {},
  example: { set: { '/spec/ioConfig/taskCount': 8 }, live: { partitions: 4 } },
  check({ view }, { live }) {
    const scaled = autoscaler(view);
    const what = scaled ? 'taskCountMax' : 'taskCount';
    const io = section(view, 'ioConfig');
    const pointer = scaled ? join(io, 'autoScalerConfig', 'taskCountMax') : join(io, 'taskCount');
    const count = scaled ? readNumber(scaled.taskCountMax) : (readNumber(view.ioConfig?.taskCount) ?? 1);
    if (count === undefined || count <= 1) return [];
    const partitions = live?.partitions;
    if (partitions === undefined) {
      return [
        {
          pointer,
          missingFact: true,
          message: `${what} is ${count}; only as many task groups as the topic has partitions ever run, and the partition count is not known here (${whyUnknown(live)}). Check that the topic has at least ${count} partitions.`,
        },
      ];
    }
    if (count <= partitions) return [];
    return [
      {
        pointer,
        message: `${what} is ${count} but the topic has ${partitions} partitions: only ${partitions} task groups get partitions, the other ${count - partitions} never start. Use ${what} ${partitions} or add partitions.`,
      },
    ];
  },
};

export const resetOffsetAutomatically: GuardrailRule = {
  id: 'guardrail/reset-offset-automatically',
  title: 'resetOffsetAutomatically silently skips or re-reads data',
  severity: 'error',
  rationale:
    'When Kafka no longer has the offset a task needs (retention ran out, the topic was recreated), resetOffsetAutomatically true makes Druid reset the stored offsets and continue from the earliest or latest offset per useEarliestOffset, with only an alert ("Offsets were reset automatically, potential data duplication or loss"). With useEarliestOffset false that skips every message in between; with true it re-reads the whole retained topic into a datasource that already holds part of it. With false (the default) the task fails, the supervisor shows the error, and an operator chooses the offsets (POST /druid/indexer/v1/supervisor/{id}/resetOffsets).',
  parameters: {},
  example: { set: { '/spec/tuningConfig/resetOffsetAutomatically': true } },
  check({ view }) {
    const found = setting(view, 'tuningConfig', 'resetOffsetAutomatically', readBoolean);
    if (found.value !== true) return [];
    const earliest = readBoolean(view.ioConfig?.useEarliestOffset) === true;
    return [
      {
        pointer: found.pointer,
        message: `resetOffsetAutomatically true: when an offset is no longer in Kafka, Druid jumps to the ${earliest ? 'earliest retained offset and re-reads data it already has' : 'latest offset and skips every message in between'}, with only an alert. Remove it; a failed task is visible, and an operator can choose offsets with resetOffsets.`,
      },
    ];
  },
};

export const useEarliestOffsetOnNew: GuardrailRule = {
  id: 'guardrail/use-earliest-offset-on-new',
  title: 'A new supervisor re-reads the retained topic',
  severity: 'warning',
  rationale:
    'useEarliestOffset is read only when Druid has no stored offsets for the supervisor: on its first start, and after a reset. Then true starts at the earliest offset Kafka still retains, so a new supervisor on a topic with history ingests all of its retention at once: a lag spike, segments for many past intervals (into intervals compaction or retention may already have handled), and duplicates if another supervisor already put those rows into the datasource. false starts at the end and skips what the topic holds. Decide explicitly for a new supervisor; keep false unless the backfill is intended. Whether the supervisor is new comes from the base ref or the cluster; without either the rule says what to check.',
  parameters: {},
  example: { set: { '/spec/ioConfig/useEarliestOffset': true }, live: { storedOffsets: false } },
  check({ view }, { base, live }) {
    const found = setting(view, 'ioConfig', 'useEarliestOffset', readBoolean);
    if (found.value !== true) return [];
    const stored = live?.storedOffsets ?? (live?.supervisorState ? true : undefined);
    if (stored === true || (stored === undefined && base?.status === 'existing')) return [];
    const consequence =
      'it starts at the earliest offset Kafka retains and ingests the whole retained topic at once (lag spike, old intervals, duplicates if these rows were ingested before)';
    if (stored === false || base?.status === 'new') {
      return [
        {
          pointer: found.pointer,
          message: `This supervisor is new (${stored === false ? 'Druid holds no offsets for it' : 'it is not in the base branch'}): with useEarliestOffset true ${consequence}. Set it to false unless that backfill is intended.`,
        },
      ];
    }
    return [
      {
        pointer: found.pointer,
        missingFact: true,
        message: `useEarliestOffset true matters whenever Druid holds no offsets for this supervisor (first start, or after a reset): then ${consequence}. Whether it is new is not known here (no base ref, no cluster).`,
      },
    ];
  },
};

export const supervisorIdUpgrade: GuardrailRule = {
  id: 'guardrail/supervisor-id-upgrade',
  title: 'Top-level id before Druid 34',
  severity: 'warning',
  rationale:
    'Druid reads the top-level "id" from 34.0.0 on (#18082); older releases ignore it and name the supervisor by its datasource. An id that differs from the datasource therefore changes meaning at the upgrade: the first submission on 34 creates a second supervisor under the new id — with no stored offsets, since 34 keys them by supervisor id — while the one named after the datasource keeps running, and both read the topic into the same datasource (every row twice). Keep id equal to dataSource (or leave it out) until the cluster runs 34; then migrate deliberately: suspend and terminate the old supervisor and set the new one\'s starting offsets.',
  parameters: {},
  example: { set: { '/id': 'clicks_v2' }, druidVersion: '33.0.0' },
  check({ view }, { druidVersion }) {
    const id = view.declaredId;
    if (typeof id !== 'string' || id === '' || id === view.dataSource) return [];
    if (compareVersions(druidVersion, SUPERVISOR_ID_SINCE) >= 0) return [];
    return [
      {
        pointer: '/id',
        message: `When this cluster moves to Druid 34 or later, the id ${quote(id)} takes effect: a second supervisor ${quote(id)} starts beside ${quote(view.dataSource ?? '')} with no stored offsets, both reading the topic into the same datasource. Keep id equal to dataSource until the upgrade, then migrate deliberately.`,
      },
    ];
  },
};
