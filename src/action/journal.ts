/**
 * The deploy's record of supervisors it suspended and has not settled yet, in a file the post step
 * reads (its path travels through the action's saved state). A cancelled or crashed run leaves its
 * entries behind, and the post step resumes what they name. The file may hold a previous spec with
 * credentials, so it is private to the runner user.
 */
import { readFile, writeFile } from 'node:fs/promises';
import type { SuspensionJournal } from '../deploy/context.js';
import type { SuspensionRecord } from '../deploy/repair.js';
import type { JsonObject } from '../common/json.js';

type JournalEntry = SuspensionRecord;

export class FileJournal implements SuspensionJournal {
  private readonly entries = new Map<string, JournalEntry>();
  private writing: Promise<void> = Promise.resolve();

  constructor(private readonly path: string) {}

  async suspended(id: string, previousSpec: JsonObject | undefined): Promise<void> {
    this.entries.set(id, { id, ...(previousSpec ? { previousSpec } : {}), since: new Date().toISOString() });
    await this.flush();
  }

  async settled(id: string): Promise<void> {
    this.entries.delete(id);
    await this.flush();
  }

  /** Writes are chained, so parallel supervisors never interleave two versions of the file. */
  private flush(): Promise<void> {
    const content = JSON.stringify([...this.entries.values()]);
    this.writing = this.writing.then(() => writeFile(this.path, content, { mode: 0o600 }));
    return this.writing;
  }
}

export async function readJournal(path: string): Promise<JournalEntry[]> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as JournalEntry[];
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}
