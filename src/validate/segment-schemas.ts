/**
 * The retention-rule and compaction-config models, their JSON Schemas, and the Ajv validators for
 * them, compiled ahead of time like the supervisor's (`npm run generate`, scripts/generated.ts).
 * The element maps are built on first use, per kind: a repository without retention or
 * compaction files never pays for them.
 */
import { COMPACTION_TITLE, compactionConfig } from '../spec/model/compaction-config.js';
import { RETENTION_TITLE, retentionRules } from '../spec/model/retention-rules.js';
import { generateSchema } from '../spec/model/schema.js';
import compactionValidator from './generated/compaction-validator.js';
import retentionValidator from './generated/retention-validator.js';
import type { ModelSchema } from './supervisor-schema.js';

import type { SegmentKind } from '../spec/segment-files.js';

const loaded: Partial<Record<SegmentKind, ModelSchema>> = {};

export function segmentSchema(kind: SegmentKind): ModelSchema {
  return (loaded[kind] ??=
    kind === 'retention'
      ? {
          root: retentionRules,
          removedKeys: {},
          validate: retentionValidator,
          elements: generateSchema(retentionRules, RETENTION_TITLE).elements,
        }
      : {
          root: compactionConfig,
          removedKeys: {},
          validate: compactionValidator,
          elements: generateSchema(compactionConfig, COMPACTION_TITLE).elements,
        });
}
