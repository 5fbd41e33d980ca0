/**
 * Ctrl-C during a command that suspends supervisors (`deploy`, `resync`). The first SIGINT or
 * SIGTERM aborts the run: no new step starts, the step in flight ends, and then every supervisor
 * the run suspended and did not settle is repaired exactly as the action's post step repairs
 * (the spec that ran before goes back and is resumed: src/deploy/repair.ts), then the command says
 * what it did and exits 130 (SIGINT) or 143 (SIGTERM). A second signal exits at once and prints
 * each supervisor still suspended with the command that resumes it; the journal on disk keeps
 * them for the next `deploy` and for `status`.
 */
import { repairSuspension, settles, type RepairOutcome } from '../deploy/repair.js';
import type { AuditContext, OverlordClient } from '../druid/index.js';
import type { LocalJournal } from './local-journal.js';
import type { CliIO, StopSignal } from './io.js';

const EXIT_CODE: Record<StopSignal, number> = { SIGINT: 130, SIGTERM: 143 };

export interface Repaired {
  id: string;
  outcome: RepairOutcome;
}

export class Interruptible {
  private readonly controller = new AbortController();
  private received: StopSignal | undefined;
  private readonly unsubscribe: () => void;

  constructor(
    private readonly io: CliIO,
    private readonly journal: LocalJournal,
    private readonly resumeCommand: (id: string) => string,
  ) {
    this.unsubscribe = io.signals?.subscribe((signal) => this.receive(signal)) ?? (() => {});
  }

  /** Aborted on the first signal; the deploy context carries it. */
  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** The signal that stopped the run, if one did. */
  get interrupted(): StopSignal | undefined {
    return this.received;
  }

  get exitCode(): number {
    return this.received ? EXIT_CODE[this.received] : 0;
  }

  /** After the run stopped: every supervisor it suspended and did not settle, repaired. */
  async repair(client: OverlordClient, audit: AuditContext): Promise<Repaired[]> {
    const repaired: Repaired[] = [];
    for (const record of this.journal.pending()) {
      const outcome = await repairSuspension(client, record, audit);
      // One still suspended keeps its record as an interrupted run's: the next deploy and status see it.
      if (settles(outcome)) await this.journal.settled(record.id);
      repaired.push({ id: record.id, outcome });
    }
    return repaired;
  }

  /** Stops listening: the process's default handling of signals applies again. */
  dispose(): void {
    this.unsubscribe();
  }

  private receive(signal: StopSignal): void {
    if (this.received === undefined) {
      this.received = signal;
      this.io.stderr(
        `${signal}: stopping. No new step starts; once the step in flight ends, every supervisor this run suspended is brought back to running. ${signal === 'SIGINT' ? 'Ctrl-C' : 'The signal'} again exits at once.`,
      );
      this.controller.abort();
      return;
    }
    const left = this.journal.pending();
    this.io.stderr(
      left.length === 0
        ? `${signal} again: exiting at once. This run left no supervisor suspended.`
        : [
            `${signal} again: exiting at once. Still suspended by this run (Kafka lag grows until each is resumed):`,
            ...left.map((record) => `  ${record.id}: ${this.resumeCommand(record.id)}`),
            'The next `druid-gitops deploy` puts back what ran before; `druid-gitops status` names them.',
          ].join('\n'),
    );
    this.io.exitNow?.(EXIT_CODE[this.received]);
  }
}

/** `druid-gitops resume ID --druid-url URL`, quoted for a POSIX shell. */
export function resumeCommand(id: string, cluster: string): string {
  return `druid-gitops resume ${shellWord(id)} --druid-url ${shellWord(cluster)}`;
}

function shellWord(text: string): string {
  return /^[\w.:/@%+=,-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}
