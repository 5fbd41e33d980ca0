/**
 * What `npm run fuzz` found, each kept as the smallest input that showed it (BENCHMARKS.md).
 */
import { setDifferences, type SchemaObject } from '../../../src/diff/json-schema.js';
import { normalizeSpec } from '../../../src/diff/normalize.js';
import { parseSpecText } from '../../../src/spec/parse.js';
import { captureProcessOutput } from '../../support/canaries.js';

const OPTIONS = { druidVersion: '35.0.0' };

test('a number written as the dataSource is read as text and the id follows it: normalising is idempotent', () => {
  const once = normalizeSpec(
    { type: 'kafka', spec: { dataSchema: { dataSource: 6 }, ioConfig: { topic: 't' } } },
    OPTIONS,
  );
  const twice = normalizeSpec(once.spec, OPTIONS);
  expect(once.id).toBe('6');
  expect(twice.spec).toEqual(once.spec);
});

test('a column name with a lone surrogate is compared, not a crash in the schema comparison', async () => {
  const columns = (...names: string[]): SchemaObject => ({
    type: 'object',
    properties: Object.fromEntries(names.map((name) => [name, { type: 'string' }])),
    required: names,
  });
  const { events } = await setDifferences({ events: [columns('a'), columns('a', '\ud800')] });
  expect(events.added.length + events.removed.length).toBeGreaterThan(0);
});

test('a collection used as a YAML key prints nothing on stderr', async () => {
  const warnings: string[] = [];
  const listen = (warning: Error) => warnings.push(warning.message);
  process.on('warning', listen);
  try {
    const { output } = await captureProcessOutput(async () => {
      const result = parseSpecText('type: kafka\n? [a, b]\n: value\n', 'yaml');
      await new Promise((resolve) => setImmediate(resolve));
      return result;
    });
    // Jest's own notice about VM modules may be printed at the first import; nothing else may.
    const ours = (lines: string[]) => lines.filter((line) => !/VM Modules|trace-warnings|^\s*$/.test(line));
    expect(ours(output.split('\n'))).toEqual([]);
    expect(ours(warnings)).toEqual([]);
  } finally {
    process.off('warning', listen);
  }
});
