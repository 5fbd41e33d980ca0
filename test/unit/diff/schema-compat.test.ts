/** Schema compatibility: every breaking and compatible change a reviewer must be told, and no noise. */
import { classifySchemaChange } from '../../../src/diff/schema-compat.js';
import type { SchemaItem } from '../../../src/diff/schema-item.js';
import { edited, effective, load, type Spec } from './specs.js';

const DIMENSIONS = '/spec/dataSchema/dimensionsSpec/dimensions';
const data = (spec: Spec): Spec => spec.spec.dataSchema;
const io = (spec: Spec): Spec => spec.spec.ioConfig;

async function change(example: 'events' | 'pageViews', edit: (spec: Spec) => void) {
  return classifySchemaChange(
    edited(example, () => undefined),
    edited(example, edit),
  );
}

const only = (items: SchemaItem[], subject: SchemaItem['subject']): SchemaItem[] =>
  items.filter((item) => item.subject === subject);

describe('classifySchemaChange: breaking changes', () => {
  test('a removed dimension is breaking, pointed at in the base spec', async () => {
    const result = await change('events', (spec) => data(spec).dimensionsSpec.dimensions.splice(0, 1));
    expect(result.overall).toBe('breaking');
    expect(result.items).toEqual([
      {
        severity: 'breaking',
        subject: 'column',
        pointer: `${DIMENSIONS}/0`,
        message:
          'Dimension "user_id" is removed: queries that group or filter by it see null for new rows; existing segments keep it.',
        before: 'string',
      },
    ]);
  });

  test('a retyped dimension is breaking for readers, and for producers when it now parses numbers', async () => {
    const result = await change('events', (spec) => (data(spec).dimensionsSpec.dimensions[0].type = 'long'));
    expect(result.overall).toBe('breaking');
    const [column] = only(result.items, 'column');
    expect(column).toMatchObject({ severity: 'breaking', before: 'string', after: 'long' });
    expect(column?.message).toMatch(/^Dimension "user_id" changes type from string to long:/);
    const [input] = only(result.items, 'input');
    expect(input).toMatchObject({ severity: 'breaking', before: 'any value', after: 'a number' });
    expect(input?.message).toMatch(/Input field "user_id" must now hold numbers .*parse errors/);
  });

  test('a removed metric is breaking, and says rollup loses what it summarised', async () => {
    const result = await change('events', (spec) => data(spec).metricsSpec.splice(1, 1));
    expect(result.items).toHaveLength(1);
    expect(result.items[0]).toMatchObject({
      severity: 'breaking',
      pointer: '/spec/dataSchema/metricsSpec/1',
    });
    expect(result.items[0]?.message).toMatch(/^Metric "latency_ms" is removed: .*raw values it summarised/);
  });

  test('an aggregator swapped under the same output type is breaking (json-schema-diff cannot see it)', async () => {
    const result = await change('events', (spec) => (data(spec).metricsSpec[1].type = 'longMax'));
    expect(result.overall).toBe('breaking');
    expect(result.items).toEqual([
      expect.objectContaining({
        severity: 'breaking',
        subject: 'column',
        before: 'longSum(latency)',
        after: 'longMax(latency)',
      }),
    ]);
    expect(result.items[0]?.message).toContain('(both stored as LONG)');
  });

  test('an aggregator that changes the stored type is breaking and names both types', async () => {
    const result = await change('events', (spec) => (data(spec).metricsSpec[1].type = 'doubleSum'));
    expect(result.items[0]?.message).toContain('(stored as LONG → DOUBLE)');
  });

  test('an aggregator reading another field is breaking', async () => {
    const result = await change('events', (spec) => (data(spec).metricsSpec[1].fieldName = 'latency_us'));
    expect(result.items[0]).toMatchObject({ severity: 'breaking', after: 'longSum(latency_us)' });
  });

  test('rollup toggled is breaking both ways', async () => {
    const off = await change('events', (spec) => (data(spec).granularitySpec.rollup = false));
    expect(off.items).toEqual([
      expect.objectContaining({
        severity: 'breaking',
        subject: 'rollup',
        pointer: '/spec/dataSchema/granularitySpec/rollup',
        before: true,
        after: false,
      }),
    ]);
    const on = await change('pageViews', (spec) => (data(spec).granularitySpec.rollup = true));
    expect(on.items[0]).toMatchObject({
      severity: 'breaking',
      subject: 'rollup',
      before: false,
      after: true,
    });
    expect(on.items[0]?.message).toMatch(/^Rollup is turned on: .*raw events are no longer kept/);
  });

  test('queryGranularity coarsened is breaking and names the resolutions queries lose', async () => {
    const result = await change('events', (spec) => (data(spec).granularitySpec.queryGranularity = 'HOUR'));
    expect(result.items).toEqual([
      expect.objectContaining({
        severity: 'breaking',
        subject: 'granularity',
        pointer: '/spec/dataSchema/granularitySpec/queryGranularity',
        before: 'MINUTE',
        after: 'HOUR',
      }),
    ]);
    expect(result.items[0]?.message).toContain(
      'queries grouping by MINUTE, FIVE_MINUTE, TEN_MINUTE, FIFTEEN_MINUTE, THIRTY_MINUTE see them bunched',
    );
  });

  test('a granularity that is not nested in the old one is breaking although it is only a little coarser', async () => {
    const six = (spec: Spec): void => void (data(spec).granularitySpec.queryGranularity = 'SIX_HOUR');
    const result = await classifySchemaChange(
      edited('events', six),
      edited('events', (spec) => (data(spec).granularitySpec.queryGranularity = 'EIGHT_HOUR')),
    );
    expect(result.items[0]?.message).toMatch(/^queryGranularity changes from SIX_HOUR to EIGHT_HOUR:/);
  });

  test('a new multi-value handling is breaking and says what new rows lose', async () => {
    const result = await change('events', (spec) => {
      data(spec).dimensionsSpec.dimensions[1].multiValueHandling = 'sorted_set';
    });
    expect(result.items).toEqual([
      expect.objectContaining({ severity: 'breaking', before: 'SORTED_ARRAY', after: 'SORTED_SET' }),
    ]);
    expect(result.items[0]?.message).toContain('repeated values collapse into one');
  });

  test('a timestamp taken from another field makes that field newly required', async () => {
    const result = await change('events', (spec) => (data(spec).timestampSpec.column = 'received_at'));
    expect(result.items).toEqual([
      {
        severity: 'breaking',
        subject: 'input',
        pointer: '/spec/dataSchema/timestampSpec/column',
        message:
          'The timestamp now comes from "received_at" instead of "event_ts": events without "received_at" are rejected as unparseable.',
        before: 'event_ts',
        after: 'received_at',
      },
    ]);
  });

  test('dropping missingValue makes the timestamp required again; adding it is compatible', async () => {
    const withMissing = edited(
      'events',
      (spec) => (data(spec).timestampSpec.missingValue = '2020-01-01T00:00:00Z'),
    );
    const without = edited('events', () => undefined);
    expect((await classifySchemaChange(withMissing, without)).items[0]).toMatchObject({
      severity: 'breaking',
      pointer: '/spec/dataSchema/timestampSpec/missingValue',
    });
    expect((await classifySchemaChange(without, withMissing)).overall).toBe('compatible');
  });

  test('numbers read in another unit are breaking: new rows get wrong times without an error', async () => {
    const millis = edited('events', (spec) => (data(spec).timestampSpec.format = 'millis'));
    const posix = edited('events', (spec) => (data(spec).timestampSpec.format = 'posix'));
    const result = await classifySchemaChange(millis, posix);
    expect(result.items[0]).toMatchObject({ severity: 'breaking', before: 'millis', after: 'posix' });
    expect(result.items[0]?.message).toContain('numbers are read as seconds instead of milliseconds');
  });

  test('auto → iso is breaking (epoch numbers stop parsing); iso → auto is compatible', async () => {
    const iso = edited('events', (spec) => (data(spec).timestampSpec.format = 'iso'));
    const auto = edited('events', () => undefined);
    expect((await classifySchemaChange(auto, iso)).overall).toBe('breaking');
    const widened = await classifySchemaChange(iso, auto);
    expect(widened.overall).toBe('compatible');
    expect(widened.items[0]?.message).toContain('every timestamp that parsed before still parses');
  });

  test('a dimension read from a new place in the event is breaking for producers of the old field', async () => {
    const result = await change('events', (spec) => {
      io(spec).inputFormat.flattenSpec.fields = [{ type: 'path', name: 'region', expr: '$.geo.region' }];
    });
    expect(result.overall).toBe('breaking');
    expect(result.items.map((item) => [item.severity, item.pointer])).toEqual([
      ['breaking', `${DIMENSIONS}/1`],
      ['compatible', '/spec/ioConfig/inputFormat/flattenSpec/fields/0'],
    ]);
    expect(result.items[0]?.message).toMatch(
      /^Input field "region" is no longer read \(it fed dimension "region"\)/,
    );
    expect(result.items[1]?.message).toBe('Input field "geo.region" is now read (by dimension "region").');
  });

  test('another input format is breaking for every producer', async () => {
    const result = await change('events', (spec) => (io(spec).inputFormat = { type: 'avro_stream' }));
    expect(only(result.items, 'input')[0]).toMatchObject({
      severity: 'breaking',
      pointer: '/spec/ioConfig/inputFormat',
      before: 'json',
      after: 'avro_stream',
    });
  });

  test('csv columns in another order are breaking; columns appended at the end are not', async () => {
    const csv = (columns: string[]) => (spec: Spec) => {
      io(spec).inputFormat = { type: 'csv', columns };
    };
    const base = edited('events', csv(['event_ts', 'user_id', 'region', 'device_type', 'latency']));
    const swapped = edited('events', csv(['event_ts', 'region', 'user_id', 'device_type', 'latency']));
    const appended = edited(
      'events',
      csv(['event_ts', 'user_id', 'region', 'device_type', 'latency', 'extra']),
    );
    expect((await classifySchemaChange(base, swapped)).items[0]).toMatchObject({
      severity: 'breaking',
      pointer: '/spec/ioConfig/inputFormat/columns',
    });
    expect((await classifySchemaChange(base, appended)).overall).toBe('compatible');
  });

  test('listing the first dimension of a schemaless spec drops every other discovered column', async () => {
    const schemaless = edited('events', (spec) => (data(spec).dimensionsSpec.dimensions = []));
    const listed = edited('events', (spec) => (data(spec).dimensionsSpec.dimensions = ['user_id']));
    const result = await classifySchemaChange(schemaless, listed);
    expect(result.overall).toBe('breaking');
    expect(result.items[0]?.message).toMatch(
      /^Input fields no dimension names were ingested as string dimensions/,
    );
  });

  test('with schema discovery, a new metric excludes its input from the discovered columns', async () => {
    const discover = (spec: Spec): void => void (data(spec).dimensionsSpec.useSchemaDiscovery = true);
    const base = edited('events', discover);
    const head = edited('events', (spec) => {
      discover(spec);
      data(spec).metricsSpec.push({ type: 'doubleSum', name: 'spent', fieldName: 'price' });
    });
    const result = await classifySchemaChange(base, head);
    expect(result.items.map((item) => [item.severity, item.message.slice(0, 40)])).toEqual([
      ['breaking', 'Discovered column "price" is removed (it'],
      ['compatible', 'Metric "spent" (doubleSum(price), stored'],
    ]);
  });

  test('the legacy parser is read like Druid reads it', async () => {
    const base = effective(load('legacy'), '33.0.0');
    const edit = load('legacy');
    edit.dataSchema.parser.parseSpec.dimensionsSpec.dimensions = ['time'];
    const result = await classifySchemaChange(base, effective(edit, '33.0.0'));
    expect(result.items[0]).toMatchObject({
      severity: 'breaking',
      pointer: '/spec/dataSchema/parser/parseSpec/dimensionsSpec/dimensions/1',
    });
    expect(result.items[0]?.message).toMatch(/^Dimension "host" is removed/);
  });
});

