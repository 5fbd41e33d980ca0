/**
 * ioConfig.inputFormat. Sources: processing/.../data/input/InputFormat.java (@JsonSubTypes),
 * data/input/impl/{JsonInputFormat,CsvInputFormat,DelimitedInputFormat,FlatTextInputFormat,
 * RegexInputFormat,LinesInputFormat,NestedInputFormat}.java;
 * extensions-core/kafka-indexing-service/.../data/input/kafkainput/{KafkaInputFormat,
 * KafkaHeaderFormat,KafkaStringHeaderFormat}.java (registered in KafkaIndexTaskModule);
 * extensions-core/avro-extensions/.../AvroStreamInputFormat.java and
 * extensions-core/protobuf-extensions/.../ProtobufInputFormat.java; the extension types from the
 * registerSubtypes of the avro, orc, parquet and kinesis extensions.
 */
import { avroBytesDecoder, protoBytesDecoder } from './decoders.js';
import { flattenSpec } from './flatten-spec.js';
import { variant } from './scalars.js';
import {
  array,
  bool,
  field,
  int,
  map,
  str,
  type Field,
  type ObjectNode,
  type TypedNode,
} from './vocabulary.js';

const INPUT_FORMAT_ID = 'inputFormat';
const formatVariants: Record<string, ObjectNode> = {};

/** `InputFormat`: how each Kafka record value is parsed. A missing or unknown "type" is a 400. */
export const inputFormat: TypedNode = {
  kind: 'typed',
  id: INPUT_FORMAT_ID,
  unknownType: 'extension',
  variants: formatVariants,
  extensionTypes: {
    avro_ocf: 'druid-avro-extensions (Avro container files; batch ingestion only)',
    orc: 'druid-orc-extensions (batch ingestion only)',
    parquet: 'druid-parquet-extensions (batch ingestion only)',
    kinesis: 'druid-kinesis-indexing-service (Kinesis records only)',
  },
};

/** JsonParser.Feature name → enabled; an unknown feature name is a 400. */
export const jsonFeatureSpec: ObjectNode = map('jsonFeatureSpec', bool);

const nestedFlattenSpec = field(
  flattenSpec,
  'How nested fields are flattened into columns. Omitted from GET when unset.',
  {
    nullable: true,
  },
);

const columns = field(
  array(str()),
  'Column names in order. Required unless findColumnsFromHeader is true. Omitted from GET when empty.',
  { nullable: true },
);
const listDelimiter = field(
  str(),
  'Separator of multi-value cells; default \\u0001 (Ctrl-A). Omitted from GET when unset.',
  {
    nullable: true,
  },
);

function flatText(delimiter: Field): Record<string, Field> {
  return {
    columns,
    listDelimiter,
    delimiter,
    findColumnsFromHeader: field(
      bool,
      'Whether the first row names the columns. With Kafka every record is parsed on its own, so a header row is not possible. Omitted from GET when false.',
      { nullable: true, default: false, inGet: 'omittedWhenDefault' },
    ),
    hasHeaderRow: field(bool, 'Old name of findColumnsFromHeader; not both.', {
      nullable: true,
      deprecated: 'Use findColumnsFromHeader.',
    }),
    skipHeaderRows: field(int({ minimum: 0 }), 'Number of leading rows to skip. Omitted from GET when 0.', {
      default: 0,
      inGet: 'omittedWhenDefault',
    }),
    tryParseNumbers: field(
      bool,
      'Whether cells that look like numbers are read as long or double instead of strings. Omitted from GET when false.',
      { default: false, since: '32.0.0', inGet: 'omittedWhenDefault' },
    ),
  };
}

const HEADER_FORMAT_ID = 'inputFormat.kafka.headerFormat';

