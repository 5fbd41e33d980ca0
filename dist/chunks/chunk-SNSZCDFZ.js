import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  deepEqual
} from "./chunk-TH2Y4WOA.js";

// src/health/history.ts
var SHOWN = 5;
function describeHistory(history) {
  const shown = history.slice(0, SHOWN).map((entry, index) => `${entry.version} ${change(entry, history[index + 1])}`);
  const more = history.length > SHOWN ? `, and ${history.length - SHOWN} older` : "";
  return `${shown.join(", ")}${more}`;
}
function change(entry, before) {
  if (isTombstone(entry)) return "terminated";
  if (!before || isTombstone(before)) return "created";
  const { suspended: now, ...spec } = entry.spec;
  const { suspended: then, ...previous } = before.spec;
  if (!deepEqual(spec, previous)) return "spec changed";
  if (now === then) return "submitted again";
  return now === true ? "suspended" : "resumed";
}
function isTombstone(entry) {
  return entry.spec.type === "noop" || entry.spec.type === "NoopSupervisorSpec";
}

export {
  describeHistory,
  isTombstone
};
