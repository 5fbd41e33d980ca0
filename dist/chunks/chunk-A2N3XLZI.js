import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  createOverlordClient,
  elapsedText
} from "./chunk-WU6CUPLN.js";
import {
  timeLimitFor
} from "./chunk-MJ7KIQFN.js";

// src/report/text-style.ts
var same = (text) => text;
var PLAIN = {
  error: same,
  warning: same,
  notice: same,
  ok: same,
  strong: same,
  dim: same
};

// src/cli/terminal.ts
var SGR = (open, close) => (text) => `\x1B[${open}m${text}\x1B[${close}m`;
var ANSI = {
  error: SGR(31, 39),
  warning: SGR(33, 39),
  notice: SGR(36, 39),
  ok: SGR(32, 39),
  strong: SGR(1, 22),
  dim: SGR(2, 22)
};
function styleFor(io, stream) {
  return wantsColour(io, stream) ? ANSI : PLAIN;
}
function wantsColour(io, stream) {
  const { NO_COLOR, FORCE_COLOR, TERM } = io.env;
  if (NO_COLOR !== void 0 && NO_COLOR !== "") return false;
  if (FORCE_COLOR !== void 0 && FORCE_COLOR !== "" && FORCE_COLOR !== "0") return true;
  return io.tty?.[stream] === true && TERM !== "dumb";
}
function liveStderr(io) {
  return io.tty?.stderr === true && io.env.TERM !== "dumb" && io.stderrRaw !== void 0;
}

// src/cli/progress.ts
var QUIET_MS = 2e3;
var LOG_FIRST_MS = 5e3;
var LOG_EVERY_MS = 1e4;
var SPINNER = ["\u280B", "\u2819", "\u2839", "\u2838", "\u283C", "\u2834", "\u2826", "\u2827", "\u2807", "\u280F"];
function progressLine(waits, now, timeLimitMs, width = Infinity) {
  const oldest = oldestRequest(waits.requests);
  const shown = oldest && now - oldest.since >= QUIET_MS ? oldest : waits.current;
  if (!shown || now - shown.since < QUIET_MS) return void 0;
  const elapsed = elapsedText(now - shown.since);
  const [text, time] = shown.kind === "log" ? [shown.text, ` (${elapsed} since)`] : shown.kind === "request" ? [
    `waiting for Druid: ${shown.text}`,
    ` (${elapsed}${timeLimitMs ? ` of the ${elapsedText(timeLimitMs)} limit` : ""})`
  ] : [shown.text, ` (${elapsed})`];
  const room = Math.max(10, width - time.length);
  return `${text.length > room ? `${text.slice(0, room - 1)}\u2026` : text}${time}`;
}
function startProgress(io, options = {}) {
  const now = options.now ?? Date.now;
  const live = liveStderr(io);
  const style = styleFor(io, "stderr");
  const requests = /* @__PURE__ */ new Map();
  let current;
  let drawn = false;
  let frame = 0;
  let logged;
  const clear = () => {
    if (drawn) io.stderrRaw?.("\r\x1B[2K");
    drawn = false;
  };
  const tick = () => {
    const at = now();
    const waits = { ...current ? { current } : {}, requests: requests.values() };
    const width = live ? Math.max(20, (io.tty?.columns ?? 80) - 3) : Infinity;
    const line = progressLine(waits, at, options.timeLimitMs, width);
    if (live) {
      if (!line) return clear();
      io.stderrRaw?.(`\r\x1B[2K${style.dim(`${SPINNER[frame++ % SPINNER.length]} ${line}`)}`);
      drawn = true;
      return;
    }
    if (!line) return;
    const wait = oldestRequest(requests.values()) ?? current;
    if (!wait) return;
    const due = logged?.wait === wait ? logged.at + LOG_EVERY_MS : wait.since + LOG_FIRST_MS;
    if (at < due) return;
    logged = { wait, at };
    io.stderr(`\u2026 ${line}`);
  };
  const stopTimer = (options.every ?? everyInterval)(live ? 100 : 1e3, tick);
  return {
    log(line) {
      clear();
      io.stderr(line);
      current = { text: line, since: now(), kind: "log" };
    },
    waitingFor(activity, wait) {
      if (current && wait !== void 0 && current.kind === "wait" && current.name === wait) {
        current.text = activity;
        return;
      }
      current = { text: activity, since: now(), kind: "wait", ...wait === void 0 ? {} : { name: wait } };
    },
    idle() {
      current = void 0;
    },
    requestStarted(event) {
      requests.set(event, { text: `${event.method} ${event.path}`, since: now(), kind: "request" });
      return () => requests.delete(event);
    },
    stop() {
      stopTimer();
      clear();
    }
  };
}
function oldestRequest(requests) {
  let oldest;
  for (const wait of requests) if (!oldest || wait.since < oldest.since) oldest = wait;
  return oldest;
}
function everyInterval(ms, tick) {
  const timer = setInterval(tick, ms);
  timer.unref();
  return () => clearInterval(timer);
}

// src/cli/cluster.ts
function openCluster(io, druid, settings, options) {
  const timeLimitMs = timeLimitFor(settings, options.use);
  const progress = startProgress(io, { timeLimitMs });
  const client = io.overlord ?? createOverlordClient(druid, {
    readOnly: options.use === "read",
    timeLimitMs,
    onRequestStart: (event) => progress.requestStarted(event),
    ...options.audit ? { audit: options.audit } : {}
  });
  return {
    client,
    progress,
    close: async () => {
      progress.stop();
      if (client !== io.overlord) await client.close();
    }
  };
}

export {
  PLAIN,
  styleFor,
  openCluster
};
