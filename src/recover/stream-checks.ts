/**
 * Diagnosis checks about the supervisor and its stream: offsets Kafka no longer has, Kafka out of
 * reach, unhealthy supervisor or tasks, suspended with data piling up, starting, missing tasks.
 * States and thresholds as Druid's SupervisorStateManager has them (REFERENCE §2).
 */
import { expectedReadingTasks } from '../deploy/health.js';
import { age, count, errorLine, recentErrors, type Check, type CheckContext } from './check-context.js';

/** Druid's words when a stored offset is gone (SeekableStreamSupervisor), and Kafka's own. */
const OUT_OF_RANGE = /no longer available for partition|OffsetOutOfRange|offsets? out of range/i;
const GONE_OFFSET = /sequenceNumber \[(\d+)\] is no longer available for partition \[([^\]]+)\]/g;
const STARTING = new Set(['PENDING', 'CONNECTING_TO_STREAM', 'DISCOVERING_INITIAL_TASKS', 'CREATING_TASKS']);

export const offsetsOutOfRange: Check = (context) => {
  const errors = recentErrors(context).filter((error) => OUT_OF_RANGE.test(error.message ?? ''));
  const last = errors.at(-1);
  if (!last) return undefined;
  const topic = context.settings.topic ?? 'the topic';
  const gone = new Map<string, string>();
  for (const error of errors)
    for (const match of (error.message ?? '').matchAll(GONE_OFFSET)) gone.set(match[2] ?? '', match[1] ?? '');
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
  const partitions = gone.size > 0 ? [...gone.keys()].join(', ') : 'the partitions named in the error';
  return {
    mode: 'offsets-out-of-range',
    severity: 'critical',
    title: 'offsets out of range',
    evidence,
    next: {
      short: 'reset-offsets (confirm) to the earliest offsets',
      operation: 'reset-offsets',
      text:
        `This is the one case a reset is the right tool. Set partition(s) ${partitions} to the earliest offset Kafka still has ` +
        `(kafka-get-offsets.sh --topic ${topic} --time -2): what Kafka deleted is lost either way, and nothing else is skipped or read twice. ` +
        `A full reset would also move every healthy partition to the ${context.settings.useEarliestOffset ? 'earliest offset (re-reading and duplicating its data)' : 'latest offset (skipping its unread data)'}.`,
    },
  };
};

export const streamConnection: Check = (context) => {
  const { latest, settings } = context;
  const streamErrors = recentErrors(context).filter(
    (error) => error.streamException === true && !OUT_OF_RANGE.test(error.message ?? ''),
  );
  const last = streamErrors.at(-1);
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
          : 'Check bootstrap.servers, the topic and the consumer security settings: if git has them wrong, fix the file and deploy (resync re-applies git’s spec); if Kafka is down, bring it back and the supervisor recovers by itself. Do not reset: the stored offsets are fine.',
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
          : 'Fix Kafka or the network between Druid and Kafka. The supervisor recovers by itself after 3 successful runs and continues from its stored offsets; nothing is lost while Kafka keeps the records. Do not reset.',
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

export const unhealthySupervisor: Check = (context) => {
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
      text: 'Read the errors above and the Overlord log for this supervisor. Once the cause is gone it recovers by itself after 3 good runs; if the spec is the cause, fix it in git and deploy (resync re-applies git’s spec).',
    },
  };
};

export const unhealthyTasks: Check = (context) => {
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
      text: 'Find why the tasks fail in their logs (Druid console → Tasks, or GET /druid/indexer/v1/task/{taskId}/log): too many parse exceptions, out of memory, no room to publish. Druid keeps starting tasks from the stored offsets and turns healthy after 3 successful ones; a reset does not fix failing tasks.',
    },
  };
};

export const suspended: Check = (context) => {
  const { latest, trend } = context;
  if (latest.state !== 'SUSPENDED' && !(latest.suspended && latest.state === 'PENDING')) return undefined;
  const since = suspendedSince(context);
  const evidence = [
    since === undefined
      ? 'suspended (Druid’s history does not say since when)'
      : `suspended since ${new Date(since).toISOString()} (${age(since, context.now)})`,
    trend.streamPerSecond !== undefined && trend.streamPerSecond > 0
      ? `the topic grows by about ${count(trend.streamPerSecond)} records/s, none of them read: the backlog grows by that much`
      : 'nothing reads the topic: everything produced since the suspend waits in Kafka (Druid reports no lag while suspended)',
  ];
  const long = since !== undefined && context.now - since > 3_600_000;
  return {
    mode: 'suspended',
    severity: long || (trend.streamPerSecond ?? 0) > 0 ? 'warning' : 'notice',
    title: 'suspended: data waiting in Kafka',
    evidence,
    next: {
      short: 'resume',
      operation: 'resume',
      text: 'Resume it when the reason for the suspend is gone: tasks start from the stored offsets and first read the backlog. Records older than the topic’s retention are deleted by Kafka before Druid reads them.',
    },
  };
};

