/**
 * The Coordinator's audit log as the emulator keeps it (captured on 33.0): a write that changes
 * nothing adds no entry; history lists every change oldest first, or the newest `count` newest
 * first; the entry names the author and comment the write sent.
 */
import type { JsonObject } from '../../../src/emulator/json.js';
import { useEventsEmulator } from './helpers.js';

const emu = useEventsEmulator();

const C = '/druid/coordinator/v1';
const by = { 'X-Druid-Author': 'octocat', 'X-Druid-Comment': 'retention' };
const entries = async (path: string): Promise<JsonObject[]> =>
  (await emu.api.get(path)).json() as JsonObject[];

test('rules: an unchanged write adds no entry; count gives the newest first', async () => {
  const week = [{ type: 'loadByPeriod', period: 'P7D' }, { type: 'dropForever' }];
  const month = [{ type: 'loadByPeriod', period: 'P1M' }, { type: 'dropForever' }];
  for (const rules of [week, week, month])
    expect((await emu.api.request('POST', `${C}/rules/events`, rules, by)).status).toBe(200);

  const all = await entries(`${C}/rules/events/history`);
  expect(all.map((entry) => JSON.parse(String(entry.payload))[0].period)).toEqual(['P7D', 'P1M']);
  expect(all[0]).toMatchObject({ key: 'events', auditInfo: { author: 'octocat', comment: 'retention' } });
  const newest = await entries(`${C}/rules/events/history?count=1`);
  expect(newest.map((entry) => JSON.parse(String(entry.payload))[0].period)).toEqual(['P1M']);
  expect(await entries(`${C}/rules/other/history`)).toEqual([]);
});

test('compaction: an unchanged write adds no entry; count gives the newest first', async () => {
  const day = { dataSource: 'events', skipOffsetFromLatest: 'P1D' };
  const hours = { dataSource: 'events', skipOffsetFromLatest: 'PT2H' };
  for (const config of [day, day, hours])
    expect((await emu.api.request('POST', `${C}/config/compaction`, config, by)).status).toBe(200);

  const skips = (list: JsonObject[]): unknown[] =>
    list.map((entry) => (entry.compactionConfig as JsonObject).skipOffsetFromLatest);
  expect(skips(await entries(`${C}/config/compaction/events/history`))).toEqual(['P1D', 'PT2H']);
  expect(skips(await entries(`${C}/config/compaction/events/history?count=2`))).toEqual(['PT2H', 'P1D']);
});
