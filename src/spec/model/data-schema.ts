/**
 * dataSchema. Source: server/.../segment/indexing/DataSchema.java (and IdUtils.validateId for the
 * dataSource name). DataSchema has no @JsonTypeInfo; timestampSpec and dimensionsSpec are written
 * as given (null when the legacy parser holds them; from 38.0.0 dimensionsSpec is left out when
 * unset), projections and parser only when set. 37.0.0 removed the legacy parser: a spec with one
 * is a 400, and timestampSpec is required (#19173). 38.0.0 added the clustered-segment base table
 * (#19579): baseTable and segmentGranularitySpec, both written only when set.
 */
import { aggregator } from './aggregators.js';
import { dimension, dimensionsSpec } from './dimensions.js';
import { granularity, granularitySpec } from './granularity.js';
import { parser } from './parser.js';
import { projection } from './projections.js';
import { variant } from './scalars.js';
import { timestampSpec } from './timestamp-spec.js';
import { transformSpec } from './transform.js';
import { any, array, field, object, str, type ObjectNode, type TypedNode } from './vocabulary.js';
import { OLDEST_DRUID_VERSION } from './version.js';

/** `SegmentGranularitySpec` (38.0.0+): segment granularity and intervals beside a baseTable. */
const segmentGranularitySpec: ObjectNode = object('segmentGranularitySpec', {
  segmentGranularity: field(granularity, 'Segment granularity; absent means DAY.', { nullable: true }),
  intervals: field(array(str({ format: 'interval' })), 'Intervals to ingest. Omitted from GET when unset.', {
    nullable: true,
  }),
});

const BASE_TABLE_ID = 'baseTable';

/** `BaseTableProjectionSpec` (38.0.0+, experimental clustered segments): the base table's shape. */
const baseTable: TypedNode = {
  kind: 'typed',
  id: BASE_TABLE_ID,
  unknownType: 'reject',
  variants: {
    clusteredValueGroups: variant(
      BASE_TABLE_ID,
      'clusteredValueGroups',
      {
        virtualColumns: field(any, 'Virtual columns of the base table. Omitted from GET when empty.', {
          nullable: true,
        }),
        columns: field(
          array(dimension),
          'Every column in segment order: the clustering columns first, then the others. Required.',
          { required: true },
        ),
        clusteringColumns: field(
          array(str({ minLength: 1 })),
          'Names of the leading columns rows are clustered by. Required.',
          { required: true },
        ),
      },
      { note: 'Rows clustered by the leading columns (experimental).' },
    ),
  },
};

const NULL_UNTIL_38 = [
  { since: OLDEST_DRUID_VERSION, as: 'null' },
  { since: '38.0.0', as: 'omitted' },
] as const;

export const dataSchema: ObjectNode = object('dataSchema', {
  dataSource: field(
    str({ minLength: 1 }),
    'Datasource to write. Must not be empty, start with "." or contain "/" or whitespace other than space (a 400). Also the default supervisor id.',
    { required: true },
  ),
  timestampSpec: field(
    timestampSpec,
    'Where the row timestamp comes from. Required from 37.0.0; before, required with dimensionsSpec (a 400 without it) unless the legacy parser supplies both.',
    { nullable: true, inGet: 'null' },
  ),
  dimensionsSpec: field(dimensionsSpec, 'Which input fields become dimensions, and how.', {
    nullable: true,
    inGet: NULL_UNTIL_38,
  }),
  metricsSpec: field(
    array(aggregator),
    'Aggregators computed at ingestion time (with rollup, per rolled-up row).',
    {
      nullable: true,
      default: [],
    },
  ),
  granularitySpec: field(
    granularitySpec,
    'Segment and query granularity and rollup. Absent means uniform, DAY segments, no query granularity, rollup true.',
    {
      nullable: true,
      default: {
        type: 'uniform',
        segmentGranularity: 'DAY',
        queryGranularity: { type: 'none' },
        rollup: true,
        intervals: [],
      },
    },
  ),
  segmentGranularitySpec: field(
    segmentGranularitySpec,
    'Segment granularity and intervals when baseTable is set (38.0.0+); without baseTable it is a 400. Omitted from GET when unset.',
    { nullable: true, since: '38.0.0' },
  ),
  transformSpec: field(transformSpec, 'Row filter and computed fields applied before indexing.', {
    nullable: true,
    default: { filter: null, transforms: [] },
    since: '0.12.0',
  }),
  projections: field(
    array(projection),
    'Pre-aggregated projections stored in each segment (experimental). Omitted from GET when unset.',
    { nullable: true, since: '32.0.0' },
  ),
  baseTable: field(
    baseTable,
    'The base table of clustered segments (38.0.0+, experimental); the top-level dimensionsSpec, metricsSpec and granularitySpec must then be absent. Omitted from GET when unset.',
    { nullable: true, since: '38.0.0' },
  ),
  parser: field(
    parser,
    'Legacy parser. Stored and returned exactly as submitted and only parsed when a task starts, so its mistakes fail tasks rather than the POST. Removed in 37.0.0: a spec with a parser is a 400.',
    {
      nullable: true,
      removedIn: '37.0.0',
      deprecated: 'Use ioConfig.inputFormat with dataSchema.timestampSpec and dimensionsSpec (0.17.0+).',
    },
  ),
});
