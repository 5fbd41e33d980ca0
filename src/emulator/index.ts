import type { AddressInfo } from 'node:net';
import type { AuthConfig } from './auth.js';
import { ManualClock, ScaledClock, type Clock } from './clock.js';
import { EmulatorControl, type EmulatorCore } from './control.js';
import { FaultTable } from './faults.js';
import { KafkaWorld, type KafkaCluster } from './kafka.js';
import { Overlord } from './overlord.js';
import { RequestLog } from './request-log.js';
import { createEmulatorServer } from './server.js';
import { DEFAULT_THRESHOLDS, type StateThresholds } from './state-manager.js';
import { DEFAULT_TIMINGS, type TaskTimings } from './tasks.js';
import { NEWEST_VERSION } from './version.js';
import { modelCoverage, OLDEST_DRUID_VERSION, parseVersion } from '../spec/model/version.js';

interface ClusterOptions {
  name: string;
  servers: string[];
  topics?: { name: string; partitions?: number; ratePerSec?: number }[];
  autoCreateTopics?: { partitions: number; ratePerSec: number };
}

export interface EmulatorOptions {
  /** Port on 127.0.0.1; 0 (default) picks a free one. */
  port?: number;
  host?: string;
  /**
   * Emulated Druid release, from OLDEST_DRUID_VERSION to the newest the spec model describes (the
   * default): what GET writes, what a POST answers and whether it restarts, which checks refuse a
   * spec, follow it (docs/druid-fidelity.md).
   */
  version?: string;
  /** Emulated time source. Default: a manual clock at `startTime`, moved only by control.advance(). */
  clock?: Clock;
  /** With no `clock`: real time × timeScale (e.g. 20 for a demo). */
  timeScale?: number;
  /** Emulated start time in epoch ms (default 2026-01-01T00:00:00Z for a manual clock, now for a scaled one). */
  startTime?: number;
  /** Overlord `druid.supervisor.*` properties. */
  thresholds?: Partial<StateThresholds>;
  timings?: Partial<TaskTimings>;
  /** Basic auth on, with these users. */
  auth?: AuthConfig;
  /** Follower mode: redirect (307) every Druid API request to this leader URL. */
  leader?: string;
  /** Simulated Kafka clusters (default: DEFAULT_CLUSTERS). */
  clusters?: ClusterOptions[];
}

/** The world a default emulator starts with: one cluster reachable as kafka:9092 and localhost:9092. */
const DEFAULT_CLUSTERS: ClusterOptions[] = [
  { name: 'demo', servers: ['kafka:9092', 'localhost:9092', '127.0.0.1:9092'] },
];

export interface RunningEmulator {
  url: string;
  control: EmulatorControl;
  close(): Promise<void>;
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const clock =
    options.clock ??
    (options.timeScale
      ? new ScaledClock(options.startTime ?? Date.now(), options.timeScale)
      : new ManualClock(options.startTime ?? Date.UTC(2026, 0, 1)));
  const world = new KafkaWorld(() => clock.now());
  for (const c of options.clusters ?? DEFAULT_CLUSTERS) seedCluster(world, c);
  const thresholds = { ...DEFAULT_THRESHOLDS, ...options.thresholds };
  if (options.thresholds?.maxStoredExceptionEvents === undefined) {
    thresholds.maxStoredExceptionEvents = Math.max(
      thresholds.healthinessThreshold,
      thresholds.unhealthinessThreshold,
    );
  }
  const version = options.version ?? NEWEST_VERSION;
  if (!parseVersion(version) || modelCoverage(version) !== 'covered')
    throw new Error(
      `The emulator plays Druid ${OLDEST_DRUID_VERSION} to ${NEWEST_VERSION}, not ${version}: it follows what the spec model knows of each release.`,
    );
  const overlord = new Overlord(
    world,
    version,
    thresholds,
    { ...DEFAULT_TIMINGS, ...options.timings },
    clock,
  );
  const core: EmulatorCore = {
    clock,
    world,
    overlord,
    faults: new FaultTable(),
    log: new RequestLog(),
    auth: options.auth,
    leader: undefined,
    ready: true,
    url: '',
  };
  const control = new EmulatorControl(core);
  const server = createEmulatorServer(core, control);
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  core.url = `http://${host}:${port}`;
  core.leader = options.leader ?? core.url;
  return {
    url: core.url,
    control,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function seedCluster(world: KafkaWorld, c: ClusterOptions): KafkaCluster {
  const cluster = world.addCluster(c.name, c.servers, c.autoCreateTopics);
  for (const t of c.topics ?? []) world.createTopic(c.name, t.name, t.partitions ?? 1, t.ratePerSec ?? 0);
  return cluster;
}
