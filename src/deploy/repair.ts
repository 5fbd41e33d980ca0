/**
 * Repairing a supervisor a deploy suspended and never settled (cancelled, crashed, interrupted):
 * the one implementation behind the action's post step and the CLI's safety net (Ctrl-C, and the
 * next run after a `kill -9`). It puts the spec that ran before back, resumes it and reads the
 * state once; a supervisor a person had suspended before the deploy stays suspended
 * (docs/design.md, invariant 1: never silently suspended).
 */
import { DruidNotFoundError, type AuditContext, type OverlordClient } from '../druid/index.js';
import type { JsonObject } from '../common/json.js';
import { canonicalLayout } from '../spec/layout.js';

/** A supervisor a deploy suspended and had not settled, as its journal remembers it. */
export interface SuspensionRecord {
  id: string;
  /** What ran before; absent for a supervisor the run created. */
  previousSpec?: JsonObject;
  /** When the run wrote the record (its own clock), just before the suspend. */
  since: string;
}

/** What the repair found and did. */
export type RepairOutcome =
  /** Not suspended (resumed by someone, or the deploy got that far): nothing to do. */
  | { kind: 'running' }
  /** Created by the run and never verified: left suspended for a person to look at. */
  | { kind: 'created-suspended' }
  /** The spec that ran before was put back and resumed; `state` as Druid reported it next. */
  | { kind: 'restored'; state: string }
  /** A person had suspended it before the deploy: it stays suspended. */
  | { kind: 'person-suspended' }
  | { kind: 'gone' }
  | { kind: 'failed'; error: string };

export async function repairSuspension(
  client: OverlordClient,
  record: SuspensionRecord,
  audit: AuditContext,
): Promise<RepairOutcome> {
  try {
    const stored = await client.getSupervisorSpec(record.id);
    if (stored.suspended !== true) return { kind: 'running' };
    if (!record.previousSpec) return { kind: 'created-suspended' };
    if (record.previousSpec.suspended === true) return { kind: 'person-suspended' };
    await client.submitSupervisor(
      { ...canonicalLayout(record.previousSpec), suspended: true },
      { audit, skipRestartIfUnmodified: true },
    );
    await client.resumeSupervisor(record.id, { audit });
    const { payload } = await client.getSupervisorStatus(record.id);
    return { kind: 'restored', state: payload.state };
  } catch (error) {
    if (error instanceof DruidNotFoundError) return { kind: 'gone' };
    return { kind: 'failed', error: (error as Error).message };
  }
}

/**
 * Whether the record is done with: the supervisor reads its topic again, is gone, or is suspended
 * by a person's choice. A supervisor the run created, or one the repair could not reach, keeps its
 * record, so the next run and `status` still know who suspended it.
 */
export function settles(outcome: RepairOutcome): boolean {
  return outcome.kind !== 'created-suspended' && outcome.kind !== 'failed';
}
