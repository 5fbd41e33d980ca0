/**
 * The action on a pull request: plan the change between the base and head commits, keep ONE
 * sticky comment up to date with it (with the hashes of the reviewed specs hidden inside, for the
 * deploy to check), annotate findings on their lines, write the full report to the job summary,
 * set the outputs, and fail according to `fail-on`.
 *
 * `pull_request_target` runs with the base repository's secrets, so it must never check out or
 * run the pull request's code: it reads the specs as data through the contents API only.
 */
import { timeLimitFor } from '../settings/settings.js';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { changedIds, type ChangePlan } from '../diff/plan.js';
import { segmentKey } from '../diff/segment-plan.js';
import { createOverlordClient, type OverlordClient } from '../druid/index.js';
import { runReview, type ReviewSamples } from '../flows/review.js';
import { summarise, type FileReport } from '../check/validation-report.js';
import { bodyBudget, statusOf } from '../github/index.js';
import { renderReview } from '../report/review-markdown.js';
import { SUMMARY_BUDGET } from '../report/validation-markdown.js';
import type { Clock } from '../common/clock.js';
import { VERSION } from '../common/version.js';
import { clusterScoped } from './cluster-scope.js';
import { annotateFindings } from './annotations.js';
import { failingCount, failingFindings } from './failing.js';
import { filesAt } from './git-files.js';
import { modeFolders, modeSegmentFolders, type ModeDeps, outputFolder } from './mode-deps.js';
import type { RunContext } from './run-context.js';

const REVIEW_KEY = 'review';

/** The review comment's key: one comment per cluster when the step names its cluster. */
export function reviewKey(cluster: string | undefined): string {
  return clusterScoped(REVIEW_KEY, cluster);
}

export interface PullRequestEvent {
  number: number;
  baseSha: string;
  headSha: string;
  /** pull_request_target: the head is untrusted code and is read through the API only. */
  untrustedHead: boolean;
  /** The head branch lives in another repository (a fork), or its repository was deleted. */
  fromFork: boolean;
}

export interface ReviewModeDeps extends ModeDeps {
  event: PullRequestEvent;
  /** Tests hand in a client wired to the emulator (it must still be read-only). */
  client?: OverlordClient;
  /** "Now" for the sampled timestamps' rejection windows: the emulator's clock in tests and the demo. */
  clock?: Clock;
}

