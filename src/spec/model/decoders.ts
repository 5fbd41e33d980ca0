/**
 * How Avro and Protobuf bytes are decoded (avro_stream / protobuf input formats and parsers).
 * Sources: extensions-core/avro-extensions/.../data/input/avro/{AvroBytesDecoder,
 * InlineSchemaAvroBytesDecoder,InlineSchemasAvroBytesDecoder,SchemaRepoBasedAvroBytesDecoder,
 * SchemaRegistryBasedAvroBytesDecoder,AvroExtensionsModule}.java,
 * data/input/schemarepo/{SubjectAndIdConverter,Avro1124SubjectAndIdConverter,
 * Avro1124RESTRepositoryClientWrapper}.java and extensions-core/protobuf-extensions/.../
 * {ProtobufBytesDecoder,FileBasedProtobufBytesDecoder,InlineDescriptorProtobufBytesDecoder,
 * SchemaRegistryBasedProtobufBytesDecoder}.java.
 */
import { variant } from './scalars.js';
import { any, array, field, int, map, str, type Field, type TypedNode } from './vocabulary.js';

const AVRO = 'druid-avro-extensions';
const PROTOBUF = 'druid-protobuf-extensions';

const registryConfig = map('schemaRegistry.config');
const registryHeaders = map('schemaRegistry.headers');

function registryFields(): Record<string, Field> {
  return {
    url: field(str(), 'Schema registry URL.', { nullable: true, deprecated: 'Use urls.' }),
    urls: field(array(str()), 'Schema registry URLs.', { nullable: true }),
    capacity: field(int({ minimum: 1 }), 'Number of schemas cached.', { default: 2147483647 }),
    config: field(
      registryConfig,
      'Schema registry client settings (basic auth, TLS...); values may come from druid.dynamic.config.provider.',
      {
        nullable: true,
      },
    ),
    headers: field(
      registryHeaders,
      'HTTP headers sent to the registry; values may come from druid.dynamic.config.provider.',
      {
        nullable: true,
      },
    ),
  };
}

const SUBJECT_ID = 'avroBytesDecoder.subjectAndIdConverter';
const REPOSITORY_ID = 'avroBytesDecoder.schemaRepository';
const AVRO_DECODER_ID = 'avroBytesDecoder';

/** `AvroBytesDecoder`: `defaultImpl = SchemaRepoBasedAvroBytesDecoder`, so an unknown type becomes schema_repo. */
export const avroBytesDecoder: TypedNode = {
  kind: 'typed',
  id: AVRO_DECODER_ID,
  defaultVariant: 'schema_repo',
  unknownType: 'replace',
  variants: {
    schema_inline: variant(
      AVRO_DECODER_ID,
      'schema_inline',
      { schema: field(any, 'The Avro schema, as JSON. Every record uses it.', { required: true }) },
      { note: `From ${AVRO}.` },
    ),
    multiple_schemas_inline: variant(
      AVRO_DECODER_ID,
      'multiple_schemas_inline',
      {
        schemas: field(
          map('avroBytesDecoder.schemas'),
          'Schema id (as a string) → Avro schema; each record starts with a version byte and a 4-byte id.',
          {
            required: true,
          },
        ),
      },
      { note: `From ${AVRO}.` },
    ),
    schema_repo: variant(
      AVRO_DECODER_ID,
      'schema_repo',
      {
        subjectAndIdConverter: field(
          {
            kind: 'typed',
            id: SUBJECT_ID,
            defaultVariant: 'avro_1124',
            unknownType: 'replace',
            variants: {
              avro_1124: variant(SUBJECT_ID, 'avro_1124', {
                topic: field(str(), 'Schema-repo subject: the Kafka TOPIC name (not a broker address).', {
                  required: true,
                }),
              }),
            },
          },
          'How the subject and schema id are read from each record.',
          { required: true },
        ),
        schemaRepository: field(
          {
            kind: 'typed',
            id: REPOSITORY_ID,
            unknownType: 'reject',
            variants: {
              avro_1124_rest_client: variant(REPOSITORY_ID, 'avro_1124_rest_client', {
                url: field(str(), 'URL of the Avro-1124 schema repository.', { required: true }),
              }),
            },
          },
          'Where schemas are fetched.',
          { required: true },
        ),
      },
      { note: `From ${AVRO}; the default when "type" is absent.` },
    ),
    schema_registry: variant(AVRO_DECODER_ID, 'schema_registry', registryFields(), {
      note: `Confluent Schema Registry. From ${AVRO}.`,
    }),
  },
};

const PROTO_DECODER_ID = 'protoBytesDecoder';
const protoMessageType = field(
  str(),
  'Fully qualified message type; absent means the first type in the descriptor.',
  {
    nullable: true,
  },
);

/** `ProtobufBytesDecoder`: `defaultImpl = SchemaRegistryBasedProtobufBytesDecoder`. */
export const protoBytesDecoder: TypedNode = {
  kind: 'typed',
  id: PROTO_DECODER_ID,
  defaultVariant: 'schema_registry',
  unknownType: 'replace',
  variants: {
    file: variant(
      PROTO_DECODER_ID,
      'file',
      {
        descriptor: field(str(), 'Descriptor file: a URL or a path on the classpath.', { required: true }),
        protoMessageType,
      },
      { note: `From ${PROTOBUF}.` },
    ),
    inline: variant(
      PROTO_DECODER_ID,
      'inline',
      {
        descriptorString: field(str(), 'Base64-encoded descriptor.', { required: true }),
        protoMessageType,
      },
      { note: `From ${PROTOBUF}.` },
    ),
    schema_registry: variant(PROTO_DECODER_ID, 'schema_registry', registryFields(), {
      note: `Confluent Schema Registry (url or urls required). From ${PROTOBUF}; the default when "type" is absent.`,
    }),
  },
};
