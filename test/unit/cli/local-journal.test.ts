import { mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import {
  forgetSuspension,
  journalFolder,
  keepSuspension,
  LocalJournal,
  readSuspensions,
} from '../../../src/cli/local-journal.js';

const CLUSTER = 'https://druid.example.com:8888';
let folder: string;

beforeEach(() => {
  folder = path.join(mkdtempSync(path.join(tmpdir(), 'druid-gitops-journal-')), 'suspensions');
});

test('the folder follows XDG_STATE_HOME, else ~/.local/state', () => {
  expect(journalFolder({ XDG_STATE_HOME: '/state' })).toBe('/state/druid-gitops/suspensions');
  expect(journalFolder({ HOME: '/home/me' })).toBe('/home/me/.local/state/druid-gitops/suspensions');
});

test('a record is on disk (private to the user) before the suspend, and gone once settled', async () => {
  const journal = new LocalJournal(folder, CLUSTER, 'deploy');
  await journal.suspended('clicks', { type: 'kafka', suspended: false }, '2026-03-14T10:00:00.000Z');

  const [record] = await readSuspensions(folder, CLUSTER);
  expect(record).toMatchObject({
    id: 'clicks',
    previousSpec: { type: 'kafka', suspended: false },
    seenAt: '2026-03-14T10:00:00.000Z',
    run: { host: hostname(), pid: process.pid, command: 'deploy' },
  });
  expect(statSync(folder).mode & 0o777).toBe(0o700);
  const [file] = readdirSync(folder);
  expect(statSync(path.join(folder, file ?? '')).mode & 0o777).toBe(0o600);
  expect(journal.pending().map((one) => one.id)).toEqual(['clicks']);

  await journal.settled('clicks');
  expect(await readSuspensions(folder, CLUSTER)).toEqual([]);
  expect(readdirSync(folder)).toEqual([]); // no temporary file left behind
  expect(journal.pending()).toEqual([]);
});

test('records are per cluster; a record another cluster or a garbled file never mixes in', async () => {
  await new LocalJournal(folder, CLUSTER, 'deploy').suspended('clicks', undefined);
  await new LocalJournal(folder, 'http://other:8081', 'deploy').suspended('clicks', undefined);
  writeFileSync(path.join(folder, 'garbled.json'), '{"id": ');
  expect((await readSuspensions(folder, CLUSTER)).length).toBe(1);
  expect(await readSuspensions(path.join(folder, 'none'), CLUSTER)).toEqual([]);
});

test('a record whose run is gone reads as not alive; one written by a running process as alive', async () => {
  const journal = new LocalJournal(folder, CLUSTER, 'deploy');
  await journal.suspended('clicks', undefined);
  // Written by this process: read back by a later run in it, that writer is gone.
  expect((await readSuspensions(folder, CLUSTER))[0]?.run.alive).toBe(false);
  const [record] = await readSuspensions(folder, CLUSTER);
  if (!record) throw new Error('no record');
  // The parent process (the test runner) is alive.
  await keepSuspension(folder, CLUSTER, { ...record, run: { ...record.run, pid: process.ppid } }, 'left so');
  expect((await readSuspensions(folder, CLUSTER))[0]).toMatchObject({
    left: 'left so',
    run: { alive: true },
  });
});

test('leave keeps the record with the reason; forget removes it; settled leaves another run’s record alone', async () => {
  const journal = new LocalJournal(folder, CLUSTER, 'resync');
  await journal.suspended('clicks', undefined);
  await journal.leave('clicks', 'the new supervisor did not become healthy');
  expect((await readSuspensions(folder, CLUSTER))[0]).toMatchObject({
    left: 'the new supervisor did not become healthy',
  });
  const [record] = await readSuspensions(folder, CLUSTER);
  if (!record) throw new Error('no record');
  await keepSuspension(folder, CLUSTER, { ...record, run: { ...record.run, pid: 1 } }, 'another run');
  await journal.settled('clicks');
  expect((await readSuspensions(folder, CLUSTER)).length).toBe(1);
  await forgetSuspension(folder, CLUSTER, 'clicks');
  expect(await readSuspensions(folder, CLUSTER)).toEqual([]);
});
