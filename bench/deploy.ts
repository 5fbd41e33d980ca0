/**
 * Deploy benchmark: 1, 10 and then 50 changed supervisors against the Overlord emulator, with
 * realistic latencies — every HTTP answer delayed, suspends draining and tasks starting in seconds
 * of Druid time — at max-parallel 50. Druid time runs 20× faster than the wall clock (the deploy
 * sleeps on the same scaled clock), so a minute of Druid time costs three real seconds.
 * Prints one JSON line: per count, the wall time, its ratio to one supervisor's, HTTP requests per
 * supervisor and the outcomes.
 */
import { runDeploy } from '../src/flows/deploy.js';
import { specComparison } from '../src/diff/compare.js';
import { DEFAULT_CONFIG } from '../src/config/config-file.js';
import { createOverlordClient } from '../src/druid/index.js';
import { startEmulator } from '../src/emulator/index.js';
import { specFor } from './generate-specs.mjs';

const SCALE = 20;
const HTTP_LATENCY_MS = 25;

const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

async function deploy(
  count: number,
): Promise<{ wallMs: number; requests: number; outcomes: Record<string, number> }> {
  const emulator = await startEmulator({
    version: DEFAULT_CONFIG.druidVersion,
    timeScale: SCALE,
    clusters: [
      {
        name: 'bench',
        servers: ['kafka-1:9092', 'kafka-2:9092'],
        autoCreateTopics: { partitions: 4, ratePerSec: 100 },
      },
    ],
  });
  emulator.control.injectFault({ path: /^\/druid\//, latencyMs: HTTP_LATENCY_MS });
  let requests = 0;
  const client = createOverlordClient({ url: emulator.url }, { onRequest: () => requests++ });
  const base = Array.from({ length: count }, (_, index) => specFor(index));
  const head = base.map((spec) => ({
    ...spec,
    spec: { ...spec.spec, ioConfig: { ...spec.spec.ioConfig, taskCount: spec.spec.ioConfig.taskCount + 1 } },
  }));
  for (const spec of base) await client.submitSupervisor(spec);
  emulator.control.advance(120_000); // let every supervisor reach RUNNING before timing starts
  requests = 0;

  const started = performance.now();
  const report = await runDeploy({
    headFiles: head.map((spec, index) => ({ path: `supervisors/s${index}.json`, bytes: encode(spec) })),
    baseFiles: base.map((spec, index) => ({ path: `supervisors/s${index}.json`, bytes: encode(spec) })),
    config: DEFAULT_CONFIG,
    compare: specComparison(DEFAULT_CONFIG.druidVersion),
    maxParallel: 50,
    context: {
      client,
      clock: {
        now: () => emulator.control.now(),
        sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms / SCALE)),
      },
      druidVersion: DEFAULT_CONFIG.druidVersion,
      audit: { author: 'bench', comment: 'deploy benchmark' },
      onDrift: 'fail',
      prune: false,
      confirmed: new Set(),
      journal: { suspended: async () => {}, settled: async () => {} },
      log: () => {},
    },
  });
  const wallMs = performance.now() - started;
  await client.close();
  await emulator.close();
  const outcomes: Record<string, number> = {};
  for (const result of report.results) outcomes[result.outcome] = (outcomes[result.outcome] ?? 0) + 1;
  return { wallMs, requests, outcomes };
}

const runs = [];
let oneMs = 0;
for (const count of [1, 10, 50]) {
  const run = await deploy(count);
  if (count === 1) oneMs = run.wallMs;
  runs.push({
    count,
    wallMs: Math.round(run.wallMs),
    ratio: Math.round((run.wallMs / oneMs) * 100) / 100,
    requestsPerSupervisor: Math.round((run.requests / count) * 10) / 10,
    outcomes: run.outcomes,
  });
}
process.stdout.write(`${JSON.stringify({ scale: SCALE, latencyMs: HTTP_LATENCY_MS, runs })}\n`);
