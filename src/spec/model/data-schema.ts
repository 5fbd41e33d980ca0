/**
 * dataSchema. Source: server/.../segment/indexing/DataSchema.java (and IdUtils.validateId for the
 * dataSource name). DataSchema has no @JsonTypeInfo; timestampSpec and dimensionsSpec are written
 * as given (null when the legacy parser holds them), projections and parser only when set.
 */
import { aggregator } from './aggregators.js';
import { dimensionsSpec } from './dimensions.js';
import { granularitySpec } from './granularity.js';
import { parser } from './parser.js';
import { projection } from './projections.js';
import { timestampSpec } from './timestamp-spec.js';
import { transformSpec } from './transform.js';
import { array, field, object, str, type ObjectNode } from './vocabulary.js';

export const dataSchema: ObjectNode = object('dataSchema', {
  dataSource: field(
    str({ minLength: 1 }),
    'Datasource to write. Must not be empty, start with "." or contain "/" or whitespace other than space (a 400). Also the default supervisor id.',
    { required: true },
  ),
  timestampSpec: field(
    timestampSpec,
    'Where the row timestamp comes from. Required with dimensionsSpec (a 400 without it) unless the legacy parser supplies both.',
    { nullable: true },
  ),
  dimensionsSpec: field(dimensionsSpec, 'Which input fields become dimensions, and how.', { nullable: true }),
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
  parser: field(
    parser,
    'Legacy parser. Stored and returned exactly as submitted and only parsed when a task starts, so its mistakes fail tasks rather than the POST.',
    {
      nullable: true,
      deprecated: 'Use ioConfig.inputFormat with dataSchema.timestampSpec and dimensionsSpec (0.17.0+).',
    },
  ),
});
