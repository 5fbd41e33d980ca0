/**
 * The emulator's world for recovery drills: tasks that cannot keep up (lag grows), Kafka deleting
 * records a suspended supervisor had not read (Druid's "no longer available" run failure), and
 * the audit headers a write carried, kept in the request log.
 */
import type { JsonObject } from '../../../src/emulator/json.js';
import { BASE, payload, spec, useEventsEmulator } from './helpers.js';

const emu = useEventsEmulator();

test('tasks with a read limit fall behind a faster topic, so the lag grows between samples', async () => {
  await emu.api.post(BASE, spec({ io: { useEarliestOffset: false } }));
  emu.control.advance(40_000);
  emu.control.limitReadRate('events', 4); // the topic grows by 10 records/s per partition
  emu.control.advance(30_000);
  const first = (await payload(emu.api, 'events')).aggregateLag as number;
  emu.control.advance(30_000);
  const second = (await payload(emu.api, 'events')).aggregateLag as number;
  expect(first).toBeGreaterThan(0);
  expect(second - first).toBe(2 * 6 * 30); // 2 partitions, 6 records/s short, 30 s
  emu.control.limitReadRate('events', undefined);
  emu.control.advance(30_000);
  expect((await payload(emu.api, 'events')).aggregateLag).toBeLessThanOrEqual(20);
});

test('a supervisor resumed after Kafka deleted its unread records fails its runs with Druid’s message', async () => {
  await emu.api.post(BASE, spec({ io: { useEarliestOffset: false } }));
  emu.control.advance(40_000);
  await emu.api.post(`${BASE}/events/suspend`); // the reading group publishes and commits
  emu.control.advance(60_000);
  const committed = emu.control.committedOffsets('events');
  expect(committed?.['0']).toBeGreaterThan(0);
  emu.control.deleteRecords('events', (committed?.['0'] ?? 0) + 1_000);
  await emu.api.post(`${BASE}/events/resume`);
  emu.control.advance(5_000 + 3 * 30_000);

  const status = await payload(emu.api, 'events');
  // Real 33.0 (test/integration/recover.test.ts): the ISE arrives inside a StreamException.
  expect(status).toMatchObject({
    state: 'UNHEALTHY_SUPERVISOR',
    detailedState: 'UNABLE_TO_CONNECT_TO_STREAM',
  });
  expect(status.activeTasks).toEqual([]);
  const [error] = status.recentErrors as JsonObject[];
  expect(error).toMatchObject({
    exceptionClass: 'org.apache.druid.java.util.common.ISE',
    streamException: true,
  });
  expect(error?.message).toMatch(
    /^Previous sequenceNumber \[\d+\] is no longer available for partition \[KafkaTopicPartition\{partition=\d, topic='null', multiTopicPartition=false\}\]\. You can clear the previous sequenceNumber and start reading from a valid message by using the supervisor's reset API\.$/,
  );

  // resetOffsets to offsets Kafka still has lets the next run create tasks from there.
  const earliest = (committed?.['0'] ?? 0) + 1_000;
  await emu.api.post(`${BASE}/events/resetOffsets`, {
    type: 'kafka',
    partitions: { type: 'end', stream: 'events', partitionOffsetMap: { '0': earliest, '1': earliest } },
  });
  emu.control.advance(30_000 + 5_000);
  const [task] = (await payload(emu.api, 'events')).activeTasks as JsonObject[];
  expect(task?.startingOffsets).toEqual({ '0': earliest, '1': earliest });
});

test('after a reset, useEarliestOffset starts at the earliest record Kafka still has, not at 0', async () => {
  emu.control.produce('events', 500);
  emu.control.deleteRecords('events', 200);
  await emu.api.post(BASE, spec({ io: { useEarliestOffset: true } }));
  emu.control.advance(10_000);
  const [task] = (await payload(emu.api, 'events')).activeTasks as JsonObject[];
  expect(task?.startingOffsets).toEqual({ '0': 200, '1': 200 });
});

test('resetOffsetAutomatically makes Druid forget the missing offset and say so', async () => {
  await emu.api.post(
    BASE,
    spec({ io: { useEarliestOffset: true }, tuning: { resetOffsetAutomatically: true } }),
  );
  emu.control.advance(40_000);
  await emu.api.post(`${BASE}/events/suspend`);
  emu.control.advance(60_000);
  emu.control.deleteRecords('events', 10_000);
  await emu.api.post(`${BASE}/events/resume`);
  emu.control.advance(5_000);
  const status = await payload(emu.api, 'events');
  expect((status.recentErrors as JsonObject[])[0]?.message).toMatch(
    /^Previous sequenceNumber \[\d+\] is no longer available for partition \[KafkaTopicPartition\{partition=0, topic='null', multiTopicPartition=false\}\] - automatically resetting offset$/,
  );
  emu.control.advance(30_000 + 30_000 + 5_000); // partition 1 is reset by the next run, then tasks start
  const tasks = (await payload(emu.api, 'events')).activeTasks as JsonObject[];
  expect(tasks.length).toBeGreaterThan(0);
});

test('the request log keeps the audit headers a write carried', async () => {
  await emu.api.request('POST', BASE, spec(), { 'X-Druid-Author': 'octocat', 'X-Druid-Comment': 'why' });
  await emu.api.get(`${BASE}/events`);
  expect(emu.control.writes()[0]?.audit).toEqual({ author: 'octocat', comment: 'why' });
  expect(emu.control.requests()[1]?.audit).toBeUndefined();
});
