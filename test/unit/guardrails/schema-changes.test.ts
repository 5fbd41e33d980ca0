import { findingsOf } from './helpers.js';

const DS = '/spec/dataSchema';
const changed = { changed: true };

describe('guardrail/dimension-removed', () => {
  const rule = 'guardrail/dimension-removed';

  test('each removed dimension is a warning', () => {
    const findings = findingsOf(rule, { [`${DS}/dimensionsSpec/dimensions`]: ['page'] }, changed);
    expect(findings.map((finding) => finding.message)).toEqual([
      expect.stringContaining('"user_id" is removed'),
      expect.stringContaining('"country" is removed'),
    ]);
  });

  test('added or reordered dimensions, and schema discovery, pass', () => {
    expect(
      findingsOf(
        rule,
        { [`${DS}/dimensionsSpec/dimensions`]: ['country', 'page', { type: 'long', name: 'user_id' }, 'x'] },
        changed,
      ),
    ).toEqual([]);
    expect(
      findingsOf(rule, { [`${DS}/dimensionsSpec`]: { dimensions: [], useSchemaDiscovery: true } }, changed),
    ).toEqual([]);
  });
});

describe('guardrail/dimension-retyped', () => {
  const rule = 'guardrail/dimension-retyped';

  test('long to string is a warning at the dimension', () => {
    expect(findingsOf(rule, { [`${DS}/dimensionsSpec/dimensions/1`]: 'user_id' }, changed)[0]).toMatchObject({
      pointer: `${DS}/dimensionsSpec/dimensions/1`,
      message: expect.stringContaining('from long to string'),
    });
  });

  test('a plain name and {"type": "string"} are the same type', () => {
    expect(
      findingsOf(rule, { [`${DS}/dimensionsSpec/dimensions/0`]: { type: 'string', name: 'page' } }, changed),
    ).toEqual([]);
  });
});

describe('guardrail/metric-removed', () => {
  const rule = 'guardrail/metric-removed';

  test('a removed metric is a warning', () => {
    expect(
      findingsOf(rule, { [`${DS}/metricsSpec`]: [{ type: 'count', name: 'count' }] }, changed),
    ).toHaveLength(1);
  });

  test('an added metric passes', () => {
    const metrics = [
      { type: 'count', name: 'count' },
      { type: 'longSum', name: 'bytes', fieldName: 'bytes' },
      { type: 'longMax', name: 'bytes_max', fieldName: 'bytes' },
    ];
    expect(findingsOf(rule, { [`${DS}/metricsSpec`]: metrics }, changed)).toEqual([]);
  });
});

describe('guardrail/metric-changed', () => {
  const rule = 'guardrail/metric-changed';

  test('a different aggregator under the same name is a warning', () => {
    const [finding] = findingsOf(
      rule,
      { [`${DS}/metricsSpec/1`]: { type: 'longSum', name: 'bytes', fieldName: 'payload_bytes' } },
      changed,
    );
    expect(finding?.message).toContain('from longSum("bytes") to longSum("payload_bytes")');
  });

  test('the same aggregator with its keys in another order passes', () => {
    expect(
      findingsOf(
        rule,
        { [`${DS}/metricsSpec/1`]: { fieldName: 'bytes', name: 'bytes', type: 'longSum' } },
        changed,
      ),
    ).toEqual([]);
  });
});

describe('guardrail/rollup-toggled', () => {
  const rule = 'guardrail/rollup-toggled';

  test('turning rollup off is a warning', () => {
    expect(findingsOf(rule, { [`${DS}/granularitySpec/rollup`]: false }, changed)[0]?.message).toContain(
      'from true to false',
    );
  });

  test("removing an explicit rollup: true keeps Druid's default (true) and passes", () => {
    expect(findingsOf(rule, { [`${DS}/granularitySpec/rollup`]: undefined }, changed)).toEqual([]);
  });
});

describe('guardrail/query-granularity-coarsened', () => {
  const rule = 'guardrail/query-granularity-coarsened';

  test('MINUTE to FIFTEEN_MINUTE is a warning', () => {
    expect(
      findingsOf(rule, { [`${DS}/granularitySpec/queryGranularity`]: 'FIFTEEN_MINUTE' }, changed),
    ).toHaveLength(1);
  });

  test('a finer queryGranularity passes', () => {
    expect(findingsOf(rule, { [`${DS}/granularitySpec/queryGranularity`]: 'SECOND' }, changed)).toEqual([]);
  });
});
