/**
 * The CLI's suspension journal: one small file per cluster and supervisor under
 * `$XDG_STATE_HOME/druid-gitops/suspensions` (else `~/.local/state/…`), written before the suspend
 * and removed once the supervisor is settled. A run that dies without cleaning up — `kill -9`, a
 * closed laptop — leaves its files behind, so the next `deploy` can finish the job and `status` can
 * say who suspended what. Each file is written to a temporary name, flushed to disk and renamed,
 * so a reader never sees half a record. The records may hold a previous spec with its
 * credentials (to put it back), so the folder is private to the user (0700, files 0600).
 */
import { createHash } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, rm } from 'node:fs/promises';
import { homedir, hostname } from 'node:os';
import path from 'node:path';
import type { SuspensionJournal } from '../deploy/context.js';
import type { RunSuspension } from '../deploy/suspension-owner.js';
import type { JsonObject } from '../common/json.js';

/** A record as stored: the run's liveness is judged when it is read. */
type StoredSuspension = Omit<RunSuspension, 'run'> & {
  cluster: string;
  run: Omit<RunSuspension['run'], 'alive'>;
};

/** Where the journal lives for this user. */
export function journalFolder(env: Readonly<Record<string, string | undefined>>): string {
  const state = env.XDG_STATE_HOME || path.join(env.HOME || homedir(), '.local', 'state');
  return path.join(state, 'druid-gitops', 'suspensions');
}

export class LocalJournal implements SuspensionJournal {
  private readonly open = new Map<string, StoredSuspension>();
  private readonly run = { host: hostname(), pid: process.pid, command: '' };

  constructor(
    private readonly folder: string,
    /** The Druid URL without credentials: records are per cluster. */
    private readonly cluster: string,
    command: string,
  ) {
    this.run.command = command;
  }

  async suspended(id: string, previousSpec: JsonObject | undefined, seenAt?: string): Promise<void> {
    const record: StoredSuspension = {
      id,
      cluster: this.cluster,
      ...(previousSpec ? { previousSpec } : {}),
      since: new Date().toISOString(),
      ...(seenAt ? { seenAt } : {}),
      run: this.run,
    };
    this.open.set(id, record);
    await writeRecord(this.folder, record);
  }

  async settled(id: string): Promise<void> {
    this.open.delete(id);
    await forgetSuspension(this.folder, this.cluster, id, this.run.pid);
  }

  /** What this run suspended and has not settled, oldest first. */
  pending(): RunSuspension[] {
    return [...this.open.values()].map((record) => ({ ...record, run: { ...record.run, alive: true } }));
  }

  /** The run ends with the supervisor still suspended: the record stays, saying why. */
  async leave(id: string, why: string): Promise<void> {
    const record = this.open.get(id);
    if (!record) return;
    this.open.delete(id);
    await writeRecord(this.folder, { ...record, left: why });
  }
}

/** The records on this machine for one cluster, with whether the run that wrote each still runs. */
export async function readSuspensions(folder: string, cluster: string): Promise<RunSuspension[]> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const records: RunSuspension[] = [];
  for (const name of names.filter((file) => file.endsWith('.json')).sort()) {
    const record = await readRecord(path.join(folder, name));
    if (!record || record.cluster !== cluster) continue;
    const { cluster: _cluster, ...rest } = record;
    records.push({ ...rest, run: { ...record.run, alive: runAlive(record.run) } });
  }
  return records.sort((a, b) => a.since.localeCompare(b.since));
}

/** Rewrites a record found on disk, saying why the supervisor is still suspended. */
export async function keepSuspension(
  folder: string,
  cluster: string,
  record: RunSuspension,
  why: string,
): Promise<void> {
  const { alive: _alive, ...run } = record.run;
  await writeRecord(folder, { ...record, cluster, run, left: why });
}

/** Removes the record of a supervisor (only the one `pid` wrote, when given). */
export async function forgetSuspension(
  folder: string,
  cluster: string,
  id: string,
  pid?: number,
): Promise<void> {
  const file = recordFile(folder, cluster, id);
  if (pid !== undefined) {
    const record = await readRecord(file);
    if (record && record.run.pid !== pid) return; // another run recorded it since
  }
  await rm(file, { force: true });
}

function recordFile(folder: string, cluster: string, id: string): string {
  const key = createHash('sha256').update(`${cluster}\n${id}`).digest('hex').slice(0, 32);
  return path.join(folder, `${key}.json`);
}

async function writeRecord(folder: string, record: StoredSuspension): Promise<void> {
  await mkdir(folder, { recursive: true, mode: 0o700 });
  const file = recordFile(folder, record.cluster, record.id);
  const temporary = `${file}.${process.pid}.tmp`;
  const handle = await open(temporary, 'w', 0o600);
  try {
    await handle.writeFile(JSON.stringify(record, null, 2));
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temporary, file);
}

async function readRecord(file: string): Promise<StoredSuspension | undefined> {
  try {
    const value = JSON.parse(await readFile(file, 'utf8')) as StoredSuspension;
    return typeof value.id === 'string' && typeof value.cluster === 'string' && value.run ? value : undefined;
  } catch (error) {
    // Gone meanwhile (another run settled it), or not ours to read: not a record.
    if (['ENOENT', 'EISDIR'].includes((error as NodeJS.ErrnoException).code ?? '')) return undefined;
    if (error instanceof SyntaxError) return undefined;
    throw error;
  }
}

/**
 * Whether the run that wrote a record still runs. On another host it cannot be known, so it is
 * taken as running (nothing is touched). A recycled process id makes a dead run look alive, which
 * also only means that nothing is touched.
 */
function runAlive(run: StoredSuspension['run']): boolean {
  if (run.host !== hostname()) return true;
  if (run.pid === process.pid) return false;
  try {
    process.kill(run.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
