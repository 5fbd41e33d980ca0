/**
 * Retention rules and compaction configs in one canonical shape, so that what a file in git says
 * and what the Coordinator's GET returns compare equal when they mean the same thing (docs/design.md,
 * "Comparing git with the cluster"). The structure and defaults come from the model
 * (spec/model/retention-rules.ts, compaction-config.ts): a load rule without tieredReplicants gets
 * Druid's `{"_default_tier": 2}`, a compaction field left out and the null GET writes for it are
 * one thing. Values are compared as Druid reads them: periods by value, intervals as UTC instants
 * (`2024-01-01/2025-01-01` is stored as `2024-01-01T00:00:00.000Z/2025-01-01T00:00:00.000Z`).
 * Object keys are sorted; the order of the rules is kept, since the first rule that matches wins.
 */
import { canonicalDateTime } from '../spec/date-time.js';
import { compactionConfig } from '../spec/model/compaction-config.js';
import { applyDefaults } from '../spec/model/defaults.js';
import { isPlainObject } from '../common/json.js';
import { get } from '../spec/pointer.js';
import { REDACTED } from '../common/redact.js';
import { retentionRules } from '../spec/model/retention-rules.js';
import type { Node } from '../spec/model/vocabulary.js';
import { canonicalJson, diffSpecs, type FieldChange } from './spec-diff.js';
import { canonicalScalar, sortKeys, type EffectiveSpec } from './normalize.js';

export type SegmentKind = 'retention' | 'compaction';

/** The rules or config as Druid holds them; `[]` for no rules, undefined for no compaction config. */
export function normalizeSegmentConfig(kind: SegmentKind, value: unknown, druidVersion: string): unknown {
  const node = kind === 'retention' ? retentionRules : compactionConfig;
  const walked = applyDefaults(node, value, { druidVersion, scalar: segmentScalar });
  if (kind === 'retention') return sortKeys(walked ?? []);
  return walked === undefined ? undefined : sortKeys(walked);
}

/**
 * Whether two rule lists (or two compaction configs) mean the same to Druid: equal canonical JSON,
 * the equality diffSegmentConfigs and segmentHash use, so "differs" always comes with a change.
 */
export function sameSegmentConfig(kind: SegmentKind, a: unknown, b: unknown, druidVersion: string): boolean {
  return (
    canonicalJson(normalizeSegmentConfig(kind, a, druidVersion) ?? null) ===
    canonicalJson(normalizeSegmentConfig(kind, b, druidVersion) ?? null)
  );
}

function segmentScalar(node: Node, value: unknown): unknown {
  if (node.kind === 'string' && node.format === 'interval' && typeof value === 'string') {
    const [start, end, ...rest] = value.split('/');
    if (start === undefined || end === undefined || rest.length > 0) return value;
    return `${String(canonicalDateTime(start))}/${String(canonicalDateTime(end))}`;
  }
  return canonicalScalar(node, value);
}

/**
 * What changes from `before` to `after` (either absent: undefined), both normalised, with pointers
 * into the file as written (`/0/period` for the first rule, `/skipOffsetFromLatest`) and values
 * redacted like a supervisor diff. Values are shown as written where only their spelling was
 * normalised (`P30D`, not `PT2592000S`): changes are found on values, shown in people's words.
 */
export function diffSegmentConfigs(
  kind: SegmentKind,
  before: unknown,
  after: unknown,
  druidVersion: string,
): FieldChange[] {
  const wrap = (value: unknown): EffectiveSpec => {
    const normal = normalizeSegmentConfig(kind, value, druidVersion);
    return { id: undefined, suspended: false, spec: normal === undefined ? {} : { root: normal } };
  };
  const written = (value: unknown): unknown => {
    const node = kind === 'retention' ? retentionRules : compactionConfig;
    return sortKeys(applyDefaults(node, value, { druidVersion }) ?? null);
  };
  const shown = { before: written(before), after: written(after) };
  return diffSpecs(wrap(before), wrap(after)).map((change) => {
    const pointer = change.pointer.replace(/^\/root/, '');
    const out: FieldChange = { ...change, pointer };
    for (const side of ['before', 'after'] as const)
      if (side in change && change.kind !== 'reordered')
        out[side] = asWritten(change[side], get(shown[side], pointer));
    return out;
  });
}

/** The canonical value with each string replaced by the spelling at the same place as written. */
function asWritten(canonical: unknown, written: unknown): unknown {
  if (typeof canonical === 'string')
    return typeof written === 'string' && canonical !== REDACTED ? written : canonical;
  if (Array.isArray(canonical))
    return canonical.map((item, index) =>
      asWritten(item, Array.isArray(written) ? written[index] : undefined),
    );
  if (isPlainObject(canonical))
    return Object.fromEntries(
      Object.entries(canonical).map(([key, item]) => [
        key,
        asWritten(item, isPlainObject(written) ? written[key] : undefined),
      ]),
    );
  return canonical;
}
