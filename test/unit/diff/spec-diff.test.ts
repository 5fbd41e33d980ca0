/** How the semantic diff tells a difference, and that it never leaks a secret while telling it. */
import { diffSpecs, specHash } from '../../../src/diff/spec-diff.js';
import { normalizeSpec, type EffectiveSpec } from '../../../src/diff/normalize.js';
import { REDACTED } from '../../../src/common/redact.js';
import { get } from '../../../src/spec/pointer.js';

type Spec = Record<string, unknown>;

function spec(edit: (value: Spec) => void = () => undefined): EffectiveSpec {
  const value: Spec = {
    type: 'kafka',
    spec: {
      dataSchema: {
        dataSource: 'events',
        timestampSpec: { column: 'ts', format: 'iso' },
        dimensionsSpec: { dimensions: ['user', 'country', { type: 'long', name: 'latency' }] },
        metricsSpec: [
          { type: 'count', name: 'count' },
          { type: 'longSum', name: 'bytes', fieldName: 'bytes_in' },
        ],
        granularitySpec: { segmentGranularity: 'HOUR', queryGranularity: 'NONE' },
      },
      ioConfig: {
        topic: 'events',
        inputFormat: { type: 'json' },
        consumerProperties: {
          'bootstrap.servers': 'kafka:9092',
          'sasl.jaas.config':
            'org.apache.kafka.common.security.plain.PlainLoginModule required username="druid" password="s3cret-pass";',
        },
      },
      tuningConfig: { type: 'kafka' },
    },
  };
  edit(value);
  return normalizeSpec(value, { druidVersion: '34.0.0' });
}

const objectAt = (value: unknown, pointer: string): Spec => get(value, pointer) as Spec;
const arrayAt = (value: unknown, pointer: string): unknown[] => get(value, pointer) as unknown[];
const io = (value: Spec): Spec => objectAt(value, '/spec/ioConfig');
const data = (value: Spec): Spec => objectAt(value, '/spec/dataSchema');
const DIMENSIONS = '/spec/dataSchema/dimensionsSpec/dimensions';

describe('diffSpecs', () => {
  test('a spec compared with itself has no change', () => {
    expect(diffSpecs(spec(), spec())).toEqual([]);
  });

  test('a changed value is one change at its pointer', () => {
    expect(
      diffSpecs(
        spec(),
        spec((s) => (io(s).replicas = 2)),
      ),
    ).toEqual([{ pointer: '/spec/ioConfig/replicas', kind: 'changed', before: 1, after: 2 }]);
  });

  test('a field set or cleared is added or removed', () => {
    const early = spec((s) => (io(s).earlyMessageRejectionPeriod = 'PT1H'));
    expect(diffSpecs(spec(), early)).toEqual([
      { pointer: '/spec/ioConfig/earlyMessageRejectionPeriod', kind: 'added', after: 'PT3600S' },
    ]);
    expect(diffSpecs(early, spec())).toEqual([
      { pointer: '/spec/ioConfig/earlyMessageRejectionPeriod', kind: 'removed', before: 'PT3600S' },
    ]);
  });

  test('a dimension inserted in the middle is one addition, not a shifted list', () => {
    const inserted = spec((s) => arrayAt(s, DIMENSIONS).splice(1, 0, 'device'));
    expect(diffSpecs(spec(), inserted)).toEqual([
      {
        pointer: `${DIMENSIONS}/1`,
        kind: 'added',
        after: {
          type: 'string',
          name: 'device',
          multiValueHandling: 'SORTED_ARRAY',
          createBitmapIndex: true,
        },
      },
    ]);
  });

  test('a dimension removed points into the old spec', () => {
    expect(
      diffSpecs(
        spec(),
        spec((s) => arrayAt(s, DIMENSIONS).splice(0, 1)),
      ),
    ).toEqual([
      {
        pointer: `${DIMENSIONS}/0`,
        kind: 'removed',
        before: { type: 'string', name: 'user', multiValueHandling: 'SORTED_ARRAY', createBitmapIndex: true },
      },
    ]);
  });

  test('dimensions reordered and changed: the order change on its own, then the field change', () => {
    const changed = spec((s) => {
      objectAt(s, '/spec/dataSchema/dimensionsSpec').dimensions = [
        { name: 'country', createBitmapIndex: false },
        'user',
        { type: 'long', name: 'latency' },
      ];
    });
    expect(diffSpecs(spec(), changed)).toEqual([
      {
        pointer: DIMENSIONS,
        kind: 'reordered',
        before: ['user', 'country', 'latency'],
        after: ['country', 'user', 'latency'],
      },
      { pointer: `${DIMENSIONS}/0/createBitmapIndex`, kind: 'changed', before: true, after: false },
    ]);
  });

  test('metrics are matched by name and their order is not a change', () => {
    const reordered = spec((s) => arrayAt(s, '/spec/dataSchema/metricsSpec').reverse());
    expect(diffSpecs(spec(), reordered)).toEqual([]);
    const retargeted = spec(
      (s) =>
        (data(s).metricsSpec = [
          { type: 'count', name: 'count' },
          { type: 'longSum', name: 'bytes', fieldName: 'size' },
        ]),
    );
    const changes = diffSpecs(spec(), retargeted);
    expect(changes.find((change) => change.pointer.startsWith('/spec/dataSchema/metricsSpec'))).toEqual({
      pointer: '/spec/dataSchema/metricsSpec/0/fieldName',
      kind: 'changed',
      before: 'bytes_in',
      after: 'size',
    });
  });

  test('a changed type is one change of the whole object (its fields are not comparable)', () => {
    const swapped = spec(
      (s) =>
        (data(s).metricsSpec = [
          { type: 'count', name: 'count' },
          { type: 'doubleSum', name: 'bytes', fieldName: 'bytes_in' },
        ]),
    );
    expect(diffSpecs(spec(), swapped)).toEqual([
      {
        pointer: '/spec/dataSchema/metricsSpec/0',
        kind: 'changed',
        before: { type: 'longSum', name: 'bytes', fieldName: 'bytes_in' },
        after: { type: 'doubleSum', name: 'bytes', fieldName: 'bytes_in' },
      },
    ]);
  });

  test('lists without unique names are compared by position, or whole when their length changes', () => {
    const twice = spec((s) => arrayAt(s, DIMENSIONS).push('user'));
    const changes = diffSpecs(spec(), twice);
    expect(changes).toContainEqual(expect.objectContaining({ pointer: DIMENSIONS, kind: 'changed' }));
  });
});

