/**
 * Cross-field rules that newer Druid releases enforce in their constructors (so a 400), or whose
 * meaning changed with a release. Each cites the Druid source it follows (docs/druid-fidelity.md,
 * "Druid 36–39"); each runs only on the releases that have the behaviour.
 */
import type { Finding } from '../common/finding.js';
import { isPlainObject } from '../common/json.js';
import { quote } from '../common/describe-value.js';
import type { SupervisorView } from '../spec/layout.js';
import { atLeast } from '../spec/model/version.js';
import { join } from '../spec/pointer.js';

interface ReleaseContext {
  view: SupervisorView;
  druidVersion: string;
  releaseAssumed?: boolean;
}

type Rule = (context: ReleaseContext) => Finding[];

/**
 * DataSchema (37.0.0+, #19173): a parser is refused, and timestampSpec must not be null. When nobody
 * named the release (no druidVersion, no cluster asked), the rules' newest release is only an
 * assumption: a spec written for an older cluster, where the parser still works, is warned, not
 * failed, and told how to say which release it is for.
 */
function parserRemoved({ view, druidVersion, releaseAssumed }: ReleaseContext): Finding[] {
  if (!atLeast(druidVersion, '37.0.0') || !view.dataSchema) return [];
  const findings: Finding[] = [];
  const base = join(view.sectionsPointer, 'dataSchema');
  const severity = releaseAssumed ? 'warning' : 'error';
  const who = releaseAssumed ? 'Druid 37.0.0 and later' : `Druid ${druidVersion}`;
  const assumption = releaseAssumed
    ? ` .druid-gitops.yml does not set druidVersion, so the rules assume ${druidVersion}; set it to your cluster's release (before 37.0.0 the parser is deprecated but still read).`
    : '';
  const parser = view.dataSchema.parser;
  if (parser !== undefined && parser !== null) {
    findings.push({
      rule: 'druid/legacy-parser',
      severity,
      pointer: join(base, 'parser'),
      message: `${who} refuse${releaseAssumed ? '' : 's'} a spec with a "parser" (400: "parser was removed in Druid 37, define the timestampSpec and dimensionsSpec on the schema directly"). Move parseSpec.timestampSpec and parseSpec.dimensionsSpec to dataSchema, set ioConfig.inputFormat, then delete "parser".${assumption}`,
    });
  }
  if (!isPlainObject(view.dataSchema.timestampSpec)) {
    findings.push({
      rule: 'druid/required',
      severity,
      pointer: join(base, 'timestampSpec'),
      message: `${who} need${releaseAssumed ? '' : 's'} dataSchema.timestampSpec in every spec; ${releaseAssumed ? 'they answer' : 'it answers'} 400 ("timestampSpec must not be null") without one.${assumption}`,
    });
  }
  return findings;
}

/** SeekableStreamSupervisorIOConfig (37.0.0+, #19040): priorities are integers, replicas their sum. */
function serverPriorityToReplicas({ view, druidVersion }: ReleaseContext): Finding[] {
  const io = view.ioConfig;
  const priorities = io?.serverPriorityToReplicas;
  if (!atLeast(druidVersion, '37.0.0') || !isPlainObject(priorities)) return [];
  const pointer = join(view.sectionsPointer, 'ioConfig', 'serverPriorityToReplicas');
  const findings: Finding[] = [];
  for (const key of Object.keys(priorities)) {
    if (/^\s*-?\d+\s*$/.test(key)) continue;
    findings.push({
      rule: 'druid/type',
      severity: 'error',
      pointer: join(pointer, key),
      message: `serverPriorityToReplicas is keyed by server priority, an integer; Druid cannot read ${quote(key)} as one and answers 400.`,
    });
  }
  const counts = Object.values(priorities);
  if (findings.length > 0 || !counts.every((count) => typeof count === 'number')) return findings;
  const sum = (counts as number[]).reduce((total, count) => total + count, 0);
  const replicas = io?.replicas;
  if (typeof replicas === 'number' && replicas !== sum)
    findings.push({
      rule: 'druid/range',
      severity: 'error',
      pointer: join(view.sectionsPointer, 'ioConfig', 'replicas'),
      message: `replicas is ${replicas}, but serverPriorityToReplicas adds up to ${sum}; Druid answers 400 ("Configured replicas[${replicas}] does not match the sum …"). Remove replicas: Druid sets it to the sum.`,
    });
  return findings;
}

