/**
 * Diagnosis checks about what happens to the data once read: rows Druid cannot parse, publishing
 * tasks waiting for handoff, retention rules that never load new segments, and compaction.
 */
import type { ParseErrorReport, SupervisorStats } from '../druid/payloads.js';
import { count, period, type Check, type CheckContext } from './check-context.js';
import { compactionSkipMs, describeRules, newestDataRule } from './datasource.js';
import { unlimited } from '../spec/spec-settings.js';

const parseExceptions: Check = (context) => {
  const { facts, settings } = context;
  const reports = facts.parseErrors?.ok ? facts.parseErrors.value : [];
  const unparseable = facts.stats?.ok ? unparseableRows(facts.stats.value) : 0;
  if (reports.length === 0 && unparseable === 0) return undefined;
  const limit = settings.maxParseExceptions;
  const evidence = [
    unparseable > 0
      ? `${count(unparseable)} unparseable rows in the current tasks (GET /stats)`
      : `${reports.length} parse errors kept by Druid (GET /parseErrors)`,
    unlimited(limit)
      ? 'maxParseExceptions is unlimited: these rows are dropped and the tasks go on'
      : `maxParseExceptions is ${count(limit)}: a task that meets more fails, and the supervisor turns UNHEALTHY_TASKS after 3 failures`,
    ...reports.slice(0, 3).map((report) => example(report, context.clean)),
  ];
  if (reports.length === 0 && settings.maxSavedParseExceptions === 0)
    evidence.push(
      'Druid keeps none of the rows (maxSavedParseExceptions 0): set it to 10 to see them in parseErrors',
    );
  const failing = !unlimited(limit) && (unparseable >= limit || context.latest.state === 'UNHEALTHY_TASKS');
  return {
    mode: 'parse-exceptions',
    severity: failing ? 'critical' : 'warning',
    title: 'unparseable rows',
    evidence,
    next: {
      short: 'fix the producer or the inputFormat',
      text: 'Fix what produces these rows, or the spec’s inputFormat / timestampSpec in git and deploy. A reset does not help: the rows stay in the topic and would be read again.',
    },
  };
};

function unparseableRows(stats: SupervisorStats): number {
  let rows = 0;
  for (const group of Object.values(stats))
    for (const task of Object.values(group)) {
      const totals = task.totals?.buildSegments as { unparseable?: unknown } | undefined;
      if (typeof totals?.unparseable === 'number') rows += totals.unparseable;
    }
  return rows;
}

function example(report: ParseErrorReport, clean: (text: string) => string): string {
  const input = typeof report.input === 'string' ? report.input : '';
  const shown = input.length > 100 ? `${input.slice(0, 99)}…` : input;
  const detail = report.details?.[0] ?? report.errorType ?? 'unparseable';
  return clean(`row ${JSON.stringify(shown)}: ${detail}`);
}

const stalledHandoff: Check = (context) => {
  const { latest, settings } = context;
  const completionSeconds = settings.completionTimeoutMs / 1000;
  const publishing = latest.publishingTasks.map((task) => ({
    id: task.id,
    seconds:
      typeof task.remainingSeconds === 'number' ? completionSeconds - task.remainingSeconds : undefined,
    overdue: task.remainingSeconds === 0,
  }));
  const slowAfter =
    settings.handoffConditionTimeoutMs > 0
      ? settings.handoffConditionTimeoutMs / 1000
      : completionSeconds / 2;
  const slow = publishing.filter((task) => task.overdue || (task.seconds ?? 0) > slowAfter);
  const retention = retentionBlocksHandoff(context);
  if (slow.length === 0) return undefined;
  const overdue = slow.some((task) => task.overdue);
  const evidence = [
    ...slow.map((task) =>
      task.overdue
        ? `${task.id}: past completionTimeout (${period(settings.completionTimeoutMs)}): Druid kills it and the reading tasks of its partitions, which read again from the last stored offsets`
        : `${task.id}: publishing for ${period((task.seconds ?? 0) * 1000)} (completionTimeout ${period(settings.completionTimeoutMs)})`,
    ),
    settings.handoffConditionTimeoutMs === 0
      ? 'handoffConditionTimeout is 0: a task waits for Historicals forever'
      : `a task waits up to handoffConditionTimeout (${period(settings.handoffConditionTimeoutMs)}) for Historicals to load its segments`,
    ...(retention ? [retention] : []),
  ];
  return {
    mode: 'stalled-handoff',
    severity: overdue ? 'critical' : 'warning',
    title: 'handoff stalled',
    evidence,
    next: {
      short: retention ? 'fix the retention rules' : 'check Historicals and the load queue',
      text: retention
        ? 'Fix the retention rules so that Historicals load the newest data; until then every handoff waits the full handoffConditionTimeout.'
        : 'Handoff waits for Historicals to load the published segments: check the Coordinator’s load queue, Historical disk space and capacity, and the retention rules. An early handoff does not help and a reset never does.',
    },
  };
};

