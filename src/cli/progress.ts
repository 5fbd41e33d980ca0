/**
 * Progress on stderr for every wait over two seconds, so a command never sits silent: a status
 * line redrawn in place on a terminal, and a plain line every ten seconds in a CI log. It shows the
 * request Druid has not answered yet (and the time limit), or else what the command is waiting
 * for, or else how long since its last log line. Never on stdout: stdout may carry JSON.
 */
import { elapsedText } from '../common/elapsed.js';
import type { RequestStart } from '../druid/http.js';
import type { CliIO } from './io.js';
import { liveStderr, styleFor } from './terminal.js';

/** A wait is shown once it lasts this long. */
const QUIET_MS = 2_000;
/** In a log (not a terminal), a line at the first mark, then every interval. */
const LOG_FIRST_MS = 5_000;
const LOG_EVERY_MS = 10_000;
const SPINNER = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

export interface Progress {
  /** A line of the command's log, on stderr (the live line is cleared first and redrawn after). */
  log(line: string): void;
  /**
   * What the command waits for now (until the next log line or wait, or idle). Activities with the
   * same `wait` name are one wait whose description changes: its time counts from the first.
   */
  waitingFor(activity: string, wait?: string): void;
  /** Nothing is waited for now (between two readings of `status --watch`). */
  idle(): void;
  /** The Druid client's hook: an exchange started; the function it returns is called as it ends. */
  requestStarted(event: RequestStart): () => void;
  /** Clears the live line and stops the timer. */
  stop(): void;
}

export interface ProgressOptions {
  /** The time limit of one request, shown beside a request Druid has not answered. */
  timeLimitMs?: number;
  now?: () => number;
  /** Calls `tick` every `ms` until the returned function is called (tests drive it by hand). */
  every?: (ms: number, tick: () => void) => () => void;
}

interface Wait {
  text: string;
  since: number;
  /** The name of the wait this activity belongs to (`waitingFor`'s second argument). */
  name?: string;
  /** A log line: shown as "N s since: …"; a wait or a request: "… (N s)". */
  kind: 'log' | 'wait' | 'request';
}

/**
 * The line to show now, or undefined while nothing has been waited on for two seconds. Within
 * `width` the text is shortened, never the time, which is what changes.
 */
export function progressLine(
  waits: { current?: Wait; requests: Iterable<Wait> },
  now: number,
  timeLimitMs?: number,
  width = Infinity,
): string | undefined {
  const oldest = oldestRequest(waits.requests);
  const shown = oldest && now - oldest.since >= QUIET_MS ? oldest : waits.current;
  if (!shown || now - shown.since < QUIET_MS) return undefined;
  const elapsed = elapsedText(now - shown.since);
  const [text, time] =
    shown.kind === 'log'
      ? [shown.text, ` (${elapsed} since)`]
      : shown.kind === 'request'
        ? [
            `waiting for Druid: ${shown.text}`,
            ` (${elapsed}${timeLimitMs ? ` of the ${elapsedText(timeLimitMs)} limit` : ''})`,
          ]
        : [shown.text, ` (${elapsed})`];
  const room = Math.max(10, width - time.length);
  return `${text.length > room ? `${text.slice(0, room - 1)}…` : text}${time}`;
}

export function startProgress(io: CliIO, options: ProgressOptions = {}): Progress {
  const now = options.now ?? Date.now;
  const live = liveStderr(io);
  const style = styleFor(io, 'stderr');
  const requests = new Map<RequestStart, Wait>();
  let current: Wait | undefined;
  let drawn = false;
  let frame = 0;
  let logged: { wait: Wait; at: number } | undefined;

  const clear = (): void => {
    if (drawn) io.stderrRaw?.('\r\u001b[2K');
    drawn = false;
  };
  const tick = (): void => {
    const at = now();
    const waits = { ...(current ? { current } : {}), requests: requests.values() };
    // On a terminal the line must fit its width (spinner and a space before it), or it wraps.
    const width = live ? Math.max(20, (io.tty?.columns ?? 80) - 3) : Infinity;
    const line = progressLine(waits, at, options.timeLimitMs, width);
    if (live) {
      if (!line) return clear();
      io.stderrRaw?.(`\r\u001b[2K${style.dim(`${SPINNER[frame++ % SPINNER.length]} ${line}`)}`);
      drawn = true;
      return;
    }
    if (!line) return;
    // One line per wait at 5 s, then every 10 s: enough to show a log is alive, not a flood.
    const wait = oldestRequest(requests.values()) ?? current;
    if (!wait) return;
    const due = logged?.wait === wait ? logged.at + LOG_EVERY_MS : wait.since + LOG_FIRST_MS;
    if (at < due) return;
    logged = { wait, at };
    io.stderr(`… ${line}`);
  };
  const stopTimer = (options.every ?? everyInterval)(live ? 100 : 1_000, tick);

  return {
    log(line) {
      clear();
      io.stderr(line);
      current = { text: line, since: now(), kind: 'log' };
    },
    waitingFor(activity, wait) {
      if (current && wait !== undefined && current.kind === 'wait' && current.name === wait) {
        // The same wait, described anew: the time and the log's cadence carry on.
        current.text = activity;
        return;
      }
      current = { text: activity, since: now(), kind: 'wait', ...(wait === undefined ? {} : { name: wait }) };
    },
    idle() {
      current = undefined;
    },
    requestStarted(event) {
      requests.set(event, { text: `${event.method} ${event.path}`, since: now(), kind: 'request' });
      return () => requests.delete(event);
    },
    stop() {
      stopTimer();
      clear();
    },
  };
}

function oldestRequest(requests: Iterable<Wait>): Wait | undefined {
  let oldest: Wait | undefined;
  for (const wait of requests) if (!oldest || wait.since < oldest.since) oldest = wait;
  return oldest;
}

function everyInterval(ms: number, tick: () => void): () => void {
  const timer = setInterval(tick, ms);
  // Progress never keeps the process alive on its own.
  timer.unref();
  return () => clearInterval(timer);
}
