/**
 * Retention rules: the ordered list the Coordinator keeps per datasource (`POST
 * /druid/coordinator/v1/rules/{dataSource}`, REFERENCE §6.1). Sources: server/.../coordinator/rules/
 * {Rule,LoadRule,ForeverLoadRule,IntervalLoadRule,PeriodLoadRule,ForeverDropRule,IntervalDropRule,
 * PeriodDropRule,PeriodDropBeforeRule,ForeverBroadcastDistributionRule,
 * IntervalBroadcastDistributionRule,PeriodBroadcastDistributionRule}.java, MetadataRuleManager.
 *
 * `Rule` has no `defaultImpl`: a missing or unknown "type" is a 400 listing the known ids (captured
 * on 33.0). GET writes each rule's fields, then the type id last (captured); load rules gain
 * `useDefaultTierForNull` and, when `tieredReplicants` was left out, `{"_default_tier": 2}`
 * (LoadRule.handleNullTieredReplicants).
 */
import { period, variant } from './scalars.js';
import {
  array,
  bool,
  field,
  int,
  map,
  str,
  type ArrayNode,
  type Field,
  type TypedNode,
} from './vocabulary.js';

const RULE_ID = 'rule';

/** Replicas per tier; a null or negative count is a 400 (LoadRule.validateTieredReplicants). */
const tieredReplicants = field(
  map('tieredReplicants', int({ minimum: 0 })),
  'Replicas per Historical tier, e.g. {"_default_tier": 2}. 0 replicas on every tier means the segments are not loaded (and not dropped). Left out: {"_default_tier": 2} while useDefaultTierForNull is true, else no tier.',
  { nullable: true },
);

const useDefaultTierForNull = field(
  bool,
  'What a missing tieredReplicants means: true, two replicas on _default_tier; false, no tier at all (segments stay unloaded).',
  { default: true },
);

const loadFields = (): Record<string, Field> => ({ tieredReplicants, useDefaultTierForNull });

const rulePeriod = (what: string): Field =>
  field(
    period(),
    `ISO-8601 period back from now that the rule covers (${what}). Years and months are calendar months, as Joda subtracts them. Druid stores it as written; left out, Joda reads a zero-length period.`,
    { nullable: true },
  );

const ruleInterval = field(
  str({ format: 'interval' }),
  'ISO-8601 interval start/end. Left out, Druid accepts the rule and the Coordinator fails on it at every run.',
  { nullable: true },
);

const includeFuture = (matches: string): Field =>
  field(bool, `Whether intervals that reach into the future match as well: ${matches}.`, { default: true });

/** `Rule`: the ten rule types of Druid 33 (`@JsonSubTypes` of Rule.java). */
export const retentionRule: TypedNode = {
  kind: 'typed',
  id: RULE_ID,
  unknownType: 'reject',
  variants: {
    loadByPeriod: variant(
      RULE_ID,
      'loadByPeriod',
      {
        period: rulePeriod('a segment matches when it ends after now minus the period'),
        includeFuture: includeFuture('false also requires the segment to start before now'),
        ...loadFields(),
      },
      { note: 'Loads segments of the recent past.' },
    ),
    loadByInterval: variant(
      RULE_ID,
      'loadByInterval',
      { interval: ruleInterval, ...loadFields() },
      { note: 'Loads segments that overlap the interval.' },
    ),
    loadForever: variant(RULE_ID, 'loadForever', loadFields(), { note: 'Loads every segment.' }),
    dropByPeriod: variant(
      RULE_ID,
      'dropByPeriod',
      {
        period: rulePeriod('a segment matches when it starts at or after now minus the period'),
        includeFuture: includeFuture('false also requires the segment to end by now'),
      },
      { note: 'Drops segments of the recent past.' },
    ),
    dropBeforeByPeriod: variant(
      RULE_ID,
      'dropBeforeByPeriod',
      { period: rulePeriod('a segment matches when it ends at or before now minus the period') },
      { note: 'Drops segments older than the period.' },
    ),
    dropByInterval: variant(
      RULE_ID,
      'dropByInterval',
      { interval: ruleInterval },
      { note: 'Drops segments inside the interval.' },
    ),
    dropForever: variant(RULE_ID, 'dropForever', {}, { note: 'Drops every segment that reaches it.' }),
    broadcastForever: variant(
      RULE_ID,
      'broadcastForever',
      {},
      { note: 'Loads every segment on every server (broadcast datasources, for joins).' },
    ),
    broadcastByInterval: variant(
      RULE_ID,
      'broadcastByInterval',
      { interval: ruleInterval },
      { note: 'Broadcasts segments that overlap the interval.' },
    ),
    broadcastByPeriod: variant(
      RULE_ID,
      'broadcastByPeriod',
      {
        period: rulePeriod('as loadByPeriod'),
        includeFuture: includeFuture('as loadByPeriod'),
      },
      { note: 'Broadcasts segments of the recent past.' },
    ),
  },
};

export const RETENTION_TITLE = 'Apache Druid retention rules of one datasource';

/** A retention file: the ordered rules, evaluated top-down (the first rule that matches wins). */
export const retentionRules: ArrayNode = array(retentionRule);

/** The rule types that drop what they match; the others load (or broadcast) it. */
export const DROP_RULE_TYPES: ReadonlySet<string> = new Set([
  'dropByPeriod',
  'dropBeforeByPeriod',
  'dropByInterval',
  'dropForever',
]);

/** The cluster's `_default` rules as Druid ships them (captured on 33.0: GET /rules/{ds}?full). */
export const SHIPPED_DEFAULT_RULES: readonly Record<string, unknown>[] = [
  { type: 'loadForever', tieredReplicants: { _default_tier: 2 }, useDefaultTierForNull: true },
];

/** The name under which the Coordinator keeps the cluster-wide rules (druid.manager.rules.defaultRule). */
export const DEFAULT_RULES_NAME = '_default';