Object.assign(formatVariants, {
  json: variant(INPUT_FORMAT_ID, 'json', {
    flattenSpec: nestedFlattenSpec,
    featureSpec: field(
      jsonFeatureSpec,
      'Jackson JsonParser features, e.g. {"ALLOW_COMMENTS": true}. Omitted from GET when empty.',
      {
        nullable: true,
        default: {},
        inGet: 'omittedWhenDefault',
      },
    ),
    keepNullColumns: field(
      bool,
      'Whether fields with null values are kept as columns. Unset means true when flattenSpec.useFieldDiscovery is true, else false. Omitted from GET when unset (31.0.0+).',
      { nullable: true, since: '0.19.0' },
    ),
    assumeNewlineDelimited: field(
      bool,
      'Whether each line is a separate JSON object (a parse error then affects one line only). Omitted from GET when false (31.0.0+).',
      { default: false, since: '25.0.0', inGet: [{ since: '31.0.0', as: 'omittedWhenDefault' }] },
    ),
    useJsonNodeReader: field(
      bool,
      'Whether records are parsed as a stream of JSON objects so that one bad object does not drop the others; not with assumeNewlineDelimited. Omitted from GET when false (31.0.0+).',
      { default: false, since: '25.0.0', inGet: [{ since: '31.0.0', as: 'omittedWhenDefault' }] },
    ),
  }),
  csv: variant(
    INPUT_FORMAT_ID,
    'csv',
    flatText(
      field(
        str({ enum: [','] }),
        'Written by Druid (always ","); csv does not read it. Use tsv for other delimiters.',
        {
          outputOnly: true,
          default: ',',
        },
      ),
    ),
  ),
  tsv: variant(
    INPUT_FORMAT_ID,
    'tsv',
    flatText(
      field(str({ minLength: 1 }), 'Field delimiter; must differ from listDelimiter.', { default: '\t' }),
    ),
    { note: 'Delimited text with any delimiter (tab by default).' },
  ),
  regex: variant(INPUT_FORMAT_ID, 'regex', {
    pattern: field(str(), 'Java regular expression; each capture group is one column.', { required: true }),
    listDelimiter,
    columns: field(
      array(str()),
      'Names of the capture groups, in order; absent means column_1, column_2... Omitted from GET when unset.',
      {
        nullable: true,
      },
    ),
  }),
  lines: variant(
    INPUT_FORMAT_ID,
    'lines',
    {},
    { note: 'Each line becomes one row with a single "line" column.' },
  ),
  kafka: variant(
    INPUT_FORMAT_ID,
    'kafka',
    {
      valueFormat: field(inputFormat, 'Format of the record value.', { required: true }),
      keyFormat: field(
        inputFormat,
        'Format of the record key; only its first column is kept, as keyColumnName. Absent means the key is ignored.',
        {
          nullable: true,
        },
      ),
      headerFormat: field(
        {
          kind: 'typed',
          id: HEADER_FORMAT_ID,
          unknownType: 'reject',
          variants: {
            string: variant(HEADER_FORMAT_ID, 'string', {
              encoding: field(str(), 'Charset of header values.', { default: 'UTF-8' }),
            }),
          },
        },
        'How header values are decoded. Absent means headers are ignored.',
        { nullable: true },
      ),
      headerColumnPrefix: field(str(), 'Prefix of the columns made from headers.', {
        default: 'kafka.header.',
      }),
      keyColumnName: field(str(), 'Column that holds the key.', { default: 'kafka.key' }),
      timestampColumnName: field(str(), 'Column that holds the Kafka record timestamp (milliseconds).', {
        default: 'kafka.timestamp',
      }),
      topicColumnName: field(str(), 'Column that holds the topic name.', {
        default: 'kafka.topic',
        since: '28.0.0',
      }),
    },
    { note: 'Reads the Kafka key, headers, timestamp and topic besides the value (0.23.0+).' },
  ),
  avro_stream: variant(
    INPUT_FORMAT_ID,
    'avro_stream',
    {
      flattenSpec: nestedFlattenSpec,
      avroBytesDecoder: field(avroBytesDecoder, 'How the Avro schema of each record is found.', {
        required: true,
      }),
      binaryAsString: field(bool, 'Whether bytes and fixed fields are read as UTF-8 strings.', {
        default: false,
      }),
      extractUnionsByType: field(bool, 'Whether union values become one field per member type.', {
        default: false,
      }),
    },
    { note: 'Provided by druid-avro-extensions (must be loaded).' },
  ),
  protobuf: variant(
    INPUT_FORMAT_ID,
    'protobuf',
    {
      flattenSpec: nestedFlattenSpec,
      protoBytesDecoder: field(
        protoBytesDecoder,
        'How the Protobuf descriptor is found; tasks fail without it.',
        {
          nullable: true,
        },
      ),
    },
    { note: 'Provided by druid-protobuf-extensions (must be loaded).' },
  ),
} satisfies Record<string, ObjectNode>);