/** BoundedStreamConfig (38.0.0+, #19372): both offset maps, not empty, over the same partitions. */
function boundedStream({ view, druidVersion }: ReleaseContext): Finding[] {
  const bounded = view.ioConfig?.boundedStreamConfig;
  if (!atLeast(druidVersion, '38.0.0') || !isPlainObject(bounded)) return [];
  const pointer = join(view.sectionsPointer, 'ioConfig', 'boundedStreamConfig');
  const { startSequenceNumbers: start, endSequenceNumbers: end } = bounded;
  if (!isPlainObject(start) || !isPlainObject(end)) return []; // the schema says what is missing
  const empty = Object.keys(start).length === 0 || Object.keys(end).length === 0;
  const same =
    Object.keys(start).length === Object.keys(end).length && Object.keys(start).every((key) => key in end);
  if (!empty && same) return [];
  return [
    {
      rule: 'druid/schema',
      severity: 'error',
      pointer,
      message: empty
        ? 'boundedStreamConfig needs offsets in both startSequenceNumbers and endSequenceNumbers; Druid answers 400 ("cannot be null or empty").'
        : 'startSequenceNumbers and endSequenceNumbers must name the same partitions; Druid answers 400 ("must have matching partition sets").',
    },
  ];
}

/** DataSchema (38.0.0+, #19579): a baseTable replaces the top-level schema fields. */
function baseTable({ view, druidVersion }: ReleaseContext): Finding[] {
  const dataSchema = view.dataSchema;
  if (!atLeast(druidVersion, '38.0.0') || !dataSchema) return [];
  const base = join(view.sectionsPointer, 'dataSchema');
  const has = (key: string): boolean => dataSchema[key] !== undefined && dataSchema[key] !== null;
  if (!has('baseTable')) {
    return has('segmentGranularitySpec')
      ? [
          {
            rule: 'druid/schema',
            severity: 'error',
            pointer: join(base, 'segmentGranularitySpec'),
            message:
              'segmentGranularitySpec is only read beside baseTable; Druid answers 400. Use granularitySpec instead.',
          },
        ]
      : [];
  }
  return ['dimensionsSpec', 'metricsSpec', 'granularitySpec'].filter(has).map((key) => ({
    rule: 'druid/schema',
    severity: 'error',
    pointer: join(base, key),
    message: `With baseTable set, ${quote(key)} belongs inside the base table (segmentGranularitySpec for the granularity); Druid answers 400.`,
  }));
}

/**
 * While the autoscaler is enabled, the running task count is the autoscaler's: Druid rewrites
 * ioConfig.taskCount on every scale action. druid-gitops neither compares nor reverts it; before
 * 38.0.0 it does not deploy a change of it either (Druid could only apply one by restarting).
 */
function autoscaledTaskCount({ view, druidVersion }: ReleaseContext): Finding[] {
  const io = view.ioConfig;
  const scaler = io?.autoScalerConfig;
  if (!io || io.taskCount === undefined || !isPlainObject(scaler) || scaler.enableTaskAutoScaler !== true)
    return [];
  const message = atLeast(druidVersion, '38.0.0')
    ? `The autoscaler owns the running task count: Druid ${druidVersion} stores a changed taskCount without restarting anything and keeps running the autoscaler's count. To choose the count the supervisor starts with, set autoScalerConfig.taskCountStart.`
    : `The autoscaler owns the task count: Druid ${druidVersion} rewrites it on every scale action${atLeast(druidVersion, '37.0.0') ? '' : ' and ignores this value'}, so druid-gitops neither compares nor deploys it. To choose the count the supervisor starts with, set autoScalerConfig.taskCountStart.`;
  return [
    {
      rule: 'druid/autoscaled-task-count',
      severity: 'notice',
      pointer: join(view.sectionsPointer, 'ioConfig', 'taskCount'),
      message,
    },
  ];
}

export const RELEASE_RULES: readonly Rule[] = [
  parserRemoved,
  serverPriorityToReplicas,
  boundedStream,
  baseTable,
  autoscaledTaskCount,
];
