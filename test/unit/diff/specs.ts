/** Real-looking specs for the schema and impact tests: the repository's own examples, edited in place. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { normalizeSpec, type EffectiveSpec } from '../../../src/diff/normalize.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests edit specs freely by path
export type Spec = Record<string, any>;

export const EXAMPLES = {
  /** Explicit string dimensions, count + longSum, rollup to MINUTE, JSON with field discovery. */
  events: 'supervisors/events_realtime.yaml',
  /** Typed dimensions (long, double), no metrics, rollup off, ISO timestamps. */
  pageViews: 'supervisors/page_views.json',
  /** A legacy `parser` spec in the flat layout. */
  legacy: 'test/fixtures/specs/mistakes/flat-legacy.json',
} as const;

export function load(example: keyof typeof EXAMPLES): Spec {
  const text = readFileSync(join(root, EXAMPLES[example]), 'utf8');
  return (EXAMPLES[example].endsWith('.json') ? JSON.parse(text) : parse(text)) as Spec;
}

export function effective(spec: Spec, druidVersion = '34.0.0'): EffectiveSpec {
  return normalizeSpec(spec, { druidVersion });
}

/** The example, edited, as an effective spec. */
export function edited(
  example: keyof typeof EXAMPLES,
  edit: (spec: Spec) => void,
  druidVersion = '34.0.0',
): EffectiveSpec {
  const spec = load(example);
  edit(spec);
  return effective(spec, druidVersion);
}
