/**
 * The retention-rule and compaction-config models, their JSON Schemas, and the Ajv validators for
 * them, compiled ahead of time like the supervisor's (`npm run generate`, scripts/generated.ts).
 * The compaction validator is large (it holds dimensions, aggregators, filters and projections),
 * so both are loaded on first use: a repository without retention or compaction files never pays
 * for them.
 */
import { COMPACTION_TITLE, compactionConfig } from '../spec/model/compaction-config.js';
import { RETENTION_TITLE, retentionRules } from '../spec/model/retention-rules.js';
import { generateSchema } from '../spec/model/schema.js';
import type { ModelSchema } from './supervisor-schema.js';

export interface SegmentSchemas {
  retention: ModelSchema;
  compaction: ModelSchema;
}

let loading: Promise<SegmentSchemas> | undefined;

export function segmentSchemas(): Promise<SegmentSchemas> {
  loading ??= (async () => {
    const [retention, compaction] = await Promise.all([
      import('./generated/retention-validator.js'),
      import('./generated/compaction-validator.js'),
    ]);
    return {
      retention: {
        root: retentionRules,
        removedKeys: {},
        validate: retention.default,
        elements: generateSchema(retentionRules, RETENTION_TITLE).elements,
      },
      compaction: {
        root: compactionConfig,
        removedKeys: {},
        validate: compaction.default,
        elements: generateSchema(compactionConfig, COMPACTION_TITLE).elements,
      },
    };
  })();
  return loading;
}
