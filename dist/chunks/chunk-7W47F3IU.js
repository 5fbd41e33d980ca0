import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  isTombstone
} from "./chunk-SNSZCDFZ.js";

// src/deploy/suspension-owner.ts
function suspensionOwner(input) {
  if (!input.suspended) return "not-suspended";
  if (input.record.run.alive) return "run-in-progress";
  const since = input.record.seenAt === void 0 ? void 0 : Date.parse(input.record.seenAt);
  for (const version of input.history) {
    if (isTombstone(version)) break;
    if (since !== void 0 && !(Date.parse(version.version) > since)) break;
    if (version.spec.suspended !== true) return "person";
  }
  return "druid-gitops";
}

export {
  suspensionOwner
};
