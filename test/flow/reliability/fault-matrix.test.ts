/**
 * The fault matrix: every fault Druid's side can throw (503, 429 with Retry-After, a timeout or a
 * reset after Druid acted, a 307 to another host, an Overlord restart), at every step of a deploy
 * (pre-flight read, suspend, drain polling, submit, read-back, resume, verify polling, restore
 * submit, restore resume), transient and persistent — each cell one deploy against the emulator
 * in emulated time, then the invariants of docs/design.md checked on what it left: nothing silently suspended
 * (and the post step repairs what the journal holds), git and the cluster agree or a rollback PR /
 * issue describes how they do not, retries only where repeating is safe, and a re-run of an
 * applied deploy is a no-op. GitHub's faults on the rollback PR and issue: github-faults.test.ts.
 * The CLI's path: Ctrl-C at each of those steps of `druid-gitops deploy` leaves no supervisor
 * suspended once the command has exited (130).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { JOURNAL_STATE } from '../../../src/action/deploy-mode.js';
import { runPost } from '../../../src/action/post-run.js';
import { deploySupervisor } from '../../../src/deploy/deploy-supervisor.js';
import { runDeploy } from '../../../src/flows/deploy.js';
import { DEFAULT_CONFIG } from '../../../src/config/config-file.js';
import type { SupervisorResult } from '../../../src/deploy/result.js';
import type { DeployContext } from '../../../src/deploy/context.js';
import type { OverlordClient } from '../../../src/druid/index.js';
import { fakeRuntime } from '../../support/fake-runtime.js';
import { comparison, DRUID_VERSION, MemoryJournal, spec, target } from '../../support/deploy.js';
import { useEmulator } from '../../support/emulator.js';
import { DEPLOY_STEPS, DRUID_FAULTS, healEmulator, RETRY_AFTER_S, type Persistence } from './faults.js';
import { instrument } from './instrumented-client.js';
import { clusterInvariants, retryAfterIgnored, unsafeRetries } from './invariants.js';
import { runContext } from '../../support/run-context.js';
import { CliWorkspace } from '../../support/cli.js';
import { readSuspensions } from '../../../src/cli/local-journal.js';

const compare = comparison();
const ID = 'clicks';
const BASE = spec(ID);
const HEAD = {
  good: spec(ID, (s) => (s.spec.ioConfig.taskCount = 2)),
  // Brokers nobody can reach: the new spec turns UNHEALTHY and the deploy restores the old one.
  broken: spec(ID, (s) => (s.spec.ioConfig.consumerProperties['bootstrap.servers'] = 'kafka-typo:9092')),
};

const emulator = useEmulator({
  version: DRUID_VERSION,
  clusters: [{ name: 'prod', servers: ['kafka:9092'], autoCreateTopics: { partitions: 2, ratePerSec: 50 } }],
});
let clean: OverlordClient;
let product: OverlordClient;

beforeEach(async () => {
  clean = emulator.client;
  // The product's client as the action builds it, but with retry waits in emulated time (a 30 s
  // Retry-After costs nothing real) and a short per-request timeout (timeouts are real time).
  product = emulator.connect({
    requestTimeoutMs: 100,
    random: () => 0.5,
    clock: emulator.clock,
    retry: { maxAttempts: 3 },
  });
  await clean.submitSupervisor(BASE);
  emulator.control.advance(60_000);
  emulator.control.clearRequests();
});

function context(client: OverlordClient, journal: MemoryJournal): DeployContext {
  return {
    client,
    clock: emulator.clock,
    druidVersion: DRUID_VERSION,
    audit: { author: 'druid-gitops', comment: 'fault matrix' },
    onDrift: 'fail',
    prune: false,
    confirmed: new Set(),
    journal,
    log: () => {},
  };
}

/** The post step, as the runner runs it after a failed or cancelled main step. */
async function postStep(journal: MemoryJournal): Promise<string[]> {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'druid-gitops-matrix-')), 'journal.json');
  const entries = [...journal.open].map(([id, previousSpec]) => ({
    id,
    ...(previousSpec ? { previousSpec } : {}),
    since: new Date(0).toISOString(),
  }));
  writeFileSync(file, JSON.stringify(entries));
  const { runtime, recorded } = fakeRuntime({ 'druid-url': emulator.url }, { [JOURNAL_STATE]: file });
  await runPost(runtime, runContext({ GITHUB_EVENT_NAME: 'push' }), { overlord: clean });
  const violations: string[] = [];
  if (!recorded.failed?.includes(ID))
    violations.push('the post step did not fail the job naming the supervisor');
  if (!recorded.summary.includes(ID)) violations.push('the post step summary does not name the supervisor');
  if ((await clean.getSupervisorSpec(ID)).suspended === true)
    violations.push('still suspended after the post step repaired the journal');
  return violations;
}

