/**
 * Task tuning from the operations reference, each checked against what Druid's task and
 * supervisor code do with the setting (SeekableStreamIndexTaskRunner, SeekableStreamSupervisor,
 * ParseExceptionHandler).
 */
import { compareVersions } from '../../spec/model/version.js';
import { millisToReadablePeriod } from '../../spec/duration.js';
import {
  consumerProperties,
  consumerPropertyPointer,
  durationParameter,
  formatCount,
  numberParameter,
  readBoolean,
  readDurationMs,
  readNumber,
  setting,
} from '../read.js';
import type { SupervisorView } from '../../spec/layout.js';
import type { GuardrailRule, RuleHit } from '../guardrail.js';

const INT_MAX = 2147483647;
const KAFKA_MAX_POLL_INTERVAL_MS = 300000;

/** handoffConditionTimeout as Druid uses it: 900000 since 27.0.0, 0 (wait forever) before. */
function handoffTimeoutMs(
  view: SupervisorView,
  druidVersion: string,
): { pointer: string; value: number | undefined } {
  const found = setting(view, 'tuningConfig', 'handoffConditionTimeout', readNumber);
  if (found.written !== undefined) return found;
  return { pointer: found.pointer, value: compareVersions(druidVersion, '27.0.0') >= 0 ? 900000 : 0 };
}

const readable = millisToReadablePeriod;

export const maxRowsPerSegment: GuardrailRule = {
  id: 'guardrail/max-rows-per-segment',
  title: 'Segments too large',
  severity: 'warning',
  rationale:
    "A task hands a segment off once it holds maxRowsPerSegment rows (Druid's default is 5,000,000). Druid's segment-optimization guide recommends about 5 million rows (300–700 MB) per segment: larger segments take longer to merge at publish time (inside completionTimeout), are loaded by Historicals as one unit, scan on one thread per query, and make every compaction rewrite more. Keep the default unless the rows are tiny; to shape segments after ingestion, use auto-compaction.",
  parameters: {
    maximum: { type: 'integer', default: 5000000, description: 'Largest maxRowsPerSegment accepted.' },
  },
  example: { set: { '/spec/tuningConfig/maxRowsPerSegment': 20000000 } },
  check({ view }, { parameters }) {
    const maximum = numberParameter(parameters, 'maximum');
    const rows = setting(view, 'tuningConfig', 'maxRowsPerSegment', readNumber);
    if (rows.value === undefined || rows.value <= maximum) return [];
    return [
      {
        pointer: rows.pointer,
        message: `maxRowsPerSegment is ${formatCount(rows.value)}, above ${formatCount(maximum)}: segments this large are slow to merge at publish, to load and to compact. Use ${formatCount(maximum)} or less and let compaction shape older segments.`,
      },
    ];
  },
};

