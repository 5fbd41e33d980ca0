/**
 * The deploy invariants of docs/design.md as checks over what one deploy left behind: the cluster (read
 * after the faults are gone), the result, the journal and the emulator's request log. Each check
 * returns the violations it finds, in words, so a failing matrix cell says what went wrong.
 */
import { rollbackProposal } from '../../../src/action/rollback-pull-request.js';
import { FAILING_OUTCOMES, type SupervisorResult } from '../../../src/deploy/result.js';
import type { SupervisorTarget } from '../../../src/deploy/context.js';
import type { SpecComparison } from '../../../src/diff/compare.js';
import type { OverlordClient } from '../../../src/druid/index.js';
import type { RequestRecord } from '../../../src/emulator/request-log.js';
import { deploySummaryMarkdown, incidentIssueBody } from '../../../src/report/deploy-markdown.js';
import { escapeMarkdown } from '../../../src/report/safe-markdown.js';
import { deepEqual } from '../../../src/common/json.js';
import { compareVersions } from '../../../src/spec/model/version.js';
import type { CallRecord } from './instrumented-client.js';

export interface DeployRun {
  target: SupervisorTarget;
  result: SupervisorResult;
  /** Supervisor ids the run's journal still holds (suspended and never settled). */
  journalOpen: ReadonlySet<string>;
  calls: readonly CallRecord[];
  druidVersion: string;
}

const LINKS = { runUrl: 'https://github.com/acme/pipelines/actions/runs/1', commit: 'abc1234def' };

/** Invariants 1 and 2: never silently suspended; git and cluster agree, or a PR/issue says how not. */
export async function clusterInvariants(
  run: DeployRun,
  client: OverlordClient,
  compare: SpecComparison,
): Promise<string[]> {
  const { target, result } = run;
  const violations: string[] = [];
  const live = await client.getSupervisorSpec(target.id);
  const head = target.head;
  const wantsSuspended = head?.suspended === true;
  const failing = FAILING_OUTCOMES.has(result.outcome);
  const summary = deploySummaryMarkdown([result], LINKS);
  if (!summary.includes(target.id) || !summary.includes(result.outcome))
    violations.push('the job summary does not name the supervisor and its outcome');

  // 1. A supervisor left suspended is reported loudly: failed job, an issue, and the journal.
  if (live.suspended === true && !wantsSuspended) {
    if (!failing) violations.push(`left suspended, yet the outcome "${result.outcome}" passes the job`);
    if (!result.manualSteps?.length)
      violations.push('left suspended without manual steps (no issue is opened)');
    if (!run.journalOpen.has(target.id))
      violations.push('left suspended and gone from the journal (the post step would not see it)');
  }
  if (!failing && run.journalOpen.has(target.id))
    violations.push(`outcome "${result.outcome}" but the journal still holds the supervisor`);

  // 2. Git and the cluster agree, or a rollback PR / an issue describes the divergence.
  const agrees =
    head !== undefined &&
    deepEqual(compare.effective(live), compare.effective(head)) &&
    (live.suspended === true) === wantsSuspended;
  if (!agrees) {
    if (!failing) violations.push(`git and the cluster disagree, yet the outcome "${result.outcome}" passes`);
    const proposal = rollbackProposal(result, target, { branch: 'main', sha: LINKS.commit, links: LINKS });
    if (proposal) {
      if (!target.base || !deepEqual(compare.effective(live), compare.effective(target.base)))
        violations.push('a rollback PR proposes the base file, but the cluster does not run the base spec');
      const reason = escapeMarkdown(result.diagnosis?.reason ?? '\0');
      if (!proposal.body.includes(target.id) || !proposal.body.includes(reason))
        violations.push('the rollback PR body does not name the supervisor and the diagnosis');
    } else if (result.manualSteps?.length) {
      const body = incidentIssueBody(result, LINKS);
      if (
        !body.includes(target.id) ||
        !body.includes(escapeMarkdown(result.message)) ||
        !body.includes('What to do now')
      )
        violations.push('the issue body does not name the supervisor and the steps');
    } else {
      violations.push(
        `git and the cluster disagree (outcome "${result.outcome}") and neither a rollback PR nor an issue describes it`,
      );
    }
  }
  return violations;
}

/**
 * Retries only where safe: within one client call, a write sent again after an attempt Druid may
 * have acted on must be one Druid treats as a repeat (suspend, resume; a submit with
 * skipRestartIfUnmodified on 33.0+). Judged from the emulator's log, not the client's own view.
 */
export function unsafeRetries(run: DeployRun): string[] {
  const violations: string[] = [];
  for (const call of run.calls) {
    const writes = call.requests.filter((request) => request.method !== 'GET');
    writes.forEach((request, index) => {
      const earlier = writes.slice(0, index).filter((other) => sameRequest(other, request));
      if (earlier.some(mayHaveActed) && !repeatable(request, run.druidVersion)) {
        violations.push(
          `${call.method}: ${request.method} ${request.path}${request.query} sent again after an attempt Druid may have acted on`,
        );
      }
    });
  }
  return violations;
}

/** A 429's Retry-After is waited out (in the emulator's time) before the call tries again. */
export function retryAfterIgnored(run: DeployRun, retryAfterMs: number): string[] {
  return run.calls.flatMap((call) =>
    call.requests.flatMap((request, index) => {
      const next = call.requests[index + 1];
      return request.status === 429 && next && next.at - request.at < retryAfterMs
        ? [`${call.method}: retried ${next.at - request.at} ms after a 429 asking for ${retryAfterMs} ms`]
        : [];
    }),
  );
}

function sameRequest(a: RequestRecord, b: RequestRecord): boolean {
  return a.method === b.method && a.path === b.path && a.query === b.query;
}

/** Anything but an answer that proves Druid refused or never handled the request. */
function mayHaveActed(request: RequestRecord): boolean {
  if (request.handled) return true;
  const status = request.status;
  return (
    status === null ||
    !(status === 307 || status === 429 || status === 503 || (status >= 400 && status < 500))
  );
}

function repeatable(request: RequestRecord, druidVersion: string): boolean {
  if (/\/(suspend|resume)$/.test(request.path)) return true;
  return (
    request.path === '/druid/indexer/v1/supervisor' &&
    /[?&]skipRestartIfUnmodified=true\b/.test(request.query) &&
    compareVersions(druidVersion, '33.0.0') >= 0
  );
}
