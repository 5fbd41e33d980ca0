/**
 * The records of the topic the sampler captures were taken from (test/integration/sampler.test.ts
 * produces them to the real Kafka; the emulator's contract test puts the same ones in its Kafka
 * world): 400 JSON events and, after every 80th, a record that is not JSON, as the issue that
 * asked for the data section described them.
 */
export const SAMPLER_TOPIC = 'fx-sampler';

export function samplerRecords(): string[] {
  const records: string[] = [];
  for (let index = 0; index < 400; index++) {
    records.push(
      JSON.stringify({
        event_ts: new Date(Date.UTC(2026, 0, 1) + index * 1000).toISOString(),
        user_id: `u${index % 7}`,
        region: ['eu', 'us', 'ap'][index % 3],
        latency: index % 100,
        session: `s${index}`,
        nested: { a: index, b: 'x' },
      }),
    );
    if (index % 80 === 79) records.push(`not json at all ${Math.floor(index / 80)}`);
  }
  return records;
}

/** The dataSchema the captures parse the records with (a supervisor of this topic would use it). */
export function samplerDataSchema(changes: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    dataSource: SAMPLER_TOPIC,
    timestampSpec: { column: 'event_ts', format: 'iso' },
    dimensionsSpec: { dimensions: ['user_id', 'region', { type: 'long', name: 'latency' }, 'country'] },
    metricsSpec: [{ type: 'count', name: 'count' }],
    granularitySpec: { segmentGranularity: 'HOUR', queryGranularity: 'NONE', rollup: false },
    ...changes,
  };
}
