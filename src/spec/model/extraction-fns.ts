/**
 * Query-language pieces that filters and aggregators embed: extraction functions, dimension specs,
 * search query specs and string comparators. Sources: processing/.../query/extraction/*.java
 * (ExtractionFn @JsonSubTypes), query/lookup/LookupExtractionFn.java,
 * server/.../query/lookup/RegisteredLookupExtractionFn.java (LookupModule), query/dimension/*.java,
 * query/search/*.java, query/ordering/{StringComparator,StringComparators}.java and
 * jackson/StringComparatorModule.java.
 */
import { granularity } from './granularity.js';
import { columnType, timeZone, variant } from './scalars.js';
import {
  any,
  array,
  bool,
  field,
  int,
  num,
  object,
  str,
  union,
  type ObjectNode,
  type TypedNode,
  type UnionNode,
} from './vocabulary.js';

const EXTRACTION_FN_ID = 'extractionFn';
const extractionVariants: Record<string, ObjectNode> = {};

/** `ExtractionFn`: a function applied to dimension values before filtering or grouping. */
export const extractionFn: TypedNode = {
  kind: 'typed',
  id: EXTRACTION_FN_ID,
  unknownType: 'extension',
  variants: extractionVariants,
};

const SEARCH_QUERY_ID = 'searchQuerySpec';

/** `SearchQuerySpec`: what a search filter or extraction function matches. */
export const searchQuerySpec: TypedNode = {
  kind: 'typed',
  id: SEARCH_QUERY_ID,
  unknownType: 'reject',
  variants: {
    contains: variant(SEARCH_QUERY_ID, 'contains', {
      value: field(str(), 'Substring to look for.', { required: true }),
      caseSensitive: field(bool, 'Whether the match is case-sensitive.', { default: false }),
    }),
    insensitive_contains: variant(SEARCH_QUERY_ID, 'insensitive_contains', {
      value: field(str(), 'Substring to look for, ignoring case.', { required: true }),
    }),
    fragment: variant(SEARCH_QUERY_ID, 'fragment', {
      values: field(array(str()), 'Every one of these substrings must occur.', { required: true }),
      caseSensitive: field(bool, 'Whether the match is case-sensitive.', { default: false }),
    }),
    regex: variant(SEARCH_QUERY_ID, 'regex', {
      pattern: field(str(), 'Java regular expression that must be found in the value.', { required: true }),
    }),
    all: variant(SEARCH_QUERY_ID, 'all', {}, { note: 'Matches every value.' }),
  },
};

Object.assign(extractionVariants, {
  regex: variant(EXTRACTION_FN_ID, 'regex', {
    expr: field(str(), 'Java regular expression; the value becomes the matched group.', { required: true }),
    index: field(int({ minimum: 0 }), 'Capture group to return (0 is the whole match).', { default: 1 }),
    replaceMissingValue: field(
      bool,
      'Whether non-matching values become replaceMissingValueWith instead of themselves.',
      {
        default: false,
      },
    ),
    replaceMissingValueWith: field(str(), 'Replacement for non-matching values.', { nullable: true }),
  }),
  partial: variant(EXTRACTION_FN_ID, 'partial', {
    expr: field(str(), 'Java regular expression; matching values pass unchanged, others become null.', {
      required: true,
    }),
  }),
  searchQuery: variant(EXTRACTION_FN_ID, 'searchQuery', {
    query: field(searchQuerySpec, 'Values matching this search pass unchanged, others become null.', {
      required: true,
    }),
  }),
  javascript: variant(
    EXTRACTION_FN_ID,
    'javascript',
    {
      function: field(str(), 'JavaScript function of one value.', { required: true }),
      injective: field(bool, 'Whether the function maps distinct values to distinct results.', {
        default: false,
      }),
    },
    { note: 'Needs druid.javascript.enabled=true.' },
  ),
  timeFormat: variant(EXTRACTION_FN_ID, 'timeFormat', {
    format: field(str(), 'Joda-Time pattern of the output; absent means ISO-8601.', { nullable: true }),
    timeZone: field(timeZone(), 'Time zone of the output.', { nullable: true }),
    locale: field(str(), 'Locale (IETF tag) of the output.', { nullable: true }),
    granularity: field(granularity, 'Granularity the timestamp is truncated to first.', { nullable: true }),
    asMillis: field(bool, 'Whether string input values are read as epoch milliseconds.', { default: false }),
  }),
  time: variant(EXTRACTION_FN_ID, 'time', {
    timeFormat: field(str(), 'Pattern the input values are parsed with.', { required: true }),
    resultFormat: field(str(), 'Pattern of the output.', { required: true }),
    joda: field(bool, 'Whether the patterns are Joda-Time (true) or java.text.SimpleDateFormat (false).', {
      default: false,
    }),
  }),
  identity: variant(EXTRACTION_FN_ID, 'identity', {}, { note: 'Returns the value unchanged.' }),
  lookup: variant(EXTRACTION_FN_ID, 'lookup', {
    lookup: field(any, 'Inline lookup, e.g. {"type":"map","map":{...}}.', { required: true }),
    retainMissingValue: field(bool, 'Whether values missing from the lookup pass unchanged.', {
      default: false,
    }),
    replaceMissingValueWith: field(str(), 'Replacement for values missing from the lookup.', {
      nullable: true,
    }),
    injective: field(bool, 'Whether the lookup maps distinct keys to distinct values.', { nullable: true }),
    optimize: field(bool, 'Whether Druid may rewrite filters through the lookup.', { default: true }),
  }),
  registeredLookup: variant(EXTRACTION_FN_ID, 'registeredLookup', {
    lookup: field(str(), 'Name of a lookup registered in the cluster.', { required: true }),
    retainMissingValue: field(bool, 'Whether values missing from the lookup pass unchanged.', {
      default: false,
    }),
    replaceMissingValueWith: field(str(), 'Replacement for values missing from the lookup.', {
      nullable: true,
    }),
    injective: field(bool, 'Whether the lookup maps distinct keys to distinct values.', { nullable: true }),
    optimize: field(bool, 'Whether Druid may rewrite filters through the lookup.', { default: true }),
  }),
  substring: variant(EXTRACTION_FN_ID, 'substring', {
    index: field(int({ minimum: 0 }), 'Start index (0-based).', { required: true }),
    length: field(int({ minimum: 0 }), 'Number of characters; absent means to the end.', { nullable: true }),
  }),
  cascade: variant(EXTRACTION_FN_ID, 'cascade', {
    extractionFns: field(array(extractionFn), 'Functions applied in order.', { required: true }),
  }),
  stringFormat: variant(EXTRACTION_FN_ID, 'stringFormat', {
    format: field(str(), 'java.lang.String.format pattern with one %s.', { required: true }),
    nullHandling: field(
      str({ enum: ['nullString', 'emptyString', 'returnNull'], caseInsensitive: true }),
      'What a null value becomes: the string "null", "" or null. Re-serialised lower-case.',
      { default: 'nullstring' },
    ),
  }),
  upper: variant(EXTRACTION_FN_ID, 'upper', {
    locale: field(str(), 'Locale (IETF tag) used for case mapping.', { nullable: true }),
  }),
  lower: variant(EXTRACTION_FN_ID, 'lower', {
    locale: field(str(), 'Locale (IETF tag) used for case mapping.', { nullable: true }),
  }),
  bucket: variant(EXTRACTION_FN_ID, 'bucket', {
    size: field(num(), 'Bucket width.', { default: 1 }),
    offset: field(num(), 'Bucket offset.', { default: 0 }),
  }),
  strlen: variant(EXTRACTION_FN_ID, 'strlen', {}, { note: 'Returns the length of the value.' }),
} satisfies Record<string, ObjectNode>);

