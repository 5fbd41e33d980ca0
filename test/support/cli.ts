/**
 * The CLI run in-process against the emulator, the way a terminal runs it: a git repository of its
 * own, the emulator's clock for its waits, a private state folder for its journal, and signals the
 * test sends (Ctrl-C, SIGTERM) where a terminal would.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../../src/cli/run.js';
import type { CliIO, StopSignal } from '../../src/cli/io.js';
import type { OverlordClient } from '../../src/druid/index.js';
import type { TestEmulator } from './emulator.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  /** The code a second signal exited with at once, if one did. */
  exitedAt?: number;
}

/** Signals a test sends to a running command, as a terminal would. */
class TestSignals {
  private readonly listeners = new Set<(signal: StopSignal) => void>();
  subscribe(listener: (signal: StopSignal) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  send(signal: StopSignal): void {
    for (const listener of [...this.listeners]) listener(signal);
  }
  get listening(): number {
    return this.listeners.size;
  }
}

export class CliWorkspace {
  readonly repo = mkdtempSync(path.join(tmpdir(), 'druid-gitops-cli-'));
  readonly state = mkdtempSync(path.join(tmpdir(), 'druid-gitops-state-'));
  readonly signals = new TestSignals();

  constructor(private readonly emulator: TestEmulator) {
    this.git('init', '-q');
  }

  git(...args: string[]): string {
    return execFileSync('git', args, { cwd: this.repo, encoding: 'utf8' }).trim();
  }

  /** Writes the files and commits them; returns the commit. */
  commit(files: Record<string, object>, message: string): string {
    for (const [file, value] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(this.repo, file)), { recursive: true });
      writeFileSync(path.join(this.repo, file), JSON.stringify(value, null, 2));
    }
    this.git('add', '-A');
    this.git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', message);
    return this.git('rev-parse', 'HEAD');
  }

  /** Runs one command; `client` replaces the one the CLI would make (an instrumented one). */
  async run(argv: string[], client?: OverlordClient): Promise<CliRun> {
    const out: CliRun = { code: -1, stdout: '', stderr: '' };
    const io: CliIO = {
      stdout: (text) => (out.stdout += `${text}\n`),
      stderr: (text) => (out.stderr += `${text}\n`),
      cwd: this.repo,
      env: { DRUID_URL: this.emulator.url, XDG_STATE_HOME: this.state, USER: 'oncall' },
      clock: this.emulator.clock,
      signals: this.signals,
      exitNow: (code) => (out.exitedAt = code),
      ...(client ? { overlord: client } : {}),
    };
    out.code = await runCli(argv, io);
    return out;
  }
}
