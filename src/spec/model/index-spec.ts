/**
 * Segment storage format: indexSpec and the per-column format of json/auto columns. Sources:
 * processing/.../segment/IndexSpec.java, segment/data/{BitmapSerdeFactory,BitmapSerde,
 * RoaringBitmapSerdeFactory,CompressionStrategy,CompressionFactory}.java,
 * segment/column/StringEncodingStrategy.java, segment/data/FrontCodedIndexed.java,
 * segment/nested/{NestedCommonFormatColumnFormatSpec,ObjectStorageEncoding}.java,
 * segment/loading/SegmentizerFactory.java, jackson/SegmentizerModule.java.
 *
 * Since 35.0.0 (#17762) IndexSpec fields are nullable and NOT filled in: Druid re-serialises an
 * unset field as null and applies the defaults (druid.indexing.formats.indexSpec, then the
 * built-in values below) only when it writes segments. Before 35.0.0 the constructor filled in the
 * defaults, so GET showed them. The `default` of each field is the value Druid ends up using.
 */
import { COMPRESSIONS, variant } from './scalars.js';
import {
  bool,
  field,
  int,
  object,
  str,
  type ObjectNode,
  type StringNode,
  type TypedNode,
} from './vocabulary.js';

const compression = (): StringNode => str({ enum: COMPRESSIONS, caseInsensitive: true });

const BITMAP_ID = 'bitmap';

/** `BitmapSerdeFactory`: `defaultImpl = DefaultBitmapSerdeFactory` (roaring), so unknown types become roaring. */
const bitmap: TypedNode = {
  kind: 'typed',
  id: BITMAP_ID,
  defaultVariant: 'roaring',
  unknownType: 'replace',
  variants: {
    roaring: variant(BITMAP_ID, 'roaring', {
      compressRunOnSerialization: field(
        bool,
        'Whether Roaring run-length encoding was used when writing bitmaps. Removed by #13889; Druid now always does.',
        { default: true, removedIn: '26.0.0' },
      ),
    }),
    concise: variant(BITMAP_ID, 'concise', {}, { note: 'Legacy bitmap format (default before 0.18).' }),
  },
};

const STRING_ENCODING_ID = 'stringEncoding';

/** `StringEncodingStrategy`: how string dictionaries are stored. */
const stringEncoding: TypedNode = {
  kind: 'typed',
  id: STRING_ENCODING_ID,
  unknownType: 'reject',
  variants: {
    utf8: variant(STRING_ENCODING_ID, 'utf8', {}, { note: 'Plain UTF-8 dictionary (the default).' }),
    frontCoded: variant(
      STRING_ENCODING_ID,
      'frontCoded',
      {
        bucketSize: field(
          int({ minimum: 1, maximum: 128 }),
          'Values per front-coded bucket: a power of two from 1 to 128 (a 400 if not a power of two; over 128 fails when segments are written).',
          { default: 4 },
        ),
        formatVersion: field(
          int({ minimum: 0, maximum: 1 }),
          'Front-coding format: 0 (readable by all versions since 25.0) or 1 (smaller, needs 26.0+ to read).',
          { default: 0 },
        ),
      },
      { note: 'Front-coded dictionary (25.0.0+): smaller segments for sorted, prefix-sharing strings.' },
    ),
  },
};

const longEncoding = (): StringNode => str({ enum: ['longs', 'auto'], caseInsensitive: true });

const NUMERIC_INDEX_ID = 'numericFieldBitmapIndexType';

/** `BitmapIndexType` (36.0.0+): which bitmap index the numeric fields of a nested column get. */
const numericFieldIndex: TypedNode = {
  kind: 'typed',
  id: NUMERIC_INDEX_ID,
  unknownType: 'reject',
  variants: {
    dictionaryEncodedValueIndex: variant(
      NUMERIC_INDEX_ID,
      'dictionaryEncodedValueIndex',
      {},
      { note: 'A bitmap per value (fast filters, larger segments).' },
    ),
    nullValueIndex: variant(
      NUMERIC_INDEX_ID,
      'nullValueIndex',
      {},
      { note: 'Only a bitmap of nulls (smaller segments; value filters scan).' },
    ),
  },
};

