/**
 * The action on a push to the default branch: deploy git's specs at the pushed commit, then make
 * GitHub say what happened — a rollback pull request for every supervisor whose new spec failed
 * and was restored, an issue for every supervisor a person must look at now, the job summary, and
 * the outputs. The run fails whenever a supervisor is left off its head spec.
 */
import { timeLimitFor } from '../settings/settings.js';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { rollbackProposal } from './rollback-pull-request.js';
import type { SupervisorResult } from '../deploy/result.js';
import type { SupervisorTarget } from '../deploy/context.js';
import { systemClock } from '../common/clock.js';
import { specComparison } from '../diff/compare.js';
import { specHash } from '../diff/spec-diff.js';
import { normalizeSpec } from '../diff/normalize.js';
import { segmentHash, segmentKey } from '../diff/segment-plan.js';
import { createOverlordClient, type OverlordClient } from '../druid/index.js';
import {
  FAILING_SEGMENT_OUTCOMES,
  type SegmentResult,
  type SegmentTarget,
} from '../deploy/deploy-segment.js';
import { runDeploy } from '../flows/deploy.js';
import { readDruidRelease, withRelease } from '../flows/druid-release.js';
import { RESTORE_FAILED_LABEL } from '../github/labels.js';
import { deploySummaryMarkdown, incidentIssueBody, type RunLinks } from '../report/deploy-markdown.js';
import { filesAt } from './git-files.js';
import { FileJournal } from './journal.js';
import { SupervisorLog } from './supervisor-log.js';
import { clusterScoped, keyPart, onCluster } from './cluster-scope.js';
import { reviewKey } from './review-mode.js';
import { modeFolders, modeSegmentFolders, type ModeDeps, journalPathFor, outputFolder } from './mode-deps.js';
import type { RunContext } from './run-context.js';

export const JOURNAL_STATE = 'deploy-journal';

/** What the deploy needs to know about the push. */
export interface PushEvent {
  /** The commit before the push; undefined for a new branch. */
  before?: string;
  after: string;
  branch: string;
}

export interface DeployModeDeps extends ModeDeps {
  push: PushEvent;
  links: RunLinks;
  /** Tests hand in a client wired to the emulator. */
  client?: OverlordClient;
  clock?: typeof systemClock;
}

export async function deployMode(deps: DeployModeDeps): Promise<void> {
  const { runtime, settings, push } = deps;
  const client = deps.client ?? connect(deps);
  for (const secret of client.secrets()) runtime.setSecret(secret);

  const segments = modeSegmentFolders(settings, deps.config);
  const folders = modeFolders(settings, segments);
  const headFiles = await filesAt(deps, push.after, folders);
  const baseFiles = push.before ? await filesAt(deps, push.before, folders) : [];

  const reviewed = await reviewedChange(deps);
  if (reviewed.pullRequest) deps.links.pullRequest = reviewed.pullRequest;

  const journalPath = journalPathFor(deps);
  runtime.saveState(JOURNAL_STATE, journalPath);
  const log = new SupervisorLog(runtime);
  // The cluster's own release decides what is validated, compared and how each update is applied.
  const release = await readDruidRelease(client, deps.config);
  for (const note of release.notes)
    runtime.annotate({ severity: 'notice', title: 'Druid release', message: note });
  const config = withRelease(deps.config, release);
  const report = await runDeploy({
    onResult: (result) => log.settled(result),
    headFiles,
    baseFiles,
    secrets: deps.context.secrets,
    config,
    compare: specComparison(config.druidVersion),
    maxParallel: settings.maxParallel,
    segmentFolders: segments,
    release,
    context: {
      client,
      clock: deps.clock ?? systemClock,
      druidVersion: config.druidVersion,
      audit: auditFor(deps),
      onDrift: settings.onDrift,
      prune: settings.prune,
      confirmed: new Set(settings.confirm.split(/[\s,]+/).filter(Boolean)),
      ...(settings.healthTimeoutMs === undefined ? {} : { healthTimeoutMs: settings.healthTimeoutMs }),
      journal: new FileJournal(journalPath),
      log: (message, supervisor) => log.line(message, supervisor),
    },
  }).finally(() => log.flush());
  if (!deps.client) await client.close();
  markReviewed(report.results, report.targets, reviewed.hashes, config.druidVersion);
  markSegmentsReviewed(report.segments, report.segmentTargets, reviewed, config.druidVersion);

  const rollbackUrls = await openRollbackPullRequests(deps, report.results, report.targets);
  await openIncidents(deps, report.results);

  await runtime.appendSummary(
    deploySummaryMarkdown(report.results, deps.links, report.segments, report.release),
  );
  const ids = (...outcomes: SupervisorResult['outcome'][]) =>
    JSON.stringify(
      report.results.filter((result) => outcomes.includes(result.outcome)).map((result) => result.id),
    );
  runtime.setOutput('deployed', ids('applied', 'created', 'pruned'));
  runtime.setOutput('rolled-back', ids('restored'));
  runtime.setOutput(
    'changed',
    ids('applied', 'created', 'pruned', 'restored', 'restore-failed', 'left-suspended'),
  );
  runtime.setOutput('rollback-pr', rollbackUrls.join('\n'));
  runtime.setOutput('report', await writeReport(deps, report.results, report.segments));

  if (report.failed) {
    const failing = [
      ...report.results
        .filter(
          (result) => !['applied', 'unchanged', 'created', 'pruned', 'skipped'].includes(result.outcome),
        )
        .map((result) => `${result.id} (${result.outcome})`),
      ...report.segments
        .filter((result) => FAILING_SEGMENT_OUTCOMES.has(result.outcome))
        .map((result) => `${result.kind} of ${result.dataSource} (${result.outcome})`),
    ];
    runtime.setFailed(
      `Not everything on the cluster is what git says: ${failing.join(', ')}. See the job summary.`,
    );
  }
}