const cells = DEPLOY_STEPS.flatMap((step) =>
  DRUID_FAULTS.flatMap((fault) =>
    (['transient', 'persistent'] as Persistence[]).map((persistence) => ({ step, fault, persistence })),
  ),
);

describe(`fault matrix: ${DRUID_FAULTS.length} Druid faults × ${DEPLOY_STEPS.length} deploy steps × transient/persistent`, () => {
  test.each(cells.map((cell) => [`${cell.fault.name} at ${cell.step.name}, ${cell.persistence}`, cell]))(
    '%s: the invariants hold',
    async (_name, { step, fault, persistence }) => {
      let armed = false;
      const journal = new MemoryJournal();
      const { client, calls } = instrument(product, emulator, step.trigger, () => {
        armed = true;
        fault.arm(emulator, step.endpoint(ID), persistence);
      });
      const deployed = target(ID, HEAD[step.scenario], BASE);

      const result: SupervisorResult = await deploySupervisor(deployed, context(client, journal), compare);

      expect(armed).toBe(true);
      healEmulator(emulator);
      const run = {
        target: deployed,
        result,
        journalOpen: new Set(journal.open.keys()),
        calls,
        druidVersion: DRUID_VERSION,
      };
      const violations = [
        ...(await clusterInvariants(run, clean, compare)),
        ...unsafeRetries(run),
        ...retryAfterIgnored(run, RETRY_AFTER_S * 1000),
      ];
      if (journal.open.size > 0) violations.push(...(await postStep(journal)));
      expect({ outcome: result.outcome, violations }).toEqual({ outcome: result.outcome, violations: [] });

      if (persistence === 'transient') {
        // Retried where safe, a transient fault changes nothing: the deploy ends as without it.
        expect(result.outcome).toBe(step.scenario === 'good' ? 'applied' : 'restored');
      }
      if (result.outcome === 'applied') {
        // Invariant 4: the spec is live, so deploying it again is a no-op with no write at all.
        emulator.control.clearRequests();
        const again = await deploySupervisor(deployed, context(clean, new MemoryJournal()), compare);
        expect(again.outcome).toBe('unchanged');
        expect(emulator.control.writes()).toEqual([]);
      }
    },
  );
});

test('a deploy that stops unexpectedly (its journal cannot be written) names the supervisor for an issue', async () => {
  const journal = new MemoryJournal();
  journal.suspended = async () => {
    throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
  };
  const encode = (value: object) => new TextEncoder().encode(JSON.stringify(value));

  const report = await runDeploy({
    headFiles: [{ path: `supervisors/${ID}.json`, bytes: encode(HEAD.good) }],
    baseFiles: [{ path: `supervisors/${ID}.json`, bytes: encode(BASE) }],
    config: { ...DEFAULT_CONFIG, druidVersion: DRUID_VERSION },
    compare,
    maxParallel: 1,
    context: context(product, journal),
  });

  expect(report.failed).toBe(true);
  expect(report.results[0]).toMatchObject({ id: ID, outcome: 'failed' });
  expect(report.results[0]?.message).toContain('ENOSPC');
  expect(report.results[0]?.manualSteps?.length).toBeGreaterThan(0);
});

describe(`the CLI: Ctrl-C at each of the ${DEPLOY_STEPS.length} deploy steps`, () => {
  test.each(DEPLOY_STEPS.map((step) => [step.name, step]))(
    'Ctrl-C at %s: exit 130, and no supervisor is left suspended',
    async (_name, step) => {
      const workspace = new CliWorkspace(emulator);
      const base = workspace.commit({ [`supervisors/${ID}.json`]: BASE }, 'base');
      workspace.commit({ [`supervisors/${ID}.json`]: HEAD[step.scenario] }, 'head');
      let sent = false;
      const { client } = instrument(product, emulator, step.trigger, () => {
        sent = true;
        workspace.signals.send('SIGINT');
      });

      const run = await workspace.run(['deploy', '--base', base], client);

      expect(sent).toBe(true);
      expect(run.code).toBe(130);
      expect((await clean.getSupervisorSpec(ID)).suspended).not.toBe(true);
      const left = await readSuspensions(
        path.join(workspace.state, 'druid-gitops', 'suspensions'),
        emulator.url,
      );
      expect(left).toEqual([]);
      expect(run.stdout).toContain('Interrupted by SIGINT.');
    },
  );
});
