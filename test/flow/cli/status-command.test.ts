/**
 * status and diagnose as an on-call engineer and a monitoring script use them, in-process against
 * the emulator (its clock as the CLI's clock): exit codes with their reason on stderr, one quick
 * reading by default and --trend for the lag's direction, --watch until Ctrl-C, --timeout on a
 * Druid that does not answer.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { CliIO } from '../../../src/cli/io.js';
import { runCli } from '../../../src/cli/run.js';
import { spec } from '../../support/deploy.js';
import { useEmulator } from '../../support/emulator.js';

const emulator = useEmulator({
  version: '33.0.0',
  clusters: [{ name: 'prod', servers: ['kafka:9092'], autoCreateTopics: { partitions: 2, ratePerSec: 10 } }],
});
let repo: string;

beforeEach(async () => {
  repo = mkdtempSync(path.join(tmpdir(), 'druid-gitops-status-'));
  await emulator.client.submitSupervisor(spec('clicks'));
  emulator.control.advance(60_000);
  emulator.control.clearRequests();
});

async function cli(argv: string[], extra: Partial<CliIO> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (t) => (stdout += `${t}\n`),
    stderr: (t) => (stderr += `${t}\n`),
    cwd: repo,
    env: { DRUID_URL: emulator.url, USER: 'oncall' },
    clock: emulator.clock,
    ...extra,
  });
  return { code, stdout, stderr };
}

test('status reads once by default: no wait for a lag trend, and it says how to get one', async () => {
  const started = emulator.control.now();
  const result = await cli(['status']);
  expect(result.code).toBe(0);
  expect(emulator.control.now() - started).toBeLessThan(5_000);
  expect(emulator.control.requests().filter((r) => r.path.endsWith('/clicks/status'))).toHaveLength(1);
  expect(result.stdout).toContain('add --trend to see whether it grows');
  expect(result.stderr).toBe('');
});

test('--trend reads twice, one offset refresh apart, and shows the direction', async () => {
  const result = await cli(['status', 'clicks', '--trend']);
  expect(result.code).toBe(0);
  expect(emulator.control.requests().filter((r) => r.path.endsWith('/clicks/status'))).toHaveLength(2);
  expect(result.stdout).toMatch(/lag \d+( -> \d+)? (steady|growing|shrinking)/);
});

test('an unhealthy supervisor exits 1 and stderr names it and why', async () => {
  await emulator.client.submitSupervisor(spec('views', (s) => (s.spec.ioConfig.period = 'PT5S')));
  emulator.control.failTasks('views', 'all');
  emulator.control.advance(120_000);
  const result = await cli(['status']);
  expect(result.code).toBe(1);
  expect(result.stderr).toMatch(/^druid-gitops status: exit 1: not healthy: views \(/);
  expect(result.stderr).not.toContain('clicks');
});

test('an id Druid does not know exits 1', async () => {
  const result = await cli(['diagnose', 'clickz']);
  expect(result.code).toBe(1);
  expect(result.stderr).toContain('exit 1: Druid has no supervisor clickz.');
});

test('a Druid that does not answer within --timeout exits 2, and says which limit', async () => {
  emulator.control.injectFault({
    method: 'GET',
    path: '/druid/indexer/v1/supervisor/clicks/status',
    hang: true,
  });
  const result = await cli(['status', 'clicks', '--timeout', '1']);
  expect(result.code).toBe(2);
  expect(result.stdout).toContain(
    'clicks: GET /druid/indexer/v1/supervisor/clicks/status: no answer within 1 s',
  );
  expect(result.stderr).toContain('exit 2: could not read clicks');
});

test('a cluster that cannot be reached at all exits 2', async () => {
  const result = await cli(['status', '--timeout', '1'], {
    env: { DRUID_URL: 'http://127.0.0.1:1', USER: 'oncall' },
  });
  expect(result.code).toBe(2);
  expect(result.stderr).toMatch(
    /^druid-gitops status: GET \/druid\/indexer\/v1\/supervisor\?state=true: could not connect/,
  );
});

test('--watch reads again every interval until Ctrl-C, appending readings in a pipe', async () => {
  let interrupt = (): void => {};
  let readings = 0;
  const result = await cli(['status', '--watch', '--interval', '10'], {
    stdout: (text) => {
      if (++readings === 3) interrupt();
      void text;
    },
    signals: {
      subscribe: (listener) => {
        interrupt = () => listener('SIGINT');
        return () => {};
      },
    },
  });
  expect(result.code).toBe(0);
  expect(readings).toBe(3);
  const statusReads = emulator.control.requests().filter((r) => r.path.endsWith('/clicks/status'));
  expect(statusReads).toHaveLength(3);
});

test('--watch redraws in place on a terminal, and --format json gives one report per line', async () => {
  const screens: string[] = [];
  let interrupt = (): void => {};
  await cli(['status', '--watch'], {
    stdout: (text) => {
      screens.push(text);
      if (screens.length === 2) interrupt();
    },
    tty: { stdout: true, stderr: false },
    signals: {
      subscribe: (listener) => {
        interrupt = () => listener('SIGINT');
        return () => {};
      },
    },
  });
  const clearScreen = '\u001b[H\u001b[2J';
  expect(screens[0]?.startsWith(clearScreen)).toBe(true);
  expect(screens[0]?.slice(clearScreen.length)).toMatch(
    /^druid-gitops status, every 5 s — \d\d:\d\d:\d\d UTC — Ctrl-C stops\n\n/,
  );

  const lines: string[] = [];
  await cli(['status', '--watch', '--format', 'json'], {
    stdout: (text) => {
      lines.push(text);
      if (lines.length === 2) interrupt();
    },
    signals: {
      subscribe: (listener) => {
        interrupt = () => listener('SIGINT');
        return () => {};
      },
    },
  });
  expect(lines.map((line) => JSON.parse(line).outcome)).toEqual(['read', 'read']);
});
