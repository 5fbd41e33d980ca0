/**
 * Mutations of realistic supervisor specs, as fast-check arbitraries: structural ones on the
 * parsed value (delete a key, change a value's type, unicode, huge and odd numbers, deep nesting,
 * long strings) written back as JSON or YAML, and text ones (duplicate keys, YAML anchors, merge
 * keys, tags, implicit types, several documents, a BOM, CRLF, truncation). Shared by `npm run
 * fuzz` (many cases) and the unit suite's property test (a few). Size edits (SIZE_EDITS) make one
 * seed 20 MB or 100,000 keys big.
 */
import fc from 'fast-check';
import { stringify as toYaml } from 'yaml';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export interface Seed {
  name: string;
  value: Json;
}

export interface Mutant {
  /** What was done, for the finding. */
  description: string;
  path: string;
  text: string;
}

const ODD_STRINGS = [
  '',
  ' ',
  '\u0000',
  '\u202eevil',
  'zero\u200bwidth',
  '🦄🦄🦄',
  '\ud800',
  'line\nbreak',
  '<script>alert(1)</script>',
  '|table|cell|',
  '`code`',
  '@everyone',
  '../../etc/passwd',
  '${jndi:ldap://x}',
  'P1D',
  'PT-1S',
  'P1000000Y',
  '1e400',
  'x'.repeat(100_000),
];

const ODD_NUMBERS = [0, -0, -1, 1.5, 2 ** 53 + 2, -(2 ** 63), 1e308, 5e-324, Number.MAX_SAFE_INTEGER];

const oddScalar: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>(...ODD_STRINGS),
  fc.constantFrom<Json>(...ODD_NUMBERS),
  fc.constantFrom<Json>(null, true, false, [], {}),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
);

function deep(depth: number, leaf: Json): Json {
  let value = leaf;
  for (let level = 0; level < depth; level++) value = level % 2 ? [value] : { nested: value };
  return value;
}

/** Every path (list of keys and indexes) into a value. */
function paths(value: Json, prefix: Array<string | number> = []): Array<Array<string | number>> {
  const here = [prefix];
  if (Array.isArray(value))
    return here.concat(...value.map((item, index) => paths(item, [...prefix, index])));
  if (value !== null && typeof value === 'object')
    return here.concat(...Object.entries(value).map(([key, item]) => paths(item, [...prefix, key])));
  return here;
}

function edit(value: Json, at: Array<string | number>, change: (current: Json) => Json | undefined): Json {
  if (at.length === 0) return change(value) ?? null;
  const [head, ...rest] = at as [string | number, ...Array<string | number>];
  if (Array.isArray(value)) {
    const copy = [...value];
    const next = edit(copy[head as number] as Json, rest, change);
    if (rest.length === 0 && change(copy[head as number] as Json) === undefined)
      copy.splice(head as number, 1);
    else copy[head as number] = next;
    return copy;
  }
  if (value !== null && typeof value === 'object') {
    const copy: { [key: string]: Json } = { ...value };
    if (rest.length === 0 && change(copy[head as string] as Json) === undefined) delete copy[head as string];
    else copy[head as string] = edit(copy[head as string] as Json, rest, change);
    return copy;
  }
  return value;
}

type Structural = (value: Json, at: Array<string | number>, extra: Json, depth: number) => [string, Json];

const STRUCTURAL: Record<string, Structural> = {
  'delete key': (value, at) => [`delete ${at.join('.')}`, edit(value, at, () => undefined)],
  'replace value': (value, at, extra) => [
    `set ${at.join('.')} to ${JSON.stringify(extra)?.slice(0, 40)}`,
    edit(value, at, () => extra),
  ],
  'change type': (value, at) => [
    `retype ${at.join('.')}`,
    edit(value, at, (current) =>
      typeof current === 'string'
        ? Number(current) || current.length
        : typeof current === 'number'
          ? String(current)
          : typeof current === 'boolean'
            ? String(current)
            : Array.isArray(current)
              ? Object.fromEntries(current.map((item, index) => [String(index), item]))
              : current && typeof current === 'object'
                ? Object.values(current)
                : 'null',
    ),
  ],
  'add key': (value, at, extra) => [
    `add key under ${at.join('.')}`,
    edit(value, at, (current) =>
      current && typeof current === 'object' && !Array.isArray(current)
        ? { ...current, ['unknownKey\u00e9']: extra, maxRowPerSegment: 1 }
        : current,
    ),
  ],
  'deep nesting': (value, at, _extra, depth) => [
    `nest ${depth} levels at ${at.join('.')}`,
    edit(value, at, () => deep(depth, 'leaf')),
  ],
};

type Textual = (text: string, format: 'json' | 'yaml', index: number) => [string, string];

