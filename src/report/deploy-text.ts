/**
 * A deploy as terminal text for the CLI: what an earlier interrupted run left and what was done
 * about it, one line per retention or compaction file and per supervisor, each deployed
 * supervisor's offset continuity, and, after Ctrl-C, what the run repaired. Text from Druid and
 * specs was redacted when the results were built.
 */
import type { SegmentResult } from '../deploy/deploy-segment.js';
import type { SupervisorResult } from '../deploy/result.js';
import type { RepairOutcome } from '../deploy/repair.js';
import type { SettledSuspension } from '../flows/settle-interrupted.js';
import type { OffsetContinuity, PartitionContinuity } from '../health/continuity.js';
import { repairText } from './repair-report.js';

export interface DeployTextInput {
  results: readonly SupervisorResult[];
  segments: readonly SegmentResult[];
  /** Suspensions an earlier run left, settled before this deploy. */
  settled?: readonly SettledSuspension[];
  /** After Ctrl-C: the signal, and what the run repaired. */
  interrupted?: {
    signal: string;
    repaired: readonly { id: string; outcome: RepairOutcome }[];
    resumeCommand: (id: string) => string;
  };
}

export function deployText(input: DeployTextInput): string[] {
  const lines: string[] = [];
  for (const one of input.settled ?? []) {
    if (one.owner === 'not-suspended' || one.owner === 'gone') continue;
    lines.push(`${one.owner === 'druid-gitops' ? 'recovered' : 'note'}: ${one.id}: ${one.message}`);
  }
  for (const result of input.segments)
    lines.push(
      `${result.kind} of ${result.dataSource} (${result.file}): ${result.outcome}: ${result.message}`,
    );
  for (const result of input.results) {
    lines.push(`${result.id} (${result.file}): ${result.outcome}: ${result.message}`);
    if (result.continuity) lines.push(...continuityText(result.continuity));
  }
  const interrupted = input.interrupted;
  if (interrupted) {
    lines.push(
      '',
      `Interrupted by ${interrupted.signal}. ${interrupted.repaired.length === 0 ? 'This run had left no supervisor suspended.' : 'What this run had suspended:'}`,
      ...interrupted.repaired.map(
        ({ id, outcome }) => `  ${repairText(id, outcome, interrupted.resumeCommand(id))}`,
      ),
    );
  }
  return lines;
}

/** "  offsets: continuous — …", then one line per partition when the verdict is not continuous. */
function continuityText(continuity: OffsetContinuity): string[] {
  const label =
    continuity.verdict === 'gap' || continuity.verdict === 'rewind'
      ? continuity.verdict.toUpperCase()
      : continuity.verdict;
  const lines = [`  offsets: ${label}: ${continuity.summary}`];
  if (continuity.verdict === 'continuous') return lines;
  for (const partition of continuity.partitions) lines.push(`    ${partitionText(partition)}`);
  return lines;
}

function partitionText(partition: PartitionContinuity): string {
  const stopped = partition.stopped
    ? `stopped at ${partition.stopped.exact ? '' : '≥ '}${count(partition.stopped.offset)}`
    : 'stop unknown';
  const started =
    partition.started === undefined ? 'no new task yet' : `new tasks start at ${count(partition.started)}`;
  const records = partition.records ? ` (${count(partition.records)} records)` : '';
  return `partition ${partition.partition}: ${stopped}, ${started}: ${partition.verdict}${records}`;
}

function count(value: number): string {
  return value.toLocaleString('en-US');
}
