/**
 * One word per supervisor for the first screen of the review, and the reasons behind it:
 * - blocked: an unsuppressed error finding, or a merge impact Druid refuses or that cannot work;
 * - breaking: the schema change breaks readers or producers (classifySchemaChange);
 * - needs-attention: an unsuppressed warning finding, or a merge impact to check;
 * - safe: nothing of the above (notices, compatible schema changes and informational impacts).
 * Suppressed findings never count: configuration or an inline comment accepted them.
 */
import { counts, type Finding } from '../common/finding.js';
import type { Impact } from './impact.js';
import type { SchemaCompatibility } from './schema-compat.js';

export type Verdict = 'safe' | 'needs-attention' | 'breaking' | 'blocked';

interface VerdictReason {
  /** The verdict this reason alone would give. */
  verdict: Exclude<Verdict, 'safe'>;
  source: 'finding' | 'schema' | 'impact';
  /** `druid/type: …`, the schema item's message, the impact's message. */
  text: string;
}

export interface SupervisorVerdict {
  verdict: Verdict;
  /** Every reason that lifts the verdict above safe, most severe first. */
  reasons: VerdictReason[];
}

export interface VerdictInput {
  findings: readonly Finding[];
  schema: SchemaCompatibility;
  impacts: readonly Impact[];
}

/** The verdicts, most severe first: the order of reasons and of the review's sections. */
export const VERDICT_ORDER: readonly Verdict[] = ['blocked', 'breaking', 'needs-attention', 'safe'];

export function supervisorVerdict({ findings, schema, impacts }: VerdictInput): SupervisorVerdict {
  const reasons: VerdictReason[] = [
    ...findings
      .filter((finding) => counts(finding, 'error'))
      .map((finding) => reason('blocked', 'finding', `${finding.rule}: ${finding.message}`)),
    ...impacts
      .filter((impact) => impact.severity === 'blocking')
      .map((impact) => reason('blocked', 'impact', impact.message)),
    ...schema.items
      .filter((item) => item.severity === 'breaking')
      .map((item) => reason('breaking', 'schema', item.message)),
    ...findings
      .filter((finding) => counts(finding, 'warning'))
      .map((finding) => reason('needs-attention', 'finding', `${finding.rule}: ${finding.message}`)),
    ...impacts
      .filter((impact) => impact.severity === 'warning')
      .map((impact) => reason('needs-attention', 'impact', impact.message)),
  ];
  const verdict = VERDICT_ORDER.find((level) => reasons.some((item) => item.verdict === level)) ?? 'safe';
  return { verdict, reasons };
}

function reason(
  verdict: VerdictReason['verdict'],
  source: VerdictReason['source'],
  text: string,
): VerdictReason {
  return { verdict, source, text };
}
