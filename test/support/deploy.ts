/**
 * A deploy wired to the Overlord emulator: real HTTP, the real client, and the emulator's clock as
 * the deploy's clock, so minutes of Druid time pass in milliseconds.
 */
import type { DeployContext, SuspensionJournal, SupervisorTarget } from '../../src/deploy/context.js';
import { specComparison, type SpecComparison } from '../../src/diff/compare.js';
import type { OverlordClient } from '../../src/druid/index.js';
import type { JsonObject } from '../../src/common/json.js';
import { useEmulator, type TestEmulator } from './emulator.js';

export const DRUID_VERSION = '35.0.0';

export function comparison(druidVersion = DRUID_VERSION): SpecComparison {
  return specComparison(druidVersion);
}

export class MemoryJournal implements SuspensionJournal {
  readonly open = new Map<string, JsonObject | undefined>();
  async suspended(id: string, previous: JsonObject | undefined): Promise<void> {
    this.open.set(id, previous);
  }
  async settled(id: string): Promise<void> {
    this.open.delete(id);
  }
}

export interface DeployHarness {
  emulator: TestEmulator;
  client: OverlordClient;
  journal: MemoryJournal;
  context: DeployContext;
}

/**
 * Registers the file's emulator (`useEmulator`, started by the test) and returns the function that
 * starts it — in a test or a `beforeEach` — and wraps it in a deploy context. It closes after each
 * test.
 *
 * `requestTimeoutMs`: a test that injects hanging requests asks for a short one; the others keep a
 * generous one, since the first spec a test file stores also compiles the spec model (0.15 s idle,
 * more on a busy machine).
 */
export function useDeployHarness(): (
  overrides?: Partial<DeployContext>,
  options?: { requestTimeoutMs?: number; druidVersion?: string },
) => Promise<DeployHarness> {
  const emulator = useEmulator({
    version: DRUID_VERSION,
    clusters: [
      { name: 'prod', servers: ['kafka:9092'], autoCreateTopics: { partitions: 2, ratePerSec: 50 } },
    ],
    start: 'inTest',
  });
  return async (overrides = {}, { requestTimeoutMs = 10_000, druidVersion = DRUID_VERSION } = {}) => {
    await emulator.start({
      version: druidVersion,
      client: { retry: { baseDelayMs: 1, maxDelayMs: 5 }, random: () => 0.5, requestTimeoutMs },
    });
    const journal = new MemoryJournal();
    const context: DeployContext = {
      client: emulator.client,
      clock: emulator.clock,
      druidVersion,
      audit: { author: 'druid-gitops', comment: 'deploy abc1234 by @octocat' },
      onDrift: 'fail',
      prune: false,
      confirmed: new Set(),
      journal,
      log: () => {},
      ...overrides,
    };
    return { emulator, client: emulator.client, journal, context };
  };
}

/** A small valid spec; `changes` edits it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests edit specs freely
export function spec(id: string, changes: (spec: any) => void = () => {}): JsonObject {
  const value = {
    type: 'kafka',
    spec: {
      dataSchema: {
        dataSource: id,
        timestampSpec: { column: 'ts', format: 'iso' },
        dimensionsSpec: { dimensions: ['page', { type: 'long', name: 'user_id' }] },
        metricsSpec: [{ type: 'count', name: 'count' }],
        granularitySpec: { segmentGranularity: 'HOUR', queryGranularity: 'MINUTE' },
      },
      ioConfig: {
        topic: `${id}.events`,
        inputFormat: { type: 'json' },
        consumerProperties: { 'bootstrap.servers': 'kafka:9092' },
        taskCount: 1,
        replicas: 1,
        taskDuration: 'PT1H',
      },
      tuningConfig: { type: 'kafka', maxRowsPerSegment: 5000000 },
    },
  };
  changes(value);
  return value;
}

export function target(
  id: string,
  head: JsonObject | undefined,
  base: JsonObject | undefined,
): SupervisorTarget {
  return {
    id,
    file: `supervisors/${id}.json`,
    ...(head ? { head } : {}),
    ...(base ? { base, baseText: JSON.stringify(base) } : {}),
  };
}

/** Creates a supervisor the way an operator would have, and lets it reach RUNNING. */
export async function running(harness: DeployHarness, value: JsonObject): Promise<void> {
  await harness.client.submitSupervisor(value);
  harness.emulator.control.advance(60_000);
}
