import { findingsOf, findingsWithoutFacts } from './helpers.js';

const TC = '/spec/tuningConfig';
const IO = '/spec/ioConfig';

describe('guardrail/max-rows-per-segment', () => {
  const rule = 'guardrail/max-rows-per-segment';

  test('segments above 5,000,000 rows are a warning at the field', () => {
    const [finding, ...rest] = findingsOf(rule, { [`${TC}/maxRowsPerSegment`]: 8000000 });
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ severity: 'warning', pointer: `${TC}/maxRowsPerSegment` });
    expect(finding?.message).toContain('8,000,000');
  });

  test("5,000,000 and Druid's default pass", () => {
    expect(findingsOf(rule, { [`${TC}/maxRowsPerSegment`]: 5000000 })).toEqual([]);
    expect(findingsOf(rule, { [`${TC}/maxRowsPerSegment`]: undefined })).toEqual([]);
  });
});

describe('guardrail/handoff-timeout', () => {
  const rule = 'guardrail/handoff-timeout';

  test('below five minutes is a warning that says the query gap', () => {
    const [finding] = findingsOf(rule, { [`${TC}/handoffConditionTimeout`]: 120000 });
    expect(finding).toMatchObject({ severity: 'warning', pointer: `${TC}/handoffConditionTimeout` });
    expect(finding?.message).toMatch(/PT2M.*queries miss/);
  });

  test('0 waits forever and is reported', () => {
    expect(findingsOf(rule, { [`${TC}/handoffConditionTimeout`]: 0 })[0]?.message).toContain('waits forever');
  });

  test('absent means 900000 from Druid 27 on, but 0 (forever) before', () => {
    const absent = { [`${TC}/handoffConditionTimeout`]: undefined };
    expect(findingsOf(rule, absent)).toEqual([]);
    expect(findingsOf(rule, absent, { druidVersion: '26.0.0' })[0]?.message).toContain(
      "Druid 26.0.0's default",
    );
  });

  test('five minutes passes; an ISO string is left to validation (druid/type)', () => {
    expect(findingsOf(rule, { [`${TC}/handoffConditionTimeout`]: 300000 })).toEqual([]);
    expect(findingsOf(rule, { [`${TC}/handoffConditionTimeout`]: 'PT10M' })).toEqual([]);
  });
});

describe('guardrail/completion-timeout', () => {
  const rule = 'guardrail/completion-timeout';

  test('shorter than the handoff wait plus time to publish is a warning', () => {
    const [finding] = findingsOf(rule, {
      [`${IO}/completionTimeout`]: 'PT16M',
      [`${TC}/handoffConditionTimeout`]: 900000,
    });
    expect(finding).toMatchObject({ severity: 'warning', pointer: `${IO}/completionTimeout` });
    expect(finding?.message).toMatch(/handoffConditionTimeout PT15M.*at least PT20M/);
  });

  test('shorter than 1.5 × max.poll.interval.ms is a warning naming that bound', () => {
    const [finding] = findingsOf(rule, {
      [`${IO}/completionTimeout`]: 'PT14M',
      [`${IO}/consumerProperties/max.poll.interval.ms`]: '600000',
      [`${TC}/handoffConditionTimeout`]: 300000,
    });
    expect(finding?.message).toMatch(/1.5 × max.poll.interval.ms \(PT10M\).*at least PT15M/);
  });

  test("Kafka's default max.poll.interval.ms (5 minutes) applies when unset", () => {
    const [finding] = findingsOf(rule, {
      [`${IO}/completionTimeout`]: 'PT7M',
      [`${TC}/handoffConditionTimeout`]: 60000,
    });
    expect(finding?.message).toContain("Kafka's default");
  });

  test('the defaults (PT30M, 15 minutes of handoff) pass, and so does a handoff wait of 0', () => {
    expect(findingsOf(rule, { [`${IO}/completionTimeout`]: undefined })).toEqual([]);
    expect(
      findingsOf(rule, { [`${IO}/completionTimeout`]: 'PT10M', [`${TC}/handoffConditionTimeout`]: 0 }),
    ).toEqual([]);
  });

  test('parameters change both bounds', () => {
    const changes = { [`${IO}/completionTimeout`]: 'PT20M' };
    expect(findingsWithoutFacts(rule, changes)).toEqual([]);
    const stricter = { [rule]: { parameters: { publishAllowance: 'PT10M' } } };
    expect(findingsWithoutFacts(rule, changes, { rules: stricter })[0]?.message).toContain('at least PT25M');
    const pollFactor = { [rule]: { parameters: { maxPollIntervalFactor: 5 } } };
    expect(findingsWithoutFacts(rule, changes, { rules: pollFactor })[0]?.message).toContain(
      'at least PT25M',
    );
  });
});

describe('guardrail/parse-exceptions', () => {
  const rule = 'guardrail/parse-exceptions';

  test("Druid's defaults (unbounded, not logged, none saved) are one warning that lists all three", () => {
    const findings = findingsOf(rule, {
      [`${TC}/maxParseExceptions`]: undefined,
      [`${TC}/logParseExceptions`]: undefined,
      [`${TC}/maxSavedParseExceptions`]: undefined,
    });
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toMatch(
      /unbounded.*logParseExceptions is off.*maxSavedParseExceptions is 0/,
    );
  });

  test('a bound so low that a few stray rows halt ingestion is reported', () => {
    const [finding] = findingsOf(rule, { [`${TC}/maxParseExceptions`]: 10 });
    expect(finding).toMatchObject({ pointer: `${TC}/maxParseExceptions` });
    expect(finding?.message).toContain('handful of bad rows');
  });

  test('reportParseExceptions true is reported as a crash loop on one bad row', () => {
    expect(findingsOf(rule, { [`${TC}/reportParseExceptions`]: true })[0]?.message).toContain(
      'one unparseable row fails the task',
    );
  });

  test('a bound with logging and saved exceptions passes', () => {
    expect(findingsOf(rule)).toEqual([]);
  });
});

describe('guardrail/poll-and-persist', () => {
  const rule = 'guardrail/poll-and-persist';

  test('a poll batch larger than maxRowsInMemory is a warning at max.poll.records', () => {
    const [finding] = findingsOf(rule, {
      [`${IO}/consumerProperties/max.poll.records`]: '200000',
      [`${TC}/maxRowsInMemory`]: 100000,
    });
    expect(finding).toMatchObject({ pointer: `${IO}/consumerProperties/max.poll.records` });
  });

  test('persisting more often than every minute is a warning', () => {
    expect(findingsOf(rule, { [`${TC}/intermediatePersistPeriod`]: 'PT30S' })[0]?.pointer).toBe(
      `${TC}/intermediatePersistPeriod`,
    );
  });

  test("the reference seed's 5000 records against 250000 rows in memory, and PT5M, pass", () => {
    expect(
      findingsOf(rule, {
        [`${IO}/consumerProperties/max.poll.records`]: '5000',
        [`${TC}/maxRowsInMemory`]: 250000,
        [`${TC}/intermediatePersistPeriod`]: 'PT5M',
      }),
    ).toEqual([]);
  });
});
