import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/version.ts
var VERSION = "0.1.0";
var TOOL_NAME = "druid-gitops";
var INFORMATION_URI = "https://github.com/druid-gitops/druid-gitops";

export {
  VERSION,
  TOOL_NAME,
  INFORMATION_URI
};