describe('classifySchemaChange: compatible changes', () => {
  test('a new dimension is compatible', async () => {
    const result = await change('events', (spec) =>
      data(spec).dimensionsSpec.dimensions.splice(1, 0, { name: 'os', type: 'string' }),
    );
    expect(result).toEqual({
      overall: 'compatible',
      items: [
        {
          severity: 'compatible',
          subject: 'column',
          pointer: `${DIMENSIONS}/1`,
          message: 'Dimension "os" (string) is added: new rows carry it and older rows read it as null.',
          after: 'string',
        },
      ],
    });
  });

  test('a new metric is compatible and names its aggregator and stored type', async () => {
    const result = await change('pageViews', (spec) =>
      data(spec).metricsSpec.push({ type: 'thetaSketch', name: 'users', fieldName: 'user_id' }),
    );
    expect(result.overall).toBe('compatible');
    expect(result.items[0]?.message).toBe(
      'Metric "users" (thetaSketch(user_id), stored as COMPLEX<thetaSketch>) is added: new rows carry it and older rows read it as null.',
    );
  });

  test('a finer queryGranularity is compatible: it only affects new rows', async () => {
    const result = await change('events', (spec) => (data(spec).granularitySpec.queryGranularity = 'none'));
    expect(result.items).toEqual([
      expect.objectContaining({
        severity: 'compatible',
        subject: 'granularity',
        before: 'MINUTE',
        after: 'NONE',
      }),
    ]);
  });

  test('a period granularity that divides the old one is finer (PT30S under MINUTE)', async () => {
    const result = await change('events', (spec) => {
      data(spec).granularitySpec.queryGranularity = { type: 'period', period: 'PT30S' };
    });
    expect(result.overall).toBe('compatible');
  });

  test('schema discovery turned on is compatible: other fields become columns', async () => {
    const result = await change('events', (spec) => (data(spec).dimensionsSpec.useSchemaDiscovery = true));
    expect(result.overall).toBe('compatible');
    expect(result.items[0]?.message).toMatch(/now ingested typed by schema discovery/);
  });

  test('a transform reading a new field is compatible for producers', async () => {
    const result = await change('events', (spec) => {
      data(spec).transformSpec = {
        transforms: [{ type: 'expression', name: 'region', expression: 'upper(geo)' }],
      };
    });
    expect(result.items.map((item) => [item.severity, item.message])).toEqual([
      [
        'breaking',
        'Input field "region" is no longer read (it fed dimension "region"): values producers send in it are dropped for new rows.',
      ],
      ['compatible', 'Input field "geo" is now read (by transform "region").'],
    ]);
  });
});

