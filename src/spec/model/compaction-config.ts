/**
 * A datasource's automatic compaction config (`POST /druid/coordinator/v1/config/compaction`,
 * REFERENCE §6.2). Sources: server/.../coordinator/{DataSourceCompactionConfig,
 * InlineSchemaDataSourceCompactionConfig,CatalogDataSourceCompactionConfig,
 * UserCompactionTaskQueryTuningConfig,UserCompactionTaskGranularityConfig,
 * UserCompactionTaskDimensionsConfig,UserCompactionTaskIOConfig}.java,
 * server/.../client/indexing/ClientCompactionTaskQueryTuningConfig.java,
 * server/.../http/CoordinatorCompactionConfigsResource.java and
 * indexing/.../transform/CompactionTransformSpec.java.
 *
 * GET /config/compaction/{ds} writes every field, null when unset, and the tuningConfig with all of
 * its fields, `"type": "index_parallel"` and the derived `forceGuaranteedRollup` (captured on 33.0).
 */
import { aggregator } from './aggregators.js';
import { dimension } from './dimensions.js';
import { dimFilter } from './filters.js';
import { granularity } from './granularity.js';
import { indexSpec } from './index-spec.js';
import { partitionsSpec, splitHintSpec } from './partitions.js';
import { projection } from './projections.js';
import { duration, period, variant } from './scalars.js';
import { appendableIndexSpec, segmentWriteOutMediumFactory } from './tuning-config.js';
import {
  any,
  array,
  bool,
  field,
  int,
  long,
  map,
  object,
  str,
  type Field,
  type ObjectNode,
  type TypedNode,
} from './vocabulary.js';

/** Written as null by GET when unset, and meaning "Druid's default" either way. */
const unset = { nullable: true, default: null } as const;

/** `UserCompactionTaskQueryTuningConfig`: the compaction task's tuning, all optional. */
export const compactionTuningConfig: ObjectNode = object('compaction.tuningConfig', {
  maxRowsInMemory: field(int({ exclusiveMinimum: 0 }), 'Rows held in memory before a persist.', unset),
  appendableIndexSpec: field(appendableIndexSpec, 'In-memory index implementation.', unset),
  maxBytesInMemory: field(long({ unit: 'bytes' }), 'Heap bytes held before a persist.', unset),
  maxTotalRows: field(long({ exclusiveMinimum: 0 }), 'Rows held across segments before a push.', {
    ...unset,
    deprecated: 'Use partitionsSpec {"type": "dynamic", "maxTotalRows": …}.',
  }),
  splitHintSpec: field(splitHintSpec, 'How input segments are split between subtasks.', unset),
  partitionsSpec: field(
    partitionsSpec,
    'How compacted segments are cut. dynamic keeps best-effort rollup; hashed, single_dim and range force perfect rollup (forceGuaranteedRollup). A missing "type" means hashed.',
    unset,
  ),
  indexSpec: field(indexSpec, 'Storage format of the compacted segments.', unset),
  indexSpecForIntermediatePersists: field(indexSpec, 'Storage format of intermediate persists.', unset),
  maxPendingPersists: field(int(), 'Persists that may wait while one runs.', unset),
  pushTimeout: field(
    long({ unit: 'milliseconds' }),
    'Milliseconds to push segments; 0 waits forever.',
    unset,
  ),
  segmentWriteOutMediumFactory: field(
    segmentWriteOutMediumFactory,
    'Where segments are written while built. Unknown types silently become tmpFile.',
    unset,
  ),
  maxNumConcurrentSubTasks: field(
    int({ exclusiveMinimum: 0 }),
    'Parallel subtasks per compaction task; 1 (the default) runs it in one task.',
    unset,
  ),
  maxRetry: field(int({ minimum: 0 }), 'Retries of a failed subtask.', unset),
  taskStatusCheckPeriodMs: field(long({ unit: 'milliseconds' }), 'How often subtasks are polled.', unset),
  chatHandlerTimeout: field(duration(), 'Timeout of subtask reports.', unset),
  chatHandlerNumRetries: field(int({ minimum: 0 }), 'Retries of subtask reports.', unset),
  maxNumSegmentsToMerge: field(int({ exclusiveMinimum: 0 }), 'Segments merged at once in phase 2.', unset),
  totalNumMergeTasks: field(int({ exclusiveMinimum: 0 }), 'Merge tasks in phase 2 (perfect rollup).', unset),
  maxColumnsToMerge: field(int(), 'Columns merged at once; -1 means no limit.', unset),
  type: field(str({ enum: ['index_parallel'] }), 'Written by Druid ("index_parallel"); ignored on input.', {
    outputOnly: true,
    default: 'index_parallel',
  }),
  forceGuaranteedRollup: field(
    bool,
    'Written by Druid: true for every partitionsSpec other than dynamic. Ignored on input.',
    { outputOnly: true, default: false },
  ),
});

