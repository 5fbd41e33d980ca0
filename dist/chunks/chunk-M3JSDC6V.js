import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/recover/operations.ts
var OPERATIONS = [
  "status",
  "diagnose",
  "suspend",
  "resume",
  "resync",
  "handoff",
  "reset",
  "reset-offsets",
  "terminate"
];
var READ_ONLY = /* @__PURE__ */ new Set(["status", "diagnose"]);
var DESTRUCTIVE = /* @__PURE__ */ new Set(["reset", "reset-offsets", "terminate"]);
var ALL = "*";
function isOperation(value) {
  return OPERATIONS.includes(value);
}
function refusal(request) {
  const { operation, supervisor } = request;
  if (supervisor === "" || supervisor === ALL && !READ_ONLY.has(operation)) {
    return `${operation} acts on one supervisor: set supervisor to its id (\`*\` is for status and diagnose only).`;
  }
  if (!DESTRUCTIVE.has(operation)) return void 0;
  if (request.startedBy !== "person") {
    return `${operation} is destructive and never runs automatically: start it by hand (Actions \u2192 Run workflow, or the CLI).`;
  }
  if (request.confirm !== supervisor) {
    return request.confirm === "" ? `${operation} is destructive: set confirm to ${supervisor} to go ahead.` : `${operation} is destructive: confirm must be exactly the supervisor id ${supervisor}, got "${request.confirm}".`;
  }
  if (operation === "reset-offsets" && !request.offsets) {
    return 'reset-offsets needs offsets: a JSON object of partition \u2192 offset, e.g. {"0": 1200, "1": 1180}.';
  }
  return void 0;
}
function parseOffsets(text) {
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    throw new Error(`offsets must be JSON, e.g. {"0": 1200, "1": 1180}; got ${text}`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value) || Object.keys(value).length === 0) {
    throw new Error("offsets must be a JSON object of partition \u2192 offset with at least one partition.");
  }
  const offsets = {};
  for (const [partition, offset] of Object.entries(value)) {
    const number = typeof offset === "string" && /^\d+$/.test(offset) ? Number(offset) : offset;
    if (typeof number !== "number" || !Number.isSafeInteger(number) || number < 0) {
      throw new Error(
        `offsets: partition ${partition} needs a whole number of at least 0, got ${JSON.stringify(offset)}.`
      );
    }
    offsets[partition] = number;
  }
  return offsets;
}

export {
  OPERATIONS,
  READ_ONLY,
  DESTRUCTIVE,
  ALL,
  isOperation,
  refusal,
  parseOffsets
};
