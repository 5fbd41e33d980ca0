/**
 * Validation of a retention file (the ordered rules of one datasource) and of a compaction file
 * (its auto-compaction config): Druid's types, enums and unknown keys from the model, and the
 * fields the configured Druid release does not read yet. Findings carry pointers only; the loader
 * turns them into lines and columns.
 */
import type { Finding } from '../common/finding.js';
import { isPlainObject } from '../common/json.js';
import type { SegmentKind } from '../spec/segment-files.js';
import { checkRetentionRules } from './retention-semantics.js';
import { checkAgainstSchema, onePerPlace } from './schema-check.js';
import { segmentSchema } from './segment-schemas.js';
import { checkVersions } from './versions.js';

export function validateSegmentValue(
  kind: SegmentKind,
  value: unknown,
  druidVersion: string,
  now = Date.now(),
): Finding[] {
  const schema = segmentSchema(kind);
  return onePerPlace([
    ...checkAgainstSchema(value, schema),
    ...checkVersions(value, schema.root, druidVersion, schema.removedKeys),
    ...(kind === 'retention' && Array.isArray(value) ? checkRetentionRules(value, now) : []),
    ...(kind === 'compaction' ? checkCompactionEngine(value) : []),
  ]);
}

/**
 * The schema accepts engine "msq" (Druid reads it), but the Coordinator's compaction API, which the
 * deploy writes to, refuses it with a 400 (captured on 33.0): it needs supervisor-based compaction.
 */
function checkCompactionEngine(value: unknown): Finding[] {
  const engine = isPlainObject(value) ? value.engine : undefined;
  if (typeof engine !== 'string' || engine.toLowerCase() !== 'msq') return [];
  return [
    {
      rule: 'compaction/msq-engine',
      severity: 'error',
      pointer: '/engine',
      message:
        'The Coordinator refuses engine "msq" ("MSQ engine is supported only with supervisor-based compaction on the Overlord", HTTP 400), and druid-gitops applies compaction through the Coordinator. Leave engine out or use "native".',
    },
  ];
}
