/**
 * Diagnosis checks about failures: offsets Kafka no longer has, Kafka out of reach, a supervisor
 * failing its runs, tasks failing. States and thresholds as Druid's SupervisorStateManager has
 * them (REFERENCE §2).
 */
import { count, errorLine, onceFixed, recentErrors, type Check } from './check-context.js';

/** Druid's words when a stored offset is gone (SeekableStreamSupervisor), and Kafka's own. */
const OUT_OF_RANGE = /no longer available for partition|OffsetOutOfRange|offsets? out of range/i;
const GONE_OFFSET = /sequenceNumber \[(\d+)\] is no longer available for partition \[([^\]]+)\]/g;

const offsetsOutOfRange: Check = (context) => {
  const errors = recentErrors(context).filter((error) => OUT_OF_RANGE.test(error.message ?? ''));
  const last = errors.at(-1);
  if (!last) return undefined;
  const topic = context.settings.topic ?? 'the topic';
  const gone = new Map<string, string>();
  for (const error of errors)
    for (const match of (error.message ?? '').matchAll(GONE_OFFSET))
      gone.set(partitionKey(match[2] ?? ''), match[1] ?? '');
  const evidence = [
    ...[...gone].map(
      ([partition, offset]) =>
        `partition ${partition}: Druid's stored offset ${count(Number(offset))} is no longer in Kafka (retention deleted it, or the topic was recreated)`,
    ),
    `Druid: ${errorLine(last, context.clean)}`,
  ];
  if (gone.size > 0)
    evidence.push(
      'Druid stops at the first partition it cannot start: check the other partitions’ stored offsets too',
    );
  if (/automatically resetting/i.test(last.message ?? '')) {
    return {
      mode: 'offsets-out-of-range',
      severity: 'warning',
      title: 'offsets reset automatically',
      evidence: [
        ...evidence,
        `resetOffsetAutomatically is on: Druid moved to the ${context.settings.useEarliestOffset ? 'earliest' : 'latest'} offset by itself`,
      ],
      next: {
        short: 'check the datasource for a gap',
        text: `Nothing to run: Druid already moved on. Check the datasource for the gap (records Kafka deleted${context.settings.useEarliestOffset ? '' : ', and everything skipped to the latest offset'}) and tell its users.`,
      },
    };
  }
  const partitions =
    gone.size === 0
      ? 'the partitions named in the error'
      : `${gone.size === 1 ? 'partition' : 'partitions'} ${[...gone.keys()].join(', ')}`;
  return {
    mode: 'offsets-out-of-range',
    severity: 'critical',
    title: 'offsets out of range',
    evidence,
    next: {
      short: 'reset-offsets (confirm) to the earliest offsets',
      operation: 'reset-offsets',
      text:
        `This is the one case a reset is the right tool. Set ${partitions} to the earliest offset Kafka still has ` +
        `(kafka-get-offsets.sh --topic ${topic} --time -2): what Kafka deleted is lost either way, and nothing else is skipped or read twice. ` +
        `A full reset would also move every healthy partition to the ${context.settings.useEarliestOffset ? 'earliest offset (re-reading and duplicating its data)' : 'latest offset (skipping its unread data)'}.`,
    },
  };
};

/**
 * The partition as the status keys it ("1", or "topic:1" for topicPattern supervisors). Druid 33
 * prints `KafkaTopicPartition{partition=1, topic='null', multiTopicPartition=false}` (real 33.0,
 * test/integration/recover.test.ts).
 */
function partitionKey(printed: string): string {
  const java = /partition=(\d+), topic='([^']*)', multiTopicPartition=(true|false)/.exec(printed);
  if (!java) return printed;
  return java[3] === 'true' ? `${java[2]}:${java[1]}` : (java[1] ?? printed);
}

