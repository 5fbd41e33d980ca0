/**
 * dimensionsSpec and dimension schemas. Sources: processing/.../data/input/impl/{DimensionsSpec,
 * DimensionSchema,StringDimensionSchema,LongDimensionSchema,FloatDimensionSchema,
 * DoubleDimensionSchema,NewSpatialDimensionSchema,SpatialDimensionSchema}.java,
 * segment/{NestedDataColumnSchema,AutoTypeColumnSchema,DefaultColumnFormatConfig}.java and
 * jackson/StrictTypeIdResolver.java.
 */
import { columnFormatSpec, stringColumnFormatSpec } from './index-spec.js';
import { columnType, variant } from './scalars.js';
import {
  array,
  bool,
  field,
  int,
  object,
  str,
  union,
  type Field,
  type ObjectNode,
  type TypedNode,
  type UnionNode,
} from './vocabulary.js';

const DIMENSION_ID = 'dimension';

const name = field(
  str({ minLength: 1 }),
  'Column name. Must be unique among dimensions and metrics; __time only as a long dimension.',
  {
    required: true,
  },
);

const multiValueHandling = field(
  str({ enum: ['SORTED_ARRAY', 'SORTED_SET', 'ARRAY'], caseInsensitive: true }),
  'How multi-value rows are stored: SORTED_ARRAY (sorted, duplicates kept), SORTED_SET (sorted, deduplicated) or ARRAY (as given). The default comes from druid.indexing.formats.stringMultiValueHandlingMode (SORTED_ARRAY).',
  { default: 'SORTED_ARRAY' },
);

/** Keys every DimensionSchema writes; numeric and nested types ignore them on input. */
function echoed(bitmap: boolean): Record<string, Field> {
  return {
    multiValueHandling: field(
      str({ enum: ['SORTED_ARRAY', 'SORTED_SET', 'ARRAY'], caseInsensitive: true }),
      'Written by Druid for every dimension; this type ignores it on input.',
      { outputOnly: true, default: 'SORTED_ARRAY' },
    ),
    createBitmapIndex: field(bool, `Written by Druid (always ${bitmap} for this type); ignored on input.`, {
      outputOnly: true,
      default: bitmap,
    }),
  };
}

/**
 * `DimensionSchema`: `defaultImpl = StringDimensionSchema`, so an object without "type" is a string
 * dimension. Since 35.0.0 (#18565, StrictTypeIdResolver) an unknown "type" is a 400; earlier
 * releases silently made it a string dimension.
 */
const dimensionObject: TypedNode = {
  kind: 'typed',
  id: DIMENSION_ID,
  defaultVariant: 'string',
  unknownType: 'reject',
  variants: {
    string: variant(
      DIMENSION_ID,
      'string',
      {
        name,
        multiValueHandling,
        createBitmapIndex: field(
          bool,
          'Whether to build a bitmap index. false saves space but makes filters on this column scan.',
          { default: true },
        ),
        columnFormatSpec: field(
          stringColumnFormatSpec,
          'Storage details of this column (37.0.0+): bitmap index, multi-value handling, longest value; they win over multiValueHandling and createBitmapIndex. Omitted from GET when unset.',
          { nullable: true, since: '37.0.0' },
        ),
      },
      { note: 'The default when "type" is absent.' },
    ),
    long: variant(DIMENSION_ID, 'long', { name, ...echoed(false) }),
    float: variant(DIMENSION_ID, 'float', { name, ...echoed(false) }),
    double: variant(DIMENSION_ID, 'double', { name, ...echoed(false) }),
    spatial: variant(
      DIMENSION_ID,
      'spatial',
      {
        name,
        dims: field(
          array(str()),
          'Input fields holding the coordinates; absent means `name` holds comma-separated coordinates.',
          {
            nullable: true,
          },
        ),
        ...echoed(true),
      },
      { note: 'A spatial (R-tree indexed) dimension.' },
    ),
    json: variant(
      DIMENSION_ID,
      'json',
      {
        name,
        formatVersion: field(
          int(),
          'Nested column format version; 5 is the only supported value (Druid logs other values as unsupported). The default can be set with druid.indexing.formats.nestedColumnFormatVersion.',
          { default: 5, since: '28.0.0' },
        ),
        ...echoed(true),
        columnFormatSpec: field(
          columnFormatSpec,
          'Storage details of this column; unset fields fall back to indexSpec.autoColumnFormatSpec. Re-serialised as null when neither is set.',
          { nullable: true, since: '35.0.0', inGet: 'null' },
        ),
      },
      { note: 'Nested JSON column (24.0.0+).' },
    ),
    auto: variant(
      DIMENSION_ID,
      'auto',
      {
        name,
        castToType: field(
          columnType(),
          'Store the column as this type (e.g. LONG, ARRAY<STRING>) instead of the discovered one; FLOAT becomes DOUBLE. Omitted from GET when unset.',
          { nullable: true, since: '29.0.0' },
        ),
        columnFormatSpec: field(
          columnFormatSpec,
          'Storage details of this column. Omitted from GET when unset.',
          {
            nullable: true,
            since: '35.0.0',
          },
        ),
        ...echoed(true),
      },
      { note: 'Type-discovering column (26.0.0+): stores strings, numbers, arrays or nested data as found.' },
    ),
  },
};

/** A dimension: a bare name (a string dimension) or a dimension schema object. */
export const dimension: UnionNode = union(str({ minLength: 1 }), dimensionObject);

const spatialDimension: ObjectNode = object('dimensionsSpec.spatialDimension', {
  dimName: field(str({ minLength: 1 }), 'Name of the spatial dimension to create.', { required: true }),
  dims: field(array(str()), 'Input fields holding the coordinates.', { nullable: true }),
});

export const dimensionsSpec: ObjectNode = object('dimensionsSpec', {
  dimensions: field(
    array(dimension),
    'Dimensions to ingest, in order. Empty (with useSchemaDiscovery false) means every input field that is not the timestamp, a metric input or excluded, as strings.',
    { default: [], nullable: true },
  ),
  dimensionExclusions: field(
    array(str()),
    'Input fields never ingested as dimensions. Druid adds the timestamp column and every metric input and output name to this list when it stores the spec.',
    { default: [], nullable: true },
  ),
  spatialDimensions: field(
    array(spatialDimension),
    'Legacy spatial dimensions; Druid turns each into a "spatial" dimension in `dimensions` and does not write this key back.',
    {
      nullable: true,
      deprecated: 'Use a dimension with "type": "spatial".',
    },
  ),
  includeAllDimensions: field(
    bool,
    'With explicit dimensions: also ingest every other input field (found by discovery) after them.',
    { default: false, since: '0.23.0' },
  ),
  useSchemaDiscovery: field(
    bool,
    'Discover dimensions and their types (as "auto" columns) instead of ingesting undeclared fields as strings.',
    { default: false, since: '26.0.0' },
  ),
  forceSegmentSortByTime: field(
    bool,
    'Sort segments by __time first. false (experimental) sorts by the dimension order, which may list __time as a long dimension; such segments need 31.0.0+ to read. Omitted from GET when unset.',
    { default: true, since: '31.0.0', inGet: 'omitted' },
  ),
});
