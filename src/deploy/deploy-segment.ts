/**
 * Deploys one datasource's retention rules or compaction config: read what the Coordinator holds,
 * decide (segment-decide.ts), write with the run's audit headers, read back and compare. Both
 * writes are repeatable (the same list replaces the same list), so the client retries transient
 * errors; a refusal is reported with Druid's words. Nothing here suspends or restarts anything.
 */
import type { FieldChange } from '../diff/spec-diff.js';
import { diffSegmentConfigs, type SegmentKind } from '../diff/segment-normalize.js';
import { DruidError } from '../druid/errors.js';
import type { OverlordClient } from '../druid/overlord-client.js';
import type { DataSourceCompactionConfig, RetentionRule } from '../druid/payloads.js';
import { redactStrings, collectSecrets } from '../common/redact.js';
import { decideSegmentAction, readBackMatches, type SegmentAction } from './segment-decide.js';
import { describeRules } from '../health/datasource.js';
import { describeCompaction } from './segment-summary.js';
import type { DeployContext } from './context.js';

/** One retention or compaction file as git describes it at the deployed commit and the one before. */
export interface SegmentTarget {
  kind: SegmentKind;
  dataSource: string;
  /** The file at head (or at base, when it was deleted). */
  file: string;
  /** The rules list or config object at head; absent when the file was deleted. */
  head?: unknown;
  base?: unknown;
  /** Why the head file is not applied (its first error-level finding). */
  blocked?: string;
}

export type SegmentOutcome = 'applied' | 'unchanged' | 'drift' | 'deleted-kept' | 'gone' | 'failed';

export interface SegmentResult {
  kind: SegmentKind;
  dataSource: string;
  file: string;
  outcome: SegmentOutcome;
  /** One sentence for the summary row. */
  message: string;
  /** live → head, normalised and redacted (what was, or would be, changed). */
  changes: FieldChange[];
  /** The cluster's value before the run, in one line. */
  before?: string;
  /** The cluster's value after the run (read back), in one line. */
  after?: string;
  /** Whether git's file is what the merged pull request's review showed (set by the action). */
  reviewed?: 'as-reviewed' | 'differs' | 'not-reviewed';
}

/** The outcomes that leave the cluster off git: the run fails. */
export const FAILING_SEGMENT_OUTCOMES: ReadonlySet<SegmentOutcome> = new Set(['drift', 'failed']);

type Ctx = Pick<DeployContext, 'client' | 'druidVersion' | 'audit' | 'onDrift' | 'log'>;

/** What the Coordinator holds: the rules list (`[]` for none) or the config (undefined for none). */
export async function readLiveSegment(
  client: OverlordClient,
  kind: SegmentKind,
  dataSource: string,
): Promise<unknown> {
  return kind === 'retention'
    ? client.getRetentionRules(dataSource)
    : client.getDatasourceCompactionConfig(dataSource);
}

export const describeSegment = (kind: SegmentKind, value: unknown): string =>
  kind === 'retention' ? describeRules(Array.isArray(value) ? value : []) : describeCompaction(value);