const streamConnection: Check = (context) => {
  const { latest, settings } = context;
  const streamErrors = recentErrors(context).filter(
    (error) => error.streamException === true && !OUT_OF_RANGE.test(error.message ?? ''),
  );
  const last = streamErrors.at(-1);
  // Druid wraps "offset no longer available" in a stream exception: that is not Kafka out of reach.
  const outOfRange = recentErrors(context).some((error) => OUT_OF_RANGE.test(error.message ?? ''));
  if (outOfRange && !last) return undefined;
  const where = `bootstrap.servers ${settings.bootstrapServers ?? '(unknown)'}, topic ${settings.topic ?? '(unknown)'}`;
  const missingTopic = last && /No partitions found for stream/i.test(last.message ?? '');
  const evidence = [where, ...(last ? [`Druid: ${errorLine(last, context.clean)}`] : [])];
  const fixTopic = `The topic ${settings.topic ?? ''} does not exist on these brokers: create it, or fix topic in git and deploy.`;
  if (latest.detailedState === 'UNABLE_TO_CONNECT_TO_STREAM') {
    return {
      mode: 'cannot-reach-stream',
      severity: 'critical',
      title: 'cannot reach Kafka',
      evidence: ['Druid has not read from the topic once since this supervisor (re)started', ...evidence],
      next: {
        short: missingTopic ? 'create the topic or fix it in git' : 'fix Kafka or the spec; no reset',
        text: missingTopic
          ? fixTopic
          : `Check bootstrap.servers, the topic and the consumer security settings: if git has them wrong, fix the file and deploy (resync re-applies git’s spec); if Kafka is down, bring it back. ${onceFixed(context, 'The supervisor then recovers by itself.')} Do not reset: the stored offsets are fine.`,
      },
    };
  }
  if (latest.detailedState === 'LOST_CONTACT_WITH_STREAM') {
    return {
      mode: 'lost-contact-with-stream',
      severity: 'critical',
      title: 'lost contact with Kafka',
      evidence: ['Druid read from the topic before, and its runs now fail to reach it', ...evidence],
      next: {
        short: missingTopic ? 'create the topic or fix it in git' : 'fix Kafka; no reset',
        text: missingTopic
          ? fixTopic
          : `Fix Kafka or the network between Druid and Kafka. ${onceFixed(context, 'The supervisor recovers by itself after 3 successful runs and continues from its stored offsets;')} Nothing is lost while Kafka keeps the records. Do not reset.`,
      },
    };
  }
  if (last && latest.healthy && Date.parse(last.timestamp) > context.now - 10 * 60_000) {
    return {
      mode: 'cannot-reach-stream',
      severity: 'warning',
      title: 'failing to reach Kafka',
      evidence: [...evidence, 'still counted healthy: Druid reports UNHEALTHY after 3 failed runs in a row'],
      next: {
        short: 'check Kafka, diagnose again',
        operation: 'diagnose',
        text: missingTopic
          ? fixTopic
          : 'Check Kafka and the network now, then diagnose again in a few minutes.',
      },
    };
  }
  return undefined;
};

const unhealthySupervisor: Check = (context) => {
  const { latest } = context;
  if (latest.state !== 'UNHEALTHY_SUPERVISOR' || latest.detailedState !== 'UNHEALTHY_SUPERVISOR')
    return undefined;
  if (recentErrors(context).some((error) => OUT_OF_RANGE.test(error.message ?? ''))) return undefined;
  return {
    mode: 'unhealthy-supervisor',
    severity: 'critical',
    title: 'supervisor failing its runs',
    evidence: [
      '3 or more run loops in a row failed (druid.supervisor.unhealthinessThreshold)',
      ...recentErrors(context)
        .slice(-3)
        .map((error) => `Druid: ${errorLine(error, context.clean)}`),
    ],
    next: {
      short: 'read the errors and the Overlord log',
      text: `Read the errors above and the Overlord log for this supervisor. If the spec is the cause, fix it in git and deploy (resync re-applies git’s spec). ${onceFixed(context, 'Once the cause is gone it recovers by itself after 3 good runs.')}`,
    },
  };
};

const unhealthyTasks: Check = (context) => {
  if (context.latest.state !== 'UNHEALTHY_TASKS') return undefined;
  return {
    mode: 'unhealthy-tasks',
    severity: 'critical',
    title: 'tasks failing',
    evidence: [
      'the last 3 or more tasks it started failed (druid.supervisor.taskUnhealthinessThreshold)',
      `${context.latest.activeTasks.length} reading, ${context.latest.publishingTasks.length} publishing now`,
      ...recentErrors(context)
        .slice(-3)
        .map((error) => `Druid: ${errorLine(error, context.clean)}`),
    ],
    next: {
      short: 'read the task logs',
      text: `Find why the tasks fail in their logs (Druid console → Tasks, or GET /druid/indexer/v1/task/{taskId}/log): too many parse exceptions, out of memory, no room to publish. ${onceFixed(context, 'Druid keeps starting tasks from the stored offsets and turns healthy after 3 successful ones;')} A reset does not fix failing tasks.`,
    },
  };
};

export const STREAM_CHECKS: readonly Check[] = [
  offsetsOutOfRange,
  streamConnection,
  unhealthySupervisor,
  unhealthyTasks,
];
