/**
 * The deploy's log, one group per supervisor: its steps are held until its deploy ends, then
 * written under one `core.startGroup`/`endGroup` titled with the outcome, so a fifty-supervisor
 * deploy reads as fifty lines that unfold. Supervisors deploy several at a time; holding each one's
 * lines keeps them together. A line about no supervisor (a retention or compaction file) is
 * written at once.
 */
import type { SupervisorResult } from '../deploy/result.js';
import type { ActionRuntime } from './runtime.js';

export class SupervisorLog {
  private readonly held = new Map<string, string[]>();

  constructor(private readonly runtime: Pick<ActionRuntime, 'info' | 'startGroup' | 'endGroup'>) {}

  line(message: string, supervisor?: string): void {
    if (supervisor === undefined) {
      this.runtime.info(message);
      return;
    }
    const lines = this.held.get(supervisor);
    if (lines) lines.push(message);
    else this.held.set(supervisor, [message]);
  }

  /** The supervisor's deploy ended: its group, titled with the outcome, and its lines. */
  settled(result: SupervisorResult): void {
    const lines = this.held.get(result.id) ?? [];
    this.held.delete(result.id);
    this.runtime.startGroup(`${result.id}: ${result.outcome} (${result.file})`);
    for (const line of lines) this.runtime.info(line);
    this.runtime.info(`${result.outcome}: ${result.message}`);
    this.runtime.endGroup();
  }

  /** Lines of a supervisor whose deploy never reported an end (a crash): written, not lost. */
  flush(): void {
    for (const [supervisor, lines] of this.held) {
      this.runtime.startGroup(`${supervisor}: no result`);
      for (const line of lines) this.runtime.info(line);
      this.runtime.endGroup();
    }
    this.held.clear();
  }
}