/** The sentence saying the retention rules never load new segments, when they do not. */
function retentionBlocksHandoff(context: CheckContext): string | undefined {
  const retention = context.facts.retention;
  if (!retention?.ok) return undefined;
  const { loads, rule } = newestDataRule(retention.value.effective, context.now);
  if (loads !== false) return undefined;
  return rule
    ? `retention: the first rule matching new data is ${describeRules([rule])}, so Historicals never load the segments this supervisor publishes`
    : 'retention: no rule loads new data, so Historicals never load the segments this supervisor publishes';
}

const retentionRules: Check = (context) => {
  const retention = context.facts.retention;
  if (!retention?.ok) return undefined;
  const blocks = retentionBlocksHandoff(context);
  if (blocks && !stalledHandoff(context)) {
    return {
      mode: 'retention-drops-new-data',
      severity: 'warning',
      title: 'retention drops new data',
      evidence: [blocks, `rules: ${describeRules(retention.value.effective)}`],
      next: {
        short: 'add a load rule for recent data',
        text: 'Add a load rule that covers recent data (e.g. loadByPeriod P30D) above the drop rules; otherwise each handoff waits handoffConditionTimeout and the data disappears from queries once the task exits.',
      },
    };
  }
  if (retention.value.own.length > 0) return undefined;
  return {
    mode: 'no-retention-rules',
    severity: 'notice',
    title: 'no retention rules',
    evidence: [
      `the datasource has no rules of its own; the cluster default applies: ${describeRules(retention.value.effective)}`,
    ],
    next: {
      short: 'add retention rules',
      text: 'If the data should expire, add retention rules for this datasource (Druid console → Datasources → Retention).',
    },
  };
};

const compaction: Check = (context) => {
  const config = context.facts.compaction;
  if (!config?.ok) return undefined;
  const late = context.settings.lateMessageRejectionMs;
  if (config.value === null) {
    return {
      mode: 'no-auto-compaction',
      severity: 'notice',
      title: 'no auto-compaction',
      evidence: [
        'streaming writes at least one segment per task group and segment interval (more with intermediate handoffs), and nothing merges them: the segment count only grows (segment proliferation)',
      ],
      next: {
        short: 'add auto-compaction',
        text: `Add an auto-compaction config for this datasource with skipOffsetFromLatest of at least ${late === undefined ? 'the late-data window' : `lateMessageRejectionPeriod (${period(late)})`}.`,
      },
    };
  }
  const skip = compactionSkipMs(config.value);
  if (late === undefined || skip === undefined || skip >= late) return undefined;
  return {
    mode: 'compaction-overlaps-ingestion',
    severity: 'warning',
    title: 'compaction overlaps ingestion',
    evidence: [
      `auto-compaction skips only ${period(skip)} but late rows are accepted for ${period(late)} (lateMessageRejectionPeriod)`,
    ],
    next: {
      short: 'raise skipOffsetFromLatest',
      text: `Raise skipOffsetFromLatest to at least ${period(late)}: compaction and the reading tasks otherwise compete for the same intervals (lock conflicts, failed compaction tasks).`,
    },
  };
};

export const DATA_CHECKS: readonly Check[] = [parseExceptions, stalledHandoff, retentionRules, compaction];