const STRING_INDEX_ID = 'stringBitmapIndexType';

/** `StringBitmapIndexType` (37.0.0+): whether a string column gets a bitmap index. */
const stringIndex: TypedNode = {
  kind: 'typed',
  id: STRING_INDEX_ID,
  unknownType: 'reject',
  variants: {
    dictionaryEncodedValueIndex: variant(
      STRING_INDEX_ID,
      'dictionaryEncodedValueIndex',
      {},
      { note: 'A bitmap per value (the default).' },
    ),
    none: variant(STRING_INDEX_ID, 'none', {}, { note: 'No bitmap index: filters scan the column.' }),
  },
};

/**
 * `StringColumnFormatSpec` (37.0.0+, #19146/#19258): storage of string columns, per dimension or
 * as indexSpec.stringColumnFormatSpec. Every field, and the object itself, is @JsonInclude(NON_NULL).
 */
export const stringColumnFormatSpec: ObjectNode = object('stringColumnFormatSpec', {
  indexType: field(stringIndex, 'Bitmap index of the column. Omitted from GET when unset.', {
    nullable: true,
  }),
  multiValueHandling: field(
    str({ enum: ['SORTED_ARRAY', 'SORTED_SET', 'ARRAY'], caseInsensitive: true }),
    'How multi-value rows are stored. Omitted from GET when unset.',
    { nullable: true },
  ),
  maxStringLength: field(
    int({ minimum: 0 }),
    'Longest value stored; longer values are truncated. Omitted from GET when unset.',
    { nullable: true },
  ),
});

/** `NestedCommonFormatColumnFormatSpec`: storage of json and auto columns (35.0.0+). Unset fields fall back to indexSpec. */
export const columnFormatSpec: ObjectNode = object('columnFormatSpec', {
  objectFieldsDictionaryEncoding: field(stringEncoding, 'Encoding of the dictionary of nested field names.', {
    nullable: true,
  }),
  longFieldBitmapIndexType: field(
    numericFieldIndex,
    'Bitmap index of long fields inside the column (36.0.0+).',
    { nullable: true, since: '36.0.0' },
  ),
  doubleFieldBitmapIndexType: field(
    numericFieldIndex,
    'Bitmap index of double fields inside the column (36.0.0+).',
    { nullable: true, since: '36.0.0' },
  ),
  objectStorageEncoding: field(
    str({ enum: ['smile', 'none'], caseInsensitive: true }),
    'How the raw JSON objects are stored: smile (default) or none (not stored; the column cannot return whole objects).',
    { nullable: true },
  ),
  objectStorageCompression: field(
    compression(),
    'Compression of the raw object storage (falls back to indexSpec.jsonCompression, then lz4).',
    {
      nullable: true,
    },
  ),
  stringDictionaryEncoding: field(
    stringEncoding,
    'Encoding of string value dictionaries (falls back to indexSpec.stringDictionaryEncoding).',
    {
      nullable: true,
    },
  ),
  dictionaryEncodedColumnCompression: field(
    compression(),
    'Compression of dictionary-encoded value columns (falls back to indexSpec.dimensionCompression).',
    { nullable: true },
  ),
  longColumnEncoding: field(
    longEncoding(),
    'Encoding of long value columns (falls back to indexSpec.longEncoding).',
    {
      nullable: true,
    },
  ),
  longColumnCompression: field(
    compression(),
    'Compression of long value columns (falls back to indexSpec.metricCompression).',
    {
      nullable: true,
    },
  ),
  doubleColumnCompression: field(
    compression(),
    'Compression of double value columns (falls back to indexSpec.metricCompression).',
    {
      nullable: true,
    },
  ),
});

const SEGMENT_LOADER_ID = 'segmentLoader';

