import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  InputError,
  parseSettings
} from "./chunk-MJ7KIQFN.js";

// src/settings/cli-settings.ts
var SETTINGS_FLAGS = {
  "druid-url": { type: "string" },
  supervisors: { type: "string", multiple: true },
  config: { type: "string" },
  "on-drift": { type: "string" },
  prune: { type: "boolean" },
  confirm: { type: "string" },
  "max-parallel": { type: "string" },
  "health-timeout": { type: "string" },
  timeout: { type: "string" },
  offsets: { type: "string" },
  reason: { type: "string" }
};
function settingsFlags(...names) {
  return Object.fromEntries(names.map((name) => [name, SETTINGS_FLAGS[name]]));
}
var SOURCES = {
  "druid-url": { flag: "druid-url", env: "DRUID_URL" },
  "druid-coordinator-url": { env: "DRUID_COORDINATOR_URL" },
  "druid-username": { env: "DRUID_USERNAME" },
  // A password or token is taken as written: leading or trailing spaces may be part of it.
  "druid-password": { env: "DRUID_PASSWORD", verbatim: true },
  "druid-token": { env: "DRUID_TOKEN", verbatim: true },
  "druid-ca-cert": { env: "DRUID_CA_CERT" },
  "druid-client-cert": { env: "DRUID_CLIENT_CERT" },
  "druid-client-key": { env: "DRUID_CLIENT_KEY" },
  "druid-timeout": { flag: "timeout", env: "DRUID_TIMEOUT" },
  "supervisors-path": { flag: "supervisors" },
  "config-file": { flag: "config" },
  "on-drift": { flag: "on-drift" },
  prune: { flag: "prune" },
  confirm: { flag: "confirm" },
  "max-parallel": { flag: "max-parallel" },
  "health-timeout": { flag: "health-timeout" },
  offsets: { flag: "offsets" },
  reason: { flag: "reason" }
};
function cliSettings(values, env) {
  return parseSettings({
    read: (name) => {
      const { flag, env: variable, verbatim } = SOURCES[name];
      const given = flag === void 0 ? void 0 : values[flag];
      if (Array.isArray(given)) return given.join("\n");
      if (typeof given === "boolean") return given ? "true" : "";
      if (given !== void 0) return given.trim();
      const fromEnv = variable === void 0 ? void 0 : env[variable];
      return (verbatim ? fromEnv : fromEnv?.trim()) ?? "";
    },
    label: (name) => {
      const { flag, env: variable } = SOURCES[name];
      return flag ? `--${flag}` : variable ?? name;
    }
  });
}
function requireDruid(settings, usage) {
  if (!settings.druid) throw new InputError(`--druid-url (or DRUID_URL) is required.

${usage}`);
  return settings.druid;
}

// src/cli/io.ts
var EXIT = { ok: 0, findings: 1, usage: 2 };
var UsageError = class extends Error {
};

export {
  settingsFlags,
  cliSettings,
  requireDruid,
  EXIT,
  UsageError
};
