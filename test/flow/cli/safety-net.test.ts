/**
 * The CLI's safety net (docs/design.md, invariant 1), in-process against the emulator: Ctrl-C and
 * SIGTERM during a deploy or a resync bring back what the run suspended and exit 130/143; a second
 * signal exits at once naming the resume command; a run killed without a chance to clean up
 * (frozen here, as `kill -9` leaves it) is finished by the next deploy, and `status` says who
 * suspended the supervisor in the meantime.
 */
import { readSuspensions } from '../../../src/cli/local-journal.js';
import type { OverlordClient } from '../../../src/druid/index.js';
import { CliWorkspace } from '../../support/cli.js';
import { DRUID_VERSION, spec } from '../../support/deploy.js';
import { useEmulator } from '../../support/emulator.js';
import path from 'node:path';

const emulator = useEmulator({
  version: DRUID_VERSION,
  clusters: [{ name: 'prod', servers: ['kafka:9092'], autoCreateTopics: { partitions: 2, ratePerSec: 50 } }],
});
const BASE = spec('clicks');
const HEAD = spec('clicks', (s) => (s.spec.ioConfig.taskCount = 2));
let workspace: CliWorkspace;
let base: string;

beforeEach(async () => {
  workspace = new CliWorkspace(emulator);
  base = workspace.commit({ 'supervisors/clicks.json': BASE }, 'base');
  workspace.commit({ 'supervisors/clicks.json': HEAD }, 'head');
  await emulator.client.submitSupervisor(BASE);
  emulator.control.advance(60_000);
});

/** A client that runs `before` just before the first call of `method`. */
function onCall(method: keyof OverlordClient, before: () => void): OverlordClient {
  let fired = false;
  return new Proxy(emulator.client, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver) as unknown;
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        if (!fired && property === method) {
          fired = true;
          before();
        }
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}

/** A client that stops answering for good once `method` has been called: the process is gone (`kill -9`). */
function killedAfter(method: keyof OverlordClient): OverlordClient {
  let dead = false;
  return new Proxy(emulator.client, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver) as unknown;
      if (typeof value !== 'function' || property === 'close' || property === 'secrets') return value;
      return async (...args: unknown[]) => {
        if (dead) return new Promise(() => {});
        const answer = await (value as (...a: unknown[]) => Promise<unknown>).apply(target, args);
        if (property === method) dead = true;
        return answer;
      };
    },
  });
}

async function stored(): Promise<{ suspended: boolean; taskCount: unknown }> {
  const value = await emulator.client.getSupervisorSpec('clicks');
  const spec = value.spec as { ioConfig: { taskCount: unknown } };
  return { suspended: value.suspended === true, taskCount: spec.ioConfig.taskCount };
}

const records = () =>
  readSuspensions(path.join(workspace.state, 'druid-gitops', 'suspensions'), emulator.url);

