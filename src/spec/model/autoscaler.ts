/**
 * Task autoscaling and lag aggregation of the supervisor. Sources: indexing-service/.../
 * seekablestream/supervisor/autoscaler/{AutoScalerConfig,LagBasedAutoScalerConfig,
 * LagBasedAutoScaler}.java, seekablestream/supervisor/LagAggregator.java,
 * server/.../overlord/supervisor/autoscaler/{AggregateFunction,LagStats}.java and
 * extensions-core/testing-tools ClusterTestingModule.java.
 */
import { variant } from './scalars.js';
import { bool, field, int, long, num, str, type TypedNode } from './vocabulary.js';

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
  },
};

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
