/**
 * Native filters (DimFilter), used by transformSpec.filter, filtered aggregators and projections.
 * Sources: processing/.../query/filter/DimFilter.java (@JsonSubTypes) and each registered class
 * (AndDimFilter ... TypedInFilter), FilterTuning.java, collections/spatial/search/{Bound,
 * RectangularBound,RadiusBound,PolygonBound}.java; the "bloom" type comes from
 * extensions-core/druid-bloom-filter (BloomFilterSerializersModule).
 */
import { dimensionSpec, extractionFn, searchQuerySpec, stringComparator } from './extraction-fns.js';
import { columnType, variant } from './scalars.js';
import {
  any,
  array,
  bool,
  field,
  int,
  num,
  object,
  str,
  type Field,
  type ObjectNode,
  type TypedNode,
} from './vocabulary.js';

const FILTER_ID = 'filter';
const filterVariants: Record<string, ObjectNode> = {};

/** `DimFilter`: a native filter, chosen by "type". Recursive through and/or/not/istrue/isfalse. */
export const dimFilter: TypedNode = {
  kind: 'typed',
  id: FILTER_ID,
  unknownType: 'extension',
  extensionTypes: { bloom: 'druid-bloom-filter' },
  variants: filterVariants,
};

const filterTuning: ObjectNode = object('filterTuning', {
  useBitmapIndex: field(bool, 'Whether the filter may use bitmap indexes.', { default: true }),
  minCardinalityToUseBitmapIndex: field(
    int({ minimum: 0 }),
    'Use indexes only at or above this column cardinality.',
    {
      nullable: true,
    },
  ),
  maxCardinalityToUseBitmapIndex: field(
    int({ minimum: 0 }),
    'Use indexes only at or below this column cardinality.',
    {
      nullable: true,
    },
  ),
});

const tuning = field(filterTuning, 'Index use hints. Omitted from GET when unset.', { nullable: true });
const dimension = field(str(), 'Input column the filter reads.', { required: true });
const column = field(str(), 'Input column the filter reads.', { required: true });
const extraction = field(extractionFn, 'Function applied to the values before matching (legacy).', {
  nullable: true,
});
const matchValueType = field(
  columnType(),
  'Type the match value is read as (STRING, LONG, DOUBLE, ARRAY<STRING>...). Required.',
  { required: true },
);

const SPATIAL_BOUND_ID = 'spatialBound';
const coordinates = (what: string): Field => field(array(num()), what, { required: true });
const limit = field(int(), 'Maximum number of points to return; 0 means no limit.', { default: 0 });

const spatialBound: TypedNode = {
  kind: 'typed',
  id: SPATIAL_BOUND_ID,
  unknownType: 'reject',
  variants: {
    rectangular: variant(SPATIAL_BOUND_ID, 'rectangular', {
      minCoords: coordinates('Lower corner coordinates.'),
      maxCoords: coordinates('Upper corner coordinates.'),
      limit,
    }),
    radius: variant(SPATIAL_BOUND_ID, 'radius', {
      coords: coordinates('Center coordinates.'),
      radius: field(num(), 'Radius, in `radiusUnit`.', { required: true }),
      limit,
      radiusUnit: field(
        str({ enum: ['euclidean', 'meters', 'miles', 'kilometers'] }),
        'Unit of the radius; euclidean uses the coordinate space.',
        { default: 'euclidean' },
      ),
    }),
    polygon: variant(SPATIAL_BOUND_ID, 'polygon', {
      abscissa: coordinates('X coordinates of the polygon corners.'),
      ordinate: coordinates('Y coordinates of the polygon corners.'),
      limit,
    }),
  },
};

