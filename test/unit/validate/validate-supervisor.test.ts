import type { Finding } from '../../../src/common/finding.js';
import { validateSpec } from '../../../src/validate/validate-supervisor.js';
import { RULES_BY_ID } from '../../../src/config/rule-catalogue.js';

type Spec = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- tests mutate freely

function baseSpec(): Spec {
  return {
    type: 'kafka',
    spec: {
      dataSchema: {
        dataSource: 'clicks',
        timestampSpec: { column: 'ts', format: 'iso' },
        dimensionsSpec: { dimensions: ['page', { type: 'long', name: 'user_id' }] },
        metricsSpec: [{ type: 'count', name: 'count' }],
        granularitySpec: {
          type: 'uniform',
          segmentGranularity: 'HOUR',
          queryGranularity: 'MINUTE',
          rollup: true,
        },
      },
      ioConfig: {
        topic: 'clicks',
        inputFormat: { type: 'json' },
        consumerProperties: { 'bootstrap.servers': 'kafka:9092' },
        taskDuration: 'PT1H',
      },
      tuningConfig: { type: 'kafka', handoffConditionTimeout: 900000 },
    },
  };
}

function check(change: (spec: Spec) => void = () => {}, druidVersion = '35.0.0'): Finding[] {
  const spec = baseSpec();
  change(spec);
  return validateSpec(spec, { druidVersion });
}

function only(findings: Finding[]): Finding {
  expect(findings).toHaveLength(1);
  return findings[0] as Finding;
}

