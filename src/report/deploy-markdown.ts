/**
 * What a deploy tells people: the job summary (one row per supervisor, then each timeline), the
 * body of a rollback pull request, and the body of the issue opened when a restore failed too.
 * Written for an on-call engineer at 3 a.m.: what state each supervisor is in, what the tool did,
 * what Druid said, and what to do next. Text from specs and from Druid is escaped.
 */
import { plural } from '../common/plural.js';
import type { SegmentResult } from '../deploy/deploy-segment.js';
import type { SupervisorResult } from '../deploy/result.js';
import { code, escapeMarkdown, tableRow } from './safe-markdown.js';
import { changesBlock } from './changes-markdown.js';
import { segmentsMarkdown } from './segments-markdown.js';
import { continuityMark, continuityMarkdown, lagChartMarkdown } from './lag-chart.js';
import { SUMMARY_BUDGET } from './validation-markdown.js';
import { releaseMarkdown } from './release-text.js';
import type { DruidRelease } from '../flows/druid-release.js';

/** GitHub refuses a pull request body over 65,536 characters. */
const PULL_REQUEST_BODY_LIMIT = 65_536;

const OUTCOME_ICON: Record<SupervisorResult['outcome'], string> = {
  applied: '✅',
  unchanged: '➖',
  created: '🆕',
  drift: '⚠️',
  restored: '↩️',
  'restore-failed': '🚨',
  'left-suspended': '🚨',
  pruned: '🗑️',
  skipped: '⏭️',
  failed: '❌',
};

export interface RunLinks {
  runUrl?: string;
  commit?: string;
  pullRequest?: string;
}

export function deploySummaryMarkdown(
  results: readonly SupervisorResult[],
  links: RunLinks = {},
  segments: readonly SegmentResult[] = [],
  release?: DruidRelease,
  budget = SUMMARY_BUDGET,
): string {
  const needsHands = results.filter((result) => result.manualSteps);
  const lines = ['## druid-gitops: deploy', ''];
  if (links.commit)
    lines.push(
      `Commit ${code(links.commit.slice(0, 12))}${links.pullRequest ? ` (${escapeMarkdown(links.pullRequest)})` : ''}.`,
      '',
    );
  lines.push(...releaseMarkdown(release));
  if (needsHands.length > 0) {
    lines.push(
      `> [!CAUTION]`,
      `> ${plural(needsHands.length, 'supervisor')} ${needsHands.length === 1 ? 'needs' : 'need'} a person now: ${needsHands.map((result) => code(result.id)).join(', ')}. See below.`,
      '',
    );
  }
  const broken = results.filter((result) => ['gap', 'rewind'].includes(result.continuity?.verdict ?? ''));
  if (broken.length > 0) {
    lines.push(
      `> [!WARNING]`,
      `> Offsets did not continue for ${broken.map((result) => `${code(result.id)} (${result.continuity?.verdict})`).join(', ')}: records were skipped or read twice. See below.`,
      '',
    );
  }
  lines.push(
    tableRow(['Supervisor', 'Outcome', 'What happened', 'Lag before → after', 'Offsets']),
    '|---|---|---|---|---|',
  );
  for (const result of results) {
    lines.push(
      tableRow([
        code(result.id),
        `${OUTCOME_ICON[result.outcome]} ${result.outcome}`,
        escapeMarkdown(result.message) + githubLinks(result),
        `${lagText(result.lagBefore)} → ${lagText(result.lagAfter)}`,
        continuityMark(result.continuity),
      ]),
    );
  }
  lines.push('', ...segmentsMarkdown(segments));
  const charted = results.filter((result) => result.continuity);
  const charts =
    charted.length > 0 ? ['### Lag over the deploy', '', ...charted.flatMap(lagChartMarkdown)] : [];
  const details = results
    .filter((r) => r.timeline.length > 0 || r.drift || r.diagnosis || r.continuity)
    .map((result) =>
      [
        `<details${result.manualSteps ? ' open' : ''}><summary>${code(result.id)}: ${result.outcome}</summary>`,
        '',
        ...resultDetails(result),
        '</details>',
        '',
      ].join('\n'),
    );
  return fitted(lines.join('\n'), charts.join('\n'), details, budget);
}

/**
 * The summary within its budget: everything when it fits; else without the charts; else with as
 * many supervisors' details as fit, saying how many were left out (the JSON report has them all).
 */
function fitted(head: string, charts: string, details: readonly string[], budget: number): string {
  const whole = [head, charts, ...details].filter(Boolean).join('\n');
  if (whole.length <= budget) return whole;
  const note = charts ? '_The lag charts were left out to fit the summary._\n' : '';
  const cut = '\n\n_Cut to fit the summary: the JSON report has every supervisor._\n';
  if (head.length + note.length + cut.length > budget)
    return `${head.slice(0, Math.max(0, budget - cut.length))}${cut}`.slice(0, budget);
  let text = [head, note].filter(Boolean).join('\n');
  for (const [index, block] of details.entries()) {
    const more = `_Details of ${details.length - index} more supervisor(s) left out to fit the summary: see the JSON report._\n`;
    if (text.length + block.length + more.length + 1 > budget) return `${text}\n${more}`.slice(0, budget);
    text = `${text}\n${block}`;
  }
  return text.slice(0, budget);
}