/** `SegmentizerFactory` (SegmentizerModule); `defaultImpl = MMappedQueryableSegmentizerFactory`. */
const segmentLoader: TypedNode = {
  kind: 'typed',
  id: SEGMENT_LOADER_ID,
  defaultVariant: 'mMapSegmentFactory',
  unknownType: 'replace',
  variants: {
    mMapSegmentFactory: variant(
      SEGMENT_LOADER_ID,
      'mMapSegmentFactory',
      {},
      { note: 'Memory-mapped segments (the default).' },
    ),
    tombstoneSegmentFactory: variant(
      SEGMENT_LOADER_ID,
      'tombstoneSegmentFactory',
      {},
      { note: 'Internal: tombstones.' },
    ),
    broadcastJoinableMMapSegmentFactory: variant(
      SEGMENT_LOADER_ID,
      'broadcastJoinableMMapSegmentFactory',
      {},
      { note: 'Internal: broadcast segments usable as join tables.' },
    ),
  },
};

/** `IndexSpec`: how segments are encoded and compressed. */
export const indexSpec: ObjectNode = object('indexSpec', {
  bitmap: field(bitmap, 'Bitmap index format. Unknown types silently become roaring.', {
    nullable: true,
    default: { type: 'roaring' },
  }),
  metadataCompression: field(
    compression(),
    'Compression of the segment metadata (36.0.0+; zstd when unset from 38.0.0, #19468). Omitted from GET when unset.',
    { nullable: true, since: '36.0.0' },
  ),
  dimensionCompression: field(
    compression(),
    'Compression of dimension value columns: lz4, lzf, zstd or uncompressed. Re-serialised lower-case; null in GET since 35.0.0 when unset.',
    { nullable: true, default: 'lz4' },
  ),
  stringDictionaryEncoding: field(stringEncoding, 'Encoding of string dimension dictionaries (25.0.0+).', {
    nullable: true,
    default: { type: 'utf8' },
    since: '25.0.0',
  }),
  metricCompression: field(
    compression(),
    'Compression of numeric metric and long/float/double dimension columns: lz4, lzf, zstd, uncompressed or none.',
    { nullable: true, default: 'lz4' },
  ),
  longEncoding: field(
    longEncoding(),
    'Encoding of long columns: longs (8 bytes each) or auto (delta/table when it is smaller).',
    { nullable: true, default: 'longs' },
  ),
  complexMetricCompression: field(
    compression(),
    'Compression of complex (sketch, etc.) columns that use the generic serializer; absent means uncompressed. Omitted from GET when unset.',
    { nullable: true, since: '31.0.0' },
  ),
  jsonCompression: field(
    compression(),
    'Compression of the raw data of json/auto columns. Omitted from GET when unset.',
    {
      nullable: true,
      since: '24.0.0',
      deprecated: 'Use autoColumnFormatSpec.objectStorageCompression (35.0.0+).',
    },
  ),
  segmentLoader: field(
    segmentLoader,
    'Factory written to factory.json to load the segment; for internal use. Omitted from GET when unset.',
    {
      nullable: true,
      since: '0.19.0',
    },
  ),
  autoColumnFormatSpec: field(
    columnFormatSpec,
    'Default storage format of json and auto columns. Omitted from GET when unset.',
    {
      nullable: true,
      since: '35.0.0',
    },
  ),
  stringColumnFormatSpec: field(
    stringColumnFormatSpec,
    'Default storage format of string columns (37.0.0+). Omitted from GET when unset.',
    { nullable: true, since: '37.0.0' },
  ),
});

/** The indexSpec Druid uses when none is given (before 35.0.0 also what GET shows). */
export const DEFAULT_INDEX_SPEC = {
  bitmap: { type: 'roaring' },
  dimensionCompression: 'lz4',
  stringDictionaryEncoding: { type: 'utf8' },
  metricCompression: 'lz4',
  longEncoding: 'longs',
} as const;
