/**
 * Cross-checks between a supervisor and its datasource's retention and compaction files (the
 * Coordinator's side of a streaming datasource): both exist, compaction keeps the supervisor's
 * granularity and rollup meaningful, and retention does not drop what the supervisor would
 * re-read. They run only when the repository keeps such files (context.segments); findings sit on
 * the supervisor's fields and name the file they compare with.
 */
import { millisToReadablePeriod } from '../../spec/duration.js';
import { SHIPPED_DEFAULT_RULES } from '../../spec/model/retention-rules.js';
import { isPlainObject } from '../../common/json.js';
import { join } from '../../spec/pointer.js';
import { keepsSegment } from '../../spec/retention-match.js';
import { readGranularity } from '../granularity.js';
import { durationParameter, granularitySpecOf, readBoolean, rollupOf, section } from '../read.js';
import type { GuardrailRule, RuleHit } from '../guardrail.js';
import type { SupervisorView } from '../../spec/layout.js';

const HOUR = 3_600_000;

function dataSourcePointer(view: SupervisorView): string {
  return join(section(view, 'dataSchema'), 'dataSource');
}

const missing = (kind: 'retention' | 'compaction', why: string): GuardrailRule => ({
  id: `guardrail/${kind}-missing`,
  title: `Streaming datasource without ${kind === 'retention' ? 'retention rules' : 'auto-compaction'} in git`,
  severity: 'warning',
  rationale: `${why} The repository keeps retention and compaction files (docs/segments.md), but none names this supervisor's datasource, so the Coordinator's setting for it is whatever someone last clicked in the console, unreviewed. Add ${kind}/<datasource>.yaml, or waive the rule for the supervisor with a suppression and its reason in .druid-gitops.yml (or an inline # druid-gitops-ignore comment on the dataSource line).`,
  parameters: {},
  example: { set: {}, segments: { [kind]: null } },
  check(spec, context) {
    if (!context.segments || context.segments[kind] !== null) return [];
    const dataSource = spec.view.dataSchema?.dataSource;
    return [
      {
        pointer: dataSourcePointer(spec.view),
        message: `No ${kind} file for the datasource ${JSON.stringify(dataSource)}: add ${kind}/${String(dataSource)}.yaml, or waive ${kind === 'retention' ? 'retention' : 'compaction'} for this supervisor with a suppression and its reason.`,
      },
    ];
  },
});

export const retentionMissing = missing(
  'retention',
  'Without rules of its own a datasource follows the cluster-wide _default rules (loadForever as Druid ships them): every segment a stream ever wrote stays on the Historicals.',
);

export const compactionMissing = missing(
  'compaction',
  'Streaming writes many small segments (one set per task and segment interval, more with late data); without auto-compaction they are never merged, and query fan-out and metadata grow with them.',
);

export const compactionGranularity: GuardrailRule = {
  id: 'guardrail/compaction-vs-ingestion',
  title: "Compaction's granularity or rollup fights the supervisor's",
  severity: 'warning',
  rationale:
    "Compaction rewrites the segments the supervisor wrote, with the granularitySpec of the compaction config. A coarser segmentGranularity is the usual point of compaction, and a coarser queryGranularity is a deliberate downsampling. But a queryGranularity finer than ingestion's cannot bring back the detail ingestion truncated; a segmentGranularity finer than ingestion's splits segments instead of merging them; and rollup true on a datasource ingested without rollup merges rows that ingestion kept apart, changing what queries count, for good. Align the compaction config with the supervisor's granularitySpec, or change both on purpose.",
  parameters: {},
  example: { set: {}, segments: { compaction: { granularitySpec: { queryGranularity: 'SECOND' } } } },
  check(spec, context) {
    const file = context.segments?.compaction;
    const compaction = file && isPlainObject(file.value) ? file.value.granularitySpec : undefined;
    if (!file || !isPlainObject(compaction)) return [];
    const holder = granularitySpecOf(spec.view);
    const ingestion = holder.spec;
    if (typeof ingestion.type === 'string' && ingestion.type !== 'uniform') return [];
    const hits: RuleHit[] = [];
    const compare = (
      key: 'segmentGranularity' | 'queryGranularity',
      fallback: string,
      harm: string,
    ): void => {
      const mine = readGranularity(ingestion[key] ?? fallback);
      const theirs = readGranularity(compaction[key]);
      if (!mine || !theirs || theirs.millis >= mine.millis) return;
      hits.push({
        pointer: join(holder.pointer, key),
        message: `${file.path} compacts with ${key} ${theirs.name}, finer than the ${mine.name} this supervisor ingests with: ${harm}`,
      });
    };
    compare(
      'segmentGranularity',
      'DAY',
      'compaction would split segments instead of merging them. Use the same or a coarser granularity.',
    );
    compare(
      'queryGranularity',
      'NONE',
      'the detail ingestion truncated cannot come back, so the setting only misleads. Use the same or a coarser one.',
    );
    if (readBoolean(compaction.rollup) === true && !rollupOf(spec.view)) {
      hits.push({
        pointer: holder.pointer,
        message: `${file.path} compacts with rollup true, but this supervisor ingests without rollup: compaction would merge rows that ingestion kept apart, changing query results for good. Drop rollup from the compaction config, or turn rollup on in ingestion as well.`,
      });
    }
    return hits;
  },
};

