import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  formatOf,
  join,
  knownProfiles,
  parseSpecText,
  readRuleSettings,
  require_ajv,
  ruleIdProblem,
  suggestion
} from "./chunk-IP5AAAWZ.js";
import {
  NEWEST_DRUID_VERSION,
  __toESM,
  parseVersion
} from "./chunk-SZVT4BIF.js";

// src/config/config-file.ts
var import_ajv = __toESM(require_ajv(), 1);
import { readFile } from "node:fs/promises";
import path from "node:path";
var DEFAULT_CONFIG = {
  druidVersion: NEWEST_DRUID_VERSION,
  rules: {},
  profiles: {},
  overrides: [],
  suppressions: []
};
var GLOBS = {
  type: ["string", "array"],
  items: { type: "string", minLength: 1 },
  minLength: 1,
  minItems: 1
};
var CONFIG_SCHEMA = {
  type: "object",
  additionalProperties: false,
  properties: {
    // YAML reads `druidVersion: 34.0` as a number; accept it and read it as text.
    druidVersion: { type: ["string", "number"] },
    profile: { type: "string", minLength: 1 },
    rules: { type: "object" },
    profiles: {
      type: "object",
      additionalProperties: {
        type: "object",
        additionalProperties: false,
        required: ["rules"],
        properties: { rules: { type: "object" } }
      }
    },
    overrides: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["supervisors", "rules"],
        properties: { supervisors: GLOBS, rules: { type: "object" } }
      }
    },
    suppressions: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["rule", "reason"],
        properties: {
          rule: { type: "string" },
          reason: { type: "string", pattern: "\\S" },
          supervisors: GLOBS,
          files: GLOBS,
          pointer: { type: "string", pattern: "^(/.*)?$" }
        }
      }
    },
    segments: {
      type: "object",
      additionalProperties: false,
      properties: {
        retention: { type: "string", pattern: "\\S" },
        compaction: { type: "string", pattern: "\\S" }
      }
    }
  }
};
var ConfigError = class extends Error {
};
var validateConfig;
function configValidator() {
  return validateConfig ??= new import_ajv.Ajv({
    allErrors: true,
    strict: true,
    allowUnionTypes: true,
    verbose: true
  }).compile(CONFIG_SCHEMA);
}
async function loadConfig(file, cwd, explicit) {
  const absolute = path.resolve(cwd, file);
  let text;
  try {
    text = await readFile(absolute, "utf8");
  } catch (error) {
    if (!explicit && error.code === "ENOENT") return DEFAULT_CONFIG;
    throw new ConfigError(
      `${file}: cannot read the configuration file (${error.code ?? String(error)}).`
    );
  }
  return parseConfig(file, text);
}
function parseConfig(file, text) {
  if (text.trim() === "") return DEFAULT_CONFIG;
  const { document, findings } = parseSpecText(text, formatOf(file) ?? "yaml");
  const first = findings.find((finding) => finding.severity === "error");
  if (!document || first) {
    const where = first ? `${first.line ?? 1}:${first.column ?? 1}` : "1:1";
    throw new ConfigError(
      `${file}:${where}: ${first?.rule === "parse/not-an-object" ? "the configuration must be a mapping of settings." : first?.message ?? "cannot be parsed."}`
    );
  }
  const validate = configValidator();
  if (!validate(document.value)) {
    throw new ConfigError(explainSchemaErrors(file, document, validate.errors ?? []));
  }
  const raw = document.value;
  const problems = [];
  const druidVersion = raw.druidVersion === void 0 ? DEFAULT_CONFIG.druidVersion : String(raw.druidVersion);
  if (!parseVersion(druidVersion)) {
    problems.push({
      pointer: "/druidVersion",
      message: `druidVersion ${JSON.stringify(druidVersion)} is not a Druid release number such as "34.0.0".`
    });
  }
  const config = {
    druidVersion,
    rules: raw.rules === void 0 ? {} : readRuleSettings(raw.rules, "/rules", problems),
    profiles: Object.fromEntries(
      Object.entries(raw.profiles ?? {}).map(([name, profile]) => [
        name,
        readRuleSettings(profile.rules, join("/profiles", name, "rules"), problems)
      ])
    ),
    overrides: (raw.overrides ?? []).map((override, index) => ({
      supervisors: globs(override.supervisors),
      rules: readRuleSettings(override.rules, join("/overrides", index, "rules"), problems)
    })),
    suppressions: (raw.suppressions ?? []).map(
      ({ supervisors, files, ...suppression }, index) => {
        const problem = ruleIdProblem(suppression.rule);
        if (problem) problems.push({ pointer: join("/suppressions", index, "rule"), message: problem });
        return {
          ...suppression,
          ...supervisors === void 0 ? {} : { supervisors: globs(supervisors) },
          ...files === void 0 ? {} : { files: globs(files) }
        };
      }
    ),
    ...raw.profile === void 0 ? {} : { profile: raw.profile },
    ...raw.segments === void 0 ? {} : { segments: raw.segments }
  };
  if (config.profile !== void 0 && !knownProfiles(config).includes(config.profile)) {
    problems.push({ pointer: "/profile", message: unknownProfile(config.profile, config) });
  }
  if (problems.length > 0) throw new ConfigError(explainProblems(file, document, problems));
  return config;
}
function selectProfile(config, profile) {
  if (!knownProfiles(config).includes(profile)) throw new ConfigError(unknownProfile(profile, config));
  return { ...config, profile };
}
function unknownProfile(profile, config) {
  const known = knownProfiles(config);
  return `unknown profile "${profile}".${suggestion(profile, known)} Known profiles: ${known.join(", ")} (define others under "profiles").`;
}
function globs(value) {
  return typeof value === "string" ? [value] : [...value];
}
function explainProblems(file, document, problems) {
  return problems.map(({ pointer, message }) => {
    const { line, column } = document.locate(pointer);
    return `${file}:${line}:${column}: ${message}`;
  }).join("\n");
}
function explainSchemaErrors(file, document, errors) {
  const problems = errors.filter((error) => !(error.keyword === "minLength" && Array.isArray(error.data))).map((error) => {
    const where = error.instancePath.slice(1) || "the configuration";
    switch (error.keyword) {
      case "additionalProperties": {
        const key = String(error.params.additionalProperty);
        const known = Object.keys(error.parentSchema.properties ?? {});
        const inside = error.instancePath === "" ? "" : ` in ${where}`;
        return {
          pointer: join(error.instancePath, key),
          message: `unknown setting "${key}"${inside}.${suggestion(key, known)} Known settings: ${known.join(", ")}.`
        };
      }
      case "required": {
        const missing = String(error.params.missingProperty);
        return {
          pointer: error.instancePath,
          message: missing === "reason" ? `${where} needs a "reason": every suppression says why the finding is acceptable.` : `${where} needs "${missing}".`
        };
      }
      case "pattern":
        return {
          pointer: error.instancePath,
          message: error.instancePath.endsWith("/reason") ? `${where} is empty: every suppression says why the finding is acceptable.` : `${where} must be a JSON Pointer such as "/spec/tuningConfig/maxRowsPerSegment".`
        };
      default:
        return { pointer: error.instancePath, message: `${where} ${error.message ?? "is invalid"}.` };
    }
  });
  return explainProblems(file, document, problems);
}

export {
  ConfigError,
  loadConfig,
  selectProfile
};
