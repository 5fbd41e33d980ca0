/**
 * The dry-run line of each retention change in a review: the datasource's used segments and the
 * rules in force, read from the cluster (GETs only: the client is read-only), compared with the
 * rules of the pull request. Without a cluster the line says what could not be checked.
 */
import { describeRetentionImpact, retentionImpact, usedSegments } from '../diff/retention-impact.js';
import type { SegmentPlan } from '../diff/segment-plan.js';
import type { OverlordClient } from '../druid/overlord-client.js';
import { DEFAULT_RULES_NAME, SHIPPED_DEFAULT_RULES } from '../spec/model/retention-rules.js';

export async function withRetentionImpacts(
  plans: readonly SegmentPlan[],
  proposed: (plan: SegmentPlan) => unknown[] | undefined,
  client: OverlordClient | undefined,
  now: number,
): Promise<SegmentPlan[]> {
  return Promise.all(
    plans.map(async (plan) => {
      if (plan.kind !== 'retention' || (plan.action !== 'create' && plan.action !== 'update')) return plan;
      const rules = proposed(plan);
      if (!rules) return plan;
      if (!client)
        return {
          ...plan,
          impact:
            'Dry run not possible: no cluster was given, so which segments these rules would drop is not known.',
        };
      return { ...plan, impact: await impactLine(plan.dataSource, rules, client, now) };
    }),
  );
}

async function impactLine(
  dataSource: string,
  rules: readonly unknown[],
  client: OverlordClient,
  now: number,
): Promise<string> {
  try {
    const [metadata, current, defaults] = await Promise.all([
      client.getDatasourceMetadata(dataSource),
      client.getRetentionRules(dataSource),
      client.getRetentionRules(DEFAULT_RULES_NAME).catch(() => [...SHIPPED_DEFAULT_RULES]),
    ]);
    if (!metadata || metadata.segments.length === 0)
      return 'Dry run: the datasource has no used segments on the cluster, so nothing would be dropped now.';
    const against =
      current.length > 0 ? 'the rules in force' : "the cluster's _default rules (the datasource has none)";
    const impact = retentionImpact(
      current,
      rules,
      defaults.length > 0 ? defaults : SHIPPED_DEFAULT_RULES,
      usedSegments(metadata.segments),
      now,
    );
    return describeRetentionImpact(impact, against);
  } catch (error) {
    return `Dry run not possible: the cluster's segments or rules could not be read (${(error as Error).message}).`;
  }
}
