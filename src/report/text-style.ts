/**
 * How terminal text marks what matters: errors, warnings, notices, what is fine, what to read
 * first, what is background. The renderers call these; the CLI hands in colours when its output
 * is a terminal that wants them (src/cli/terminal.ts), and plain text everywhere else.
 */
export interface TextStyle {
  error(text: string): string;
  warning(text: string): string;
  notice(text: string): string;
  ok(text: string): string;
  strong(text: string): string;
  dim(text: string): string;
}

const same = (text: string): string => text;

export const PLAIN: TextStyle = {
  error: same,
  warning: same,
  notice: same,
  ok: same,
  strong: same,
  dim: same,
};
