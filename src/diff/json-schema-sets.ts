/**
 * What one JSON Schema accepts that another does not, in both directions, computed by
 * json-schema-diff's own set algebra. Its public `diffSchemas` also resolves `$ref`s and checks
 * both schemas against the draft-07 meta-schema with a new Ajv instance on every call (30–40 ms
 * each, most of a 300-supervisor review); the schemas compared here are built by this project,
 * without `$ref`s and typed as draft-07, so neither step can find anything.
 */
import {
  parseAsJsonSet,
  type ParseContext,
} from 'json-schema-diff/dist/json-schema-diff/diff-schemas/parse-as-json-set.js';

/** json-schema-diff's default parse context (its config.js). */
const CONTEXT: ParseContext = { heuristics: { applyLawOfAbsorptionInTypeSetCartesianProduct: true } };

export interface SchemaSetDiff {
  /** Values `destination` accepts and `source` does not, as a schema; undefined when none. */
  added?: unknown;
  /** Values `source` accepts and `destination` does not, as a schema; undefined when none. */
  removed?: unknown;
}

export function diffSchemaSets(source: unknown, destination: unknown): SchemaSetDiff {
  const sourceSet = parseAsJsonSet(source, CONTEXT);
  const destinationSet = parseAsJsonSet(destination, CONTEXT);
  const outsideBoth = sourceSet.intersect(destinationSet).complement();
  const added = outsideBoth.intersect(destinationSet);
  const removed = outsideBoth.intersect(sourceSet);
  return {
    ...(added.type === 'empty' ? {} : { added: added.toJsonSchema() }),
    ...(removed.type === 'empty' ? {} : { removed: removed.toJsonSchema() }),
  };
}
