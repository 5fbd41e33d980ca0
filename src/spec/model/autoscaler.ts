/**
 * Task autoscaling and lag aggregation of the supervisor. Sources: indexing-service/.../
 * seekablestream/supervisor/autoscaler/{AutoScalerConfig,LagBasedAutoScalerConfig,
 * LagBasedAutoScaler,CostBasedAutoScalerConfig}.java, seekablestream/supervisor/LagAggregator.java,
 * server/.../overlord/supervisor/autoscaler/{AggregateFunction,LagStats}.java and
 * extensions-core/testing-tools ClusterTestingModule.java. The 36–39 fields were read at each
 * release's branch cut (docs/druid-fidelity.md, "Druid 36–39").
 */
import { duration, variant } from './scalars.js';
import { bool, field, int, long, num, str, type Field, type TypedNode } from './vocabulary.js';

const AUTOSCALER_ID = 'ioConfig.autoScalerConfig';
const millis = (what: string, value: number): ReturnType<typeof field> =>
  field(long({ unit: 'milliseconds' }), `${what} (milliseconds).`, { default: value });

/**
 * `AutoScalerConfig`: discriminated by "autoScalerStrategy" with `defaultImpl =
 * LagBasedAutoScalerConfig`, so a missing or unknown strategy silently means lagBased. The class
 * has @JsonInclude(NON_NULL): unset nullable fields are omitted from GET.
 */
export const autoScalerConfig: TypedNode = {
  kind: 'typed',
  id: AUTOSCALER_ID,
  tag: 'autoScalerStrategy',
  defaultVariant: 'lagBased',
  unknownType: 'replace',
  variants: {
    lagBased: variant(
      AUTOSCALER_ID,
      'lagBased',
      {
        enableTaskAutoScaler: field(
          bool,
          'Whether the autoscaler runs. When false no other setting is checked or used.',
          { default: false },
        ),
        taskCountMax: field(
          int(),
          'Most tasks the autoscaler may run; required (and ≥ taskCountMin) when enabled, or the POST fails. Written as 0 when disabled and unset.',
        ),
        taskCountMin: field(
          int(),
          'Fewest tasks; required when enabled. Also the initial task count unless taskCountStart is set; ioConfig.taskCount is then ignored.',
        ),
        taskCountStart: field(
          int(),
          'Task count when the supervisor starts; must lie within [taskCountMin, taskCountMax]. Omitted from GET when unset.',
          { nullable: true, since: '34.0.0' },
        ),
        minTriggerScaleActionFrequencyMillis: millis('Least time between two scale actions', 600000),
        minScaleUpDelay: field(
          duration(),
          'Least time after a scale action before the next scale-up (38.0.0+, #19286). Unset means minTriggerScaleActionFrequencyMillis; Druid always writes it, in seconds.',
          { nullable: true, since: '38.0.0' },
        ),
        minScaleDownDelay: field(
          duration(),
          'Least time after a scale action before the next scale-down (38.0.0+, #19286). Unset means minTriggerScaleActionFrequencyMillis; Druid always writes it, in seconds.',
          { nullable: true, since: '38.0.0' },
        ),
        lagCollectionIntervalMillis: millis('How often lag is sampled', 30000),
        lagCollectionRangeMillis: millis('Window of lag samples a decision looks at', 600000),
        scaleActionStartDelayMillis: millis('Delay before the first scale decision', 300000),
        scaleActionPeriodMillis: millis('How often a scale decision is made', 60000),
        scaleOutThreshold: field(long(), 'Lag (records) above which a sample counts toward scaling out.', {
          default: 6000000,
        }),
        scaleInThreshold: field(long(), 'Lag (records) below which a sample counts toward scaling in.', {
          default: 1000000,
        }),
        triggerScaleOutFractionThreshold: field(
          num({ minimum: 0, maximum: 1 }),
          'Fraction of samples above scaleOutThreshold that triggers a scale-out.',
          { default: 0.3 },
        ),
        triggerScaleInFractionThreshold: field(
          num({ minimum: 0, maximum: 1 }),
          'Fraction of samples below scaleInThreshold that triggers a scale-in.',
          { default: 0.9 },
        ),
        scaleInStep: field(int(), 'Tasks removed per scale-in.', { default: 1 }),
        scaleOutStep: field(int(), 'Tasks added per scale-out.', { default: 2 }),
        lagAggregate: field(
          str({ enum: ['MAX', 'SUM', 'AVERAGE'] }),
          'Which partition-lag aggregate is compared with the thresholds; absent means the supervisor default (SUM for Kafka). Upper-case only. Omitted from GET when unset.',
          { nullable: true, since: '31.0.0' },
        ),
        stopTaskCountRatio: field(
          num({ minimum: 0, maximum: 1 }),
          'Share of running tasks that may be stopping at once during a roll-over, 0 < ratio ≤ 1 (overrides ioConfig.stopTaskCount). Omitted from GET when unset.',
          { nullable: true, since: '35.0.0' },
        ),
      },
      { tag: 'autoScalerStrategy', note: 'Scales the task count on Kafka lag; the default strategy.' },
    ),
    costBased: variant(AUTOSCALER_ID, 'costBased', costBasedFields(), {
      tag: 'autoScalerStrategy',
      note: 'Experimental (36.0.0+, #18819): scales on a cost of lag and idle time. Older releases silently read it as lagBased.',
    }),
  },
  variantAvailability: { costBased: { since: '36.0.0' } },
};

