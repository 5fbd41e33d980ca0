/**
 * The parts of hand-written docs that are generated, so they cannot drift from what they describe:
 * each example workflow from docs/workflows/ (docs/workflows.md, docs/recovery.md), the action's
 * inputs and outputs from action.yml (docs/action-reference.md), the configuration reference from the
 * schema `.druid-gitops.yml` is checked against (docs/configuration.md), and the layering of src/
 * (docs/architecture.md). Each part sits between `<!-- generated:NAME -->` and `<!-- /generated -->`
 * in the file; everything outside the markers is written by hand and kept as it is.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { CONFIG_SCHEMA } from '../src/config/config-file.js';
import { LAYERS } from './layers.mjs';

/** Files with generated parts; `npm run generate` rewrites them in place. */
const FILES_WITH_GENERATED_PARTS = [
  'docs/workflows.md',
  'docs/action-reference.md',
  'docs/configuration.md',
  'docs/recovery.md',
  'docs/architecture.md',
];

export function filesWithGeneratedParts(): Record<string, string> {
  return Object.fromEntries(
    FILES_WITH_GENERATED_PARTS.map((file) => [file, fillGeneratedParts(readFileSync(file, 'utf8'))]),
  );
}

const PART = /(<!-- generated:([^ ]+) -->\n)[^]*?(<!-- \/generated -->)/g;

function fillGeneratedParts(text: string): string {
  return text.replace(PART, (_, open: string, name: string, close: string) => {
    return `${open}${part(name)}${close}`;
  });
}

function part(name: string): string {
  if (name === 'inputs') return inputsTable();
  if (name === 'outputs') return outputsTable();
  if (name === 'configuration') return configurationTable();
  if (name === 'layers') return layersTable();
  if (name.startsWith('docs/workflows/') || name.startsWith('.github/workflows/'))
    return `\`\`\`yaml\n${readFileSync(name, 'utf8')}\`\`\`\n`;
  throw new Error(`unknown generated part "${name}"`);
}

interface ActionMetadata {
  inputs: Record<string, { description: string; default?: string; required?: boolean }>;
  outputs: Record<string, { description: string }>;
}

function action(): ActionMetadata {
  return parse(readFileSync('action.yml', 'utf8')) as ActionMetadata;
}

function inputsTable(): string {
  const rows = Object.entries(action().inputs).map(
    ([name, input]) =>
      `| \`${name}\` | ${input.default === undefined || input.default === '' ? '' : `\`${input.default}\``} | ${cell(input.description)} |`,
  );
  return ['| Input | Default | What it does |', '|---|---|---|', ...rows, ''].join('\n');
}

function outputsTable(): string {
  const rows = Object.entries(action().outputs).map(
    ([name, output]) => `| \`${name}\` | ${cell(output.description)} |`,
  );
  return ['| Output | What it holds |', '|---|---|', ...rows, ''].join('\n');
}

/** A table cell: one line, pipes escaped. */
function cell(text: string): string {
  return text
    .trim()
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|');
}

/**
 * What each key of the configuration means. Every key the schema accepts needs a line here and
 * every line a key: the generator fails otherwise, so a new setting cannot go undocumented.
 */
