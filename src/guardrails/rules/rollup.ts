/** Rollup and metrics that cannot mean what the author wants. */
import { isPlainObject } from '../../common/json.js';
import { join } from '../../spec/pointer.js';
import { timestampSpecOf } from '../../validate/semantic.js';
import { quote } from '../../common/describe-value.js';
import { granularitySpecOf, rollupOf, section } from '../read.js';
import type { GuardrailRule, RuleHit } from '../guardrail.js';

export const rollupWithoutMetrics: GuardrailRule = {
  id: 'guardrail/rollup-without-metrics',
  title: 'Rollup without metrics',
  severity: 'warning',
  rationale:
    'With rollup (Druid\'s default when granularitySpec.rollup is absent), rows with the same dimension values and the same timestamp after queryGranularity truncation are stored as one row, and only metricsSpec says what is kept about the rows combined. With an empty metricsSpec nothing is: the number of events is lost, and COUNT(*) counts rolled-up rows, not events. Add {"type": "count", "name": "count"} and the sums you need, or set rollup to false.',
  parameters: {},
  example: { set: { '/spec/dataSchema/metricsSpec': [] } },
  check({ view }) {
    if (!view.dataSchema || !rollupOf(view)) return [];
    const metrics = view.dataSchema.metricsSpec;
    if (Array.isArray(metrics) && metrics.length > 0) return [];
    const { spec, pointer } = granularitySpecOf(view);
    const explicit = spec.rollup !== undefined;
    return [
      {
        pointer:
          metrics === undefined || metrics === null
            ? explicit
              ? join(pointer, 'rollup')
              : join(section(view, 'dataSchema'), 'metricsSpec')
            : join(section(view, 'dataSchema'), 'metricsSpec'),
        message: `Rollup is on${explicit ? '' : " (Druid's default)"} but metricsSpec is empty: rows with equal dimensions and truncated timestamp collapse into one and nothing counts them. Add {"type": "count", "name": "count"} (and the sums you need), or set rollup to false.`,
      },
    ];
  },
};

const SUMS = new Set(['longSum', 'doubleSum', 'floatSum']);
const ID_WORDS = new Set(['id', 'uuid', 'guid']);
const TIME_WORDS = new Set(['timestamp', 'unixtime', 'epoch']);
/** Cheap first test: only names ending in one of the words above can be one. */
const ENDS_LIKE_ONE = /(id|uuid|guid|timestamp|unixtime|epoch)$/i;

/** Words of a field name: "twitter.tweet_id" → twitter, tweet, id; "userId" → user, id. */
function words(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[\s._\-/]+/)
    .filter((word) => word !== '')
    .map((word) => word.toLowerCase());
}

export const meaninglessSum: GuardrailRule = {
  id: 'guardrail/meaningless-sum',
  title: 'Sum over a timestamp or an identifier',
  severity: 'warning',
  rationale:
    'A longSum/doubleSum/floatSum over the timestamp column, or over a field whose name ends in id, uuid or guid (or timestamp, unixtime, epoch), adds up numbers that are labels or instants: the result means nothing, and with rollup the original values are gone. doubleSum also loses precision on 64-bit ids. Seen in real specs: doubleSum over "_timestamp", "twitter.tweet_id" and "twitter.unixtime"; longSum over "Id". Keep identifiers as dimensions (or count them with a sketch), and use longMin/longMax for first/last-seen times.',
  parameters: {},
  example: {
    set: { '/spec/dataSchema/metricsSpec/1': { type: 'longSum', name: 'user_total', fieldName: 'user_id' } },
  },
  check({ view }) {
    const metrics = view.dataSchema?.metricsSpec;
    if (!Array.isArray(metrics)) return [];
    const timestampColumn = timestampSpecOf(view)?.spec.column ?? 'timestamp';
    const hits: RuleHit[] = [];
    metrics.forEach((metric, index) => {
      if (!isPlainObject(metric) || typeof metric.type !== 'string' || !SUMS.has(metric.type)) return;
      const field = metric.fieldName;
      if (typeof field !== 'string' || field === '') return;
      const last = ENDS_LIKE_ONE.test(field) ? (words(field).at(-1) ?? '') : '';
      const what =
        field === timestampColumn || field === '__time'
          ? 'the timestamp column'
          : ID_WORDS.has(last)
            ? 'an identifier'
            : TIME_WORDS.has(last)
              ? 'a timestamp'
              : undefined;
      if (!what) return;
      hits.push({
        pointer: join(section(view, 'dataSchema'), 'metricsSpec', index, 'fieldName'),
        message: `${metric.type} ${quote(String(metric.name ?? ''))} adds up ${quote(field)}, ${what}: the sum means nothing${metric.type === 'doubleSum' ? ' and loses precision' : ''}. Keep it as a dimension, or use longMin/longMax for first/last times.`,
      });
    });
    return hits;
  },
};
