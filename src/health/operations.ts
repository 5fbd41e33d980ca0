/**
 * The recovery operations an on-call engineer can ask for, and the one pure gate in front of them:
 * which requests may run as asked. Reading is always allowed; writes name one supervisor; the
 * destructive ones (reset, reset-offsets, terminate) are never automatic — a person starts them
 * (workflow_dispatch, or the CLI) and confirms them by typing the supervisor id (docs/design.md,
 * invariant 6).
 */
import type { PartitionMap } from '../druid/payloads.js';

export const OPERATIONS = [
  'status',
  'diagnose',
  'suspend',
  'resume',
  'resync',
  'handoff',
  'reset',
  'reset-offsets',
  'terminate',
] as const;

export type RecoverOperation = (typeof OPERATIONS)[number];

/** Operations that only read: they must not send a single write to Druid. */
export const READ_ONLY: ReadonlySet<RecoverOperation> = new Set(['status', 'diagnose']);

/** Operations that lose or duplicate data, or remove a supervisor. */
export const DESTRUCTIVE: ReadonlySet<RecoverOperation> = new Set(['reset', 'reset-offsets', 'terminate']);

/** The supervisor input that means "every supervisor" (read-only operations only). */
export const ALL = '*';

export function isOperation(value: string): value is RecoverOperation {
  return (OPERATIONS as readonly string[]).includes(value);
}

export interface RecoverRequest {
  operation: RecoverOperation;
  /** A supervisor id, or `*`. */
  supervisor: string;
  /** Must equal `supervisor` for destructive operations. */
  confirm: string;
  /** reset-offsets: partition → offset to resume reading from. */
  offsets?: PartitionMap;
  /**
   * Who started the run: a person (`workflow_dispatch`, the CLI) or something automatic (a push,
   * a schedule, another workflow with `mode: recover`).
   */
  startedBy: 'person' | 'automation';
  /** Which front door asked, so a refusal names its inputs as the person typed them (`--confirm`). */
  via?: 'action' | 'cli';
}

/** Why the request must not run as asked; undefined when it may. */
export function refusal(request: RecoverRequest): string | undefined {
  const { operation, supervisor } = request;
  const cli = request.via === 'cli';
  if (supervisor === '' || (supervisor === ALL && !READ_ONLY.has(operation))) {
    return cli
      ? `${operation} acts on one supervisor: name its id.`
      : `${operation} acts on one supervisor: set supervisor to its id (\`*\` is for status and diagnose only).`;
  }
  if (!DESTRUCTIVE.has(operation)) return undefined;
  if (request.startedBy !== 'person') {
    return `${operation} is destructive and never runs automatically: start it by hand (Actions → Run workflow, or the CLI).`;
  }
  if (request.confirm !== supervisor) {
    const confirm = cli ? '--confirm' : 'confirm';
    return request.confirm === ''
      ? `${operation} is destructive: ${cli ? `add --confirm ${supervisor}` : `set confirm to ${supervisor}`} to go ahead.`
      : `${operation} is destructive: ${confirm} must be exactly the supervisor id ${supervisor}, got "${request.confirm}".`;
  }
  if (operation === 'reset-offsets' && !request.offsets) {
    return `reset-offsets needs ${cli ? '--offsets' : 'offsets'}: a JSON object of partition → offset, e.g. {"0": 1200, "1": 1180}.`;
  }
  return undefined;
}

/**
 * Reads the `offsets` input: a JSON object of partition → offset (`{"0": 1200}`; `"topic:0"` keys
 * for topicPattern supervisors). Offsets are whole numbers of at least 0.
 */
export function parseOffsets(text: string): PartitionMap {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new Error(`offsets must be JSON, e.g. {"0": 1200, "1": 1180}; got ${text}`);
  }
  if (
    typeof value !== 'object' ||
    value === null ||
    Array.isArray(value) ||
    Object.keys(value).length === 0
  ) {
    throw new Error('offsets must be a JSON object of partition → offset with at least one partition.');
  }
  const offsets: PartitionMap = {};
  for (const [partition, offset] of Object.entries(value)) {
    const number = typeof offset === 'string' && /^\d+$/.test(offset) ? Number(offset) : offset;
    if (typeof number !== 'number' || !Number.isSafeInteger(number) || number < 0) {
      throw new Error(
        `offsets: partition ${partition} needs a whole number of at least 0, got ${JSON.stringify(offset)}.`,
      );
    }
    offsets[partition] = number;
  }
  return offsets;
}
