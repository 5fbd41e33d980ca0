/**
 * What the CLI's output is connected to, and what it may do there: colours on a terminal unless
 * NO_COLOR is set (https://no-color.org) or TERM is "dumb", FORCE_COLOR to keep them in a pipe, a
 * live progress line only on a terminal's stderr. Tests and pipes get plain text.
 */
import { PLAIN, type TextStyle } from '../report/text-style.js';
import type { CliIO } from './io.js';

const SGR = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;

const ANSI: TextStyle = {
  error: SGR(31, 39),
  warning: SGR(33, 39),
  notice: SGR(36, 39),
  ok: SGR(32, 39),
  strong: SGR(1, 22),
  dim: SGR(2, 22),
};

/** The style for text a command prints on `stream`. */
export function styleFor(io: CliIO, stream: 'stdout' | 'stderr'): TextStyle {
  return wantsColour(io, stream) ? ANSI : PLAIN;
}

function wantsColour(io: CliIO, stream: 'stdout' | 'stderr'): boolean {
  const { NO_COLOR, FORCE_COLOR, TERM } = io.env;
  if (NO_COLOR !== undefined && NO_COLOR !== '') return false;
  if (FORCE_COLOR !== undefined && FORCE_COLOR !== '' && FORCE_COLOR !== '0') return true;
  return io.tty?.[stream] === true && TERM !== 'dumb';
}

/** Whether a line on stderr can be redrawn in place (a terminal that understands it). */
export function liveStderr(io: CliIO): boolean {
  return io.tty?.stderr === true && io.env.TERM !== 'dumb' && io.stderrRaw !== undefined;
}