export const retentionVsEarliestOffset: GuardrailRule = {
  id: 'guardrail/retention-vs-earliest-offset',
  title: 'useEarliestOffset re-reads data the retention rules drop',
  severity: 'notice',
  rationale:
    "useEarliestOffset true makes a supervisor without stored offsets (a new one, or after a reset) start at the earliest record Kafka still keeps. When the datasource's retention rules drop data younger than the topic's retention, those old rows are ingested again, published as segments, and then dropped by the Coordinator: ingestion work and deep storage for nothing, and the rows answer queries until the drop. The topic's retention is not known here; the kafkaRetention parameter says what to assume (Kafka's default log.retention.hours is 168, P7D). Either accept it, start from the latest offset, or keep data as long as the topic does.",
  parameters: {
    kafkaRetention: {
      type: 'duration',
      default: 'P7D',
      description: "How far back the topic keeps records (Kafka's retention.ms of the topic).",
    },
  },
  example: {
    set: { '/spec/ioConfig/useEarliestOffset': true },
    segments: { retention: [{ type: 'loadByPeriod', period: 'P1D' }, { type: 'dropForever' }] },
  },
  check(spec, context) {
    const file = context.segments?.retention;
    if (!file || !Array.isArray(file.value)) return [];
    const earliest = readBoolean(spec.view.ioConfig?.useEarliestOffset);
    if (earliest !== true) return [];
    const kafkaRetention = durationParameter(context.parameters, 'kafkaRetention');
    // Reference instant fixed to an hour boundary so a period rule's edge falls between samples.
    const now = Math.floor(Date.now() / HOUR) * HOUR;
    const rules = file.value;
    for (let age = HOUR; age <= kafkaRetention; age += HOUR) {
      const kept = keepsSegment(
        rules,
        SHIPPED_DEFAULT_RULES,
        { start: now - age, end: now - age + HOUR },
        now,
      );
      if (kept !== false) continue;
      return [
        {
          pointer: join(section(spec.view, 'ioConfig'), 'useEarliestOffset'),
          message: `useEarliestOffset true re-reads the topic from its earliest record when this supervisor has no stored offsets (new, or after a reset), up to ${millisToReadablePeriod(kafkaRetention)} back (kafkaRetention), but ${file.path} drops data older than about ${millisToReadablePeriod(age - HOUR)}: those rows would be ingested and then dropped.`,
        },
      ];
    }
    return [];
  },
};

/** The rules that compare a supervisor with its datasource's files (late-data reads the compaction file too). */
export const DATASOURCE_RULE_IDS: ReadonlySet<string> = new Set([
  'guardrail/retention-missing',
  'guardrail/compaction-missing',
  'guardrail/compaction-vs-ingestion',
  'guardrail/retention-vs-earliest-offset',
  'guardrail/late-data-vs-compaction',
]);
