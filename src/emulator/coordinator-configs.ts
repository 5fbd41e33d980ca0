import { canonicalDateTime } from '../spec/date-time.js';
import { parsePeriod } from '../spec/duration.js';
import { compactionConfig } from '../spec/model/compaction-config.js';
import { applyDefaults } from '../spec/model/defaults.js';
import { retentionRule } from '../spec/model/retention-rules.js';
import { druidException, errorJson, ReplyError } from './http.js';
import { readLikeJackson, unknownTypeId } from './jackson.js';
import { isObject, type Json, type JsonObject } from './json.js';

/**
 * Retention rules and compaction configs as the Coordinator reads and stores them (captured on
 * 33.0, test/fixtures/druid-real/coordinator-*.json, FINDINGS 36–37 and 42–47): the model's stored
 * form does the defaults; what stays here is Jackson's order and the exact 400s.
 */

const RULE = 'org.apache.druid.server.coordinator.rules.Rule';

/** The type ids the model knows, as Rule.java's @JsonSubTypes registers them. */
const RULE_TYPES = Object.keys(retentionRule.variants);

/** The Java class Jackson names in a rule's reference chain. */
const RULE_CLASS: Record<string, string> = {
  loadByPeriod: 'PeriodLoadRule',
  loadByInterval: 'IntervalLoadRule',
  loadForever: 'ForeverLoadRule',
  dropByPeriod: 'PeriodDropRule',
  dropBeforeByPeriod: 'PeriodDropBeforeRule',
  dropByInterval: 'IntervalDropRule',
  dropForever: 'ForeverDropRule',
  broadcastForever: 'ForeverBroadcastDistributionRule',
  broadcastByInterval: 'IntervalBroadcastDistributionRule',
  broadcastByPeriod: 'PeriodBroadcastDistributionRule',
};

/** A POSTed rule list as GET serves it back, or the 400 Druid answers. */
export function readRules(body: Json, version: string): JsonObject[] {
  if (!Array.isArray(body))
    throw errorJson(
      400,
      'Cannot deserialize value of type `java.util.ArrayList<org.apache.druid.server.coordinator.rules.Rule>` from Object value (token `JsonToken.START_OBJECT`)',
    );
  return body.map((rule, index) => readRule(rule, index, version));
}

function readRule(rule: Json, index: number, version: string): JsonObject {
  const type = isObject(rule) ? rule.type : undefined;
  if (type === undefined || type === null)
    throw errorJson(
      400,
      `Could not resolve subtype of [simple type, class ${RULE}]: missing type id property 'type'`,
    );
  if (typeof type !== 'string' || !Object.hasOwn(retentionRule.variants, type))
    throw errorJson(400, unknownTypeId(type, RULE, RULE_TYPES));
  const given = rule as JsonObject;
  const chain = (field: string): string =>
    `(through reference chain: java.util.ArrayList[${index}]->org.apache.druid.server.coordinator.rules.${RULE_CLASS[type]}["${field}"])`;
  if (typeof given.period === 'string' && !parsePeriod(given.period))
    throw errorJson(400, `Invalid format: ${JSON.stringify(given.period)} ${chain('period')}`);
  if (typeof given.interval === 'string' && !given.interval.includes('/'))
    throw errorJson(
      400,
      `Invalid interval[${given.interval}]: [Format requires a '/' separator: ${given.interval}] ${chain('interval')}`,
    );
  if (isObject(given.tieredReplicants))
    for (const [tier, replicas] of Object.entries(given.tieredReplicants))
      if (typeof replicas !== 'number' || replicas < 0)
        throw errorJson(
          400,
          `Cannot construct instance of \`org.apache.druid.server.coordinator.rules.${RULE_CLASS[type]}\`, problem: Invalid number of replicas for tier [${tier}]. Value [${String(replicas)}] must be positive.`,
        );
  const stored = applyDefaults(retentionRule, given, {
    druidVersion: version,
    form: 'stored',
  }) as JsonObject;
  // Jackson writes the fields, then the type id; intervals come back as UTC instants.
  const { type: _type, ...fields } = stored;
  if (typeof fields.interval === 'string') fields.interval = utcInterval(fields.interval);
  return { ...fields, type };
}

const utcInterval = (interval: string): string =>
  interval
    .split('/')
    .map((instant) => String(canonicalDateTime(instant)))
    .join('/');

const COMPACTION = 'org.apache.druid.server.coordinator.InlineSchemaDataSourceCompactionConfig';

/** A POSTed compaction config as GET serves it back, or the 400 Druid answers. */
export function readCompactionConfig(body: Json, version: string): JsonObject {
  if (!isObject(body) || typeof body.dataSource !== 'string' || body.dataSource === '')
    throw errorJson(400, `Cannot construct instance of \`${COMPACTION}\`, problem: dataSource`);
  const skip = body.skipOffsetFromLatest;
  if (skip !== undefined && skip !== null && !(typeof skip === 'string' && parsePeriod(skip)))
    throw errorJson(
      400,
      `Invalid format: ${JSON.stringify(skip)} (through reference chain: ${COMPACTION}["skipOffsetFromLatest"])`,
    );
  if (typeof body.engine === 'string' && body.engine.toLowerCase() === 'msq')
    throw new ReplyError(
      druidException(
        400,
        'invalidInput',
        'INVALID_INPUT',
        'MSQ engine is supported only with supervisor-based compaction on the Overlord.',
      ),
    );
  return applyDefaults(compactionConfig, body, {
    druidVersion: version,
    form: 'stored',
    reader: readLikeJackson,
  }) as JsonObject;
}
