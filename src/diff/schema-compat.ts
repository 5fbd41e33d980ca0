/**
 * Is this change safe for the people who read the datasource and the people who write its topic?
 * Both sides become JSON Schemas (datasource-schema.ts: the columns as queries see them, rollup,
 * queryGranularity; input-schema.ts: the events the spec reads) and are compared as sets:
 * json-schema-diff finds what the new schema no longer accepts (breaking) and newly accepts
 * (compatible); const, enum, pattern and format, which it does not evaluate, are compared by
 * keywordChanges. Each difference becomes one item a reviewer can act on.
 *
 * Asynchronous only because json-schema-diff's API is; nothing here does I/O.
 */
import { columnItems } from './column-compat.js';
import { datasourceSchema, storedGranularity } from './datasource-schema.js';
import { inputItems } from './input-compat.js';
import { inputSchema } from './input-schema.js';
import { keywordChanges, setDifferences } from './json-schema.js';
import type { EffectiveSpec } from './normalize.js';
import type { SchemaItem } from './schema-item.js';

export interface SchemaCompatibility {
  overall: 'breaking' | 'compatible' | 'unchanged';
  /** Breaking items first, then in the order of the spec: columns, rollup, granularity, input. */
  items: SchemaItem[];
}

/**
 * How the schema of `head` relates to `base`. Without a base, or when the datasource changes, there
 * is no reader of this datasource to break: the result is `compatible` with no items (the merge
 * impact tells what a new datasource means).
 */
export async function classifySchemaChange(
  base: EffectiveSpec | undefined,
  head: EffectiveSpec,
): Promise<SchemaCompatibility> {
  if (!base) return { overall: 'compatible', items: [] };
  const before = datasourceSchema(base, [storedGranularity(head)]);
  const after = datasourceSchema(head, [storedGranularity(base)]);
  if (before.dataSource !== after.dataSource) return { overall: 'compatible', items: [] };

  const inputBefore = inputSchema(base);
  const inputAfter = inputSchema(head);
  const differences = await setDifferences({
    columns: [before.columnsSchema, after.columnsSchema],
    input: [inputBefore.schema, inputAfter.schema],
  });
  const columns = columnItems(
    before,
    after,
    differences.columns,
    keywordChanges(before.schema, after.schema),
  );
  const input = inputItems({
    base: inputBefore,
    head: inputAfter,
    difference: differences.input,
    keywords: keywordChanges(inputBefore.schema, inputAfter.schema),
    reportedColumns: columns.reported,
    discoveryReported: before.discovery !== after.discovery,
  });

  const items = [...columns.items, ...input];
  const breaking = items.filter((item) => item.severity === 'breaking');
  return {
    overall: breaking.length > 0 ? 'breaking' : items.length > 0 ? 'compatible' : 'unchanged',
    items: [...breaking, ...items.filter((item) => item.severity === 'compatible')],
  };
}