const DIMENSION_SPEC_ID = 'dimensionSpec';

const dimensionField = field(str(), 'Input column.', { required: true });
const outputName = field(str(), 'Output name; defaults to the dimension.', { nullable: true });
const outputType = field(columnType(), 'Output type (STRING, LONG, FLOAT, DOUBLE...).', {
  default: 'STRING',
});

const dimensionSpecVariants: Record<string, ObjectNode> = {};

/** `DimensionSpec` objects; a bare string is a plain column name (LegacyDimensionSpec). */
export const dimensionSpecObject: TypedNode = {
  kind: 'typed',
  id: DIMENSION_SPEC_ID,
  unknownType: 'reject',
  variants: dimensionSpecVariants,
};

/** A dimension reference: a column name or a DimensionSpec object. */
export const dimensionSpec: UnionNode = union(str({ minLength: 1 }), dimensionSpecObject);

Object.assign(dimensionSpecVariants, {
  default: variant(DIMENSION_SPEC_ID, 'default', { dimension: dimensionField, outputName, outputType }),
  extraction: variant(DIMENSION_SPEC_ID, 'extraction', {
    dimension: dimensionField,
    outputName,
    outputType,
    extractionFn: field(extractionFn, 'Function applied to the values.', { nullable: true }),
    dimExtractionFn: field(extractionFn, 'Old name of extractionFn.', {
      nullable: true,
      deprecated: 'Use extractionFn.',
    }),
  }),
  // Filtering dimension specs wrap another spec.
  regexFiltered: variant(DIMENSION_SPEC_ID, 'regexFiltered', {
    delegate: field(dimensionSpec, 'Wrapped dimension spec.', { required: true }),
    pattern: field(str(), 'Java regular expression values must match.', { required: true }),
  }),
  listFiltered: variant(DIMENSION_SPEC_ID, 'listFiltered', {
    delegate: field(dimensionSpec, 'Wrapped dimension spec.', { required: true }),
    values: field(array(str()), 'Values to keep (or drop, with isWhitelist false).', { required: true }),
    isWhitelist: field(bool, 'Whether `values` is an allow list.', { default: true }),
  }),
  prefixFiltered: variant(DIMENSION_SPEC_ID, 'prefixFiltered', {
    delegate: field(dimensionSpec, 'Wrapped dimension spec.', { required: true }),
    prefix: field(str(), 'Prefix values must start with.', { required: true }),
  }),
} satisfies Record<string, ObjectNode>);

const STRING_COMPARATORS = [
  'lexicographic',
  'alphanumeric',
  'numeric',
  'strlen',
  'version',
  'natural',
] as const;

/** A `StringComparator`: a name (case-insensitive) or `{"type": name}` (StringComparatorModule). */
export const stringComparator: UnionNode = union(
  str({ enum: STRING_COMPARATORS, caseInsensitive: true }),
  object('stringComparator', {
    type: field(str({ enum: STRING_COMPARATORS }), 'Comparator name.', { required: true }),
  }),
);