describe('validateSpec', () => {
  test('a clean spec has no finding, in the wrapped and the flat layout', () => {
    expect(check()).toEqual([]);
    const flat = baseSpec();
    const { spec, ...top } = flat;
    expect(validateSpec({ ...top, ...spec }, { druidVersion: '35.0.0' })).toEqual([]);
  });

  test('every finding uses a rule from the catalogue', () => {
    const findings = check((s) => {
      s.spec.tuningConfig.handoffConditionTimeout = 'PT10M';
      s.spec.tuningConfig.skipOffsetGaps = false;
      s.spec.ioConfig.taskDuration = 'P1M';
    });
    for (const finding of findings) expect(RULES_BY_ID.has(finding.rule)).toBe(true);
  });

  describe('types Druid rejects (druid/type)', () => {
    test('handoffConditionTimeout as an ISO period is an error that says the milliseconds to write', () => {
      const finding = only(check((s) => (s.spec.tuningConfig.handoffConditionTimeout = 'PT10M')));
      expect(finding).toMatchObject({
        rule: 'druid/type',
        severity: 'error',
        pointer: '/spec/tuningConfig/handoffConditionTimeout',
      });
      expect(finding.message).toContain('600000');
    });

    test('an object where a number belongs is an error', () => {
      expect(only(check((s) => (s.spec.ioConfig.replicas = { n: 2 })))).toMatchObject({
        rule: 'druid/type',
        severity: 'error',
      });
    });

    test('a fractional number for an integer field is an error', () => {
      expect(only(check((s) => (s.spec.ioConfig.taskCount = 1.5))).rule).toBe('druid/type');
    });
  });

  describe('values Druid coerces (druid/coerced-type)', () => {
    test('numbers and booleans written as strings are warnings', () => {
      const findings = check((s) => {
        s.spec.ioConfig.useEarliestOffset = 'true';
        s.spec.ioConfig.replicas = '2';
      });
      expect(findings.map((f) => [f.rule, f.severity, f.pointer])).toEqual(
        expect.arrayContaining([
          ['druid/coerced-type', 'warning', '/spec/ioConfig/useEarliestOffset'],
          ['druid/coerced-type', 'warning', '/spec/ioConfig/replicas'],
        ]),
      );
    });

    test('a number in a period field is read as milliseconds: a warning with the period to write', () => {
      const finding = only(check((s) => (s.spec.ioConfig.taskDuration = 3600000)));
      expect(finding).toMatchObject({ rule: 'druid/coerced-type', severity: 'warning' });
      expect(finding.message).toContain('"PT1H"');
    });
  });

  describe('periods (druid/period)', () => {
    test('text that is not an ISO-8601 period is an error', () => {
      expect(only(check((s) => (s.spec.ioConfig.taskDuration = '1 hour')))).toMatchObject({
        rule: 'druid/period',
        severity: 'error',
      });
    });

    test('a duration with months cannot be converted and is an error', () => {
      expect(only(check((s) => (s.spec.ioConfig.taskDuration = 'P1M'))).rule).toBe('druid/period');
    });

    test("Druid's own re-serialised periods are accepted", () => {
      expect(
        check((s) => {
          s.spec.ioConfig.taskDuration = 'PT3600S';
          s.spec.tuningConfig.intermediateHandoffPeriod = 'P2147483647D';
        }),
      ).toEqual([]);
    });
  });

  describe('enums', () => {
    test('an unknown granularity is an error with a suggestion; case does not matter', () => {
      const finding = only(check((s) => (s.spec.dataSchema.granularitySpec.segmentGranularity = 'HOURS')));
      expect(finding).toMatchObject({ rule: 'druid/enum', severity: 'error' });
      expect(finding.message).toContain('Did you mean "HOUR"?');
      expect(check((s) => (s.spec.dataSchema.granularitySpec.segmentGranularity = 'hour'))).toEqual([]);
    });

    test('mmap as segmentWriteOutMediumFactory is silently replaced by Druid: an error', () => {
      const finding = only(
        check((s) => (s.spec.tuningConfig.segmentWriteOutMediumFactory = { type: 'mmap' })),
      );
      expect(finding).toMatchObject({
        rule: 'druid/silent-default',
        severity: 'error',
        pointer: '/spec/tuningConfig/segmentWriteOutMediumFactory/type',
      });
      expect(finding.message).toContain('tmpFile');
    });

    test('a near miss of a built-in input format is an error, an unknown name a warning about extensions', () => {
      const typo = only(check((s) => (s.spec.ioConfig.inputFormat = { type: 'jsonl' })));
      expect(typo).toMatchObject({ rule: 'druid/enum', severity: 'error' });
      expect(typo.message).toContain('Did you mean "json"?');
      expect(only(check((s) => (s.spec.ioConfig.inputFormat = { type: 'company_format_v7' })))).toMatchObject(
        {
          rule: 'druid/unknown-type',
          severity: 'warning',
        },
      );
    });

    test('an aggregator from a known extension passes; a typo of a built-in one is an error', () => {
      expect(
        check((s) =>
          s.spec.dataSchema.metricsSpec.push({ type: 'thetaSketch', name: 'users', fieldName: 'user_id' }),
        ),
      ).toEqual([]);
      expect(
        only(check((s) => s.spec.dataSchema.metricsSpec.push({ type: 'longsum', name: 'x', fieldName: 'y' })))
          .severity,
      ).toBe('error');
    });
  });

  describe('keys Druid drops', () => {
    test('a misspelled key is a warning with did-you-mean', () => {
      const finding = only(check((s) => (s.spec.tuningConfig.maxRowPerSegment = 1000)));
      expect(finding).toMatchObject({
        rule: 'druid/unknown-key',
        severity: 'warning',
        pointer: '/spec/tuningConfig/maxRowPerSegment',
      });
      expect(finding.message).toContain('Did you mean "maxRowsPerSegment"?');
    });

    test('a section in the wrong place says where it belongs', () => {
      const finding = only(check((s) => (s.spec.transformSpec = { transforms: [] })));
      expect(finding).toMatchObject({ rule: 'druid/misplaced-key', pointer: '/spec/transformSpec' });
      expect(finding.message).toContain('"dataSchema"');
    });

    test('skipOffsetGaps is a removed key wherever it is written', () => {
      expect(only(check((s) => (s.spec.tuningConfig.skipOffsetGaps = false)))).toMatchObject({
        rule: 'druid/removed-key',
        severity: 'warning',
      });
      expect(only(check((s) => (s.spec.ioConfig.skipOffsetGaps = false))).rule).toBe('druid/removed-key');
    });

    test('ioConfig.type and the keys Druid writes into stored specs are not reported', () => {
      expect(
        check((s) => {
          s.spec.ioConfig.type = 'kafka';
          s.spec.ioConfig.stream = 'clicks';
          s.spec.ioConfig.useEarliestSequenceNumber = false;
          s.context = {};
          s.suspended = false;
        }),
      ).toEqual([]);
    });
  });

  describe('required pieces', () => {
    test('missing dataSchema or ioConfig is an error', () => {
      expect(check((s) => delete s.spec.ioConfig).map((f) => [f.rule, f.pointer])).toContainEqual([
        'druid/required',
        '/spec/ioConfig',
      ]);
      expect(check((s) => delete s.spec.dataSchema).map((f) => [f.rule, f.pointer])).toContainEqual([
        'druid/required',
        '/spec/dataSchema',
      ]);
    });

    test('exactly one of topic and topicPattern', () => {
      expect(only(check((s) => (s.spec.ioConfig.topicPattern = 'clicks.*')))).toMatchObject({
        rule: 'druid/topic',
        pointer: '/spec/ioConfig/topicPattern',
      });
      expect(only(check((s) => delete s.spec.ioConfig.topic))).toMatchObject({
        rule: 'druid/topic',
        pointer: '/spec/ioConfig/topic',
      });
      expect(
        check((s) => {
          delete s.spec.ioConfig.topic;
          s.spec.ioConfig.topicPattern = 'clicks.*';
        }),
      ).toEqual([]);
    });

    test('consumerProperties without bootstrap.servers is an error', () => {
      expect(only(check((s) => (s.spec.ioConfig.consumerProperties = { 'group.id': 'g' })))).toMatchObject({
        rule: 'druid/required',
        pointer: '/spec/ioConfig/consumerProperties/bootstrap.servers',
      });
    });

    test('a dimension object without a name is an error', () => {
      const findings = check((s) => s.spec.dataSchema.dimensionsSpec.dimensions.push({ type: 'string' }));
      expect(findings.map((f) => [f.rule, f.severity])).toContainEqual(['druid/required', 'error']);
    });

    test('replicas and taskCount are at least 1', () => {
      expect(only(check((s) => (s.spec.ioConfig.replicas = 0))).rule).toBe('druid/range');
      expect(only(check((s) => (s.spec.ioConfig.taskCount = 0))).rule).toBe('druid/range');
    });
  });

  describe('columns', () => {
    test('a name used by a dimension and a metric is an error', () => {
      expect(
        only(
          check((s) => s.spec.dataSchema.metricsSpec.push({ type: 'longSum', name: 'page', fieldName: 'x' })),
        ),
      ).toMatchObject({
        rule: 'druid/duplicate-column',
        pointer: '/spec/dataSchema/metricsSpec/1/name',
      });
    });

    test('__time may only be one long dimension', () => {
      expect(
        only(check((s) => s.spec.dataSchema.metricsSpec.push({ type: 'count', name: '__time' }))).rule,
      ).toBe('druid/duplicate-column');
    });

    test('the timestamp column listed as a dimension is a warning', () => {
      expect(only(check((s) => s.spec.dataSchema.dimensionsSpec.dimensions.push('ts')))).toMatchObject({
        rule: 'druid/timestamp-dimension',
        severity: 'warning',
      });
    });

    test('a dimensionsSpec without a timestampSpec is refused by Druid', () => {
      expect(check((s) => delete s.spec.dataSchema.timestampSpec).map((f) => f.rule)).toContain(
        'druid/required',
      );
    });
  });

  describe('autoscaler', () => {
    const autoscaler = (config: Spec) => (s: Spec) =>
      (s.spec.ioConfig.autoScalerConfig = { enableTaskAutoScaler: true, ...config });

    test('taskCountMin above taskCountMax is an error', () => {
      expect(only(check(autoscaler({ taskCountMin: 4, taskCountMax: 2 })))).toMatchObject({
        rule: 'druid/autoscaler',
        severity: 'error',
      });
    });

    test('valid bounds pass, and a disabled autoscaler is not checked', () => {
      expect(check(autoscaler({ taskCountMin: 1, taskCountMax: 4, taskCountStart: 2 }))).toEqual([]);
      expect(
        check(
          (s) =>
            (s.spec.ioConfig.autoScalerConfig = {
              enableTaskAutoScaler: false,
              taskCountMin: 4,
              taskCountMax: 2,
            }),
        ),
      ).toEqual([]);
    });
  });

  describe('Druid versions', () => {
    test('a top-level id that differs from the datasource is an error below Druid 34', () => {
      expect(only(check((s) => (s.id = 'clicks_v2'), '31.0.0'))).toMatchObject({
        rule: 'druid/version',
        severity: 'error',
        pointer: '/id',
      });
      expect(check((s) => (s.id = 'clicks_v2'), '34.0.0')).toEqual([]);
    });

    test('an id equal to the datasource is only a notice below Druid 34', () => {
      expect(only(check((s) => (s.id = 'clicks'), '31.0.0')).severity).toBe('notice');
    });
  });

  describe('layouts', () => {
    test('the export layout is accepted when its top-level copies equal spec', () => {
      const spec = baseSpec();
      expect(validateSpec({ ...spec, ...spec.spec }, { druidVersion: '35.0.0' })).toEqual([]);
    });

    test('a top-level copy that differs from spec is a warning', () => {
      const spec = baseSpec();
      const copy = { ...spec, ...structuredClone(spec.spec) };
      copy.ioConfig.topic = 'other';
      expect(only(validateSpec(copy, { druidVersion: '35.0.0' }))).toMatchObject({
        rule: 'druid/ignored-copy',
        pointer: '/ioConfig',
      });
    });

    test('the legacy parser is a warning with migration steps', () => {
      const finding = only(
        check((s) => {
          s.spec.dataSchema.parser = {
            type: 'string',
            parseSpec: { format: 'json', timestampSpec: { column: 'ts' } },
          };
          delete s.spec.ioConfig.inputFormat;
        }),
      );
      expect(finding.rule).toBe('druid/legacy-parser');
      expect(finding.message).toContain('ioConfig.inputFormat');
    });

    test('from Druid 37 the legacy parser is an error; with no release named it is a warning that says why', () => {
      const legacy = (s: Spec) => {
        s.spec.dataSchema.parser = {
          type: 'string',
          parseSpec: { format: 'json', timestampSpec: { column: 'ts' } },
        };
        delete s.spec.ioConfig.inputFormat;
      };
      const spec = baseSpec();
      legacy(spec);
      const named = validateSpec(spec, { druidVersion: '37.0.0' }).find(
        (f) => f.rule === 'druid/legacy-parser',
      );
      expect(named).toMatchObject({
        severity: 'error',
        message: expect.stringContaining('Druid 37.0.0 refuses'),
      });
      const assumed = validateSpec(spec, { druidVersion: '39.0.0', releaseAssumed: true }).find(
        (f) => f.rule === 'druid/legacy-parser',
      );
      expect(assumed).toMatchObject({
        severity: 'warning',
        message: expect.stringContaining('does not set druidVersion, so the rules assume 39.0.0'),
      });
    });

    test('other supervisor types get one notice and no false alarms', () => {
      expect(
        validateSpec(
          { type: 'kinesis', spec: { ioConfig: { stream: 's', endpoint: 'x' } } },
          { druidVersion: '35.0.0' },
        ),
      ).toEqual([expect.objectContaining({ rule: 'druid/unsupported-type', severity: 'notice' })]);
    });
  });

  test('invalid datasource names are errors', () => {
    expect(only(check((s) => (s.spec.dataSchema.dataSource = 'a/b'))).rule).toBe('druid/invalid-id');
    expect(only(check((s) => (s.spec.dataSchema.dataSource = '.hidden'))).rule).toBe('druid/invalid-id');
  });

  test('lateMessageRejectionPeriod and lateMessageRejectionStartDateTime together are an error', () => {
    expect(
      only(
        check((s) => {
          s.spec.ioConfig.lateMessageRejectionPeriod = 'PT1H';
          s.spec.ioConfig.lateMessageRejectionStartDateTime = '2024-01-01T00:00:00Z';
        }),
      ).rule,
    ).toBe('druid/late-rejection');
  });
});

