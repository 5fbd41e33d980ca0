/**
 * How a stream turns into segments: granularities, task duration, and where late rows can land
 * relative to compaction. Streaming tasks allocate segments per segmentGranularity interval of each
 * row's timestamp, and publish everything they touched when taskDuration ends.
 */
import { millisToReadablePeriod, periodToMillis } from '../../spec/duration.js';
import { isPlainObject } from '../../common/json.js';
import { join } from '../../spec/pointer.js';
import { namedGranularity, readGranularity, type Granularity } from '../granularity.js';
import {
  durationParameter,
  granularitySpecOf,
  readBoolean,
  readDurationMs,
  setting,
  whyUnknown,
} from '../read.js';
import type { GuardrailRule } from '../guardrail.js';
import type { SupervisorView } from '../../spec/layout.js';

const readable = millisToReadablePeriod;
const DEFAULT_TASK_DURATION = 3600000;
const DEFAULT_SKIP_OFFSET = 'P1D';

interface Placed {
  granularity: Granularity;
  pointer: string;
}

/** segmentGranularity as Druid reads it (DAY when absent); undefined for arbitrary specs or unknown values. */
function segmentGranularity(view: SupervisorView): Placed | undefined {
  const holder = granularitySpecOf(view);
  const { spec } = holder;
  if (typeof spec.type === 'string' && spec.type !== 'uniform') return undefined;
  const granularity = readGranularity(spec.segmentGranularity ?? 'DAY');
  return (
    granularity && {
      granularity,
      get pointer() {
        return join(holder.pointer, 'segmentGranularity');
      },
    }
  );
}

function queryGranularity(view: SupervisorView): Placed | undefined {
  const holder = granularitySpecOf(view);
  const { spec } = holder;
  const granularity = readGranularity(spec.queryGranularity ?? 'NONE');
  return (
    granularity && {
      granularity,
      get pointer() {
        return join(holder.pointer, 'queryGranularity');
      },
    }
  );
}

function taskDuration(view: SupervisorView): { pointer: string; value: number | undefined } {
  return setting(view, 'ioConfig', 'taskDuration', readDurationMs, DEFAULT_TASK_DURATION);
}

export const taskDurationVsSegmentGranularity: GuardrailRule = {
  id: 'guardrail/task-duration-vs-segment-granularity',
  title: 'Tasks shorter than their segments',
  severity: 'warning',
  rationale:
    "A streaming task publishes the segments of every interval it touched when its taskDuration ends, and the next task appends new segments to the same intervals. With taskDuration shorter than segmentGranularity, every interval collects one set of segments per task period per task group (PT1H tasks with DAY segments: at least 24 × taskCount segments a day), each a metadata row, a Coordinator assignment and a Historical load, and queries scan them all. Druid's defaults (DAY segments, PT1H tasks) do this, which is why streaming datasources need auto-compaction. Match taskDuration to the segment granularity (HOUR segments with PT1H tasks), or make sure auto-compaction runs for the datasource.",
  parameters: {},
  example: { set: { '/spec/dataSchema/granularitySpec/segmentGranularity': 'DAY' } },
  check({ view }) {
    const segment = segmentGranularity(view);
    const task = taskDuration(view);
    if (!segment || task.value === undefined || task.value <= 0) return [];
    const { granularity } = segment;
    if (granularity.millis === Number.POSITIVE_INFINITY || task.value >= granularity.millis) return [];
    const periods = Math.round(granularity.millis / task.value);
    return [
      {
        pointer: task.pointer,
        message: `taskDuration ${readable(task.value)} is shorter than segmentGranularity ${granularity.name}: each ${granularity.name} interval gets about ${periods} sets of segments (one per task period and task group). Make sure auto-compaction runs for this datasource, or match taskDuration to the segment granularity (HOUR segments with PT1H tasks).`,
      },
    ];
  },
};

