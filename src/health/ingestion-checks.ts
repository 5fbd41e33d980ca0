/**
 * Diagnosis checks about a supervisor that is not failing but not reading as it should: suspended
 * with data piling up in Kafka, still starting, missing reading tasks, lag growing.
 */
import { plural } from '../common/plural.js';
import { expectedReadingTasks } from './health-verdict.js';
import { age, count, type Check, type CheckContext } from './check-context.js';
import type { Problem, SuspendedBy } from './diagnosis.js';

const STARTING = new Set(['PENDING', 'CONNECTING_TO_STREAM', 'DISCOVERING_INITIAL_TASKS', 'CREATING_TASKS']);

const suspended: Check = (context) => {
  const { trend } = context;
  if (!context.suspended) return undefined;
  const since = suspendedSince(context);
  const backlog =
    trend.streamPerSecond !== undefined && trend.streamPerSecond > 0
      ? `the topic grows by about ${count(trend.streamPerSecond)} records/s, none of them read: the backlog grows by that much`
      : 'nothing reads the topic: everything produced since the suspend waits in Kafka (Druid reports no lag while suspended)';
  const by = context.facts.suspendedBy;
  if (by) return suspendedByDruidGitops(context, by, backlog);
  const long = since !== undefined && context.now - since > 3_600_000;
  return {
    mode: 'suspended',
    // An unhealthy one is named too: both must be dealt with before it reads again. Without a second
    // reading (the CLI's status reads once) nobody knows the topic is quiet: records may be waiting.
    severity: long || (trend.streamPerSecond ?? 1) > 0 || !context.latest.healthy ? 'warning' : 'notice',
    title: 'suspended: data waiting in Kafka',
    evidence: [
      since === undefined
        ? 'suspended (Druid’s history does not say since when, nor who)'
        : `suspended since ${new Date(since).toISOString()} (${age(since, context.now)})`,
      backlog,
    ],
    next: {
      short: 'resume',
      operation: 'resume',
      text: 'Resume it when the reason for the suspend is gone: tasks start from the stored offsets and first read the backlog. Records older than the topic’s retention are deleted by Kafka before Druid reads them.',
    },
  };
};

/** Suspended by a druid-gitops run this machine remembers: no person chose it. */
function suspendedByDruidGitops(context: CheckContext, by: SuspendedBy, backlog: string): Problem {
  const id = context.facts.id;
  const run = `${by.run.command} (pid ${by.run.pid} on ${by.run.host})`;
  if (by.running)
    return {
      mode: 'suspended',
      severity: 'notice',
      title: `suspended by a druid-gitops ${by.run.command} still running`,
      evidence: [`suspended at ${by.at} by the druid-gitops ${run}, which still runs`, backlog],
      next: {
        short: 'let that run finish',
        operation: 'status',
        text: `Another druid-gitops ${run} is changing it now and brings it back when it is done; read the status again after it ends.`,
      },
    };
  const what = by.left
    ? `left suspended by a druid-gitops ${by.run.command} at ${by.at}`
    : `suspended by an interrupted druid-gitops ${by.run.command} at ${by.at}`;
  return {
    mode: 'suspended',
    severity: 'critical',
    title: what,
    evidence: [
      by.left
        ? `the druid-gitops ${run} ended with it suspended: ${by.left}`
        : `the druid-gitops ${run} stopped before it brought it back; no person chose this suspension`,
      backlog,
    ],
    next: {
      short: `druid-gitops resume ${id}`,
      operation: 'resume',
      text: by.left
        ? `Fix the cause (diagnose shows Druid's errors), then run \`druid-gitops resume ${id}\`, or deploy a fixed spec: the next \`druid-gitops deploy\` resumes and verifies it.`
        : `${capitalise(what)}: run \`druid-gitops resume ${id}\`. The next \`druid-gitops deploy\` also puts back the spec that ran before, resumes and verifies it. Until then Kafka deletes records older than the topic’s retention before Druid reads them.`,
    },
  };
}

function capitalise(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

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

const starting: Check = (context) => {
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

const missingTasks: Check = (context) => {
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
      `${latest.activeTasks.length} of ${plural(expected, 'reading task')} in every sample (taskCount ${settings.taskCount} × replicas ${settings.replicas}, ${latest.partitions ?? '?'} partitions)`,
    ],
    next: {
      short: 'add task slots',
      text: 'Druid asks for the tasks on every run; when they do not appear, the cluster has no free task slots (pending tasks in the Druid console) or they fail as they start: check worker capacity and the task logs.',
    },
  };
};

const lagGrowing: Check = (context) => {
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
    : [
        `the ${plural(tasks, 'reading task')} ${tasks === 1 ? 'processes' : 'process'} about ${count(rate)} rows/s (last minute)`,
      ];
}

export const INGESTION_CHECKS: readonly Check[] = [suspended, starting, missingTasks, lagGrowing];
