/**
 * The legacy `parser` (InputRowParser + ParseSpec), superseded by ioConfig.inputFormat in 0.17.
 * Sources: processing/.../data/input/impl/{InputRowParser,StringInputRowParser,MapInputRowParser,
 * NoopInputRowParser,ParseSpec,JSONParseSpec,CSVParseSpec,DelimitedParseSpec,
 * JSONLowercaseParseSpec,TimeAndDimsParseSpec,RegexParseSpec,JavaScriptParseSpec}.java,
 * avro-extensions {AvroStreamInputRowParser,AvroParseSpec}.java,
 * protobuf-extensions ProtobufInputRowParser.java, and the registerSubtypes of the avro, orc,
 * parquet, thrift and influx extensions.
 *
 * DataSchema keeps `parser` as a raw map: Druid stores and returns it exactly as submitted (no
 * defaults filled in, unknown keys kept) and only parses it when a task starts, so mistakes here
 * fail the tasks, not the POST.
 */
import { avroBytesDecoder, protoBytesDecoder } from './decoders.js';
import { dimensionsSpec } from './dimensions.js';
import { flattenSpec } from './flatten-spec.js';
import { jsonFeatureSpec } from './input-formats.js';
import { variant } from './scalars.js';
import { timestampSpec } from './timestamp-spec.js';
import { array, bool, field, int, str, type Field, type ObjectNode, type TypedNode } from './vocabulary.js';

const PARSE_SPEC_ID = 'parseSpec';
const parseSpecVariants: Record<string, ObjectNode> = {};

/** `ParseSpec`: discriminated by "format" (no default). */
const parseSpec: TypedNode = {
  kind: 'typed',
  id: PARSE_SPEC_ID,
  tag: 'format',
  unknownType: 'extension',
  variants: parseSpecVariants,
  extensionTypes: {
    orc: 'druid-orc-extensions (Hadoop ingestion only)',
    parquet: 'druid-parquet-extensions (Hadoop ingestion only)',
    influx: 'druid-influx-extensions (contrib)',
  },
};

function common(): Record<string, Field> {
  return {
    timestampSpec: field(
      timestampSpec,
      'Where the row timestamp comes from (dataSchema.timestampSpec wins when both are set).',
      {
        nullable: true,
      },
    ),
    dimensionsSpec: field(dimensionsSpec, 'Dimensions (dataSchema.dimensionsSpec wins when both are set).', {
      nullable: true,
    }),
  };
}

const parseColumns = field(array(str()), 'Column names in order.', { nullable: true });
const parseListDelimiter = field(str(), 'Separator of multi-value cells; default \\u0001 (Ctrl-A).', {
  nullable: true,
});
const hasHeaderRow = field(bool, 'Whether the first row names the columns.', { default: false });
const skipHeaderRows = field(int({ minimum: 0 }), 'Number of leading rows to skip.', { default: 0 });
const format = (name: string): { tag: string; note?: string } => ({ tag: 'format', note: name });

