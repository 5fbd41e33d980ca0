import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/common/clock.ts
var systemClock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms))
};

export {
  systemClock
};
