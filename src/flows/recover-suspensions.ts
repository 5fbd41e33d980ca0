/**
 * For status and diagnose: which suspended supervisors a druid-gitops run on this machine left
 * suspended. The run's record (the CLI's journal) says it suspended the supervisor; Druid's spec
 * history says whether anyone resumed it since (src/deploy/suspension-owner.ts). One more GET per
 * suspended supervisor with a record, none otherwise.
 */
import type { OverlordClient } from '../druid/index.js';
import { suspensionOwner, type RunSuspension } from '../deploy/suspension-owner.js';
import type { SupervisorHistoryEntry } from '../druid/payloads.js';
import type { SupervisorRead } from './recover-read.js';

export async function attributeSuspensions(
  reads: readonly SupervisorRead[],
  records: readonly RunSuspension[],
  client: OverlordClient,
): Promise<void> {
  for (const read of reads) {
    if (!read.found || read.facts.spec?.suspended !== true) continue;
    const record = records.find((candidate) => candidate.id === read.id);
    if (!record) continue;
    const history = await historyOf(read, client);
    if (!history) continue;
    const owner = suspensionOwner({ record, suspended: true, history });
    if (owner !== 'druid-gitops' && owner !== 'run-in-progress') continue;
    read.facts.suspendedBy = {
      running: owner === 'run-in-progress',
      at: record.since,
      run: { command: record.run.command, pid: record.run.pid, host: record.run.host },
      ...(record.left ? { left: record.left } : {}),
    };
  }
}

async function historyOf(
  read: Extract<SupervisorRead, { found: true }>,
  client: OverlordClient,
): Promise<SupervisorHistoryEntry[] | undefined> {
  if (read.facts.history?.ok) return read.facts.history.value;
  try {
    return await client.getSupervisorHistory(read.id);
  } catch {
    return undefined; // unreadable history: say nothing rather than guess
  }
}