/** When the newest run of suspended versions in Druid's history began. */
function suspendedSince(context: CheckContext): number | undefined {
  const history = context.facts.history;
  if (!history?.ok) return undefined;
  let since: string | undefined;
  for (const entry of history.value) {
    if (entry.spec.suspended !== true) break;
    since = entry.version;
  }
  return since === undefined ? undefined : Date.parse(since);
}

export const starting: Check = (context) => {
  const { latest } = context;
  const isStarting = latest.state === 'PENDING' ? !latest.suspended : STARTING.has(latest.detailedState);
  if (latest.state === 'STOPPING') {
    return {
      mode: 'starting',
      severity: 'notice',
      title: 'stopping',
      evidence: ['Druid is stopping this supervisor (an update, suspend or terminate is in progress)'],
      next: { short: 'wait', operation: 'status', text: 'Wait a minute and read the status again.' },
    };
  }
  if (!isStarting || !latest.healthy) return undefined;
  return {
    mode: 'starting',
    severity: 'notice',
    title: 'starting',
    evidence: [
      `${latest.state}${latest.detailedState !== latest.state ? ` (${latest.detailedState})` : ''}: the first run loop has not finished`,
    ],
    next: {
      short: 'wait',
      operation: 'status',
      text: 'Wait: it reaches RUNNING after startDelay and one run loop, tasks about 5 s later.',
    },
  };
};

export const missingTasks: Check = (context) => {
  const { facts, settings } = context;
  if (facts.samples.length < 2) return undefined;
  const short = facts.samples.every(({ payload }) => {
    const expected = expectedReadingTasks(settings.taskCount, settings.replicas, payload.partitions);
    return (
      payload.state === 'RUNNING' &&
      payload.detailedState === 'RUNNING' &&
      payload.activeTasks.length < expected
    );
  });
  if (!short) return undefined;
  const { latest } = context;
  const expected = expectedReadingTasks(settings.taskCount, settings.replicas, latest.partitions);
  return {
    mode: 'missing-tasks',
    severity: 'warning',
    title: 'reading tasks missing',
    evidence: [
      `${latest.activeTasks.length} of ${expected} reading tasks in every sample (taskCount ${settings.taskCount} × replicas ${settings.replicas}, ${latest.partitions ?? '?'} partitions)`,
    ],
    next: {
      short: 'add task slots',
      text: 'Druid asks for the tasks on every run; when they do not appear, the cluster has no free task slots (pending tasks in the Druid console) or they fail as they start: check worker capacity and the task logs.',
    },
  };
};

export const lagGrowing: Check = (context) => {
  const { trend, settings, latest } = context;
  if (trend.direction !== 'growing' || trend.first === undefined || trend.last === undefined)
    return undefined;
  const partitions = latest.partitions ?? 0;
  const evidence = [
    `lag ${count(trend.first)} → ${count(trend.last)} records in ${Math.round(trend.seconds)} s (+${count(trend.perSecond ?? 0)}/s)`,
    ...(trend.streamPerSecond === undefined
      ? []
      : [`the topic grows by ${count(trend.streamPerSecond)} records/s`]),
    ...readRate(context),
  ];
  const scale =
    settings.taskCount < partitions
      ? `Add reading capacity: raise taskCount (now ${settings.taskCount}, the topic has ${partitions} partitions) in git and deploy.`
      : `Every partition already has a task (taskCount ${settings.taskCount}, ${partitions} partitions): make the tasks faster (worker CPU and memory, maxRowsInMemory, fewer dimensions) or add partitions to the topic and raise taskCount.`;
  return {
    mode: 'lag-growing',
    severity: 'warning',
    title: 'lag growing',
    evidence,
    next: {
      short: settings.taskCount < partitions ? 'raise taskCount in git' : 'faster tasks or more partitions',
      text: `${scale} The lag shrinks by itself once Druid reads faster than the topic grows; nothing is lost until the lag reaches the topic’s retention.`,
    },
  };
};

/** Rows per second the reading tasks processed over the last minute, from GET /stats. */
function readRate(context: CheckContext): string[] {
  const stats = context.facts.stats;
  if (!stats?.ok) return [];
  let rate = 0;
  let tasks = 0;
  for (const group of Object.values(stats.value)) {
    for (const task of Object.values(group)) {
      const window = (
        task.movingAverages?.buildSegments as Record<string, { processed?: number }> | undefined
      )?.['1m'];
      if (typeof window?.processed === 'number') {
        rate += window.processed;
        tasks += 1;
      }
    }
  }
  return tasks === 0
    ? []
    : [`the ${tasks} reading task(s) process about ${count(rate)} rows/s (last minute)`];
}

export const STREAM_CHECKS: readonly Check[] = [
  offsetsOutOfRange,
  streamConnection,
  unhealthySupervisor,
  unhealthyTasks,
  suspended,
  starting,
  missingTasks,
  lagGrowing,
];
