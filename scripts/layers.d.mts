// Types of layers.mjs, for the TypeScript scripts and tests that import it.
export const LAYERS: Record<string, { imports: string; purpose: string }>;
export const ENTRY_POINTS: Record<string, string>;
