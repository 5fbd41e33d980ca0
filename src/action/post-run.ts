/**
 * The action's post step. It runs after the main step whatever happened to it — failure, or
 * cancellation in the middle of a deploy. It reads the deploy's journal: a supervisor still listed
 * there was suspended by this run and never settled, so the post step puts the spec that ran
 * before back, resumes it, and reports loudly (docs/design.md, invariant 1: never silently suspended).
 * The repair itself (src/deploy/repair.ts) is the one the CLI uses after Ctrl-C.
 */
import { timeLimitFor } from '../settings/settings.js';
import { parseActionSettings } from '../settings/action-settings.js';
import { createOverlordClient } from '../druid/index.js';
import { repairSuspension } from '../deploy/repair.js';
import { repairMarkdown } from '../report/repair-report.js';
import { JOURNAL_STATE } from './deploy-mode.js';
import { readJournal } from './journal.js';
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
  const audit = { author: 'druid-gitops post step', comment: 'repair after an interrupted deploy' };
  for (const entry of entries)
    lines.push(repairMarkdown(entry.id, await repairSuspension(client, entry, audit)));
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
