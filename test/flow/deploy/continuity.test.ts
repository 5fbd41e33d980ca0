/**
 * The offset-continuity verdict of a whole deploy against the emulator: the emulator publishes the
 * way Druid does (a task found publishing by the suspended supervisor shows its offsets from that
 * supervisor's first offset refresh on, startDelay + 15 s after the suspend), so a deploy whose
 * old tasks still publish then can prove continuity, a reset behind its back shows as a gap, and a
 * quick handoff leaves it "not provable" with the records in doubt.
 */
import { deploySupervisor } from '../../../src/deploy/deploy-supervisor.js';
import type { OverlordClient } from '../../../src/druid/index.js';
import { deploySummaryMarkdown } from '../../../src/report/deploy-markdown.js';
import { comparison, DRUID_VERSION, MemoryJournal, spec, target } from '../../support/deploy.js';
import { useEmulator } from '../../support/emulator.js';

const emulator = useEmulator({
  version: DRUID_VERSION,
  clusters: [{ name: 'prod', servers: ['kafka:9092'], autoCreateTopics: { partitions: 2, ratePerSec: 50 } }],
  start: 'inTest',
});
const BASE = spec('clicks');
const HEAD = spec('clicks', (s) => (s.spec.ioConfig.taskCount = 2));

async function deploy(client: OverlordClient = emulator.client) {
  await emulator.client.submitSupervisor(BASE);
  emulator.control.advance(60_000);
  return deploySupervisor(
    target('clicks', HEAD, BASE),
    {
      client,
      clock: emulator.clock,
      druidVersion: DRUID_VERSION,
      audit: { author: 'druid-gitops', comment: 'continuity' },
      onDrift: 'fail',
      prune: false,
      confirmed: new Set(),
      journal: new MemoryJournal(),
      log: () => {},
    },
    comparison(),
  );
}

test('old tasks still publishing at the suspended supervisor’s offset refresh: continuity is proven, partition by partition', async () => {
  // A minute to publish and hand off, as on a production cluster.
  await emulator.start({ timings: { publishMs: 60_000 } });

  const result = await deploy();

  expect(result.outcome).toBe('applied');
  expect(result.continuity?.verdict).toBe('continuous');
  expect(result.continuity?.partitions).toHaveLength(2);
  for (const partition of result.continuity?.partitions ?? []) {
    expect(partition.stopped?.exact).toBe(true);
    expect(partition.started).toBe(partition.stopped?.offset);
  }
  expect(result.lagSamples?.length).toBeGreaterThan(2);
  const summary = deploySummaryMarkdown([result]);
  expect(summary).toContain('✅ continuous |');
  expect(summary).toContain('```mermaid\nxychart-beta');
});

test('a reset while the supervisor is suspended: the new tasks start at the latest offsets, and the deploy reports the gap', async () => {
  await emulator.start({ timings: { publishMs: 60_000 } });
  let reset = false;
  // Someone resets the supervisor between the drain and the submit.
  const client = new Proxy(emulator.client, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver) as unknown;
      if (typeof value !== 'function') return value;
      return async (...args: unknown[]) => {
        if (property === 'submitSupervisor' && !reset) {
          reset = true;
          await emulator.client.resetSupervisor('clicks');
          emulator.control.advance(10_000);
        }
        return (value as (...a: unknown[]) => Promise<unknown>).apply(target, args);
      };
    },
  });

  const result = await deploy(client);

  expect(reset).toBe(true);
  expect(result.continuity?.verdict).toBe('gap');
  const gap = result.continuity?.partitions.find((partition) => partition.verdict === 'gap');
  expect(gap?.records).toBeGreaterThan(0);
  expect(gap?.started).toBe((gap?.stopped?.offset ?? 0) + (gap?.records ?? 0));
  expect(deploySummaryMarkdown([result])).toContain('> [!WARNING]');
});

test('old tasks handed off before the refresh: not provable, with the records in doubt', async () => {
  await emulator.start({ timings: { publishMs: 5_000 } });

  const result = await deploy();

  expect(result.outcome).toBe('applied');
  expect(result.continuity?.verdict).toBe('not provable');
  expect(result.continuity?.summary).toContain('Druid did not report where the tasks before stopped');
  for (const partition of result.continuity?.partitions ?? []) {
    expect(partition.stopped?.exact).toBe(false);
    expect(partition.started).toBeGreaterThanOrEqual(partition.stopped?.offset ?? 0);
  }
});