export async function deploySegment(target: SegmentTarget, context: Ctx): Promise<SegmentResult> {
  const result = (outcome: SegmentOutcome, message: string, extra: Partial<SegmentResult> = {}) =>
    redacted(target, { ...base(target), outcome, message, changes: [], ...extra });
  let live: unknown;
  try {
    live = await readLiveSegment(context.client, target.kind, target.dataSource);
  } catch (error) {
    return result('failed', `not applied: the Coordinator could not be read: ${messageOf(error)}`);
  }
  const action = decide(target, live, context);
  const changes = diffSegmentConfigs(target.kind, live, target.head, context.druidVersion);
  const before = describeSegment(target.kind, live);
  switch (action.kind) {
    case 'blocked':
      return result('failed', `not applied: ${action.reason}`, { before });
    case 'unchanged':
      return result('unchanged', 'the cluster has this already: nothing written', { before });
    case 'gone':
      return result('gone', 'file deleted and nothing on the cluster: nothing to do');
    case 'deleted-kept':
      return result('deleted-kept', DELETED_KEPT[target.kind], { before });
    case 'drift':
      return result(
        'drift',
        'changed outside git (differs from both the previous and the new file): not overwritten (on-drift: fail)',
        { changes, before },
      );
    case 'apply':
      break;
  }
  try {
    await write(target, context);
  } catch (error) {
    // A refusal changed nothing; a lost connection or a timeout may have come after Druid acted.
    const outcome =
      error instanceof DruidError && error.kind === 'rejected'
        ? `Druid refused the write; the cluster keeps ${before}`
        : 'the write failed, and whether Druid applied it is unknown (a re-run or the drift check shows it)';
    return result('failed', `${outcome}: ${messageOf(error)}`, { changes, before });
  }
  let stored: unknown;
  try {
    stored = await readLiveSegment(context.client, target.kind, target.dataSource);
  } catch (error) {
    return result('failed', `written, but the read-back failed, so it is unverified: ${messageOf(error)}`, {
      changes,
      before,
    });
  }
  const after = describeSegment(target.kind, stored);
  if (!readBackMatches(target.kind, target.head, stored, context.druidVersion))
    return result(
      'failed',
      `written, but Druid stores something else: git says ${describeSegment(target.kind, target.head)}; Druid stores ${after}`,
      { changes: diffSegmentConfigs(target.kind, stored, target.head, context.druidVersion), before, after },
    );
  const overwrite = action.overwritesDrift ? ' (overwriting a change made outside git)' : '';
  context.log(`${target.kind} of ${target.dataSource}: applied${overwrite}`);
  return result('applied', `applied and read back${overwrite}`, { changes, before, after });
}

/** What a deploy would do, without writing (`deploy --dry-run`). */
export async function previewSegment(target: SegmentTarget, context: Ctx): Promise<SegmentResult> {
  const live = await readLiveSegment(context.client, target.kind, target.dataSource);
  const action = decide(target, live, context);
  const sentence: Record<SegmentAction['kind'], string> = {
    apply: 'would write it and read it back',
    unchanged: 'the cluster has this already: nothing to do',
    drift: 'was changed outside git: would stop here (on-drift: fail)',
    'deleted-kept': DELETED_KEPT[target.kind],
    gone: 'file deleted and nothing on the cluster: nothing to do',
    blocked: action.kind === 'blocked' ? `would not apply it: ${action.reason}` : '',
  };
  const overwrite =
    action.kind === 'apply' && action.overwritesDrift ? ' (overwriting a change made outside git)' : '';
  return redacted(target, {
    ...base(target),
    outcome: action.kind === 'apply' ? 'applied' : action.kind === 'blocked' ? 'failed' : action.kind,
    message: sentence[action.kind] + overwrite,
    changes: diffSegmentConfigs(target.kind, live, target.head, context.druidVersion),
    before: describeSegment(target.kind, live),
  });
}

const DELETED_KEPT: Record<SegmentKind, string> = {
  retention:
    'file deleted: the rules stay on the cluster (never removed automatically; commit [] to clear them)',
  compaction:
    'file deleted: the compaction config stays on the cluster (never removed automatically; delete it in the console or with DELETE /druid/coordinator/v1/config/compaction/{dataSource})',
};

function decide(target: SegmentTarget, live: unknown, context: Ctx): SegmentAction {
  return decideSegmentAction({
    kind: target.kind,
    head: target.head,
    base: target.base,
    live,
    onDrift: context.onDrift,
    druidVersion: context.druidVersion,
    ...(target.blocked === undefined ? {} : { blocked: target.blocked }),
  });
}

async function write(target: SegmentTarget, context: Ctx): Promise<void> {
  if (target.kind === 'retention')
    await context.client.setRetentionRules(target.dataSource, target.head as RetentionRule[], {
      audit: context.audit,
    });
  else
    await context.client.setDatasourceCompactionConfig(target.head as DataSourceCompactionConfig, {
      audit: context.audit,
    });
}

const base = (target: SegmentTarget) => ({
  kind: target.kind,
  dataSource: target.dataSource,
  file: target.file,
});

const messageOf = (error: unknown): string =>
  error instanceof DruidError ? error.message : `unexpected error: ${(error as Error).message}`;

/** Secrets a config may carry (a taskContext value) never leave in a message or a diff. */
function redacted(target: SegmentTarget, result: SegmentResult): SegmentResult {
  const secrets = collectSecrets(target.head, collectSecrets(target.base));
  return redactStrings(result, secrets);
}
