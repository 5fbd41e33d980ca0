/**
 * Reads `.druid-gitops.yml`, the repository's configuration. It is validated strictly: an unknown
 * key is an error with a suggestion, reported with file:line:column, because a misspelled setting
 * would otherwise be ignored as silently as Druid ignores misspelled spec keys.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Ajv, type ErrorObject } from 'ajv';
import { distance } from 'fastest-levenshtein';
import { formatOf, parseSpecText, type ParsedDocument } from '../spec/parse.js';
import { NEWEST_DRUID_VERSION, parseVersion } from '../spec/model/version.js';
import { join } from '../spec/pointer.js';

export interface ProjectConfig {
  /** The Druid release the cluster runs; version-dependent rules follow it. */
  druidVersion: string;
}

export const DEFAULT_CONFIG: ProjectConfig = { druidVersion: NEWEST_DRUID_VERSION };

const CONFIG_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  properties: {
    // YAML reads `druidVersion: 34.0` as a number; accept it and read it as text.
    druidVersion: { type: ['string', 'number'] },
  },
} as const;

/** The configuration file is wrong; the message starts with file:line:column. */
export class ConfigError extends Error {}

const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
const validateConfig = ajv.compile(CONFIG_SCHEMA);

/**
 * Loads the configuration. A missing file means defaults, unless the user named it explicitly
 * (then it is an error: they expect their settings to apply).
 */
export async function loadConfig(file: string, cwd: string, explicit: boolean): Promise<ProjectConfig> {
  const absolute = path.resolve(cwd, file);
  let text: string;
  try {
    text = await readFile(absolute, 'utf8');
  } catch (error) {
    if (!explicit && (error as NodeJS.ErrnoException).code === 'ENOENT') return DEFAULT_CONFIG;
    throw new ConfigError(
      `${file}: cannot read the configuration file (${(error as NodeJS.ErrnoException).code ?? String(error)}).`,
    );
  }
  return parseConfig(file, text);
}

export function parseConfig(file: string, text: string): ProjectConfig {
  if (text.trim() === '') return DEFAULT_CONFIG;
  const { document, findings } = parseSpecText(text, formatOf(file) ?? 'yaml');
  const first = findings.find((finding) => finding.severity === 'error');
  if (!document || first) {
    const where = first ? `${first.line ?? 1}:${first.column ?? 1}` : '1:1';
    throw new ConfigError(
      `${file}:${where}: ${first?.rule === 'parse/not-an-object' ? 'the configuration must be a mapping of settings.' : (first?.message ?? 'cannot be parsed.')}`,
    );
  }
  if (!validateConfig(document.value)) {
    throw new ConfigError(explainConfigErrors(file, document, validateConfig.errors ?? []));
  }
  const value = document.value as { druidVersion?: string | number };
  const druidVersion =
    value.druidVersion === undefined ? DEFAULT_CONFIG.druidVersion : String(value.druidVersion);
  if (!parseVersion(druidVersion)) {
    const { line, column } = document.locate('/druidVersion');
    throw new ConfigError(
      `${file}:${line}:${column}: druidVersion ${JSON.stringify(druidVersion)} is not a Druid release number such as "34.0.0".`,
    );
  }
  return { ...DEFAULT_CONFIG, druidVersion };
}

function explainConfigErrors(file: string, document: ParsedDocument, errors: ErrorObject[]): string {
  return errors
    .map((error) => {
      const key =
        error.keyword === 'additionalProperties' ? String(error.params.additionalProperty) : undefined;
      const pointer = key === undefined ? error.instancePath : join(error.instancePath, key);
      const { line, column } = document.locate(pointer);
      let message: string;
      if (key !== undefined) {
        const known = Object.keys(CONFIG_SCHEMA.properties);
        const best = known
          .map((name) => ({ name, d: distance(name.toLowerCase(), key.toLowerCase()) }))
          .sort((a, b) => a.d - b.d)[0];
        message = `unknown setting "${key}".${best && best.d <= 3 ? ` Did you mean "${best.name}"?` : ''} Known settings: ${known.join(', ')}.`;
      } else {
        message = `${pointer.slice(1) || 'the configuration'} ${error.message ?? 'is invalid'}.`;
      }
      return `${file}:${line}:${column}: ${message}`;
    })
    .join('\n');
}