const CONFIGURATION_KEYS: Record<string, string> = {
  druidVersion:
    'The Druid release the cluster runs (e.g. `34.0.0`). Version-dependent rules follow it; fields a release does not read are reported. When a run reads a cluster (review with druid-url, deploy, drift, status) the release the cluster reports on GET /status decides instead, and the report says when they differ. Default: the newest release the model describes (39.0.0); a release newer or older than the model gets a notice.',
  profile:
    'The environment profile used when `--profile` does not name one (the built-in `production` makes one replica an error).',
  rules:
    'Per rule id: `off`, a severity (`error`, `warning`, `notice`), or `{ severity, parameters }` for guardrail thresholds.',
  'profiles.<name>.rules': 'Rule settings that apply when this profile is selected, on top of `rules`.',
  'overrides[].supervisors': 'Supervisor ids or globs (`sandbox_*`) the override applies to.',
  'overrides[].rules': 'Rule settings for those supervisors, on top of the profile.',
  'suppressions[].rule': 'The rule id whose findings are suppressed (still reported, marked, never failing).',
  'suppressions[].reason': 'Why: required, shown next to every suppressed finding.',
  'suppressions[].supervisors': 'Only for these supervisor ids or globs.',
  'suppressions[].files': 'Only in these files (globs).',
  'suppressions[].pointer':
    'Only findings at this JSON Pointer in the spec or below it (e.g. `/spec/tuningConfig`).',
  'segments.retention':
    'Folder of the retention-rule files ([segments.md](segments.md)). Default: `retention` beside the supervisors folder.',
  'segments.compaction':
    'Folder of the auto-compaction files ([segments.md](segments.md)). Default: `compaction` beside the supervisors folder.',
  'sampling.enabled':
    "Whether the review samples the topics of the supervisors a pull request creates or changes through Druid's sampler, when it has a cluster login ([sampling.md](sampling.md)). Default: `true`.",
  'sampling.rows': 'Records read per supervisor (Druid allows 1 to 5000). Default: `100`.',
  'sampling.timeoutSeconds':
    'How long Druid may read a topic per request; a topic holding fewer records than `rows` costs all of it. Default: `10`.',
  'sampling.showValues':
    'Whether row values may appear in the review comment: parse errors as Druid wrote them and the first parsed rows, secrets still redacted. Default: `false`, values are masked. Never for pull requests from forks.',
};

interface SchemaNode {
  type?: string | readonly string[];
  properties?: Record<string, SchemaNode>;
  additionalProperties?: boolean | SchemaNode;
  items?: SchemaNode;
  required?: readonly string[];
}

/** Every documented key of the schema with its type and whether it is required, depth first. */
function configurationKeys(
  node: SchemaNode = CONFIG_SCHEMA as SchemaNode,
  prefix = '',
): Array<{ key: string; type: string; required: boolean }> {
  const keys: Array<{ key: string; type: string; required: boolean }> = [];
  for (const [name, child] of Object.entries(node.properties ?? {})) {
    const key = `${prefix}${name}`;
    if (child.type === 'array' && child.items?.properties)
      keys.push(...configurationKeys(child.items, `${key}[].`));
    else if (child.properties) keys.push(...configurationKeys(child, `${key}.`));
    else if (typeof child.additionalProperties === 'object')
      keys.push(...configurationKeys(child.additionalProperties, `${key}.<name>.`));
    else keys.push({ key, type: typeName(child), required: node.required?.includes(name) ?? false });
  }
  return keys;
}

function typeName(node: SchemaNode): string {
  const types = typeof node.type === 'string' ? [node.type] : [...(node.type ?? ['object'])];
  // A glob list is written as one string or a list of them.
  if (types.includes('array') && types.includes('string')) return 'string or list';
  return types.join(' or ');
}

function configurationTable(): string {
  const keys = configurationKeys();
  const undocumented = keys.filter(({ key }) => !(key in CONFIGURATION_KEYS)).map(({ key }) => key);
  const stale = Object.keys(CONFIGURATION_KEYS).filter((key) => !keys.some((entry) => entry.key === key));
  if (undocumented.length > 0 || stale.length > 0)
    throw new Error(
      `scripts/generated-parts.ts: configuration keys without a description: ${undocumented.join(', ') || 'none'}; descriptions of keys the schema does not have: ${stale.join(', ') || 'none'}.`,
    );
  const rows = keys.map(
    ({ key, type, required }) =>
      `| \`${key}\` | ${type}${required ? ', required' : ''} | ${cell(CONFIGURATION_KEYS[key] as string)} |`,
  );
  return ['| Key | Type | Meaning |', '|---|---|---|', ...rows, ''].join('\n');
}

/** The layering of src/ (scripts/layers.mjs), top down as a reader meets it. */
function layersTable(): string {
  const rows = Object.entries(LAYERS)
    .reverse()
    .map(([folder, layer]) => {
      const imports = layer.imports.split(' ').filter(Boolean);
      return `| \`${folder}/\` | ${cell(layer.purpose)} | ${imports.length ? imports.map((name) => `\`${name}/\``).join(' ') : '—'} |`;
    });
  return ['| Folder | What it is for | May import |', '|---|---|---|', ...rows, ''].join('\n');
}