/**
 * The pull request this commit merged, and the spec hashes its review comment showed, so the
 * summary can say whether what was deployed is what was reviewed.
 */
async function reviewedChange(deps: DeployModeDeps): Promise<{
  pullRequest?: string;
  hashes?: Record<string, string>;
  segmentHashes?: Record<string, string>;
}> {
  if (!deps.gateway) return {};
  try {
    const pulls = await deps.gateway.pullRequestsForCommit(deps.push.after);
    const pull = pulls.find((candidate) => candidate.merged) ?? pulls[0];
    if (!pull) return {};
    const comment = await deps.gateway.findStickyComment(pull.number, reviewKey(deps.settings.cluster));
    const record = (value: unknown): Record<string, string> | undefined =>
      value && typeof value === 'object' && !Array.isArray(value)
        ? (value as Record<string, string>)
        : undefined;
    const hashes = record(comment?.metadata?.data.hashes);
    const segmentHashes = record(comment?.metadata?.data.segmentHashes);
    return {
      pullRequest: pull.url,
      ...(hashes ? { hashes } : {}),
      ...(segmentHashes ? { segmentHashes } : {}),
    };
  } catch (error) {
    deps.runtime.info(
      `The pull request of ${deps.push.after.slice(0, 7)} could not be looked up: ${(error as Error).message}`,
    );
    return {};
  }
}

function markReviewed(
  results: SupervisorResult[],
  targets: readonly SupervisorTarget[],
  hashes: Record<string, string> | undefined,
  druidVersion: string,
): void {
  for (const result of results) {
    const head = targets.find((target) => target.id === result.id)?.head;
    if (!head) continue;
    if (!hashes) result.reviewed = 'not-reviewed';
    else
      result.reviewed =
        hashes[result.id] === specHash(normalizeSpec(head, { druidVersion })) ? 'as-reviewed' : 'differs';
  }
}

/**
 * The same check for retention and compaction files written to the cluster. A review that shows no
 * segment hashes at all (made before the repository kept such files) reviewed none of them.
 */
function markSegmentsReviewed(
  results: SegmentResult[],
  targets: readonly SegmentTarget[],
  reviewed: { hashes?: Record<string, string>; segmentHashes?: Record<string, string> },
  druidVersion: string,
): void {
  for (const result of results.filter((candidate) => candidate.outcome === 'applied')) {
    // The value the deploy applied: git's file as the flow already read it.
    const value = targets.find((target) => target.kind === result.kind && target.file === result.file)?.head;
    if (value === undefined) continue;
    const shown = reviewed.segmentHashes?.[segmentKey(result.kind, result.dataSource)];
    if (!reviewed.hashes && !reviewed.segmentHashes) result.reviewed = 'not-reviewed';
    else
      result.reviewed = shown === segmentHash(result.kind, value, druidVersion) ? 'as-reviewed' : 'differs';
  }
}