Object.assign(parseSpecVariants, {
  json: variant(
    PARSE_SPEC_ID,
    'json',
    {
      ...common(),
      flattenSpec: field(flattenSpec, 'How nested fields are flattened.', { nullable: true }),
      featureSpec: field(jsonFeatureSpec, 'Jackson JsonParser features.', { nullable: true }),
      keepNullColumns: field(bool, 'Whether null-valued fields are kept as columns.', { nullable: true }),
    },
    format('JSON records.'),
  ),
  jsonLowercase: variant(
    PARSE_SPEC_ID,
    'jsonLowercase',
    common(),
    format('JSON with lower-cased field names.'),
  ),
  csv: variant(
    PARSE_SPEC_ID,
    'csv',
    { ...common(), columns: parseColumns, listDelimiter: parseListDelimiter, hasHeaderRow, skipHeaderRows },
    format('Comma-separated values.'),
  ),
  tsv: variant(
    PARSE_SPEC_ID,
    'tsv',
    {
      ...common(),
      delimiter: field(str(), 'Field delimiter.', { default: '\t' }),
      columns: parseColumns,
      listDelimiter: parseListDelimiter,
      hasHeaderRow,
      skipHeaderRows,
    },
    format('Delimited values.'),
  ),
  regex: variant(
    PARSE_SPEC_ID,
    'regex',
    {
      ...common(),
      pattern: field(str(), 'Java regular expression; each group is one column.', { required: true }),
      columns: parseColumns,
      listDelimiter: parseListDelimiter,
    },
    format('Regular expression.'),
  ),
  javascript: variant(
    PARSE_SPEC_ID,
    'javascript',
    { ...common(), function: field(str(), 'JavaScript function from a line to a map.', { required: true }) },
    format('Needs druid.javascript.enabled=true.'),
  ),
  timeAndDims: variant(
    PARSE_SPEC_ID,
    'timeAndDims',
    common(),
    format('Already-parsed maps (map/noop parsers).'),
  ),
  avro: variant(
    PARSE_SPEC_ID,
    'avro',
    { ...common(), flattenSpec: field(flattenSpec, 'How nested fields are flattened.', { nullable: true }) },
    format('Avro records; provided by druid-avro-extensions.'),
  ),
} satisfies Record<string, ObjectNode>);

const PARSER_ID = 'parser';
const parseSpecField = field(parseSpec, 'How each record is parsed.', { nullable: true });

/** `InputRowParser`: `defaultImpl = StringInputRowParser`, so an unknown type parses as "string". */
export const parser: TypedNode = {
  kind: 'typed',
  id: PARSER_ID,
  defaultVariant: 'string',
  unknownType: 'replace',
  extensionTypes: {
    thrift: 'druid-thrift-extensions (contrib)',
    avro_hadoop: 'druid-avro-extensions (Hadoop ingestion only)',
    orc: 'druid-orc-extensions (Hadoop ingestion only)',
    parquet: 'druid-parquet-extensions (Hadoop ingestion only)',
    'parquet-avro': 'druid-parquet-extensions (Hadoop ingestion only)',
    hadoopyString: 'druid-indexing-hadoop (Hadoop ingestion only)',
  },
  variants: {
    string: variant(PARSER_ID, 'string', {
      parseSpec: parseSpecField,
      encoding: field(str(), 'Charset of the record bytes.', { default: 'UTF-8' }),
    }),
    map: variant(PARSER_ID, 'map', { parseSpec: parseSpecField }),
    noop: variant(PARSER_ID, 'noop', { parseSpec: parseSpecField }),
    avro_stream: variant(
      PARSER_ID,
      'avro_stream',
      {
        parseSpec: parseSpecField,
        avroBytesDecoder: field(avroBytesDecoder, 'How the Avro schema of each record is found.', {
          required: true,
        }),
        binaryAsString: field(bool, 'Whether bytes fields are read as UTF-8 strings.', { default: false }),
        extractUnionsByType: field(bool, 'Whether union values become one field per member type.', {
          default: false,
        }),
      },
      { note: 'Provided by druid-avro-extensions.' },
    ),
    protobuf: variant(
      PARSER_ID,
      'protobuf',
      {
        parseSpec: parseSpecField,
        protoBytesDecoder: field(protoBytesDecoder, 'How the Protobuf descriptor is found.', {
          nullable: true,
        }),
        descriptor: field(str(), 'Descriptor file, when protoBytesDecoder is absent.', {
          nullable: true,
          deprecated: 'Use protoBytesDecoder.',
        }),
        protoMessageType: field(str(), 'Message type, when protoBytesDecoder is absent.', {
          nullable: true,
          deprecated: 'Use protoBytesDecoder.',
        }),
      },
      { note: 'Provided by druid-protobuf-extensions.' },
    ),
  },
};