/**
 * `CostBasedAutoScalerConfig` (@JsonInclude(NON_NULL)), field by field as each release's
 * constructor reads it, in its creator's order (GET's order). 37 removed defaultProcessingRate
 * (#19028); 38 removed minTriggerScaleActionFrequencyMillis (#19641), highLagThreshold and
 * useTaskCountBoundaries (#19378) and changed the weights to 0.4/0.6; 39 changed
 * scaleActionPeriodMillis and minScaleUpDelay (#19655).
 */
function costBasedFields(): Record<string, Field> {
  return {
    taskCountMax: field(
      int(),
      'Most tasks the autoscaler may run; required (and ≥ taskCountMin) when enabled. Written as 0 when disabled and unset.',
    ),
    taskCountMin: field(
      int(),
      'Fewest tasks; required when enabled. Also the initial task count unless taskCountStart is set.',
    ),
    enableTaskAutoScaler: field(bool, 'Whether the autoscaler runs.', { default: false }),
    taskCountStart: field(
      int(),
      'Task count when the supervisor starts; within [taskCountMin, taskCountMax]. Omitted from GET when unset.',
      { nullable: true },
    ),
    minTriggerScaleActionFrequencyMillis: field(
      long({ unit: 'milliseconds' }),
      'Least time between two scale actions (milliseconds). Removed in 38.0.0 (#19641): use minScaleUpDelay and minScaleDownDelay.',
      {
        default: 1200000,
        defaultChanges: [{ since: '37.0.0', value: 300000 }],
        since: '36.0.0',
        removedIn: '38.0.0',
      },
    ),
    stopTaskCountRatio: field(
      num({ minimum: 0, maximum: 1 }),
      'Share of running tasks that may be stopping at once during a roll-over, 0 < ratio ≤ 1. Omitted from GET when unset.',
      { nullable: true },
    ),
    scaleActionPeriodMillis: field(
      long({ unit: 'milliseconds' }),
      'How often a scale decision is made (milliseconds).',
      {
        default: 900000,
        defaultChanges: [
          { since: '37.0.0', value: 600000 },
          { since: '39.0.0', value: 120000 },
        ],
      },
    ),
    lagWeight: field(num({ minimum: 0 }), 'Weight of lag in the cost; ≥ 0.', {
      default: 0.25,
      defaultChanges: [{ since: '38.0.0', value: 0.4 }],
    }),
    idleWeight: field(num({ minimum: 0 }), 'Weight of idle time in the cost; ≥ 0.', {
      default: 0.75,
      defaultChanges: [{ since: '38.0.0', value: 0.6 }],
    }),
    defaultProcessingRate: field(
      num({ exclusiveMinimum: 0 }),
      'Records per second one task is assumed to read (> 0). Removed in 37.0.0 (#19028).',
      { default: 1000.0, since: '36.0.0', removedIn: '37.0.0' },
    ),
    optimalTaskIdleRatio: field(
      num({ exclusiveMinimum: 0, exclusiveMaximum: 1 }),
      'The idle share of a task the cost aims at; 0 < ratio < 1 (38.0.0+, #19646).',
      { default: 0.25, since: '38.0.0' },
    ),
    useTaskCountBoundaries: field(
      bool,
      'Whether scaling stays within fixed task-count steps. Replaced in 38.0.0 by the ScaleUp/ScaleDown pair.',
      { default: false, since: '37.0.0', removedIn: '38.0.0' },
    ),
    useTaskCountBoundariesOnScaleUp: field(bool, 'Whether scale-ups stay within fixed task-count steps.', {
      default: false,
      since: '38.0.0',
    }),
    useTaskCountBoundariesOnScaleDown: field(
      bool,
      'Whether scale-downs stay within fixed task-count steps.',
      { default: true, since: '38.0.0' },
    ),
    highLagThreshold: field(long(), 'Lag above which the autoscaler scales up at once; -1 is off.', {
      default: -1,
      since: '37.0.0',
      removedIn: '38.0.0',
    }),
    minScaleUpDelay: field(duration(), 'Least time after a scale action before the next scale-up.', {
      default: 'PT600S',
      defaultChanges: [{ since: '39.0.0', value: 'PT900S' }],
      since: '38.0.0',
    }),
    minScaleDownDelay: field(
      duration(),
      'Least time after a scale action before the next scale-down; ≥ 0. Written in seconds (PT30M comes back as PT1800S).',
      { default: 'PT1800S', since: '37.0.0' },
    ),
    scaleDownDuringTaskRolloverOnly: field(
      bool,
      'Whether the autoscaler scales down only when tasks roll over (#18958).',
      { default: false, since: '37.0.0' },
    ),
    usePollIdleRatio: field(bool, 'Whether idle time is measured from the poll idle ratio (#19622).', {
      default: true,
      since: '38.0.0',
    }),
    criticalLagThreshold: field(
      long({ exclusiveMinimum: 0 }),
      'Lag above which the high-lag cost factor applies; > 0, unset is off (39.0.0+, #19655). Omitted from GET when unset.',
      { nullable: true, since: '39.0.0' },
    ),
    minCostDropPercentForScaling: field(
      int({ minimum: 0, maximum: 100 }),
      'Least cost improvement, in percent (0–100), that justifies a scale action (#19697).',
      { default: 0, since: '38.0.0' },
    ),
    highLagCostFactor: field(num({ minimum: 0 }), 'Cost multiplier above criticalLagThreshold; ≥ 0.', {
      default: 6.0,
      since: '39.0.0',
    }),
  };
}

const LAG_AGGREGATOR_ID = 'ioConfig.lagAggregator';

/** `LagAggregator`: how per-partition lags are summarised for metrics and autoscaling (34.0.0+). */
export const lagAggregator: TypedNode = {
  kind: 'typed',
  id: LAG_AGGREGATOR_ID,
  unknownType: 'extension',
  extensionTypes: { faulty: 'druid-testing-tools (fault injection for tests; never in production)' },
  variants: {
    default: variant(
      LAG_AGGREGATOR_ID,
      'default',
      {},
      { note: 'Max, total and average of the partition lags.' },
    ),
  },
};
