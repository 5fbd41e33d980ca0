/**
 * The action on workflow_dispatch (or `mode: recover`): one recovery operation from the Actions
 * form, run as a runbook, reported in the job summary. Status and diagnose use a client that
 * refuses every write. Destructive operations run only when a person started the run from the
 * form (workflow_dispatch) and typed the supervisor id into `confirm`; every write carries the
 * person's login, the reason and the run URL in Druid's audit headers. The run fails when the
 * operation is refused or fails.
 */
import { timeLimitFor } from '../settings/settings.js';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { type ActionSettings } from '../settings/action-settings.js';
import { InputError } from '../settings/input-forms.js';
import type { SuspensionJournal } from '../deploy/context.js';
import { systemClock, type Clock } from '../common/clock.js';
import { createOverlordClient, type AuditContext, type OverlordClient } from '../druid/index.js';
import { runRecover, type RecoverReport } from '../flows/recover.js';
import type { GitAtHead } from '../flows/recover-writes.js';
import { READ_ONLY } from '../health/operations.js';
import type { RunLinks } from '../report/deploy-markdown.js';
import { recoverSummaryMarkdown } from '../report/recover-markdown.js';
import { JOURNAL_STATE } from './deploy-mode.js';
import { filesAt } from './git-files.js';
import { FileJournal } from './journal.js';
import { modeSegmentFolders, type ModeDeps, journalPathFor, outputFolder } from './mode-deps.js';
import type { RunContext } from './run-context.js';

export interface RecoverModeDeps extends ModeDeps {
  links: RunLinks;
  /** Tests hand in a client wired to the emulator and the emulator's clock. */
  client?: OverlordClient;
  clock?: Clock;
}

export async function recoverMode(deps: RecoverModeDeps): Promise<void> {
  const { runtime, settings, context } = deps;
  const dispatch = dispatchOf(context);
  const audit = auditFor(settings, dispatch.actor, deps.links);
  const readOnly = READ_ONLY.has(settings.operation);
  const client = deps.client ?? connect(settings, audit, readOnly);
  for (const secret of client.secrets()) runtime.setSecret(secret);

  let git: Promise<GitAtHead> | undefined;
  const report = await runRecover({
    request: {
      operation: settings.operation,
      supervisor: settings.supervisor,
      confirm: settings.confirm,
      ...(settings.offsets ? { offsets: settings.offsets } : {}),
      startedBy: context.eventName === 'workflow_dispatch' ? 'person' : 'automation',
    },
    client,
    clock: deps.clock ?? systemClock,
    audit,
    config: deps.config,
    git: () => (git ??= gitAtHead(deps, dispatch.sha)),
    onDrift: settings.onDrift,
    secrets: context.secrets,
    ...(settings.healthTimeoutMs === undefined ? {} : { healthTimeoutMs: settings.healthTimeoutMs }),
    journal: journalFor(deps, settings),
    maxParallel: settings.maxParallel,
    log: (message) => runtime.info(message),
  });
  if (!deps.client) await client.close();

  await runtime.appendSummary(recoverSummaryMarkdown(report, deps.links));
  runtime.setOutput('report', await writeReport(deps, report));
  runtime.setOutput('changed', JSON.stringify(report.outcome === 'done' ? [settings.supervisor] : []));
  if (report.outcome === 'refused' || report.outcome === 'failed') {
    runtime.setFailed(`${settings.operation} ${settings.supervisor}: ${report.outcome}: ${report.message}`);
  } else {
    runtime.info(`druid-gitops ${settings.operation} ${settings.supervisor}: ${report.message}`);
  }
}

function connect(settings: ActionSettings, audit: AuditContext, readOnly: boolean): OverlordClient {
  if (!settings.druid)
    throw new InputError('recover mode needs druid-url (and credentials when the cluster asks for them).');
  const timeLimitMs = timeLimitFor(settings, readOnly ? 'read' : 'write');
  return createOverlordClient(settings.druid, { audit, readOnly, timeLimitMs });
}

/** Who pressed "Run workflow" and for which commit, from the workflow_dispatch payload. */
function dispatchOf(context: RunContext): { actor: string; sha: string } {
  const sender = context.payload.sender as { login?: unknown } | undefined;
  const login = sender?.login;
  return {
    actor: typeof login === 'string' ? login : context.actor || 'unknown',
    sha: context.sha || 'HEAD',
  };
}

function auditFor(settings: ActionSettings, actor: string, links: RunLinks): AuditContext {
  const reason = settings.reason || 'no reason given';
  return {
    author: `druid-gitops (${actor})`,
    comment: `${settings.operation} ${settings.supervisor} by @${actor}: ${reason}${links.runUrl ? ` (${links.runUrl})` : ''}`,
  };
}

/** resync suspends like a deploy, so the post step must be able to repair an interrupted one. */
function journalFor(deps: RecoverModeDeps, settings: ActionSettings): SuspensionJournal {
  if (settings.operation !== 'resync') return { suspended: async () => {}, settled: async () => {} };
  const journalPath = journalPathFor(deps);
  deps.runtime.saveState(JOURNAL_STATE, journalPath);
  return new FileJournal(journalPath);
}

async function gitAtHead(deps: RecoverModeDeps, sha: string): Promise<GitAtHead> {
  const segmentFolders = modeSegmentFolders(deps.settings, deps.config);
  const folders = [...deps.settings.supervisorsPaths, segmentFolders.retention, segmentFolders.compaction];
  const head = await filesAt(deps, sha, folders);
  // The commit before tells a spec a failed deploy restored from an out-of-band change; without
  // history (a shallow checkout) every difference counts as out of band.
  const base = await filesAt({ cwd: deps.cwd, runtime: deps.runtime }, `${sha}^`, folders).catch(() => []);
  return { commit: sha, head, base, segmentFolders };
}

async function writeReport(deps: RecoverModeDeps, report: RecoverReport): Promise<string> {
  const file = path.join(outputFolder(deps), 'druid-gitops-report.json');
  await writeFile(file, JSON.stringify({ mode: 'recover', ...report }, null, 2));
  return file;
}