function connect(deps: DeployModeDeps): OverlordClient {
  const druid = deps.settings.druid;
  if (!druid)
    throw new Error('deploy mode needs druid-url (and credentials when the cluster asks for them).');
  return createOverlordClient(druid, {
    audit: auditFor(deps),
    timeLimitMs: timeLimitFor(deps.settings, 'write'),
  });
}

function auditFor(deps: DeployModeDeps): { author: string; comment: string } {
  const actor = deps.context.actor || 'unknown';
  return {
    author: `druid-gitops (${actor})`,
    comment: `deploy of ${deps.push.after.slice(0, 7)}${deps.links.pullRequest ? ` (${deps.links.pullRequest})` : ''} by @${actor}${deps.links.runUrl ? `, ${deps.links.runUrl}` : ''}`,
  };
}

async function openRollbackPullRequests(
  deps: DeployModeDeps,
  results: readonly SupervisorResult[],
  targets: readonly SupervisorTarget[],
): Promise<string[]> {
  if (deps.settings.rollback !== 'pr') return [];
  const urls: string[] = [];
  for (const result of results) {
    const target = targets.find((candidate) => candidate.id === result.id);
    const proposal =
      target &&
      rollbackProposal(result, target, {
        branch: deps.push.branch,
        sha: deps.push.after,
        links: deps.links,
        ...(deps.settings.cluster ? { cluster: deps.settings.cluster } : {}),
      });
    if (!proposal) continue;
    if (!deps.gateway) {
      deps.runtime.info(`${result.id}: restored; no GitHub token, so no rollback pull request was opened.`);
      continue;
    }
    try {
      const pull = await deps.gateway.proposeChanges(proposal);
      urls.push(pull.url);
      result.github = { ...result.github, rollbackPullRequest: pull.url };
    } catch (error) {
      // The cluster is already safe; the missing PR is reported, not fatal to the other supervisors.
      result.github = {
        ...result.github,
        error: `the rollback pull request could not be opened: ${(error as Error).message}`,
      };
    }
  }
  return urls;
}

async function openIncidents(deps: DeployModeDeps, results: readonly SupervisorResult[]): Promise<void> {
  if (!deps.gateway) return;
  for (const result of results.filter((candidate) => candidate.manualSteps)) {
    try {
      const issue = await deps.gateway.upsertIssue({
        key: clusterScoped(`restore-failed/${keyPart(result.id)}`, deps.settings.cluster),
        label: RESTORE_FAILED_LABEL,
        title: `${result.id} needs a person: ${result.outcome} after a deploy${onCluster(deps.settings.cluster)}`,
        markdown: incidentIssueBody(result, deps.links),
      });
      result.github = { ...result.github, issue: issue.url };
    } catch (error) {
      result.github = {
        ...result.github,
        error: `the issue could not be opened: ${(error as Error).message}`,
      };
    }
  }
}

async function writeReport(
  deps: DeployModeDeps,
  results: readonly SupervisorResult[],
  segments: readonly SegmentResult[],
): Promise<string> {
  const file = path.join(outputFolder(deps), 'druid-gitops-report.json');
  await writeFile(file, JSON.stringify({ mode: 'deploy', results, segments }, null, 2));
  return file;
}

/** The pushed commits and branch, from the push payload (else the run's commit and ref). */
export function pushEventOf(context: RunContext): PushEvent {
  const { payload } = context;
  const after = typeof payload.after === 'string' ? payload.after : context.sha;
  if (!after) throw new Error('deploy mode needs the pushed commit: GITHUB_SHA or the push event');
  const before =
    typeof payload.before === 'string' && !/^0+$/.test(payload.before) ? payload.before : undefined;
  const ref = typeof payload.ref === 'string' ? payload.ref : context.ref;
  return { ...(before ? { before } : {}), after, branch: ref.replace(/^refs\/heads\//, '') };
}