const TEXTUAL: Record<string, Textual> = {
  'duplicate key': (text, format) =>
    format === 'json'
      ? ['duplicate "type" key', text.replace('{', '{"type": "kinesis", ')]
      : ['duplicate "type" key', `type: kinesis\n${text}`],
  'yaml anchors and merge': (text, format) =>
    format === 'json'
      ? ['nothing', text]
      : ['anchor, alias and merge key', `base: &b {taskCount: 2}\n${text}\nextra:\n  <<: *b\n  alias: *b\n`],
  'yaml tags': (text, format) =>
    format === 'json'
      ? ['nothing', text]
      : ['tags', `${text}\ntagged: !!binary aGVsbG8=\nstamp: !!timestamp 2001-12-14\nset: !!set {a, b}\n`],
  'yaml implicit types': (text, format) =>
    format === 'json'
      ? ['nothing', text]
      : ['yes/no/octal/inf', `${text}\nflag: yes\noctal: 010\ninf: .inf\nnan: .nan\nnull2: ~\n`],
  'yaml complex key': (text, format) =>
    format === 'json' ? ['nothing', text] : ['complex key', `${text}\n? [a, b]\n: value\n`],
  'several documents': (text, format) =>
    format === 'json' ? ['two values', `${text}\n${text}`] : ['two documents', `${text}\n---\n${text}`],
  'byte order mark': (text) => ['BOM', `\ufeff${text}`],
  crlf: (text) => ['CRLF line ends', text.replace(/\n/g, '\r\n')],
  truncate: (text, _format, index) => ['truncated', text.slice(0, index % Math.max(1, text.length))],
  'billion laughs': (text, format) =>
    format === 'json'
      ? ['nothing', text]
      : [
          'alias expansion',
          `${text}\na: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n`,
        ],
};

/**
 * Edits that make a file big in one dimension: a string of `size` characters, or an object of
 * `size` keys Druid does not know. `npm run fuzz` runs each at full size (20 MB, 100,000 keys) and
 * at a tenth, and holds the pipeline to time linear in the size.
 */
export const SIZE_EDITS = {
  'long string': { fullSize: 20_000_000, edit: (size: number): Json => 'x'.repeat(size) },
  'many keys': {
    fullSize: 100_000,
    edit: (size: number): Json => Object.fromEntries(Array.from({ length: size }, (_, i) => [`key${i}`, i])),
  },
} as const;

export type SizeEdit = keyof typeof SIZE_EDITS;

/** Where a size edit goes: a field Druid reads as a string, and an object whose unknown keys Druid drops. */
const SIZE_TARGETS: Record<SizeEdit, string[]> = {
  'long string': ['spec', 'ioConfig', 'topic'],
  'many keys': ['spec', 'tuningConfig'],
};

/** One seed made big: `size` characters or keys at the edit's target, as JSON or YAML. */
export function sizeMutant(seed: Seed, format: 'json' | 'yaml', kind: SizeEdit, size: number): Mutant {
  const added = SIZE_EDITS[kind].edit(size);
  const value = edit(seed.value, SIZE_TARGETS[kind], (current) =>
    kind === 'many keys' && current && typeof current === 'object' && !Array.isArray(current)
      ? { ...current, ...(added as { [key: string]: Json }) }
      : added,
  );
  return {
    description: `${seed.name} as ${format}: ${kind} (${size.toLocaleString('en-US')})`,
    path: `supervisors/${seed.name}.${format}`,
    text: serialise(value, format),
  };
}

function serialise(value: Json, format: 'json' | 'yaml'): string {
  return format === 'json' ? JSON.stringify(value, null, 2) : toYaml(value);
}

/** A mutant of one of the seeds: one or two structural edits, then maybe one text edit. */
export function mutants(seeds: readonly Seed[]): fc.Arbitrary<Mutant> {
  return fc
    .record({
      seed: fc.constantFrom(...seeds),
      format: fc.constantFrom<'json' | 'yaml'>('json', 'yaml'),
      edits: fc.array(
        fc.record({
          kind: fc.constantFrom(...Object.keys(STRUCTURAL)),
          pick: fc.nat(),
          extra: oddScalar,
          depth: fc.constantFrom(3, 50, 400),
        }),
        { minLength: 0, maxLength: 2 },
      ),
      textual: fc.option(fc.constantFrom(...Object.keys(TEXTUAL)), { freq: 3 }),
      index: fc.nat(),
    })
    .map(({ seed, format, edits, textual, index }) => {
      let value = seed.value;
      const described: string[] = [];
      for (const { kind, pick, extra, depth } of edits) {
        const all = paths(value);
        const at = all[pick % all.length] ?? [];
        const [what, next] = (STRUCTURAL[kind] as Structural)(value, at, extra, depth);
        described.push(what);
        value = next;
      }
      let text = serialise(value, format);
      if (textual) {
        const [what, next] = (TEXTUAL[textual] as Textual)(text, format, index);
        described.push(what);
        text = next;
      }
      return {
        description: `${seed.name} as ${format}: ${described.join('; ') || 'unchanged'}`,
        path: `supervisors/${seed.name}.${format}`,
        text,
      };
    });
}
