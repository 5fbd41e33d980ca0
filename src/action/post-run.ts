/**
 * The action's post step. It runs after the main step whatever happened to it — failure, or
 * cancellation in the middle of a deploy. It reads the deploy's journal: a supervisor still listed
 * there was suspended by this run and never settled, so the post step puts the spec that ran
 * before back, resumes it, and reports loudly (docs/design.md, invariant 1: never silently suspended).
 */
import { timeLimitFor } from '../settings/settings.js';
import { parseActionSettings } from '../settings/action-settings.js';
import { createOverlordClient, DruidNotFoundError, type OverlordClient } from '../druid/index.js';
import { canonicalLayout } from '../spec/layout.js';
import { code, escapeMarkdown } from '../report/safe-markdown.js';
import { JOURNAL_STATE } from './deploy-mode.js';
import { readJournal, type JournalEntry } from './journal.js';
import type { ActionServices } from './run.js';
import type { ActionRuntime } from './runtime.js';
import type { RunContext } from './run-context.js';

export async function runPost(
  runtime: ActionRuntime,
  context: RunContext,
  services: ActionServices = {},
): Promise<void> {
  const journalPath = runtime.getState(JOURNAL_STATE);
  if (!journalPath) return; // the main step did not deploy
  const entries = await readJournal(journalPath);
  if (entries.length === 0) {
    runtime.info('druid-gitops: every supervisor the deploy suspended was settled.');
    return;
  }
  const settings = parseActionSettings((name) => runtime.getInput(name), context);
  const client =
    services.overlord ??
    (settings.druid
      ? createOverlordClient(settings.druid, { timeLimitMs: timeLimitFor(settings, 'write') })
      : undefined);
  if (!client) {
    runtime.setFailed(
      `The deploy stopped with ${entries.map((entry) => entry.id).join(', ')} possibly suspended, and no druid-url is set to repair it.`,
    );
    return;
  }
  for (const secret of client.secrets()) runtime.setSecret(secret);
  const lines: string[] = [];
  for (const entry of entries) lines.push(await repair(client, entry));
  if (!services.overlord) await client.close();
  await runtime.appendSummary(
    [
      '## druid-gitops: deploy interrupted',
      '',
      'The deploy stopped before it finished with these supervisors (cancelled or crashed). What the post step did:',
      '',
      ...lines,
      '',
      "Re-run the deploy to apply git's specs.",
      '',
    ].join('\n'),
  );
  runtime.setFailed(
    `The deploy was interrupted while changing ${entries.map((entry) => entry.id).join(', ')}; see the job summary.`,
  );
}

async function repair(client: OverlordClient, entry: JournalEntry): Promise<string> {
  const audit = { author: 'druid-gitops post step', comment: 'repair after an interrupted deploy' };
  try {
    const stored = await client.getSupervisorSpec(entry.id);
    if (stored.suspended !== true) return `- ${code(entry.id)}: running; nothing to repair.`;
    if (!entry.previousSpec) {
      return `- ${code(entry.id)}: created by the interrupted deploy and left **suspended** (it was never verified). Resume it once its spec is right.`;
    }
    if (entry.previousSpec.suspended !== true) {
      await client.submitSupervisor(
        { ...canonicalLayout(entry.previousSpec), suspended: true },
        { audit, skipRestartIfUnmodified: true },
      );
      await client.resumeSupervisor(entry.id, { audit });
      const { payload } = await client.getSupervisorStatus(entry.id);
      return `- ${code(entry.id)}: was left suspended; the spec that ran before the deploy was put back and resumed (now ${code(payload.state)}).`;
    }
    return `- ${code(entry.id)}: a person had suspended it before the deploy; it stays suspended.`;
  } catch (error) {
    if (error instanceof DruidNotFoundError) return `- ${code(entry.id)}: Druid no longer has it.`;
    return `- ${code(entry.id)}: **could not be repaired** (${escapeMarkdown((error as Error).message)}). Check it now: Kafka lag grows while it is suspended.`;
  }
}
