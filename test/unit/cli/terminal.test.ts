import type { CliIO } from '../../../src/cli/io.js';
import { styleFor } from '../../../src/cli/terminal.js';

const io = (tty: boolean, env: Record<string, string> = {}): CliIO => ({
  stdout: () => {},
  stderr: () => {},
  cwd: '/',
  env,
  tty: { stdout: tty, stderr: tty },
});

describe('colour', () => {
  test('on a terminal, errors are red', () => {
    expect(styleFor(io(true), 'stdout').error('x')).toBe('\u001b[31mx\u001b[39m');
  });

  test.each([
    ['not a terminal', io(false)],
    ['NO_COLOR set', io(true, { NO_COLOR: '1' })],
    ['TERM=dumb', io(true, { TERM: 'dumb' })],
  ])('plain when %s', (_why, given) => {
    expect(styleFor(given, 'stdout').error('x')).toBe('x');
  });

  test('FORCE_COLOR keeps colours in a pipe; NO_COLOR still wins', () => {
    expect(styleFor(io(false, { FORCE_COLOR: '1' }), 'stdout').ok('x')).toBe('\u001b[32mx\u001b[39m');
    expect(styleFor(io(false, { FORCE_COLOR: '1', NO_COLOR: '1' }), 'stdout').ok('x')).toBe('x');
  });
});