/** `UserCompactionTaskGranularityConfig`: absent fields keep what the segments have. */
const compactionGranularitySpec: ObjectNode = object('compaction.granularitySpec', {
  segmentGranularity: field(
    granularity,
    'Segment granularity of compacted segments; absent keeps each segment interval as it is.',
    unset,
  ),
  queryGranularity: field(
    granularity,
    'Truncates timestamps further; absent keeps the ingested query granularity. Coarsening cannot be undone.',
    unset,
  ),
  rollup: field(
    bool,
    'Whether compaction rolls up rows; absent keeps what the segments have. true merges rows that ingestion kept apart.',
    unset,
  ),
});

const compactionDimensionsSpec: ObjectNode = object('compaction.dimensionsSpec', {
  dimensions: field(array(dimension), 'The dimensions of the compacted segments, in order.', unset),
});

const compactionTransformSpec: ObjectNode = object('compaction.transformSpec', {
  filter: field(dimFilter, 'Only rows that match are kept: compaction deletes the others.', unset),
});

const compactionIoConfig: ObjectNode = object('compaction.ioConfig', {
  dropExisting: field(
    bool,
    'Whether compaction replaces every segment of the interval, including ones it did not read (tombstones for empty intervals).',
    { default: false },
  ),
});

/** The fields both config types share, in GET's order. */
const common = (): Record<string, Field> => ({
  dataSource: field(
    str({ minLength: 1 }),
    'The datasource to compact. Taken from the file name when left out; a differing value is an error.',
    { required: true },
  ),
  taskPriority: field(int(), 'Priority of the compaction tasks (streaming tasks have 75).', { default: 25 }),
  inputSegmentSizeBytes: field(
    long({ unit: 'bytes', exclusiveMinimum: 0 }),
    'Bytes of input segments one compaction task may read.',
    { default: 100000000000000 },
  ),
});

const skipOffsetFromLatest = field(
  period(),
  'How much of the newest data compaction leaves alone, back from the end of the newest segment. Streaming still writes there: keep it at least taskDuration + lateMessageRejectionPeriod.',
  { default: 'P1D' },
);

const engine = field(
  str({ enum: ['native', 'msq'], caseInsensitive: true }),
  'Compaction engine; absent means the cluster default. "msq" is refused on the Coordinator (a 400): it needs supervisor-based compaction on the Overlord.',
  { ...unset, since: '31.0.0' },
);

const taskContext = field(map('compaction.taskContext', any), 'Context of every compaction task.', unset);

const COMPACTION_ID = 'compactionConfig';

export const COMPACTION_TITLE = 'Apache Druid automatic compaction config of one datasource';

/**
 * `DataSourceCompactionConfig`: `defaultImpl = InlineSchemaDataSourceCompactionConfig`, so a file
 * without "type" (the usual case) or with a misspelt one is an inline config.
 */
export const compactionConfig: TypedNode = {
  kind: 'typed',
  id: COMPACTION_ID,
  defaultVariant: 'inline',
  unknownType: 'replace',
  extensionTypes: { catalog: 'druid-catalog, 33.0.0+; the schema comes from the catalog' },
  variants: {
    inline: variant(
      COMPACTION_ID,
      'inline',
      {
        ...common(),
        maxRowsPerSegment: field(int({ exclusiveMinimum: 0 }), 'Rows per compacted segment.', {
          ...unset,
          deprecated: 'Use tuningConfig.partitionsSpec.',
        }),
        skipOffsetFromLatest,
        tuningConfig: field(compactionTuningConfig, 'Tuning of the compaction tasks.', unset),
        granularitySpec: field(
          compactionGranularitySpec,
          'Segment and query granularity and rollup of the compacted segments.',
          unset,
        ),
        dimensionsSpec: field(
          compactionDimensionsSpec,
          'Dimensions of the compacted segments; absent keeps the ingested ones.',
          unset,
        ),
        metricsSpec: field(
          array(aggregator),
          'Metrics of the compacted segments (needed to roll up data ingested without rollup).',
          unset,
        ),
        transformSpec: field(compactionTransformSpec, 'A filter: rows it rejects are deleted.', unset),
        projections: field(array(projection), 'Projections stored in the compacted segments.', {
          ...unset,
          since: '33.0.0',
        }),
        ioConfig: field(compactionIoConfig, 'dropExisting.', unset),
        engine,
        taskContext,
      },
      { note: 'The schema of the compacted segments is written here (the default type).' },
    ),
  },
};