export async function reviewMode(deps: ReviewModeDeps): Promise<void> {
  const { runtime, settings, event } = deps;
  const folders = modeSegmentFolders(settings, deps.config);
  const read = modeFolders(settings, folders);
  const [base, head] = await Promise.all([
    filesAt(deps, event.baseSha, read),
    filesAt(deps, event.headSha, read, { untrusted: event.untrustedHead }),
  ]);
  const client =
    deps.client ??
    (settings.druid
      ? createOverlordClient(settings.druid, { readOnly: true, timeLimitMs: timeLimitFor(settings, 'read') })
      : undefined);
  for (const secret of client?.secrets() ?? []) runtime.setSecret(secret);
  const { plan, cluster, samples } = await runReview({
    base,
    head,
    config: deps.config,
    segmentFolders: folders,
    // Row values never reach a comment anyone can cause by opening a pull request from a fork.
    untrustedHead: event.fromFork || event.untrustedHead,
    ...(deps.clock ? { now: deps.clock.now() } : {}),
    ...(client ? { client } : {}),
  });
  if (client && !deps.client) await client.close();

  const report = summarise(fileReports(plan));
  annotateFindings(runtime, report);
  const titled = {
    ...(settings.cluster ? { clusterName: settings.cluster } : {}),
    ...(samples ? { samples } : {}),
  };
  await runtime.appendSummary(
    renderReview(plan, { budget: SUMMARY_BUDGET, ...titled, ...(cluster ? { cluster } : {}) }),
  );

  const metadata = {
    hashes: Object.fromEntries(plan.supervisors.flatMap((s) => (s.headHash ? [[s.id, s.headHash]] : []))),
    // Only when the repository keeps segment files, so the metadata of other reviews is unchanged.
    ...(plan.segments
      ? {
          segmentHashes: Object.fromEntries(
            plan.segments.flatMap((s) =>
              s.headHash ? [[segmentKey(s.kind, s.dataSource), s.headHash]] : [],
            ),
          ),
        }
      : {}),
    headSha: event.headSha,
    version: VERSION,
  };
  if (deps.gateway) {
    const key = reviewKey(settings.cluster);
    const markdown = renderReview(plan, {
      budget: bodyBudget(key, metadata),
      fullReportHint: 'The job summary of this run has the complete review.',
      ...titled,
      ...(cluster ? { cluster } : {}),
    });
    try {
      const comment = await deps.gateway.upsertStickyComment({
        issueNumber: event.number,
        key,
        markdown,
        metadata,
      });
      runtime.setOutput('comment-url', comment.url);
    } catch (error) {
      if (statusOf(error) !== 403) throw error;
      // The review is complete in the job summary either way; the outputs below are still set.
      if (!event.fromFork || event.untrustedHead) {
        runtime.setFailed(
          `GitHub refused the review comment (HTTP 403): the job's token needs "permissions: pull-requests: write" (docs/workflows/review.yml). The review is in this job summary.`,
        );
      } else {
        // GitHub gives a fork's `pull_request` run a read-only token: the check still passes or
        // fails on the findings alone.
        runtime.annotate({
          severity: 'warning',
          title: 'Review comment not written',
          message:
            'GitHub refused the review comment: a pull_request run from a fork gets a read-only token. The review is in this job summary. To comment on fork pull requests, run the review on pull_request_target (docs/workflows/review-forks.yml).',
        });
      }
    }
  } else {
    runtime.info('No github-token: the review is in the job summary only.');
  }

  const { summary } = report;
  runtime.setOutput('report', await writeReport(deps, plan, samples));
  runtime.setOutput('changed', JSON.stringify(changedIds(plan)));
  runtime.setOutput('errors', String(summary.errors));
  runtime.setOutput('warnings', String(summary.warnings));
  const failing = failingCount(summary, settings.failOn);
  if (failing > 0) {
    runtime.setFailed(
      `${failingFindings(failing, settings.failOn)} in the changed specs (fail-on: ${settings.failOn}); see the review comment and the job summary.`,
    );
  }
}

/**
 * Findings per file: the supervisors this pull request changes, the files it cannot read, the
 * retention and compaction files it changes, and the cross-checks those changes set off on
 * supervisors it leaves alone (a changed supervisor reports them itself).
 */
function fileReports(plan: ChangePlan): FileReport[] {
  const changed = plan.supervisors.filter((s) => s.action !== 'noop' && s.action !== 'delete');
  const segments = (plan.segments ?? []).filter((s) => s.action !== 'noop' && s.action !== 'delete');
  // Every segment change of a datasource reports the same supervisor check: keep one per supervisor.
  const crossChecks = new Map<string, FileReport>();
  for (const report of segments.flatMap((s) => s.crossChecks))
    if (report.supervisor !== null && !changed.some((s) => s.id === report.supervisor))
      crossChecks.set(report.supervisor, crossChecks.get(report.supervisor) ?? report);
  return [
    ...changed.map((s) => ({ file: s.file, supervisor: s.id, findings: s.findings })),
    ...plan.unreadable,
    ...segments.map((s) => ({ file: s.file, supervisor: null, kind: s.kind, findings: s.findings })),
    ...crossChecks.values(),
  ];
}

async function writeReport(
  deps: ReviewModeDeps,
  plan: ChangePlan,
  samples: ReviewSamples | undefined,
): Promise<string> {
  const file = path.join(outputFolder(deps), 'druid-gitops-report.json');
  await writeFile(
    file,
    JSON.stringify({ mode: 'review', ...plan, ...(samples ? { samples } : {}) }, null, 2),
  );
  return file;
}

/** The pull_request / pull_request_target payload of the run, when it has one. */
export function pullRequestEventOf(context: RunContext): PullRequestEvent | undefined {
  type Side = { sha: string; repo?: { full_name?: string } | null };
  const pull = context.payload.pull_request as { number: number; base: Side; head: Side } | undefined;
  if (!pull) return undefined;
  return {
    number: pull.number,
    baseSha: pull.base.sha,
    headSha: pull.head.sha,
    untrustedHead: context.eventName === 'pull_request_target',
    // A deleted fork leaves head.repo null.
    fromFork: pull.head.repo?.full_name !== pull.base.repo?.full_name,
  };
}
