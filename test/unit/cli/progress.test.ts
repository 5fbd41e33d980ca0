/** Progress on stderr: a live line on a terminal, a line every ten seconds in a log, never silent past 2 s. */
import type { CliIO } from '../../../src/cli/io.js';
import { progressLine, startProgress } from '../../../src/cli/progress.js';

function harness(tty: boolean, env: Record<string, string> = {}) {
  let now = 0;
  let tick = (): void => {};
  const stderr: string[] = [];
  const raw: string[] = [];
  const io: CliIO = {
    stdout: () => {
      throw new Error('progress never writes to stdout');
    },
    stderr: (text) => stderr.push(text),
    stderrRaw: (text) => raw.push(text),
    cwd: '/',
    env,
    tty: { stdout: tty, stderr: tty, columns: 60 },
  };
  const progress = startProgress(io, {
    timeLimitMs: 30_000,
    now: () => now,
    every: (_ms, run) => {
      tick = run;
      return () => {
        tick = () => {};
      };
    },
  });
  const advance = (ms: number): void => {
    for (let step = 0; step < ms; step += 100) {
      now += 100;
      tick();
    }
  };
  return { progress, stderr, raw, advance };
}

describe('progressLine', () => {
  test('nothing is shown for the first two seconds of a wait', () => {
    const wait = { text: 'sampling lag', since: 0, kind: 'wait' as const };
    expect(progressLine({ current: wait, requests: [] }, 1_999)).toBeUndefined();
    expect(progressLine({ current: wait, requests: [] }, 2_000)).toBe('sampling lag (2 s)');
  });

  test('a request Druid has not answered wins over the last log line, with the time limit', () => {
    const log = { text: 'clicks: resume: resumed', since: 0, kind: 'log' as const };
    const request = { text: 'GET /druid/indexer/v1/supervisor', since: 1_000, kind: 'request' as const };
    expect(progressLine({ current: log, requests: [request] }, 65_000, 120_000)).toBe(
      'waiting for Druid: GET /druid/indexer/v1/supervisor (64 s of the 2 min limit)',
    );
    expect(progressLine({ current: log, requests: [] }, 65_000)).toBe('clicks: resume: resumed (65 s since)');
  });

  test('a narrow terminal shortens the text, never the time', () => {
    const wait = { text: 'sampling lag: a second status read in 35 s', since: 0, kind: 'wait' as const };
    expect(progressLine({ current: wait, requests: [] }, 12_000, undefined, 30)).toBe(
      'sampling lag: a second… (12 s)',
    );
  });
});

describe('startProgress', () => {
  test('on a terminal: a live line redrawn in place, cleared before a log line', () => {
    const { progress, stderr, raw, advance } = harness(true);
    const done = progress.requestStarted({ method: 'GET', origin: 'http://x', path: '/status', attempt: 1 });
    advance(1_900);
    expect(raw).toEqual([]);
    advance(300);
    expect(raw.at(-1)?.startsWith('\r\u001b[2K')).toBe(true);
    expect(raw.at(-1)).toContain('waiting for Druid: GET /status (2 s of the 30 s limit)');
    done();
    progress.log('clicks: suspend: suspend requested');
    expect(raw.at(-1)).toBe('\r\u001b[2K');
    expect(stderr).toEqual(['clicks: suspend: suspend requested']);
    progress.stop();
  });

  test('NO_COLOR keeps the live line plain', () => {
    const { progress, raw, advance } = harness(true, { NO_COLOR: '1' });
    progress.waitingFor('sampling lag');
    advance(2_100);
    expect(raw.at(-1)).not.toContain('\u001b[2m');
    expect(raw.at(-1)).toContain('sampling lag (2 s)');
    progress.stop();
  });

  test('in a log: one line at 5 s, then one every 10 s, and no live line', () => {
    const { progress, stderr, raw, advance } = harness(false);
    progress.requestStarted({ method: 'GET', origin: 'http://x', path: '/status', attempt: 1 });
    advance(26_000);
    expect(raw).toEqual([]);
    expect(stderr).toEqual([
      '… waiting for Druid: GET /status (5 s of the 30 s limit)',
      '… waiting for Druid: GET /status (15 s of the 30 s limit)',
      '… waiting for Druid: GET /status (25 s of the 30 s limit)',
    ]);
    progress.stop();
  });

  test('a wait described anew keeps its time and cadence; another wait starts its own', () => {
    const { progress, stderr, advance } = harness(false);
    progress.waitingFor('clicks: verify: RUNNING with 0 of 2 reading tasks', 'clicks: verify');
    advance(6_000);
    progress.waitingFor('clicks: verify: healthy for 0 s of the 30 s it must hold', 'clicks: verify');
    advance(10_000);
    progress.waitingFor('views: verify: starting (PENDING)', 'views: verify');
    advance(6_000);
    expect(stderr).toEqual([
      '… clicks: verify: RUNNING with 0 of 2 reading tasks (5 s)',
      '… clicks: verify: healthy for 0 s of the 30 s it must hold (15 s)',
      '… views: verify: starting (PENDING) (5 s)',
    ]);
    progress.stop();
  });
});

test('idle ends a wait: nothing is shown between two readings', () => {
  const { progress, stderr, advance } = harness(false);
  progress.waitingFor('sampling lag');
  progress.idle();
  advance(30_000);
  expect(stderr).toEqual([]);
  progress.stop();
});
