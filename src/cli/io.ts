import type { Clock } from '../common/clock.js';
import type { OverlordClient } from '../druid/index.js';

export type StopSignal = 'SIGINT' | 'SIGTERM';

/** What a CLI command may touch, so tests can run commands in-process. */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  /** Time for waits between reads (real time unless a test hands in the emulator's clock). */
  clock?: Clock;
  /** Everything on standard input (`validate -`). */
  stdin?: () => Promise<Uint8Array>;
  /** Which streams are terminals (colour, the live progress line); absent: none, as in tests and pipes. */
  tty?: { stdout: boolean; stderr: boolean; columns?: number };
  /** Writes to stderr exactly as given, without a newline: the live progress line redraws itself. */
  stderrRaw?(text: string): void;
  /**
   * SIGINT and SIGTERM as the process receives them (cli.ts wires `process.on`); a command that
   * suspends supervisors listens while it runs, `status --watch` stops on them. Tests send their own.
   */
  signals?: { subscribe(listener: (signal: StopSignal) => void): () => void };
  /** Ends the process at once (a second Ctrl-C); `process.exit` in cli.ts. */
  exitNow?(code: number): void;
  /** A Druid client to use instead of one made from the settings (tests: the emulator, instrumented). */
  overlord?: OverlordClient;
}

/**
 * Exit codes shared by every command (docs/design.md): 0 clean, 1 findings or failure, 2 usage or I/O.
 */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

/** The command line was wrong (exit 2); the message says how. */
export class UsageError extends Error {}