describe('Ctrl-C and SIGTERM during a deploy', () => {
  test('Ctrl-C right after the suspend: the spec that ran before is put back and resumed, exit 130, and it says so', async () => {
    const client = onCall('suspendSupervisor', () => workspace.signals.send('SIGINT'));

    const run = await workspace.run(['deploy', '--base', base], client);

    expect(run.code).toBe(130);
    expect(run.stderr).toContain('SIGINT: stopping. No new step starts');
    expect(run.stdout).toContain(
      'clicks (supervisors/clicks.json): failed: interrupted before its deploy finished',
    );
    expect(run.stdout).toContain('Interrupted by SIGINT. What this run had suspended:');
    expect(run.stdout).toContain('clicks: the spec that ran before the deploy was put back and resumed');
    expect(await stored()).toEqual({ suspended: false, taskCount: 1 });
    expect(await records()).toEqual([]);
    expect(workspace.signals.listening).toBe(0); // the default handling is back once the command ends
  });

  test('SIGTERM exits 143; a signal after the new spec runs leaves it running', async () => {
    const client = onCall('getSupervisorStatus', () => {});
    let resumed = false;
    const watched = new Proxy(client, {
      get(target, property, receiver) {
        const value = Reflect.get(target, property, receiver) as unknown;
        if (typeof value !== 'function') return value;
        return async (...args: unknown[]) => {
          const answer = await (value as (...a: unknown[]) => Promise<unknown>).apply(target, args);
          if (property === 'resumeSupervisor' && !resumed) {
            resumed = true;
            workspace.signals.send('SIGTERM');
          }
          return answer;
        };
      },
    });

    const run = await workspace.run(['deploy', '--base', base], watched);

    expect(run.code).toBe(143);
    expect(run.stdout).toContain('clicks: running; nothing to repair.');
    expect((await stored()).suspended).toBe(false);
  });

  test('a second Ctrl-C exits at once, naming each supervisor still suspended and the command that resumes it', async () => {
    const client = onCall('suspendSupervisor', () => {
      workspace.signals.send('SIGINT');
      workspace.signals.send('SIGINT');
    });

    const run = await workspace.run(['deploy', '--base', base], client);

    expect(run.exitedAt).toBe(130);
    expect(run.stderr).toContain('SIGINT again: exiting at once. Still suspended by this run');
    expect(run.stderr).toContain(`  clicks: druid-gitops resume clicks --druid-url ${emulator.url}`);
  });

  test('Ctrl-C while creating a new supervisor: left suspended and named with its resume command; the next deploy resumes and verifies it', async () => {
    await emulator.client.submitSupervisor(HEAD); // clicks already runs git's head: unchanged
    emulator.control.advance(60_000);
    const orders = workspace.commit({ 'supervisors/orders.json': spec('orders') }, 'orders');
    const client = onCall('submitSupervisor', () => workspace.signals.send('SIGINT'));

    const run = await workspace.run(['deploy', '--base', `${orders}~1`], client);

    expect(run.code).toBe(130);
    expect(run.stdout).toContain(
      `orders: created by this run and left SUSPENDED (its spec was never verified). Resume it once its spec is right: druid-gitops resume orders --druid-url ${emulator.url}`,
    );
    expect((await records()).map((record) => record.id)).toEqual(['orders']);

    const again = await workspace.run(['deploy', '--base', `${orders}~1`]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain(
      'recovered: orders: created by an earlier druid-gitops run that left it suspended; now resumed and verified',
    );
    expect((await emulator.client.getSupervisorSpec('orders')).suspended).toBe(false);
    expect(await records()).toEqual([]);
  });

  test('Ctrl-C during a resync brings the supervisor back too', async () => {
    const client = onCall('suspendSupervisor', () => workspace.signals.send('SIGINT'));

    const run = await workspace.run(['resync', 'clicks'], client);

    expect(run.code).toBe(130);
    expect(run.stdout).toContain('clicks: the spec that ran before the deploy was put back and resumed');
    expect(await stored()).toEqual({ suspended: false, taskCount: 1 });
  });
});

describe('a run killed without a chance to clean up (kill -9)', () => {
  async function killedRun(): Promise<void> {
    // The process is gone after its suspend: its promise never settles, its record stays on disk.
    void workspace.run(['deploy', '--base', base], killedAfter('suspendSupervisor'));
    for (let i = 0; i < 200 && !(await stored()).suspended; i++) await new Promise((r) => setTimeout(r, 5));
    expect(await stored()).toEqual({ suspended: true, taskCount: 1 });
    expect((await records()).map((record) => record.id)).toEqual(['clicks']);
  }

  test('status says which druid-gitops run suspended it and when, and how to resume it', async () => {
    await killedRun();
    const [record] = await records();

    const status = await workspace.run(['status', 'clicks']);

    expect(status.stdout).toContain(
      `[CRITICAL] suspended by an interrupted druid-gitops deploy at ${record?.since}`,
    );
    expect(status.stdout).toContain(`pid ${process.pid}`);
    expect(status.stdout).toContain('run `druid-gitops resume clicks`');
  });

  test('--dry-run says the deploy would first finish what the killed run left, and writes nothing', async () => {
    await killedRun();
    emulator.control.clearRequests();

    const preview = await workspace.run(['deploy', '--base', base, '--dry-run']);

    expect(preview.stdout).toMatch(
      /note: clicks: suspended by the druid-gitops deploy of .* which did not finish: the deploy would first put back the spec that ran before, resume and verify it/,
    );
    expect(emulator.control.writes()).toEqual([]);
    expect((await records()).length).toBe(1);
  });

  test('the next deploy puts back what ran before, resumes and verifies it, then deploys: never "as a person left it"', async () => {
    await killedRun();

    const run = await workspace.run(['deploy', '--base', base]);

    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /recovered: clicks: the spec that ran before the interrupted run was put back, resumed and verified: RUNNING and healthy/,
    );
    expect(run.stdout).toContain('clicks (supervisors/clicks.json): applied: new spec running');
    expect(run.stdout).not.toContain('as a person left it');
    expect(await stored()).toEqual({ suspended: false, taskCount: 2 });
    expect(await records()).toEqual([]);
  });

  test('resumed and suspended again by a person after the killed run: that suspension is theirs', async () => {
    await killedRun();
    emulator.control.advance(5_000);
    await emulator.client.resumeSupervisor('clicks');
    emulator.control.advance(5_000);
    await emulator.client.suspendSupervisor('clicks');
    emulator.control.advance(5_000);

    const run = await workspace.run(['deploy', '--base', base]);

    expect(run.stdout).toContain('note: clicks: resumed and suspended again by someone after the deploy');
    expect(run.stdout).toContain('the supervisor stays suspended, as a person left it');
    expect(await stored()).toEqual({ suspended: true, taskCount: 2 });
    expect(await records()).toEqual([]);
  });

  test('`druid-gitops suspend ID` after it makes the suspension a person’s', async () => {
    await killedRun();

    await workspace.run(['suspend', 'clicks']);
    const status = await workspace.run(['status', 'clicks']);

    expect(await records()).toEqual([]);
    expect(status.stdout).not.toContain('druid-gitops deploy');
    expect(status.stdout).toContain('suspended: data waiting in Kafka');
  });
});

