/** The set comparison under the schema verdicts: json-schema-diff attributed, and what it ignores. */
import { keywordChanges, setDifferences, type SchemaObject } from '../../../src/diff/json-schema.js';
import { exactQueryGranularities, readQueryGranularity } from '../../../src/diff/query-granularity.js';

const object = (properties: SchemaObject['properties'], extra: Partial<SchemaObject> = {}): SchemaObject => ({
  type: 'object',
  properties,
  additionalProperties: false,
  ...extra,
});

describe('setDifferences', () => {
  test('a removed, a narrowed and an added property are each named', async () => {
    const base = object({ a: { type: 'string' }, b: { type: ['integer', 'null'] }, c: {} });
    const head = object({ b: { type: 'null' }, c: {}, d: { type: 'boolean' } });
    const { only } = await setDifferences({ only: [base, head] });
    expect(only.removed.sort()).toEqual([['a'], ['b']]);
    expect(only.added).toEqual([['d']]);
  });

  test('nested properties are followed down to the one that changed', async () => {
    const base = object({ user: object({ id: {}, name: {} }) });
    const head = object({ user: object({ id: {} }) });
    expect((await setDifferences({ only: [base, head] })).only).toEqual({
      removed: [['user', 'name']],
      added: [],
    });
  });

  test('a newly required property is a removal (events without it are no longer accepted)', async () => {
    const base = object({ ts: { type: 'string' } });
    const head = object({ ts: { type: 'string' } }, { required: ['ts'] });
    const { only } = await setDifferences({ only: [base, head] });
    expect(only.removed).toHaveLength(1);
    expect(only.added).toEqual([]);
  });

  test('pairs compared in one call keep their differences apart', async () => {
    const result = await setDifferences({
      left: [object({ x: {} }), object({})],
      right: [object({}), object({ y: {} })],
      same: [object({ z: {} }), object({ z: {} })],
    });
    expect(result).toEqual({
      left: { removed: [['x']], added: [] },
      right: { removed: [], added: [['y']] },
      same: { removed: [], added: [] },
    });
  });

  test('sixty differing properties are compared in batches: all named, in seconds', async () => {
    const many = Object.fromEntries(
      Array.from({ length: 60 }, (_, index) => [`p${index}`, { type: 'string' as const }]),
    );
    const started = Date.now();
    const { only } = await setDifferences({ only: [object({}), object(many)] });
    expect(only.added.map((path) => path[0]).sort()).toEqual(Object.keys(many).sort());
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  test('const, enum and pattern are invisible to json-schema-diff', async () => {
    const result = await setDifferences({
      only: [
        object({ a: { const: 1 }, b: { enum: ['x', 'y'] } }),
        object({ a: { const: 2 }, b: { enum: ['x'] } }),
      ],
    });
    expect(result.only).toEqual({ removed: [], added: [] });
  });
});

describe('keywordChanges', () => {
  test('a changed const narrows and widens', () => {
    expect(keywordChanges({ const: true }, { const: false })).toEqual([
      { path: [], keyword: 'const', before: true, after: false, narrows: true, widens: true },
    ]);
  });

  test('enum values are compared one by one', () => {
    const [shrunk] = keywordChanges(object({ g: { enum: ['A', 'B'] } }), object({ g: { enum: ['B'] } }));
    expect(shrunk).toMatchObject({ path: ['g'], narrows: true, widens: false });
    const [grown] = keywordChanges(object({ g: { enum: ['B'] } }), object({ g: { enum: ['A', 'B'] } }));
    expect(grown).toMatchObject({ narrows: false, widens: true });
  });

  test('a pattern added narrows, a pattern dropped widens', () => {
    expect(keywordChanges({ type: 'string' }, { type: 'string', pattern: '^\\d+$' })[0]).toMatchObject({
      keyword: 'pattern',
      narrows: true,
      widens: false,
    });
    expect(keywordChanges({ pattern: '^\\d+$' }, {})[0]).toMatchObject({ narrows: false, widens: true });
  });

  test('a property only one side has is left to json-schema-diff; additionalProperties stands in for the other', () => {
    expect(keywordChanges(object({ a: { const: 1 } }), object({}))).toEqual([]);
    const discovered = { ...object({}), additionalProperties: { properties: { type: { const: 'auto' } } } };
    expect(keywordChanges(object({ a: { properties: { type: { const: 'long' } } } }), discovered)).toEqual([
      expect.objectContaining({ path: ['a', 'type'], before: 'long', after: 'auto' }),
    ]);
  });
});

describe('query granularities as sets', () => {
  const exact = (value: unknown, others: unknown[] = []): string[] =>
    exactQueryGranularities(readQueryGranularity(value), others.map(readQueryGranularity));

  test('rows stored per minute serve every coarser standard granularity', () => {
    expect(exact('MINUTE')).toEqual([
      'MINUTE',
      'FIVE_MINUTE',
      'TEN_MINUTE',
      'FIFTEEN_MINUTE',
      'THIRTY_MINUTE',
      'HOUR',
      'SIX_HOUR',
      'EIGHT_HOUR',
      'DAY',
      'WEEK',
      'MONTH',
      'QUARTER',
      'YEAR',
      'ALL',
    ]);
  });

  test('NONE serves everything, ALL only itself', () => {
    expect(exact({ type: 'none' })).toContain('NONE');
    expect(exact({ type: 'none' })).toContain('SECOND');
    expect(exact({ type: 'all' })).toEqual(['ALL']);
  });

  test('weeks start on Mondays and months do not: WEEK serves neither MONTH nor YEAR', () => {
    expect(exact('WEEK')).toEqual(['WEEK', 'ALL']);
    expect(exact('MONTH')).toEqual(['MONTH', 'QUARTER', 'YEAR', 'ALL']);
  });

  test('six-hour buckets do not serve eight-hour queries', () => {
    expect(exact('SIX_HOUR')).not.toContain('EIGHT_HOUR');
    expect(exact('SIX_HOUR')).toContain('DAY');
  });

  test('a period on the other side is placed in the set', () => {
    expect(exact('HOUR', [{ type: 'period', period: 'PT2H' }])).toContain('PT2H');
    expect(exact({ type: 'period', period: 'PT2H' }, ['HOUR'])).not.toContain('HOUR');
  });

  test('a time zone is comparable only with itself', () => {
    const local = { type: 'period', period: 'P1D', timeZone: 'America/New_York' };
    expect(exact(local, ['HOUR'])).toEqual(['ALL', 'P1D in America/New_York']);
  });
});