export const fineSegmentGranularity: GuardrailRule = {
  id: 'guardrail/fine-segment-granularity',
  title: 'Segment granularity too fine for a stream',
  severity: 'warning',
  rationale:
    'Each segmentGranularity interval a task touches becomes at least one segment per task group, so MINUTE segments give a PT1H task 60 segments per task group per hour: thousands of tiny segments a day, each a metadata row, a Coordinator assignment, a Historical load and a per-query overhead. Five of the real specs in the corpus this product was checked against used MINUTE. Time resolution belongs to queryGranularity; use HOUR or coarser segments.',
  parameters: {
    finest: {
      type: 'granularity',
      default: 'HOUR',
      description: 'Finest segmentGranularity accepted on a stream.',
    },
  },
  example: { set: { '/spec/dataSchema/granularitySpec/segmentGranularity': 'MINUTE' } },
  check({ view }, { parameters }) {
    const finest = namedGranularity(parameters.finest as string);
    const segment = segmentGranularity(view);
    if (!segment || segment.granularity.millis >= finest.millis) return [];
    const task = taskDuration(view).value ?? DEFAULT_TASK_DURATION;
    const perTask = Math.max(1, Math.round(task / segment.granularity.millis));
    return [
      {
        pointer: segment.pointer,
        message: `segmentGranularity ${segment.granularity.name} is finer than ${finest.name}: every ${readable(task)} task writes about ${perTask} segment intervals per task group, so tiny segments pile up. Use ${finest.name} or coarser and set the time resolution with queryGranularity.`,
      },
    ];
  },
};

export const allSegmentGranularity: GuardrailRule = {
  id: 'guardrail/all-segment-granularity',
  title: 'One segment interval for all time',
  severity: 'error',
  rationale:
    'segmentGranularity ALL puts every row of the stream into one interval that spans all time. Retention rules work per interval: loadByPeriod always matches it and dropBeforeByPeriod never does, so nothing is ever dropped; compaction and any overwrite must rewrite the whole datasource at once and fight the stream for its lock; every query touches every segment. Use HOUR or DAY.',
  parameters: {},
  example: { set: { '/spec/dataSchema/granularitySpec/segmentGranularity': 'ALL' } },
  check({ view }) {
    const segment = segmentGranularity(view);
    if (!segment || segment.granularity.millis !== Number.POSITIVE_INFINITY) return [];
    return [
      {
        pointer: segment.pointer,
        message:
          'segmentGranularity ALL on a stream puts all rows into one interval spanning all time: retention rules can never drop any of it, compaction must rewrite the whole datasource, and every query reads every segment. Use HOUR or DAY.',
      },
    ];
  },
};

export const queryGranularityCoarser: GuardrailRule = {
  id: 'guardrail/query-granularity-coarser',
  title: 'queryGranularity coarser than segmentGranularity',
  severity: 'error',
  rationale:
    'Druid truncates each row\'s timestamp to queryGranularity but allocates its segment from the original timestamp, and does not refuse a queryGranularity coarser than segmentGranularity. Rows then carry timestamps outside the interval of the segment that holds them (an 05:30 row in the 05:00 HOUR segment stored as 00:00 with DAY queryGranularity), so queries over part of the data miss them. Druid\'s ingestion docs: queryGranularity "must be equal to, or finer, than segmentGranularity".',
  parameters: {},
  example: {
    set: {
      '/spec/dataSchema/granularitySpec/segmentGranularity': 'HOUR',
      '/spec/dataSchema/granularitySpec/queryGranularity': 'DAY',
    },
  },
  check({ view }) {
    const segment = segmentGranularity(view);
    const query = queryGranularity(view);
    if (!segment || !query || query.granularity.millis <= segment.granularity.millis) return [];
    return [
      {
        pointer: query.pointer,
        message: `queryGranularity ${query.granularity.name} is coarser than segmentGranularity ${segment.granularity.name}: timestamps are truncated outside the interval of the segment that stores them, so queries over part of the data miss rows. Use a queryGranularity of ${segment.granularity.name} or finer.`,
      },
    ];
  },
};

export const shortTaskDuration: GuardrailRule = {
  id: 'guardrail/short-task-duration',
  title: 'Very short taskDuration',
  severity: 'warning',
  rationale:
    "Every taskDuration, each task group (times replicas) stops reading, publishes and hands off its segments, and new tasks start (a new JVM for each peon). With minutes-long tasks the cluster spends a large share of its time starting, publishing and waiting for handoff, overlapping publishing tasks hold worker slots, and segments multiply. Real specs with PT60S and PT2M exist; Druid's default is PT1H.",
  parameters: {
    minimum: { type: 'duration', default: 'PT10M', description: 'Shortest taskDuration accepted.' },
  },
  example: { set: { '/spec/ioConfig/taskDuration': 'PT2M' } },
  check({ view }, { parameters }) {
    const minimum = durationParameter(parameters, 'minimum');
    const task = taskDuration(view);
    if (task.value === undefined || task.value >= minimum) return [];
    return [
      {
        pointer: task.pointer,
        message: `taskDuration ${readable(task.value)} is below ${readable(minimum)}: every task period starts new tasks and publishes and hands off segments, so the cluster mostly churns tasks and multiplies segments. Use ${readable(minimum)} or more (Druid's default is PT1H).`,
      },
    ];
  },
};

