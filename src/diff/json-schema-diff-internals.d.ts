// Types for the part of json-schema-diff (1.0.0) that json-schema-sets.ts uses: its parser from a
// JSON Schema to a set of accepted values, and the set algebra. The package ships no declarations
// for its internals.
declare module 'json-schema-diff/dist/json-schema-diff/diff-schemas/parse-as-json-set.js' {
  export interface JsonSet {
    readonly type: 'empty' | 'all' | 'some';
    intersect(other: JsonSet): JsonSet;
    complement(): JsonSet;
    toJsonSchema(): unknown;
  }
  export interface ParseContext {
    heuristics: { applyLawOfAbsorptionInTypeSetCartesianProduct: boolean };
  }
  export function parseAsJsonSet(schema: unknown, context: ParseContext): JsonSet;
}
