/**
 * The diagnosis of one supervisor: a pure function over what the recover flow read (status samples,
 * stored spec, parse errors, stats, history, retention rules, compaction config). Each check maps
 * what Druid reports to a failure mode operators meet and ends with the next step; the most severe
 * problem's step is the recommendation. Text from Druid and specs is redacted here, once.
 */
import { plural } from '../common/plural.js';
import { collectSecrets, redactText } from '../common/redact.js';
import { count, type CheckContext } from './check-context.js';
import { DATA_CHECKS } from './data-checks.js';
import { describeRules } from './datasource.js';
import { describeHistory } from './history.js';
import { knownLag, lagTrend } from './lag.js';
import { specSettings } from '../spec/spec-settings.js';
import { INGESTION_CHECKS } from './ingestion-checks.js';
import { STREAM_CHECKS } from './stream-checks.js';
import type { Diagnosis, DiagnosisSeverity, Problem, SupervisorFacts } from './diagnosis.js';

const RANK: Record<DiagnosisSeverity, number> = { critical: 0, warning: 1, notice: 2, ok: 3 };

export function diagnoseSupervisor(facts: SupervisorFacts): Diagnosis {
  const latest = facts.samples.at(-1);
  const secrets = collectSecrets(facts.spec ?? {});
  const clean = (text: string): string => redactText(text, secrets);
  const trend = lagTrend(facts.samples);
  if (!latest) {
    return {
      id: facts.id,
      severity: 'critical',
      summary: 'status unreadable',
      problems: [],
      next: {
        short: 'check the Overlord',
        text: 'Druid did not answer the status request; check that the Overlord is up and the credentials may read this supervisor.',
      },
      lag: trend,
      notes: [],
    };
  }
  const context: CheckContext = {
    facts,
    latest: latest.payload,
    settings: specSettings(facts.spec),
    trend,
    now: latest.at,
    suspended: facts.spec?.suspended === true || latest.payload.suspended,
    clean,
  };
  const problems = [...STREAM_CHECKS, ...INGESTION_CHECKS, ...DATA_CHECKS]
    .map((check) => check(context))
    .filter((problem): problem is Problem => problem !== undefined)
    .sort((a, b) => RANK[a.severity] - RANK[b.severity]);
  const top = problems[0];
  const severity: DiagnosisSeverity = top?.severity ?? 'ok';
  const serious = problems.filter((problem) => problem.severity !== 'notice');
  return {
    id: facts.id,
    severity,
    summary:
      serious.length > 0 ? serious.map((problem) => problem.title).join('; ') : healthySummary(context),
    problems,
    next: serious[0]?.next ?? { short: 'nothing', text: 'Nothing to do.' },
    lag: trend,
    notes: notes(facts),
  };
}

function healthySummary(context: CheckContext): string {
  const { latest } = context;
  if (latest.state !== 'RUNNING') return latest.state.toLowerCase();
  const lag = knownLag(latest);
  const lagText = lag === undefined ? '' : `, lag ${count(lag)}`;
  return `healthy: ${plural(latest.activeTasks.length, 'reading task')}${lagText}`;
}

/** Facts worth seeing even when nothing is wrong, and what could not be read. */
function notes(facts: SupervisorFacts): string[] {
  const lines: string[] = [];
  if (facts.retention?.ok) {
    const { own, effective } = facts.retention.value;
    lines.push(
      own.length > 0
        ? `Retention rules: ${describeRules(own)}.`
        : `Retention rules: none of its own; the cluster default applies: ${describeRules(effective)}.`,
    );
  }
  if (facts.compaction?.ok) {
    const config = facts.compaction.value;
    lines.push(
      config === null
        ? 'Auto-compaction: not configured.'
        : `Auto-compaction: on, skipOffsetFromLatest ${typeof config.skipOffsetFromLatest === 'string' ? config.skipOffsetFromLatest : 'P1D (default)'}.`,
    );
  }
  if (facts.history?.ok && facts.history.value.length > 0) {
    lines.push(
      `Spec history, newest first (Druid records when, not who): ${describeHistory(facts.history.value)}.`,
    );
  }
  const unreadable: Array<[string, { ok: false; error: string } | undefined]> = [
    ['parse errors', facts.parseErrors?.ok === false ? facts.parseErrors : undefined],
    ['task stats', facts.stats?.ok === false ? facts.stats : undefined],
    ['spec history', facts.history?.ok === false ? facts.history : undefined],
    ['retention rules', facts.retention?.ok === false ? facts.retention : undefined],
    ['compaction config', facts.compaction?.ok === false ? facts.compaction : undefined],
  ];
  const secrets = collectSecrets(facts.spec ?? {});
  for (const [what, failure] of unreadable)
    if (failure) lines.push(`Could not read the ${what}: ${redactText(failure.error, secrets)}`);
  return lines;
}
