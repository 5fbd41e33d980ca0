/** Laws of the schema comparison, over generated specs (fast-check). */
import fc from 'fast-check';
import { normalizeSpec, type EffectiveSpec } from '../../../src/diff/normalize.js';
import { classifySchemaChange } from '../../../src/diff/schema-compat.js';
import { intent, PLAIN, render, spelling, type Dimension, type Intent } from './arbitraries.js';

const normal = (value: Intent, how = PLAIN): EffectiveSpec =>
  normalizeSpec(render(value, how), { druidVersion: value.druidVersion });

// Each classification that reaches json-schema-diff costs tens of milliseconds: keep runs modest.
const RUNS = { numRuns: 40 };

describe('schema compatibility laws', () => {
  test('a spec compared with itself, however it is spelt, is unchanged', async () => {
    await fc.assert(
      fc.asyncProperty(intent, spelling, spelling, async (value, one, other) => {
        expect(await classifySchemaChange(normal(value, one), normal(value, other))).toEqual({
          overall: 'unchanged',
          items: [],
        });
      }),
      RUNS,
    );
  });

  test('adding a dimension to a spec that lists dimensions is never breaking', async () => {
    const added = fc.record({
      // Generated names are at most 8 characters of [a-z0-9_]: these cannot collide with them.
      name: fc.stringMatching(/^added_[a-z]{3,6}$/),
      type: fc.constantFrom('string', 'long', 'float', 'double' as const),
      at: fc.nat(),
    });
    await fc.assert(
      fc.asyncProperty(
        intent.filter((value) => value.dimensions.length > 0),
        added,
        async (value, extra) => {
          const dimensions: Dimension[] = [...value.dimensions];
          dimensions.splice(extra.at % (dimensions.length + 1), 0, { name: extra.name, type: extra.type });
          const result = await classifySchemaChange(normal(value), normal({ ...value, dimensions }));
          expect(result.overall).toBe('compatible');
          expect(result.items.every((item) => item.severity === 'compatible')).toBe(true);
          expect(result.items.map((item) => item.message)).toContainEqual(
            expect.stringContaining(`Dimension "${extra.name}" (${extra.type}) is added`),
          );
        },
      ),
      RUNS,
    );
  });

  test('removing a dimension is always breaking', async () => {
    await fc.assert(
      fc.asyncProperty(
        intent.filter((value) => value.dimensions.length > 1),
        fc.nat(),
        async (value, at) => {
          const dimensions = value.dimensions.filter((_, index) => index !== at % value.dimensions.length);
          const result = await classifySchemaChange(normal(value), normal({ ...value, dimensions }));
          expect(result.overall).toBe('breaking');
        },
      ),
      RUNS,
    );
  });
});
