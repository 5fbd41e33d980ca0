import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  counts
} from "./chunk-MJ7KIQFN.js";

// src/common/version.ts
var VERSION = "0.1.0";
var TOOL_NAME = "druid-gitops";
var INFORMATION_URI = "https://github.com/druid-gitops/druid-gitops";

// src/check/validation-report.ts
function summarise(files) {
  const all = files.flatMap((file) => file.findings);
  return {
    summary: {
      files: files.length,
      supervisors: new Set(files.map((file) => file.supervisor).filter((id) => id !== null)).size,
      errors: all.filter((finding) => counts(finding, "error")).length,
      warnings: all.filter((finding) => counts(finding, "warning")).length,
      notices: all.filter((finding) => counts(finding, "notice")).length
    },
    files
  };
}

export {
  summarise,
  VERSION,
  TOOL_NAME,
  INFORMATION_URI
};
