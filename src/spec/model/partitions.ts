/**
 * How batch-style tasks (compaction among them) cut segments and split their input. Sources:
 * processing/.../indexer/partitions/{PartitionsSpec,DynamicPartitionsSpec,HashedPartitionsSpec,
 * SingleDimensionPartitionsSpec,DimensionRangePartitionsSpec}.java, processing/.../data/input/
 * {SplitHintSpec,MaxSizeSplitHintSpec,SegmentsSplitHintSpec}.java.
 */
import { variant } from './scalars.js';
import { array, bool, field, int, long, str, union, type TypedNode } from './vocabulary.js';

const PARTITIONS_ID = 'partitionsSpec';

const positiveRows = () => int({ exclusiveMinimum: 0 });
const targetRows = field(
  positiveRows(),
  'Rows a segment aims for. Exclusive with numShards (a 400 when both are set).',
  { nullable: true },
);
const deprecatedMaxRows = field(positiveRows(), 'Alias of targetRowsPerSegment; set one of them.', {
  nullable: true,
  deprecated: 'Use targetRowsPerSegment.',
});
const targetPartitionSize = field(positiveRows(), 'Old alias of targetRowsPerSegment.', {
  nullable: true,
  deprecated: 'Use targetRowsPerSegment.',
});
const assumeGrouped = field(
  bool,
  'Whether the input is already grouped by time and dimensions (skips a pass over the data).',
  { default: false },
);

/**
 * `PartitionsSpec`: `defaultImpl = HashedPartitionsSpec`, so a missing type (or a misspelt one)
 * silently means hashed partitioning, which also forces perfect rollup.
 */
export const partitionsSpec: TypedNode = {
  kind: 'typed',
  id: PARTITIONS_ID,
  defaultVariant: 'hashed',
  unknownType: 'replace',
  variants: {
    dynamic: variant(
      PARTITIONS_ID,
      'dynamic',
      {
        maxRowsPerSegment: field(
          positiveRows(),
          'Rows per segment before a new one is started; 0 or less is a 400.',
          { default: 5000000 },
        ),
        maxTotalRows: field(
          long({ exclusiveMinimum: 0 }),
          'Rows held across all segments before they are pushed; 0 or less is a 400.',
          { nullable: true, default: null },
        ),
      },
      { note: 'Best-effort rollup: segments are cut by size.' },
    ),
    hashed: variant(
      PARTITIONS_ID,
      'hashed',
      {
        targetRowsPerSegment: targetRows,
        numShards: field(positiveRows(), 'Fixed number of segments per interval.', { nullable: true }),
        partitionDimensions: field(array(str()), 'Dimensions to hash; all of them when empty.', {
          nullable: true,
          default: [],
        }),
        partitionFunction: field(str({ enum: ['murmur3_32_abs'], caseInsensitive: true }), 'Hash function.', {
          nullable: true,
          default: 'murmur3_32_abs',
        }),
        targetPartitionSize,
        maxRowsPerSegment: deprecatedMaxRows,
      },
      { note: 'Perfect rollup, rows hashed over the partition dimensions.' },
    ),
    single_dim: variant(
      PARTITIONS_ID,
      'single_dim',
      {
        targetRowsPerSegment: targetRows,
        maxRowsPerSegment: field(positiveRows(), 'Upper bound of rows per segment.', { nullable: true }),
        partitionDimension: field(str(), 'The dimension whose value ranges cut segments.', {
          nullable: true,
        }),
        assumeGrouped,
        targetPartitionSize,
        maxPartitionSize: field(positiveRows(), 'Old alias of maxRowsPerSegment.', {
          nullable: true,
          deprecated: 'Use maxRowsPerSegment.',
        }),
      },
      { note: 'Perfect rollup, segments cut by value ranges of one dimension.' },
    ),
    range: variant(
      PARTITIONS_ID,
      'range',
      {
        targetRowsPerSegment: targetRows,
        maxRowsPerSegment: field(positiveRows(), 'Upper bound of rows per segment.', {
          // GET writes null when it was left out (captured on 33.0: coordinator-compaction-get-ds-full.json).
          nullable: true,
          default: null,
        }),
        partitionDimensions: field(array(str()), 'Dimensions whose value ranges cut segments. Required.', {
          required: true,
        }),
        assumeGrouped,
      },
      { note: 'Perfect rollup, segments cut by value ranges of several dimensions.' },
    ),
  },
};

const SPLIT_HINT_ID = 'splitHintSpec';

/** A byte size: a number, or text such as "1GiB" (HumanReadableBytes). */
const bytes = union(long({ unit: 'bytes', exclusiveMinimum: 0 }), str({ minLength: 1 }));

/** `SplitHintSpec`: how the input is split between parallel subtasks. */
export const splitHintSpec: TypedNode = {
  kind: 'typed',
  id: SPLIT_HINT_ID,
  unknownType: 'reject',
  variants: {
    maxSize: variant(SPLIT_HINT_ID, 'maxSize', {
      maxSplitSize: field(bytes, 'Input bytes per subtask, e.g. "1GiB".', { nullable: true }),
      maxNumFiles: field(int({ exclusiveMinimum: 0 }), 'Input files (segments) per subtask.', {
        nullable: true,
      }),
    }),
    segments: variant(
      SPLIT_HINT_ID,
      'segments',
      {
        maxInputSegmentBytesPerTask: field(bytes, 'Input bytes per subtask.', { nullable: true }),
        maxNumSegments: field(int({ exclusiveMinimum: 0 }), 'Segments per subtask.', { nullable: true }),
      },
      { note: 'Deprecated in favour of maxSize.' },
    ),
  },
};
