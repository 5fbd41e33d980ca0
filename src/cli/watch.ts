/**
 * `status --watch`: the supervisors' state, tasks and lag, read again every few seconds until
 * Ctrl-C — what an on-call engineer keeps open during a deploy. On a terminal the screen is
 * redrawn in place; in a pipe each reading is appended (JSON: one object per line).
 */
import { systemClock } from '../common/clock.js';
import type { CliIO } from './io.js';

const HOME_AND_CLEAR = '\u001b[H\u001b[2J';

export interface WatchOptions {
  intervalMs: number;
  /** One reading, rendered; its exit code is the watch's when it ends. */
  read(): Promise<{ text: string; code: number }>;
  /** One line above each reading on a terminal. */
  title: string;
  /** JSON: readings one per line, no title. */
  json: boolean;
}

export async function watch(io: CliIO, options: WatchOptions): Promise<number> {
  const clock = io.clock ?? systemClock;
  let stopped = false;
  let wake: (() => void) | undefined;
  const release = io.signals?.subscribe(() => {
    stopped = true;
    wake?.();
  });
  const redraw = io.tty?.stdout === true && !options.json;
  let code = 0;
  try {
    while (!stopped) {
      const reading = await options.read();
      code = reading.code;
      if (stopped) break;
      const stamp = new Date(clock.now()).toISOString().slice(11, 19);
      if (options.json) io.stdout(reading.text);
      else if (redraw)
        io.stdout(`${HOME_AND_CLEAR}${options.title} — ${stamp} UTC — Ctrl-C stops\n\n${reading.text}`);
      else io.stdout(`${options.title} — ${stamp} UTC\n${reading.text}\n`);
      await Promise.race([
        clock.sleep(options.intervalMs),
        new Promise<void>((resolve) => {
          wake = resolve;
        }),
      ]);
    }
  } finally {
    release?.();
  }
  return code;
}
