import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/cli/io.ts
var EXIT = { ok: 0, findings: 1, usage: 2 };
var UsageError = class extends Error {
};

export {
  EXIT,
  UsageError
};
