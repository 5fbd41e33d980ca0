// Writes N realistic Kafka supervisor specs (JSON) into a folder: variations of a production-style
// spec with different datasources, topics, columns and tuning, so the validator does real work.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

const GRANULARITIES = ['HOUR', 'HOUR', 'DAY', 'FIFTEEN_MINUTE'];
const DIMENSION_TYPES = ['string', 'string', 'long', 'double', 'float'];

export function specFor(index) {
  const name = `stream_${String(index).padStart(5, '0')}`;
  const dimensionCount = 4 + (index % 12);
  const dimensions = Array.from({ length: dimensionCount }, (_, d) =>
    d % 3 === 0
      ? `dim_${d}`
      : { type: DIMENSION_TYPES[(index + d) % DIMENSION_TYPES.length], name: `dim_${d}` },
  );
  return {
    type: 'kafka',
    spec: {
      dataSchema: {
        dataSource: name,
        timestampSpec: { column: 'ts', format: index % 2 ? 'iso' : 'millis' },
        dimensionsSpec: { dimensions },
        metricsSpec: [
          { type: 'count', name: 'rows' },
          { type: 'longSum', name: 'bytes_sum', fieldName: 'bytes' },
          { type: 'doubleMax', name: 'latency_max', fieldName: 'latency' },
        ],
        granularitySpec: {
          type: 'uniform',
          segmentGranularity: GRANULARITIES[index % GRANULARITIES.length],
          queryGranularity: 'MINUTE',
          rollup: true,
        },
        transformSpec: {
          transforms: [{ type: 'expression', name: 'region', expression: 'upper("region")' }],
        },
      },
      ioConfig: {
        topic: `${name}.events`,
        inputFormat: {
          type: 'json',
          flattenSpec: {
            useFieldDiscovery: true,
            fields: [{ type: 'path', name: 'user', expr: '$.user.id' }],
          },
        },
        consumerProperties: { 'bootstrap.servers': 'kafka-1:9092,kafka-2:9092', 'max.poll.records': '1000' },
        useEarliestOffset: false,
        replicas: 2,
        taskCount: 1 + (index % 4),
        taskDuration: 'PT1H',
        completionTimeout: 'PT30M',
        lateMessageRejectionPeriod: 'P1D',
      },
      tuningConfig: {
        type: 'kafka',
        maxRowsPerSegment: 5000000,
        maxRowsInMemory: 150000,
        intermediatePersistPeriod: 'PT10M',
        handoffConditionTimeout: 900000,
        logParseExceptions: true,
        maxParseExceptions: 1000,
        maxSavedParseExceptions: 100,
      },
    },
  };
}

export async function writeSpecs(folder, count) {
  await rm(folder, { recursive: true, force: true });
  await mkdir(folder, { recursive: true });
  for (let index = 0; index < count; index++) {
    await writeFile(
      path.join(folder, `stream_${String(index).padStart(5, '0')}.json`),
      JSON.stringify(specFor(index), null, 2),
    );
  }
}
