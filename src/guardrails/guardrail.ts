/**
 * The shape of a guardrail: data (id, title, default severity, rationale, parameters, a failing
 * example for the docs) plus one pure check over the spec as the file writes it. Rules never do
 * I/O: everything they may need arrives in the context.
 */
import type { Severity } from '../common/finding.js';
import type { SupervisorView } from '../spec/layout.js';

type ParameterType = 'integer' | 'number' | 'duration' | 'granularity';
export type ParameterValue = number | string;
type Parameters = Readonly<Record<string, ParameterValue>>;

export interface ParameterInfo {
  type: ParameterType;
  default: ParameterValue;
  description: string;
}

/** What the base ref says about this supervisor, for change rules. Absent: no base to compare. */
export type BaseSpec =
  { status: 'new' } | { status: 'existing'; value: Record<string, unknown>; view: SupervisorView };

/**
 * Facts read from a reachable cluster. Absent altogether when no cluster was asked; a field left
 * undefined means the cluster could not tell.
 */
export interface LiveFacts {
  /** Partitions of the topic (from the supervisor's status). */
  partitions?: number;
  /** The supervisor's current state (`payload.state`); null when the cluster has no such supervisor. */
  supervisorState?: string | null;
  /** Whether Druid holds stored offsets for this supervisor (datasource metadata). */
  storedOffsets?: boolean;
  /** The datasource's auto-compaction config; null when the datasource has none. */
  compaction?: { skipOffsetFromLatest?: string } | null;
}

/** A retention or compaction file from git, for the cross-checks with the supervisor feeding its datasource. */
interface SegmentDocument {
  /** Repository path, for messages. */
  path: string;
  /** retention: the rules list; compaction: the config object (as the file writes them). */
  value: unknown;
}

/**
 * The retention and compaction files of the supervisor's datasource, per kind: null when the
 * repository keeps files of that kind but none for this datasource; absent when it keeps none of
 * that kind at all (then nothing is expected of it).
 */
export interface DatasourceSegments {
  retention?: SegmentDocument | null;
  compaction?: SegmentDocument | null;
}

/** The spec being checked. */
interface GuardrailSpec {
  /** The whole document as written (top-level `context`, `id`, ...). */
  value: Record<string, unknown>;
  /** Where Druid reads the sections from, and their pointers in the file (spec/layout.ts). */
  view: SupervisorView;
}

/** Everything else a rule may need. */
export interface GuardrailContext {
  base?: BaseSpec;
  /** The selected environment profile, for messages ("the production profile requires ..."). */
  profile?: string;
  druidVersion: string;
  live?: LiveFacts;
  /** The datasource's retention and compaction files, when the repository keeps them. */
  segments?: DatasourceSegments;
  /** The rule's parameters after configuration (defaults, config, profile, overrides). */
  parameters: Parameters;
}

/** One thing a rule found; the engine adds the rule id and the configured severity. */
export interface RuleHit {
  pointer: string;
  message: string;
  /** The rule needs a fact it does not have and says so: always a notice, never configured up. */
  missingFact?: true;
}

/** A spec fragment that makes the rule fire, for docs/guardrails.md and the catalogue test. */
interface RuleExample {
  /** JSON Pointer → value, applied to the clean reference spec. */
  set: Readonly<Record<string, unknown>>;
  /** Change rules: the base is the clean reference spec. */
  changed?: true;
  live?: LiveFacts;
  /** The datasource's files in git: the reference ones (scripts/guardrail-examples.ts) with these replaced; null: no file. */
  segments?: Partial<Record<'retention' | 'compaction', unknown>>;
  druidVersion?: string;
  profile?: string;
}

export interface GuardrailRule {
  /** Stable id, `guardrail/<name>`; never reused for another meaning. */
  id: string;
  title: string;
  severity: Severity;
  /** Why it matters, what Druid actually does, and what to do (Markdown-free prose). */
  rationale: string;
  parameters: Readonly<Record<string, ParameterInfo>>;
  example: RuleExample;
  check(spec: GuardrailSpec, context: GuardrailContext): RuleHit[];
}