test('a new supervisor that never became healthy: status says suspended and left so by druid-gitops, and the next deploy retries it', async () => {
  await emulator.client.terminateSupervisor('clicks');
  const orders = workspace.commit({ 'supervisors/orders.json': spec('orders') }, 'orders');
  emulator.control.breakBrokers('prod');

  const failed = await workspace.run(['deploy', '--base', `${orders}~1`]);
  expect(failed.code).toBe(1);
  expect(failed.stdout).toContain('orders (supervisors/orders.json): left-suspended');

  // The suspended supervisor's run loop keeps failing to reach Kafka: UNHEALTHY after 3 runs of 60 s.
  emulator.control.advance(300_000);
  const status = await workspace.run(['status', 'orders']);
  expect(status.stdout).toMatch(/orders {2}UNHEALTHY_SUPERVISOR \(UNABLE_TO_CONNECT_TO_STREAM\), suspended/);
  expect(status.stdout).toContain('left suspended by a druid-gitops deploy at');
  expect(status.stdout).not.toContain('recovers by itself');

  emulator.control.repairBrokers('prod');
  const again = await workspace.run(['deploy', '--base', `${orders}~1`]);
  expect(again.code).toBe(0);
  expect(again.stdout).toContain(
    'recovered: orders: created by an earlier druid-gitops run that left it suspended; now resumed and verified',
  );
  expect((await emulator.client.getSupervisorSpec('orders')).suspended).toBe(false);
});
