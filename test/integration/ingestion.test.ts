/**
 * A supervisor created from a spec in git reaches RUNNING with tasks on a real Druid, and the
 * events produced to Kafka become queryable rows.
 */
import { readFileSync } from 'node:fs';
import { readSpec } from '../../src/spec/load.js';
import { canonicalLayout } from '../../src/spec/layout.js';
import {
  clusterEnv,
  createTopic,
  eventually,
  events,
  overlord,
  produce,
  sql,
  terminateIfPresent,
} from './support/cluster.js';

const client = overlord();
const TOPIC = 'it_ingestion_page_views';
const druidVersion = clusterEnv().DRUID_VERSION;

afterAll(async () => {
  await terminateIfPresent(client, 'page_views');
  await client.close();
});

test('supervisors/page_views.json reaches RUNNING with a reading task and its rows are queryable', async () => {
  const loaded = readSpec(
    'supervisors/page_views.json',
    readFileSync('supervisors/page_views.json'),
    druidVersion,
  );
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the spec is edited for the lane's Kafka
  const spec = canonicalLayout(loaded.document!.value) as any;
  spec.spec.ioConfig.consumerProperties['bootstrap.servers'] = clusterEnv().KAFKA_BOOTSTRAP;
  // A topic of its own: the acceptance suite creates "page_views" (1 partition) for the example.
  spec.spec.ioConfig.topic = TOPIC;
  createTopic(TOPIC, 2);
  produce(
    TOPIC,
    events(100, (index) => ({
      page: `/p/${index % 7}`,
      referrer: 'search',
      country: 'NL',
      user_id: index,
      load_time_ms: 10.5,
    })),
  );

  expect(await client.submitSupervisor(spec)).toEqual({ id: 'page_views' });

  const running = await eventually('RUNNING with a reading task', 120_000, async () => {
    const { payload } = await client.getSupervisorStatus('page_views');
    return payload.state === 'RUNNING' && payload.healthy && payload.activeTasks.length > 0
      ? payload
      : undefined;
  });
  expect(running.partitions).toBe(2);

  const [row] = await eventually('100 rows queryable', 120_000, async () => {
    const rows = await sql<{ n: number }>('SELECT COUNT(*) AS n FROM "page_views"');
    return rows[0]?.n === 100 ? rows : undefined;
  });
  expect(row).toEqual({ n: 100 });
});
