/**
 * The action on a schedule (or `mode: drift`): compare git's default branch with the cluster,
 * read-only, and keep one `druid-drift` issue in step with the answer — opened or updated while
 * they differ, closed with a comment once they agree. The job fails on drift unless
 * `fail-on-drift: false`, and always when the cluster cannot be read (nothing is closed then).
 */
import { timeLimitFor } from '../settings/settings.js';
import { plural } from '../common/plural.js';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { type ActionSettings } from '../settings/action-settings.js';
import { InputError } from '../settings/input-forms.js';
import { specComparison } from '../diff/compare.js';
import { createOverlordClient, type OverlordClient } from '../druid/index.js';
import { runDrift, type DriftReport } from '../flows/drift.js';
import { readDruidRelease, withRelease } from '../flows/druid-release.js';
import { DRIFT_LABEL } from '../github/labels.js';
import type { RunLinks } from '../report/deploy-markdown.js';
import {
  driftClosedComment,
  driftIssueBody,
  driftIssueTitle,
  driftSummaryMarkdown,
} from '../report/drift-markdown.js';
import { clusterScoped, onCluster } from './cluster-scope.js';
import { filesAt } from './git-files.js';
import { modeFolders, modeSegmentFolders, type ModeDeps, outputFolder } from './mode-deps.js';

/** The drift issue's hidden marker key (docs/github.md). */
const DRIFT_ISSUE_KEY = 'drift';

export interface DriftModeDeps extends ModeDeps {
  links: RunLinks;
  client?: OverlordClient;
}

export async function driftMode(deps: DriftModeDeps): Promise<void> {
  const { runtime, settings } = deps;
  const client = deps.client ?? connect(settings);
  for (const secret of client.secrets()) runtime.setSecret(secret);
  const commit = deps.context.sha || 'HEAD';
  const segments = modeSegmentFolders(settings, deps.config);
  const files = await filesAt(deps, commit, modeFolders(settings, segments));
  let report: DriftReport;
  try {
    // The cluster's own release decides which defaults and fields the comparison uses.
    const release = await readDruidRelease(client, deps.config);
    for (const note of release.notes)
      runtime.annotate({ severity: 'notice', title: 'Druid release', message: note });
    const config = withRelease(deps.config, release);
    report = await runDrift({
      secrets: deps.context.secrets,
      commit,
      files,
      config,
      client,
      compare: specComparison(config.druidVersion),
      maxParallel: settings.maxParallel,
      segmentFolders: segments,
      release,
    });
  } finally {
    if (!deps.client) await client.close();
  }

  const issue = await keepIssue(deps, report);
  await runtime.appendSummary(driftSummaryMarkdown(report, deps.links, issue));
  runtime.setOutput('report', await writeReport(deps, report));
  runtime.setOutput('changed', JSON.stringify(report.drifted));
  const differing = [...report.drifted, ...report.segmentsDrifted];
  if (differing.length > 0 && settings.failOnDrift) {
    runtime.setFailed(
      `The cluster differs from git for ${differing.join(', ')}; see the job summary${issue ? ` and ${issue}` : ''}.`,
    );
  } else {
    runtime.info(
      differing.length > 0
        ? `druid-gitops: drift in ${differing.join(', ')} (fail-on-drift: false).`
        : `druid-gitops: git and the cluster agree for ${plural(report.entries.length, 'supervisor')}.`,
    );
  }
}

function connect(settings: ActionSettings): OverlordClient {
  if (!settings.druid)
    throw new InputError('drift mode needs druid-url (and credentials when the cluster asks for them).');
  return createOverlordClient(settings.druid, {
    readOnly: true,
    timeLimitMs: timeLimitFor(settings, 'read'),
  });
}

/** Opens or updates the drift issue, or closes it; its URL, or why it could not. */
async function keepIssue(deps: DriftModeDeps, report: DriftReport): Promise<string | undefined> {
  const { gateway, runtime } = deps;
  if (!gateway) {
    runtime.info('No GitHub token: the drift issue is not kept; the job summary has the report.');
    return undefined;
  }
  const { cluster } = deps.settings;
  const key = clusterScoped(DRIFT_ISSUE_KEY, cluster);
  try {
    if (report.drifted.length === 0 && report.segmentsDrifted.length === 0) {
      const closed = await gateway.closeIssue({
        key,
        label: DRIFT_LABEL,
        comment: driftClosedComment(report, deps.links),
      });
      return closed?.url;
    }
    const issue = await gateway.upsertIssue({
      key,
      label: DRIFT_LABEL,
      title: `${driftIssueTitle(report)}${onCluster(cluster)}`,
      markdown: driftIssueBody(report, deps.links),
      metadata: { commit: report.commit, drifted: report.drifted, segments: report.segmentsDrifted },
    });
    return issue.url;
  } catch (error) {
    runtime.info(`The drift issue could not be updated: ${(error as Error).message}`);
    return undefined;
  }
}

async function writeReport(deps: DriftModeDeps, report: DriftReport): Promise<string> {
  const file = path.join(outputFolder(deps), 'druid-gitops-report.json');
  await writeFile(file, JSON.stringify({ mode: 'drift', ...report }, null, 2));
  return file;
}