describe('${env:NAME} credential references', () => {
  test('in a credential they pass; elsewhere, or naming a runner variable, they are errors', () => {
    const spec = baseSpec();
    spec.spec.ioConfig.consumerProperties['ssl.truststore.password'] = '${env:TRUSTSTORE_PASSWORD}';
    expect(
      validateSpec(spec, { druidVersion: '33.0.0' }).filter((f) => f.rule === 'secret/reference'),
    ).toEqual([]);
    spec.spec.ioConfig.topic = 'clicks-${env:SUFFIX}';
    spec.spec.ioConfig.consumerProperties['sasl.jaas.config'] = 'x password="${env:ACTIONS_RUNTIME_TOKEN}";';
    const found = validateSpec(spec, { druidVersion: '33.0.0' }).filter((f) => f.rule === 'secret/reference');
    expect(found.map((finding) => [finding.pointer, finding.severity])).toEqual([
      ['/spec/ioConfig/topic', 'error'],
      ['/spec/ioConfig/consumerProperties/sasl.jaas.config', 'error'],
    ]);
    expect(found[0]?.message).toContain('resolved only in a credential');
    expect(found[1]?.message).toContain('variable of the runner or the action');
    expect(RULES_BY_ID.get('secret/reference')?.severity).toBe('error');
  });
});
