/**
 * What each write does to the data, in plain words, from Druid's own behaviour (REFERENCE §2.4,
 * §10c): the summary says it before a destructive operation runs (and when it is refused), so
 * nobody learns at 3 a.m. that reset deletes offsets.
 */
import type { PartitionMap } from '../druid/payloads.js';
import { count } from './check-context.js';
import type { OffsetTable } from './offsets.js';
import type { RecoverOperation } from './operations.js';
import type { SpecSettings } from '../spec/spec-settings.js';

export interface ConsequenceInput {
  operation: RecoverOperation;
  settings: Pick<SpecSettings, 'useEarliestOffset' | 'topic'>;
  /** Where the supervisor stands now, when its status could be read. */
  before?: OffsetTable;
  /** reset-offsets: the requested offsets. */
  offsets?: PartitionMap;
  /** The git file that describes the supervisor, when known. */
  file?: string;
}

export function consequences(input: ConsequenceInput): string[] {
  switch (input.operation) {
    case 'status':
    case 'diagnose':
      return ['Reads only: nothing on the cluster changes.'];
    case 'suspend':
      return [
        'Reading tasks stop and publish what they have read: nothing is lost.',
        'Nothing reads the topic until it is resumed: records wait in Kafka, and those older than the topic’s retention are deleted before Druid reads them.',
      ];
    case 'resume':
      return [
        'New tasks start from the stored offsets and first read the backlog that built up while it was suspended: expect the lag to jump, then fall.',
      ];
    case 'resync':
      return [
        'Git’s spec is applied with the deploy runbook: suspend (tasks publish), submit, resume, verify; if it does not become healthy, the spec that ran before is put back.',
        'Nothing is skipped or read twice: new tasks continue from the stored offsets.',
      ];
    case 'handoff':
      return [
        'The reading task groups stop reading early and publish what they have; new tasks continue from where they stopped.',
        'Nothing is skipped or read twice; it leaves extra, smaller segments until compaction merges them.',
      ];
    case 'reset':
      return resetConsequences(input);
    case 'reset-offsets':
      return resetOffsetsConsequences(input);
    case 'terminate':
      return [
        'The supervisor stops: reading tasks publish what they have read (nothing is lost), then Druid removes it. Nothing reads the topic afterwards.',
        'Druid keeps the stored offsets: a supervisor created later with the same id continues from them.',
        input.file
          ? `Git still has ${input.file}: the next deploy creates the supervisor again. Delete the file (or suspend instead) to keep it stopped.`
          : 'If git still has its spec, the next deploy creates the supervisor again: delete the file (or suspend instead) to keep it stopped.',
      ];
  }
}

function resetConsequences(input: ConsequenceInput): string[] {
  const unread = unpublished(input.before);
  const pending =
    unread === undefined
      ? 'every record not yet published'
      : `about ${count(unread)} records not yet published, plus what arrives before the new tasks start`;
  return [
    'Druid deletes the stored offsets of every partition and kills the reading tasks: what they read since their last checkpoint is thrown away, not published.',
    input.settings.useEarliestOffset
      ? `New tasks start at the earliest offset Kafka still has (useEarliestOffset: true): the whole retained topic${input.settings.topic ? ` ${input.settings.topic}` : ''} is read again, and rows already in the datasource are appended a second time (duplicates: there is no exactly-once across a reset).`
      : `New tasks start at the latest offset (useEarliestOffset: false): ${pending} are skipped — data loss.`,
    'Use it only when the stored offsets no longer exist in Kafka; reset-offsets with explicit offsets repairs single partitions.',
  ];
}

function resetOffsetsConsequences(input: ConsequenceInput): string[] {
  const lines = [
    'Druid replaces the stored offsets of the listed partitions and kills the tasks reading them: what those tasks read since their last checkpoint is thrown away, then read again from the new offsets.',
  ];
  const positions = new Map(
    (input.before?.partitions ?? []).map((position) => [position.partition, position]),
  );
  for (const [partition, target] of Object.entries(input.offsets ?? {})) {
    const position = positions.get(partition);
    const from = position?.taskStart;
    if (!position) {
      lines.push(
        `Partition ${partition}: Druid does not report it for this supervisor; check the partition key.`,
      );
    } else if (from === undefined) {
      lines.push(
        `Partition ${partition}: resumes at ${count(target)} (no reading task shows where it stands now).`,
      );
    } else if (target < from) {
      lines.push(
        `Partition ${partition}: back from ${count(from)} to ${count(target)}: ${count(from - target)} records read again (duplicates).`,
      );
    } else if (target > from) {
      lines.push(
        `Partition ${partition}: forward from ${count(from)} to ${count(target)}: ${count(target - from)} records skipped (data loss).`,
      );
    } else {
      lines.push(`Partition ${partition}: stays at ${count(target)}: only the unpublished reads are redone.`);
    }
    if (position?.end !== undefined && target > position.end)
      lines.push(
        `Partition ${partition}: ${count(target)} is past the end of the partition (${count(position.end)}).`,
      );
  }
  lines.push(
    'Offsets are compared with where the reading task started, the nearest public view of the stored offsets.',
  );
  return lines;
}

/** Records read or waiting that a reset could lose: from where each task started to the partition end. */
function unpublished(table: OffsetTable | undefined): number | undefined {
  if (!table) return undefined;
  let total = 0;
  let known = false;
  for (const position of table.partitions) {
    if (position.end === undefined || position.taskStart === undefined) continue;
    total += Math.max(0, position.end - position.taskStart);
    known = true;
  }
  return known ? total : undefined;
}