export const handoffTimeout: GuardrailRule = {
  id: 'guardrail/handoff-timeout',
  title: 'Handoff wait too short, or endless',
  severity: 'warning',
  rationale:
    'After publishing, a task waits up to handoffConditionTimeout milliseconds for Historicals to load its segments, and serves them until then. When the wait runs out Druid emits the alert "Timeout waiting for handoff" and the task exits anyway: the rows stay in deep storage, but queries miss them until a Historical loads them. The Coordinator only notices new segments on its metadata poll (druid.manager.segments.pollDuration, PT1M) and assigns them on its next run (druid.coordinator.period, PT60S), so under metadata-store latency or a busy tier a wait of a few minutes is routinely too short. 0 means wait forever (the default before Druid 27.0.0): a task then never exits while a segment cannot be loaded, until the supervisor kills it at completionTimeout together with the reading tasks of its group. Use at least 5 minutes (300000); Druid\'s default is 900000.',
  parameters: {
    minimum: { type: 'duration', default: 'PT5M', description: 'Shortest handoff wait accepted.' },
  },
  example: { set: { '/spec/tuningConfig/handoffConditionTimeout': 60000 } },
  check(spec, context) {
    const minimum = durationParameter(context.parameters, 'minimum');
    const { pointer, value } = handoffTimeoutMs(spec.view, context.druidVersion);
    if (value === undefined) return [];
    const written = spec.view.tuningConfig?.handoffConditionTimeout !== undefined;
    if (value === 0) {
      return [
        {
          pointer,
          message: `handoffConditionTimeout is 0${written ? '' : ` (Druid ${context.druidVersion}'s default)`}: a task waits forever for its segments to load, and when one cannot be loaded the supervisor kills it at completionTimeout along with the reading tasks of its group. Set it to ${minimum} milliseconds (${readable(minimum)}) or more, e.g. 900000.`,
        },
      ];
    }
    if (value >= minimum) return [];
    return [
      {
        pointer,
        message: `handoffConditionTimeout is ${value} ms (${readable(value)}), below ${readable(minimum)}: the task stops waiting before the Coordinator has loaded its segments, so queries miss those rows until a Historical picks them up. Use at least ${minimum} (Druid's default is 900000).`,
      },
    ];
  },
};

export const completionTimeout: GuardrailRule = {
  id: 'guardrail/completion-timeout',
  title: 'Publishing may not fit in completionTimeout',
  severity: 'warning',
  rationale:
    'When a task group reaches taskDuration it publishes: final persist, merge, push to deep storage, metadata commit, then the handoff wait. The supervisor counts the group as done only when a task exits successfully, which is after the handoff wait; if none has after completionTimeout, it emits "No task ... succeeded before the completion timeout elapsed", kills the publishing tasks and also the reading tasks of the same partitions, which restart from the last committed offsets (rework and a lag spike). So completionTimeout must exceed handoffConditionTimeout plus the time to publish (parameter publishAllowance). The operations reference also asks for at least 1.5 × the consumer\'s max.poll.interval.ms (Kafka\'s default 300000 when unset); note that Druid assigns partitions itself (KafkaConsumer.assign), so Kafka never evicts its consumers for slow polls — the 1.5 × floor is kept as a minimum publishing budget, not because Kafka enforces it.',
  parameters: {
    maxPollIntervalFactor: {
      type: 'number',
      default: 1.5,
      description: 'completionTimeout must be at least this multiple of max.poll.interval.ms.',
    },
    publishAllowance: {
      type: 'duration',
      default: 'PT5M',
      description: 'Time to merge, push and commit, added to handoffConditionTimeout.',
    },
  },
  example: { set: { '/spec/ioConfig/completionTimeout': 'PT10M' } },
  check(spec, context) {
    const { view } = spec;
    const { parameters } = context;
    const completion = setting(view, 'ioConfig', 'completionTimeout', readDurationMs, 1800000);
    if (completion.value === undefined) return [];
    const pollText = consumerProperties(view)['max.poll.interval.ms'];
    const pollInterval = readNumber(pollText) ?? KAFKA_MAX_POLL_INTERVAL_MS;
    const factor = numberParameter(parameters, 'maxPollIntervalFactor');
    const allowance = durationParameter(parameters, 'publishAllowance');
    const handoff = handoffTimeoutMs(spec.view, context.druidVersion).value;
    const pollBound = factor * pollInterval;
    const handoffBound = handoff !== undefined && handoff > 0 ? handoff + allowance : 0;
    const required = Math.max(pollBound, handoffBound);
    if (completion.value >= required) return [];
    const why =
      handoffBound >= pollBound
        ? `the handoff wait (handoffConditionTimeout ${readable(handoff as number)}) plus ${readable(allowance)} to merge and push, because Druid counts a publishing task as done only after its handoff wait`
        : `${factor} × max.poll.interval.ms (${readable(pollInterval)}${pollText === undefined ? ", Kafka's default" : ''})`;
    return [
      {
        pointer: completion.pointer,
        message: `completionTimeout ${readable(completion.value)} is shorter than ${why}. When it runs out the supervisor kills the publishing tasks and the reading tasks of the same partitions, which re-read from the last committed offsets. Use at least ${readable(required)}.`,
      },
    ];
  },
};

export const parseExceptions: GuardrailRule = {
  id: 'guardrail/parse-exceptions',
  title: 'Parse errors unbounded, bounded too tightly, or not diagnosable',
  severity: 'warning',
  rationale:
    'Each task counts unparseable rows (and rows with unparseable columns). Druid\'s default maxParseExceptions is 2147483647: bad rows are dropped and only counted (ingest/events/unparseable), so a producer that changes its format loses data without failing anything. With a bound, a task that exceeds it fails with "Max parse exceptions exceeded" — and its replacement starts from the same offsets and meets the same rows, so ingestion stops until someone looks. That is the point — a bound separates a format change from stray bad rows, so it should not be tiny (the operations reference\'s example used 10: eleven bad rows in an hour would halt ingestion) — but only if the failure can be diagnosed: logParseExceptions writes each error to the task log, and maxSavedParseExceptions keeps the latest ones for the task report and GET /druid/indexer/v1/supervisor/{id}/parseErrors (0 keeps none). reportParseExceptions (deprecated) forces maxParseExceptions to 0 and keeps at most one. Set a bound (e.g. 1000), logParseExceptions true and maxSavedParseExceptions (e.g. 100).',
  parameters: {
    minimum: {
      type: 'integer',
      default: 100,
      description: 'Smallest maxParseExceptions accepted: lower bounds stop ingestion on a few stray rows.',
    },
  },
  example: { set: { '/spec/tuningConfig/maxSavedParseExceptions': 0 } },
  check({ view }, { parameters }) {
    const report = setting(view, 'tuningConfig', 'reportParseExceptions', readBoolean, false);
    if (report.value === true) {
      return [
        {
          pointer: report.pointer,
          message:
            'reportParseExceptions true forces maxParseExceptions to 0: one unparseable row fails the task, its replacement fails on the same row, and ingestion stops. Remove it; set maxParseExceptions (e.g. 1000), logParseExceptions true and maxSavedParseExceptions (e.g. 100).',
        },
      ];
    }
    const minimum = numberParameter(parameters, 'minimum');
    const limit = setting(view, 'tuningConfig', 'maxParseExceptions', readNumber, INT_MAX);
    const log = setting(view, 'tuningConfig', 'logParseExceptions', readBoolean, false);
    const saved = setting(view, 'tuningConfig', 'maxSavedParseExceptions', readNumber, 0);
    const problems: Array<{ pointer: string; text: string; fix: string }> = [];
    if (limit.value !== undefined && limit.value >= INT_MAX)
      problems.push({
        pointer: limit.pointer,
        text: "maxParseExceptions is unbounded (Druid's default), so bad rows are dropped silently and never stop ingestion",
        fix: 'set maxParseExceptions to a bound such as 1000',
      });
    else if (limit.value !== undefined && limit.value < minimum)
      problems.push({
        pointer: limit.pointer,
        text: `maxParseExceptions ${limit.value} stops ingestion after a handful of bad rows in one task period (each replacement task fails on the same rows)`,
        fix: `raise maxParseExceptions to ${minimum} or more (e.g. 1000)`,
      });
    if (log.value === false)
      problems.push({
        pointer: log.pointer,
        text: 'logParseExceptions is off, so task logs do not show them',
        fix: 'set logParseExceptions true',
      });
    if (saved.value !== undefined && saved.value <= 0)
      problems.push({
        pointer: saved.pointer,
        text: 'maxSavedParseExceptions is 0, so the task report and /parseErrors show none',
        fix: 'keep the latest ones with maxSavedParseExceptions (e.g. 100)',
      });
    if (problems.length === 0) return [];
    const fixes = problems.map((problem) => problem.fix).join(', ');
    return [
      {
        pointer: (problems[0] as { pointer: string }).pointer,
        message: `Parse errors: ${problems.map((problem) => problem.text).join('; ')}. To fix, ${fixes}.`,
      },
    ];
  },
};

export const pollAndPersist: GuardrailRule = {
  id: 'guardrail/poll-and-persist',
  title: 'Poll batches and persists out of proportion',
  severity: 'warning',
  rationale:
    "Kafka hands a task up to max.poll.records records per poll (Kafka's default 500). The task adds them row by row and persists when it holds maxRowsInMemory rows (or maxBytesInMemory bytes) or when intermediatePersistPeriod has passed; with maxPendingPersists 0 one persist runs beside ingestion and the next one blocks it. The task looks at pause and stop requests only between batches, and the supervisor allows a pause about a minute (the task answers after 2 s, then the supervisor polls it chatRetries times) before it kills the task, so a batch larger than the whole in-memory budget both forces persists inside every batch and risks failed checkpoints. A very short intermediatePersistPeriod multiplies small intermediate segments that are merged at publish, inside completionTimeout. The operations reference advised lowering maxRowsInMemory and raising intermediatePersistPeriod when lag exceeds 10 % of max.poll.records; lag cannot be read from a spec, and a lower maxRowsInMemory means more (blocking) persists, not less lag — lag is addressed with taskCount (up to the partition count) and worker capacity.",
  parameters: {
    maxShareOfRowsInMemory: {
      type: 'number',
      default: 1,
      description: 'Largest max.poll.records accepted, as a share of maxRowsInMemory.',
    },
    minIntermediatePersistPeriod: {
      type: 'duration',
      default: 'PT1M',
      description: 'Shortest intermediatePersistPeriod accepted.',
    },
  },
  example: {
    set: {
      '/spec/ioConfig/consumerProperties/max.poll.records': '500000',
      '/spec/tuningConfig/maxRowsInMemory': 150000,
    },
  },
  check({ view }, { parameters }) {
    const hits: RuleHit[] = [];
    const rowsInMemory = setting(view, 'tuningConfig', 'maxRowsInMemory', readNumber, 150000).value;
    const pollRecords = readNumber(consumerProperties(view)['max.poll.records']);
    const share = numberParameter(parameters, 'maxShareOfRowsInMemory');
    if (pollRecords !== undefined && rowsInMemory !== undefined && pollRecords > share * rowsInMemory) {
      hits.push({
        pointer: consumerPropertyPointer(view, 'max.poll.records'),
        message: `max.poll.records ${formatCount(pollRecords)} exceeds ${share === 1 ? '' : `${share} × `}maxRowsInMemory (${formatCount(rowsInMemory)}): every poll batch forces persists, and the task answers pause requests only between batches, so checkpoints may time out. Lower max.poll.records (Kafka's default is 500) instead of maxRowsInMemory.`,
      });
    }
    const minimum = durationParameter(parameters, 'minIntermediatePersistPeriod');
    const period = setting(view, 'tuningConfig', 'intermediatePersistPeriod', readDurationMs);
    if (period.value !== undefined && period.value < minimum) {
      hits.push({
        pointer: period.pointer,
        message: `intermediatePersistPeriod ${readable(period.value)} persists more often than every ${readable(minimum)}: many small intermediate segments to merge at publish time, without lowering peak memory (maxRowsInMemory bounds that). Use ${readable(minimum)} or more (Druid's default is PT10M).`,
      });
    }
    return hits;
  },
};
