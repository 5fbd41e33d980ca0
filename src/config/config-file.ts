/**
 * Reads `.druid-gitops.yml`, the repository's configuration. It is validated strictly: an unknown
 * key is an error with a suggestion, reported with file:line:column, because a misspelled setting
 * would otherwise be ignored as silently as Druid ignores misspelled spec keys.
 *
 * ```yaml
 * druidVersion: 34.0.0
 * profile: staging                  # the default profile; `--profile` overrides it
 * rules:
 *   guardrail/max-rows-per-segment: { severity: error, parameters: { maximum: 3000000 } }
 *   druid/unknown-key: off
 * profiles:
 *   production: { rules: { guardrail/replicas: { severity: error, parameters: { minimum: 3 } } } }
 * overrides:
 *   - supervisors: "sandbox_*"
 *     rules: { guardrail/replicas: off }
 * suppressions:
 *   - rule: guardrail/fine-segment-granularity
 *     supervisors: clicks_minutely
 *     reason: Dashboards need minute segments; compaction merges them hourly (OPS-123).
 * segments:                         # folders of the retention and compaction files (docs/segments.md)
 *   retention: druid/retention      # default: `retention` beside the supervisors folder
 *   compaction: druid/compaction
 * sampling:                         # the review's data section (docs/sampling.md)
 *   rows: 100
 *   showValues: false               # row values stay out of comments unless this is true
 * ```
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { formatOf, parseSpecText, type ParsedDocument } from '../spec/parse.js';
import { NEWEST_DRUID_VERSION, parseVersion } from '../spec/model/version.js';
import { join } from '../spec/pointer.js';
import { readRuleSettings, ruleIdProblem, suggestion, type ConfigProblem } from './config-rules.js';
import { knownProfiles, type Override, type RuleLayers, type Suppression } from './rule-settings.js';

export interface ProjectConfig extends RuleLayers {
  /** The Druid release the cluster runs; version-dependent rules follow it. */
  druidVersion: string;
  suppressions: readonly Suppression[];
  /** Folders of the retention and compaction files, repository-relative; unset: beside the supervisors. */
  segments?: { retention?: string; compaction?: string };
  /** How the review samples topics through Druid's sampler; unset: `DEFAULT_SAMPLING`. */
  sampling?: SamplingConfig;
  /** Where the file names druidVersion, when it does (the notice about a release outside the rules points there). */
  druidVersionAt?: { file: string; line: number; column: number };
  /** druidVersion is the release the cluster reported (GET /status), not the file's or the default. */
  druidVersionFromCluster?: boolean;
}

/** The review's sampling of changed supervisors' topics (docs/sampling.md). */
export interface SamplingConfig {
  /** false: the review never calls the sampler. */
  enabled: boolean;
  /** Records read per supervisor (Druid allows 1 to 5000). */
  rows: number;
  /** How long Druid may read the topic per request. */
  timeoutSeconds: number;
  /** Row values (in parse errors, the first parsed rows) may appear in the comment. */
  showValues: boolean;
}

export const DEFAULT_SAMPLING: SamplingConfig = {
  enabled: true,
  rows: 100,
  timeoutSeconds: 10,
  showValues: false,
};

export const DEFAULT_CONFIG: ProjectConfig = {
  druidVersion: NEWEST_DRUID_VERSION,
  rules: {},
  profiles: {},
  overrides: [],
  suppressions: [],
};

const GLOBS = {
  type: ['string', 'array'],
  items: { type: 'string', minLength: 1 },
  minLength: 1,
  minItems: 1,
};

export const CONFIG_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  properties: {
    // YAML reads `druidVersion: 34.0` as a number; accept it and read it as text.
    druidVersion: { type: ['string', 'number'] },
    profile: { type: 'string', minLength: 1 },
    rules: { type: 'object' },
    profiles: {
      type: 'object',
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        required: ['rules'],
        properties: { rules: { type: 'object' } },
      },
    },
    overrides: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['supervisors', 'rules'],
        properties: { supervisors: GLOBS, rules: { type: 'object' } },
      },
    },
    suppressions: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['rule', 'reason'],
        properties: {
          rule: { type: 'string' },
          reason: { type: 'string', pattern: '\\S' },
          supervisors: GLOBS,
          files: GLOBS,
          pointer: { type: 'string', pattern: '^(/.*)?$' },
        },
      },
    },
    segments: {
      type: 'object',
      additionalProperties: false,
      properties: {
        retention: { type: 'string', pattern: '\\S' },
        compaction: { type: 'string', pattern: '\\S' },
      },
    },
    sampling: {
      type: 'object',
      additionalProperties: false,
      properties: {
        enabled: { type: 'boolean' },
        rows: { type: 'integer', minimum: 1, maximum: 5000 },
        timeoutSeconds: { type: 'integer', minimum: 1, maximum: 120 },
        showValues: { type: 'boolean' },
      },
    },
  },
} as const;

/** The configuration file is wrong; the message starts with file:line:column. */
export class ConfigError extends Error {}

// Compiled on first use: a run without a configuration file should not pay for Ajv at start-up.
let validateConfig: ValidateFunction | undefined;
function configValidator(): ValidateFunction {
  return (validateConfig ??= new Ajv({
    allErrors: true,
    strict: true,
    allowUnionTypes: true,
    verbose: true,
  }).compile(CONFIG_SCHEMA));
}

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

