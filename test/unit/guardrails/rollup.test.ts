import { findingsOf } from './helpers.js';

const DS = '/spec/dataSchema';

describe('guardrail/rollup-without-metrics', () => {
  const rule = 'guardrail/rollup-without-metrics';

  test('rollup true with an empty metricsSpec is a warning', () => {
    expect(findingsOf(rule, { [`${DS}/metricsSpec`]: [] })[0]).toMatchObject({
      severity: 'warning',
      pointer: `${DS}/metricsSpec`,
    });
  });

  test("rollup is Druid's default, so a spec without granularitySpec or metricsSpec is reported too", () => {
    const [finding] = findingsOf(rule, {
      [`${DS}/metricsSpec`]: undefined,
      [`${DS}/granularitySpec`]: undefined,
    });
    expect(finding?.message).toContain("Druid's default");
  });

  test('rollup false without metrics, or rollup with a count, passes', () => {
    expect(findingsOf(rule, { [`${DS}/metricsSpec`]: [], [`${DS}/granularitySpec/rollup`]: false })).toEqual(
      [],
    );
    expect(findingsOf(rule)).toEqual([]);
  });
});

describe('guardrail/meaningless-sum', () => {
  const rule = 'guardrail/meaningless-sum';
  const metric = (type: string, fieldName: string) => ({
    [`${DS}/metricsSpec/1`]: { type, name: 'm', fieldName },
  });

  test('a sum over the timestamp column is reported at its fieldName', () => {
    expect(findingsOf(rule, metric('doubleSum', 'ts'))[0]).toMatchObject({
      pointer: `${DS}/metricsSpec/1/fieldName`,
      message: expect.stringContaining('the timestamp column'),
    });
  });

  test('sums over identifiers and epoch times are reported (the twitter-demo mistakes)', () => {
    for (const field of ['twitter.tweet_id', 'Id', 'userId', 'session-uuid', 'twitter.unixtime']) {
      expect(findingsOf(rule, metric('longSum', field))).toHaveLength(1);
    }
  });

  test('ordinary sums, and min/max over the timestamp, pass', () => {
    for (const field of ['bytes', 'paid', 'valid_count', 'response_time']) {
      expect(findingsOf(rule, metric('longSum', field))).toEqual([]);
    }
    expect(findingsOf(rule, metric('longMax', 'ts'))).toEqual([]);
  });
});