describe('classifySchemaChange: no noise', () => {
  test('a spec compared with itself is unchanged', async () => {
    const spec = edited('events', () => undefined);
    expect(await classifySchemaChange(spec, spec)).toEqual({ overall: 'unchanged', items: [] });
  });

  test('tuning, task counts and consumer properties are not schema changes', async () => {
    const result = await change('events', (spec) => {
      io(spec).taskCount = 4;
      io(spec).consumerProperties['max.poll.records'] = '1000';
      spec.spec.tuningConfig.maxRowsInMemory = 300000;
      data(spec).dimensionsSpec.dimensions[0].createBitmapIndex = false;
    });
    expect(result).toEqual({ overall: 'unchanged', items: [] });
  });

  test('reordered dimensions change the sort order, not the schema', async () => {
    const result = await change('events', (spec) => data(spec).dimensionsSpec.dimensions.reverse());
    expect(result.overall).toBe('unchanged');
  });

  test('a new supervisor has no reader to break', async () => {
    expect(
      await classifySchemaChange(
        undefined,
        edited('events', () => undefined),
      ),
    ).toEqual({
      overall: 'compatible',
      items: [],
    });
  });

  test('another datasource is a new datasource, not a changed one', async () => {
    const result = await change('events', (spec) => {
      data(spec).dataSource = 'events_v2';
      data(spec).dimensionsSpec.dimensions.splice(0, 1);
    });
    expect(result).toEqual({ overall: 'compatible', items: [] });
  });

  test('breaking items come first', async () => {
    const result = await change('events', (spec) => {
      data(spec).dimensionsSpec.dimensions.push('os');
      data(spec).granularitySpec.rollup = false;
    });
    expect(result.items.map((item) => item.severity)).toEqual(['breaking', 'compatible']);
  });

  test('a hundred new dimensions are told one by one, in seconds', async () => {
    const started = Date.now();
    const result = await change('events', (spec) => {
      for (let index = 0; index < 100; index++)
        data(spec).dimensionsSpec.dimensions.push({ name: `d${index}`, type: index % 2 ? 'long' : 'string' });
    });
    expect(result.overall).toBe('compatible');
    expect(result.items).toHaveLength(100);
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});