interface RawConfig {
  druidVersion?: string | number;
  profile?: string;
  rules?: unknown;
  profiles?: Record<string, { rules: unknown }>;
  overrides?: Array<{ supervisors: string | string[]; rules: unknown }>;
  suppressions?: Array<
    Omit<Suppression, 'supervisors' | 'files'> & {
      supervisors?: string | string[];
      files?: string | string[];
    }
  >;
  segments?: { retention?: string; compaction?: string };
  sampling?: Partial<SamplingConfig>;
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
  const validate = configValidator();
  if (!validate(document.value)) {
    throw new ConfigError(explainSchemaErrors(file, document, validate.errors ?? []));
  }
  const raw = document.value as RawConfig;
  const problems: ConfigProblem[] = [];
  const druidVersion =
    raw.druidVersion === undefined ? DEFAULT_CONFIG.druidVersion : String(raw.druidVersion);
  if (!parseVersion(druidVersion)) {
    problems.push({
      pointer: '/druidVersion',
      message: `druidVersion ${JSON.stringify(druidVersion)} is not a Druid release number such as "34.0.0".`,
    });
  }
  const config: ProjectConfig = {
    druidVersion,
    rules: raw.rules === undefined ? {} : readRuleSettings(raw.rules, '/rules', problems),
    profiles: Object.fromEntries(
      Object.entries(raw.profiles ?? {}).map(([name, profile]) => [
        name,
        readRuleSettings(profile.rules, join('/profiles', name, 'rules'), problems),
      ]),
    ),
    overrides: (raw.overrides ?? []).map((override, index): Override => ({
      supervisors: globs(override.supervisors),
      rules: readRuleSettings(override.rules, join('/overrides', index, 'rules'), problems),
    })),
    suppressions: (raw.suppressions ?? []).map(
      ({ supervisors, files, ...suppression }, index): Suppression => {
        const problem = ruleIdProblem(suppression.rule);
        if (problem) problems.push({ pointer: join('/suppressions', index, 'rule'), message: problem });
        return {
          ...suppression,
          ...(supervisors === undefined ? {} : { supervisors: globs(supervisors) }),
          ...(files === undefined ? {} : { files: globs(files) }),
        };
      },
    ),
    ...(raw.profile === undefined ? {} : { profile: raw.profile }),
    ...(raw.segments === undefined ? {} : { segments: raw.segments }),
    ...(raw.sampling === undefined ? {} : { sampling: { ...DEFAULT_SAMPLING, ...raw.sampling } }),
    ...(raw.druidVersion === undefined
      ? {}
      : { druidVersionAt: { file, ...document.locate('/druidVersion') } }),
  };
  if (config.profile !== undefined && !knownProfiles(config).includes(config.profile)) {
    problems.push({ pointer: '/profile', message: unknownProfile(config.profile, config) });
  }
  if (problems.length > 0) throw new ConfigError(explainProblems(file, document, problems));
  return config;
}

/** The configuration with the run's profile chosen (the CLI's --profile, later an action input). */
export function selectProfile(config: ProjectConfig, profile: string): ProjectConfig {
  if (!knownProfiles(config).includes(profile)) throw new ConfigError(unknownProfile(profile, config));
  return { ...config, profile };
}

function unknownProfile(profile: string, config: ProjectConfig): string {
  const known = knownProfiles(config);
  return `unknown profile "${profile}".${suggestion(profile, known)} Known profiles: ${known.join(', ')} (define others under "profiles").`;
}

function globs(value: string | readonly string[]): string[] {
  return typeof value === 'string' ? [value] : [...value];
}

function explainProblems(file: string, document: ParsedDocument, problems: ConfigProblem[]): string {
  return problems
    .map(({ pointer, message }) => {
      const { line, column } = document.locate(pointer);
      return `${file}:${line}:${column}: ${message}`;
    })
    .join('\n');
}

function explainSchemaErrors(file: string, document: ParsedDocument, errors: ErrorObject[]): string {
  const problems = errors
    // A union type ("a glob or a list of globs") reports each branch; the type error says it all.
    .filter((error) => !(error.keyword === 'minLength' && Array.isArray(error.data)))
    .map((error): ConfigProblem => {
      const where = error.instancePath.slice(1) || 'the configuration';
      switch (error.keyword) {
        case 'additionalProperties': {
          const key = String(error.params.additionalProperty);
          const known = Object.keys((error.parentSchema as { properties?: object }).properties ?? {});
          const inside = error.instancePath === '' ? '' : ` in ${where}`;
          return {
            pointer: join(error.instancePath, key),
            message: `unknown setting "${key}"${inside}.${suggestion(key, known)} Known settings: ${known.join(', ')}.`,
          };
        }
        case 'required': {
          const missing = String(error.params.missingProperty);
          return {
            pointer: error.instancePath,
            message:
              missing === 'reason'
                ? `${where} needs a "reason": every suppression says why the finding is acceptable.`
                : `${where} needs "${missing}".`,
          };
        }
        case 'pattern':
          return {
            pointer: error.instancePath,
            message: error.instancePath.endsWith('/reason')
              ? `${where} is empty: every suppression says why the finding is acceptable.`
              : `${where} must be a JSON Pointer such as "/spec/tuningConfig/maxRowsPerSegment".`,
          };
        default:
          return { pointer: error.instancePath, message: `${where} ${error.message ?? 'is invalid'}.` };
      }
    });
  return explainProblems(file, document, problems);
}