/** The stream may write rows this far back from now, or Infinity when late rows are never rejected. */
function lateWindow(view: SupervisorView): { pointer: string; millis: number } {
  const task = taskDuration(view).value ?? DEFAULT_TASK_DURATION;
  const late = setting(view, 'ioConfig', 'lateMessageRejectionPeriod', readDurationMs);
  return {
    pointer: late.pointer,
    millis: late.value === undefined ? Number.POSITIVE_INFINITY : task + late.value,
  };
}

/** The skipOffsetFromLatest a compaction file sets (Druid's default when it sets none). */
function compactionInFile(value: unknown): { skipOffsetFromLatest?: string } {
  const skip = isPlainObject(value) ? value.skipOffsetFromLatest : undefined;
  return typeof skip === 'string' ? { skipOffsetFromLatest: skip } : {};
}

/** Tasks take APPEND locks, so compaction (with REPLACE locks) can run beside them. */
function concurrentLocks(value: Record<string, unknown>): boolean {
  const context = value.context;
  if (!isPlainObject(context)) return false;
  return readBoolean(context.useConcurrentLocks) === true || context.taskLockType === 'APPEND';
}

export const lateDataVsCompaction: GuardrailRule = {
  id: 'guardrail/late-data-vs-compaction',
  title: 'Late rows can land where compaction works',
  severity: 'warning',
  rationale:
    "A task accepts rows as old as its start minus lateMessageRejectionPeriod (no limit when unset), so the stream can write into any interval within taskDuration + lateMessageRejectionPeriod of now. Auto-compaction leaves alone only the newest skipOffsetFromLatest (default P1D) of the datasource. When the two overlap, compaction and ingestion want the same intervals; streaming tasks have the higher priority, so compaction tasks lose their locks and fail, over and over (Druid's docs: frequent conflicts \"can cause the Coordinator's automatic compaction to hang\"). Set lateMessageRejectionPeriod, keep skipOffsetFromLatest at least taskDuration + lateMessageRejectionPeriod, or use concurrent append and replace (context.useConcurrentLocks on the supervisor and on compaction). Reads skipOffsetFromLatest from the datasource's compaction file in git when there is one, else from the cluster; without either the rule says what to check.",
  parameters: {},
  example: {
    set: { '/spec/ioConfig/lateMessageRejectionPeriod': 'P7D' },
    live: { compaction: { skipOffsetFromLatest: 'P1D' } },
  },
  check(spec, context) {
    if (concurrentLocks(spec.value)) return [];
    const window = lateWindow(spec.view);
    // The compaction file in git is what the merge applies, so it wins over what the cluster has now.
    const file = context.segments?.compaction;
    const compaction = file ? compactionInFile(file.value) : context.live?.compaction;
    const whose = file ? file.path : 'auto-compaction for this datasource';
    if (compaction === null) return [];
    const unbounded = window.millis === Number.POSITIVE_INFINITY;
    const exposure = unbounded
      ? 'Late messages are never rejected here (no lateMessageRejectionPeriod), so rows can land in any past interval'
      : `The stream writes rows up to ${readable(window.millis)} back (taskDuration + lateMessageRejectionPeriod)`;
    const remedy = unbounded
      ? 'set lateMessageRejectionPeriod and keep skipOffsetFromLatest at least taskDuration + that period'
      : `keep skipOffsetFromLatest at least ${readable(window.millis)}`;
    if (compaction === undefined) {
      return [
        {
          pointer: window.pointer,
          missingFact: true,
          message: `${exposure}. If auto-compaction runs for this datasource (not known here: ${whyUnknown(context.live)}), its tasks will keep losing their locks to ingestion unless you ${remedy}, or use concurrent locks (context.useConcurrentLocks).`,
        },
      ];
    }
    const skipText = compaction.skipOffsetFromLatest ?? DEFAULT_SKIP_OFFSET;
    const skip = periodToMillis(skipText);
    if (skip !== undefined && skip >= window.millis) return [];
    return [
      {
        pointer: window.pointer,
        message: `${exposure}, but ${whose} skips only the newest ${skipText}: its tasks will keep losing their locks to ingestion. ${remedy.charAt(0).toUpperCase()}${remedy.slice(1)}, or use concurrent locks (context.useConcurrentLocks).`,
      },
    ];
  },
};