Object.assign(filterVariants, {
  and: variant(FILTER_ID, 'and', {
    fields: field(array(dimFilter), 'Filters that must all match; at least one (null entries are dropped).', {
      required: true,
    }),
  }),
  or: variant(FILTER_ID, 'or', {
    fields: field(array(dimFilter), 'Filters of which one must match; at least one.', { required: true }),
  }),
  not: variant(FILTER_ID, 'not', {
    field: field(dimFilter, 'Filter that must not match.', { required: true }),
  }),
  istrue: variant(
    FILTER_ID,
    'istrue',
    {
      field: field(dimFilter, 'Filter whose result must be true (unknown does not match).', {
        required: true,
      }),
    },
    { note: '29.0.0+.' },
  ),
  isfalse: variant(
    FILTER_ID,
    'isfalse',
    {
      field: field(dimFilter, 'Filter whose result must be false (unknown does not match).', {
        required: true,
      }),
    },
    { note: '29.0.0+.' },
  ),
  selector: variant(FILTER_ID, 'selector', {
    dimension,
    value: field(str(), 'Value to match; null matches null or missing values.', { nullable: true }),
    extractionFn: extraction,
    filterTuning: tuning,
  }),
  equals: variant(
    FILTER_ID,
    'equals',
    {
      column,
      matchValueType,
      matchValue: field(any, 'Value to match, read as matchValueType; must not be null.', { required: true }),
      filterTuning: tuning,
    },
    { note: '28.0.0+.' },
  ),
  null: variant(
    FILTER_ID,
    'null',
    { column, filterTuning: tuning },
    { note: 'Matches null values (28.0.0+).' },
  ),
  in: variant(FILTER_ID, 'in', {
    dimension,
    values: field(array(str({})), 'Values to match (null entries match null).', { required: true }),
    extractionFn: extraction,
    filterTuning: tuning,
  }),
  inType: variant(
    FILTER_ID,
    'inType',
    {
      column,
      matchValueType,
      values: field(array(any), 'Values to match; exactly one of values and sortedValues.', {
        nullable: true,
      }),
      sortedValues: field(array(any), 'Values to match, already sorted; what Druid writes back.', {
        nullable: true,
      }),
      filterTuning: tuning,
    },
    { note: 'Typed IN filter (30.0.0+).' },
  ),
  bound: variant(FILTER_ID, 'bound', {
    dimension,
    lower: field(str(), 'Lower bound; at least one of lower and upper.', { nullable: true }),
    upper: field(str(), 'Upper bound.', { nullable: true }),
    lowerStrict: field(bool, 'Whether the lower bound is exclusive.', { default: false }),
    upperStrict: field(bool, 'Whether the upper bound is exclusive.', { default: false }),
    alphaNumeric: field(bool, 'Old form of "ordering": "alphanumeric".', {
      nullable: true,
      deprecated: 'Use ordering.',
    }),
    ordering: field(
      stringComparator,
      'How values compare: lexicographic, alphanumeric, numeric, strlen, version or natural.',
      {
        default: { type: 'lexicographic' },
      },
    ),
    extractionFn: extraction,
    filterTuning: tuning,
  }),
  range: variant(
    FILTER_ID,
    'range',
    {
      column,
      matchValueType,
      lower: field(any, 'Lower bound, read as matchValueType; at least one of lower and upper.', {
        nullable: true,
      }),
      upper: field(any, 'Upper bound, read as matchValueType.', { nullable: true }),
      lowerOpen: field(bool, 'Whether the lower bound is exclusive.', { default: false }),
      upperOpen: field(bool, 'Whether the upper bound is exclusive.', { default: false }),
      filterTuning: tuning,
    },
    { note: '28.0.0+.' },
  ),
  like: variant(FILTER_ID, 'like', {
    dimension,
    pattern: field(str(), 'SQL LIKE pattern (% and _).', { required: true }),
    escape: field(str({ minLength: 1 }), 'Escape character: exactly one character.', { nullable: true }),
    extractionFn: extraction,
    filterTuning: tuning,
  }),
  regex: variant(FILTER_ID, 'regex', {
    dimension,
    pattern: field(str(), 'Java regular expression that must be found in the value.', { required: true }),
    extractionFn: extraction,
    filterTuning: tuning,
  }),
  search: variant(FILTER_ID, 'search', {
    dimension,
    query: field(searchQuerySpec, 'What the value must contain.', { required: true }),
    extractionFn: extraction,
    filterTuning: tuning,
  }),
  expression: variant(FILTER_ID, 'expression', {
    expression: field(str(), 'Druid expression; rows where it is true match.', { required: true }),
    filterTuning: tuning,
  }),
  columnComparison: variant(FILTER_ID, 'columnComparison', {
    dimensions: field(array(dimensionSpec), 'Two or more columns whose values must be equal.', {
      required: true,
    }),
  }),
  interval: variant(FILTER_ID, 'interval', {
    dimension,
    intervals: field(
      array(str({ format: 'interval' })),
      'ISO-8601 intervals the (millisecond) value must fall in; at least one.',
      {
        required: true,
      },
    ),
    extractionFn: extraction,
    filterTuning: tuning,
  }),
  arrayContainsElement: variant(
    FILTER_ID,
    'arrayContainsElement',
    {
      column,
      elementMatchValueType: field(columnType(), 'Type the element is read as. Required.', {
        required: true,
      }),
      elementMatchValue: field(any, 'Element the array must contain.', { nullable: true }),
      filterTuning: tuning,
    },
    { note: '29.0.0+.' },
  ),
  javascript: variant(
    FILTER_ID,
    'javascript',
    {
      dimension,
      function: field(str(), 'JavaScript predicate of one value.', { required: true }),
      extractionFn: extraction,
      filterTuning: tuning,
    },
    { note: 'Needs druid.javascript.enabled=true.' },
  ),
  spatial: variant(FILTER_ID, 'spatial', {
    dimension,
    bound: field(spatialBound, 'Region the point must fall in.', { required: true }),
    filterTuning: tuning,
  }),
  extraction: variant(
    FILTER_ID,
    'extraction',
    {
      dimension,
      value: field(str(), 'Value the extracted value must equal.', { nullable: true }),
      extractionFn: field(extractionFn, 'Function applied to the values.', { nullable: true }),
      dimExtractionFn: field(extractionFn, 'Old name of extractionFn.', {
        nullable: true,
        deprecated: 'Use extractionFn.',
      }),
    },
    { note: 'Deprecated: use selector with extractionFn.' },
  ),
  true: variant(FILTER_ID, 'true', {}, { note: 'Matches every row.' }),
  false: variant(FILTER_ID, 'false', {}, { note: 'Matches no row.' }),
} satisfies Record<string, ObjectNode>);
