/**
 * The failing example of every guardrail, run for real: each example is a change to one clean
 * reference spec, checked with the rule's defaults. docs/guardrails.md shows the change and the
 * finding it produces, and the catalogue test checks that each example fails and the reference
 * spec passes, so the docs cannot show an example that does not fire.
 */
import type { Finding } from '../src/common/finding.js';
import { rulesFor } from '../src/config/rule-settings.js';
import { runGuardrails } from '../src/guardrails/engine.js';
import type { DatasourceSegments, GuardrailRule, LiveFacts } from '../src/guardrails/guardrail.js';
import { viewSupervisor } from '../src/spec/layout.js';
import { NEWEST_DRUID_VERSION } from '../src/spec/model/version.js';
import { split } from '../src/spec/pointer.js';

/** A production-style spec that passes every guardrail (with the benign cluster facts below). */
export const REFERENCE_SPEC: Readonly<Record<string, unknown>> = {
  type: 'kafka',
  spec: {
    dataSchema: {
      dataSource: 'clicks',
      timestampSpec: { column: 'ts', format: 'iso' },
      dimensionsSpec: { dimensions: ['page', { type: 'long', name: 'user_id' }, 'country'] },
      metricsSpec: [
        { type: 'count', name: 'count' },
        { type: 'longSum', name: 'bytes', fieldName: 'bytes' },
      ],
      granularitySpec: {
        type: 'uniform',
        segmentGranularity: 'HOUR',
        queryGranularity: 'MINUTE',
        rollup: true,
      },
    },
    ioConfig: {
      topic: 'clicks',
      inputFormat: { type: 'json' },
      consumerProperties: { 'bootstrap.servers': 'kafka-1:9092,kafka-2:9092' },
      useEarliestOffset: false,
      replicas: 2,
      taskCount: 2,
      taskDuration: 'PT1H',
      completionTimeout: 'PT30M',
      lateMessageRejectionPeriod: 'PT6H',
    },
    tuningConfig: {
      type: 'kafka',
      maxRowsPerSegment: 5000000,
      maxRowsInMemory: 150000,
      intermediatePersistPeriod: 'PT10M',
      handoffConditionTimeout: 900000,
      logParseExceptions: true,
      maxParseExceptions: 1000,
      maxSavedParseExceptions: 100,
    },
  },
};

/** What a healthy cluster would report for the reference spec. */
export const REFERENCE_FACTS: LiveFacts = {
  partitions: 8,
  supervisorState: 'RUNNING',
  storedOffsets: true,
  compaction: { skipOffsetFromLatest: 'P1D' },
};

/** The datasource's files in git that pass every cross-check with the reference spec. */
export const REFERENCE_SEGMENTS: DatasourceSegments = {
  retention: {
    path: 'retention/clicks.yaml',
    value: [{ type: 'loadByPeriod', period: 'P30D' }, { type: 'dropForever' }],
  },
  compaction: {
    path: 'compaction/clicks.yaml',
    value: { skipOffsetFromLatest: 'PT12H', granularitySpec: { segmentGranularity: 'DAY' } },
  },
};

/** The reference segments with an example's replacements (null: no such file). */
function segmentsWith(
  replacements: Partial<Record<'retention' | 'compaction', unknown>> = {},
): DatasourceSegments {
  const pick = (kind: 'retention' | 'compaction') =>
    !(kind in replacements)
      ? REFERENCE_SEGMENTS[kind]
      : replacements[kind] === null
        ? null
        : { path: `${kind}/clicks.yaml`, value: replacements[kind] };
  return { retention: pick('retention'), compaction: pick('compaction') };
}

/** A deep copy of `value` with `replacement` written at `pointer` (missing objects are created). */
export function withValue(value: unknown, pointer: string, replacement: unknown): Record<string, unknown> {
  const copy = structuredClone(value) as Record<string, unknown>;
  const tokens = split(pointer);
  let holder: Record<string, unknown> = copy;
  for (const token of tokens.slice(0, -1)) {
    if (typeof holder[token] !== 'object' || holder[token] === null) holder[token] = {};
    holder = holder[token] as Record<string, unknown>;
  }
  holder[tokens.at(-1) as string] = replacement;
  return copy;
}

export function exampleSpec(rule: GuardrailRule): Record<string, unknown> {
  return Object.entries(rule.example.set).reduce<Record<string, unknown>>(
    (spec, [pointer, value]) => withValue(spec, pointer, value),
    structuredClone(REFERENCE_SPEC) as Record<string, unknown>,
  );
}

/** Runs every guardrail over a spec as the examples do: defaults, reference facts, optional base. */
export function checkLikeExamples(
  spec: Record<string, unknown>,
  options: {
    changed?: boolean;
    live?: LiveFacts;
    segments?: Partial<Record<'retention' | 'compaction', unknown>>;
    druidVersion?: string;
    profile?: string;
  } = {},
): Finding[] {
  // A change example compares with the reference spec; any other compares with itself (no change).
  const base = options.changed ? (structuredClone(REFERENCE_SPEC) as Record<string, unknown>) : spec;
  const layers = { rules: {}, profiles: {}, overrides: [] };
  return runGuardrails(spec, {
    druidVersion: options.druidVersion ?? NEWEST_DRUID_VERSION,
    rules: rulesFor(options.profile ? { ...layers, profile: options.profile } : layers, undefined),
    live: { ...REFERENCE_FACTS, ...options.live },
    // The datasource's files only when asked for: the cross-checks then see the reference files.
    ...(options.segments ? { segments: segmentsWith(options.segments) } : {}),
    base: { status: 'existing', value: base, view: viewSupervisor(base) },
    ...(options.profile === undefined ? {} : { profile: options.profile }),
  });
}

/** The findings of `rule` on its own example. */
export function runExample(rule: GuardrailRule): Finding[] {
  const { example } = rule;
  return checkLikeExamples(exampleSpec(rule), {
    ...(example.changed ? { changed: true } : {}),
    ...(example.live ? { live: example.live } : {}),
    ...(example.segments ? { segments: example.segments } : {}),
    ...(example.druidVersion ? { druidVersion: example.druidVersion } : {}),
    ...(example.profile ? { profile: example.profile } : {}),
  }).filter((finding) => finding.rule === rule.id);
}