describe('redaction', () => {
  const rotated = spec((s) => {
    objectAt(s, '/spec/ioConfig/consumerProperties')['sasl.jaas.config'] =
      'org.apache.kafka.common.security.plain.PlainLoginModule required username="druid" password="n3w-pass";';
  });

  test('a rotated secret is reported as changed, both sides redacted', () => {
    expect(diffSpecs(spec(), rotated)).toEqual([
      {
        pointer: '/spec/ioConfig/consumerProperties/sasl.jaas.config',
        kind: 'changed',
        before: REDACTED,
        after: REDACTED,
      },
    ]);
  });

  test('a secret inside a larger changed value is redacted, and so is its echo elsewhere', () => {
    const changed = spec((s) => {
      io(s).consumerProperties = { 'bootstrap.servers': 'kafka:9093', 'ssl.key.password': 'k3y-pass-123' };
      s.context = { note: 'rotated k3y-pass-123 today' };
    });
    const text = JSON.stringify(diffSpecs(spec(), changed));
    expect(text).not.toContain('k3y-pass-123');
    expect(text).not.toContain('s3cret-pass');
    expect(text).toContain('kafka:9093');
  });

  test('a password in a URL is redacted', () => {
    const withUrl = spec((s) => (s.context = { schemaRegistry: 'https://user:hunter22@registry:8081' }));
    expect(JSON.stringify(diffSpecs(spec(), withUrl))).not.toContain('hunter22');
  });
});

describe('specHash', () => {
  test('is the same for the same effective spec, whatever the spelling', () => {
    const spelt = spec((s) => (io(s).taskDuration = 'PT60M'));
    expect(specHash(spelt)).toBe(specHash(spec()));
    expect(specHash(spec())).toMatch(/^[0-9a-f]{64}$/);
  });

  test('changes with any change, secrets included', () => {
    expect(specHash(spec((s) => (io(s).replicas = 2)))).not.toBe(specHash(spec()));
    const rotated = spec((s) => (objectAt(s, '/spec/ioConfig/consumerProperties')['sasl.jaas.config'] = 'x'));
    expect(specHash(rotated)).not.toBe(specHash(spec()));
  });

  test('ignores the suspended flag, as the diff does', () => {
    expect(specHash(spec((s) => (s.suspended = true)))).toBe(specHash(spec()));
  });
});
