/**
 * What the demo's Kafka topics hold, so the review's data section has rows to show: events shaped
 * like the example supervisors read them, with the blemishes real topics have (a proxy's error page
 * where an event should be, a load time written as "n/a").
 */
import type { EmulatorControl } from '../src/emulator/control.js';
import type { RecordGenerator } from '../src/emulator/kafka.js';

const REGIONS = ['eu-west', 'us-east', 'ap-south'];
const DEVICES = ['ios', 'android', 'web'];
const COUNTRIES = ['DE', 'US', 'FR', 'IN', 'BR'];

const events: RecordGenerator = ({ offset, timestamp }) =>
  JSON.stringify({
    event_ts: new Date(timestamp).toISOString(),
    user_id: `u${(offset * 31) % 500}`,
    region: REGIONS[offset % REGIONS.length],
    device_type: DEVICES[offset % DEVICES.length],
    latency: (offset * 37) % 900,
  });

function pageViews(extra: (offset: number) => Record<string, unknown>): RecordGenerator {
  return ({ offset, timestamp }) =>
    offset % 40 === 17
      ? '<html><head><title>502 Bad Gateway</title></head></html>'
      : JSON.stringify({
          timestamp: new Date(timestamp).toISOString(),
          page: `/products/${offset % 13}`,
          country: COUNTRIES[offset % COUNTRIES.length],
          user_id: 100_000 + ((offset * 7) % 5000),
          load_time_ms: offset % 25 === 3 ? 'n/a' : ((offset * 13) % 2000) / 10,
          ...extra(offset),
        });
}

/** The demo's topics, each with a generator that fills it at its produce rate. */
export const DEMO_TOPICS: Record<string, RecordGenerator> = {
  'events.prod.v2': events,
  'sessions.prod.v1': events,
  page_views: pageViews((offset) => ({ referrer: ['google', 'direct', 'newsletter'][offset % 3] })),
  orders: pageViews((offset) => ({ status: ['paid', 'refunded', 'pending'][offset % 3] })),
};

/** Creates the demo's topics (4 partitions, 200 records a second) with their contents. */
export function seedDemoTopics(control: EmulatorControl): void {
  for (const [topic, generator] of Object.entries(DEMO_TOPICS)) {
    control.createTopic(topic, { partitions: 4, ratePerSec: 200 });
    control.setRecordGenerator(topic, generator);
  }
}