/** The body of the pull request that brings git back to the spec the cluster runs again. */
export function rollbackPullRequestBody(
  result: SupervisorResult,
  links: RunLinks,
  budget = PULL_REQUEST_BODY_LIMIT,
): string {
  const head = [
    `The deploy of ${code(result.id)} (${code(result.file)}) failed, and druid-gitops restored the previous spec on the cluster. ` +
      'Git now says something the cluster does not run. Merge this pull request to bring git back in line, or fix the spec and merge that instead.',
    '',
    ...(links.runUrl ? [`- Deploy run: ${links.runUrl}`] : []),
    ...(links.commit ? [`- Commit that failed: ${code(links.commit)}`] : []),
    ...(links.pullRequest ? [`- Original change: ${escapeMarkdown(links.pullRequest)}`] : []),
    '',
  ].join('\n');
  const chart = lagChartMarkdown(result).join('\n');
  const diagnosis = ['## Diagnosis', '', ...resultDetails(result)].join('\n');
  for (const body of [
    [head, chart, diagnosis],
    [head, diagnosis],
  ].map((parts) => parts.filter(Boolean).join('\n')))
    if (body.length <= budget) return body;
  const cut = '\n\n_Cut to fit a pull request: the job summary and the JSON report have the rest._';
  return `${[head, diagnosis].join('\n').slice(0, Math.max(0, budget - cut.length))}${cut}`;
}

/** The body of the issue for a supervisor the tool could not bring back. */
export function incidentIssueBody(result: SupervisorResult, links: RunLinks): string {
  return [
    `**${code(result.id)} needs a person now.** ${escapeMarkdown(result.message)}.`,
    '',
    "While a supervisor is suspended or unhealthy, Kafka lag grows; once it passes the topic's retention, Kafka deletes data Druid has not read.",
    '',
    ...(links.runUrl ? [`Deploy run: ${links.runUrl}`, ''] : []),
    ...resultDetails(result),
  ].join('\n');
}

/** A supervisor's deploy in detail: diagnosis, manual steps, drift, dropped keys, timeline. */
export function resultDetails(result: SupervisorResult): string[] {
  const lines: string[] = [];
  if (result.diagnosis) {
    lines.push(`**State:** ${code(result.diagnosis.state)}. ${escapeMarkdown(result.diagnosis.reason)}`, '');
    if (result.diagnosis.recentErrors.length > 0) {
      lines.push('**Recent errors reported by Druid:**', '');
      for (const error of result.diagnosis.recentErrors.slice(-5)) {
        lines.push(
          `- ${code(error.timestamp)} ${code(error.exceptionClass ?? 'error')}: ${escapeMarkdown(error.message ?? '')}`,
        );
      }
      lines.push('');
    }
  }
  if (result.manualSteps)
    lines.push(
      '**What to do now:**',
      '',
      ...result.manualSteps.map((step, index) => `${index + 1}. ${escapeMarkdown(step)}`),
      '',
    );
  if (result.drift) {
    lines.push(
      '**Changed outside git** (previous file → cluster):',
      '',
      changesBlock(result.drift.outOfBand),
      '',
      '**What git asks for** (cluster → new file):',
      '',
      changesBlock(result.drift.wanted),
      '',
    );
  }
  if (result.continuity) lines.push(...continuityMarkdown(result.continuity));
  if (result.droppedKeys && result.droppedKeys.length > 0) {
    lines.push(
      `**Keys Druid dropped** (it ignores unknown keys): ${result.droppedKeys.map((key) => code(key)).join(', ')}`,
      '',
    );
  }
  if (result.timeline.length > 0) {
    lines.push(
      '**Timeline (UTC):**',
      '',
      ...result.timeline.map(
        (event) =>
          `- ${event.at.slice(11, 19)} ${escapeMarkdown(event.step)}: ${escapeMarkdown(event.detail)}`,
      ),
      '',
    );
  }
  return lines;
}

function githubLinks(result: SupervisorResult): string {
  const { rollbackPullRequest, issue, error } = result.github ?? {};
  return [
    result.reviewed === 'differs' ? ' ⚠️ This spec differs from the one the pull request review showed.' : '',
    rollbackPullRequest ? ` Rollback pull request: ${rollbackPullRequest}.` : '',
    issue ? ` Issue: ${issue}.` : '',
    error ? ` ⚠️ ${escapeMarkdown(error)}.` : '',
  ].join('');
}

/** Field changes as a code block, one line each (values are redacted by the diff). */

function lagText(lag: SupervisorResult['lagBefore']): string {
  if (!lag) return '–';
  return lag.aggregateLag === undefined
    ? escapeMarkdown(lag.state)
    : `${lag.aggregateLag.toLocaleString('en-US')} (${escapeMarkdown(lag.state)})`;
}
