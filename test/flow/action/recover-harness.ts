/**
 * The action as a runner runs it for recovery and drift: GitHub's example workflow_dispatch payload
 * (inputs as the form sends them) or the schedule payload, the OpenAPI-checked GitHub fake, and the
 * Overlord emulator with its clock as the action's clock, so minutes of Druid time pass in
 * milliseconds. The workspace has no .git: git's specs come through the contents API.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runAction } from '../../../src/action/run.js';
import type { JsonObject } from '../../../src/common/json.js';
import type { EmulatorSetup, TestEmulator } from '../../support/emulator.js';
import { fakeClientOptions } from '../../support/github-fake/client-options.js';
import { actionEnvironment } from '../../support/github-fake/events.js';
import type { GitHubFake } from '../../support/github-fake/index.js';
import { fakeRuntime, type Recorded } from '../../support/fake-runtime.js';
import { runContext } from '../../support/run-context.js';

/**
 * The recovery drills' cluster, for `useEmulator`: Druid 33.0, Kafka `prod` whose topics appear with
 * 2 partitions at 20 records/s, and a client whose retries wait a millisecond.
 */
export const RECOVERY_CLUSTER: EmulatorSetup = {
  version: '33.0.0',
  clusters: [{ name: 'prod', servers: ['kafka:9092'], autoCreateTopics: { partitions: 2, ratePerSec: 20 } }],
  client: { retry: { baseDelayMs: 1, maxDelayMs: 2 } },
};

export const json = (value: object): string => `${JSON.stringify(value, null, 2)}\n`;

export interface RunResult {
  recorded: Recorded;
  report: JsonObject;
}

/** Runs the action for an event, with `inputs` both in the payload and as the step's inputs. */
export async function runEvent(
  github: GitHubFake,
  harness: TestEmulator,
  event: 'workflow_dispatch' | 'schedule',
  inputs: Record<string, string>,
  extra: Record<string, string> = {},
): Promise<RunResult> {
  const env = await actionEnvironment(github, event, event === 'workflow_dispatch' ? { inputs } : {});
  const workspace = mkdtempSync(path.join(tmpdir(), 'druid-gitops-recover-'));
  const { runtime, recorded } = fakeRuntime({
    'github-token': github.token,
    'druid-url': harness.url,
    'supervisors-path': 'supervisors',
    ...extra,
    ...inputs,
  });
  await runAction(
    runtime,
    runContext({ ...env, RUNNER_TEMP: workspace, GITHUB_ACTOR: 'actor-from-env' }),
    workspace,
    {
      overlord: harness.client,
      clock: harness.clock,
      github: fakeClientOptions(github),
    },
  );
  const reportPath = recorded.outputs.report;
  const report = reportPath ? (JSON.parse(readFileSync(reportPath, 'utf8')) as JsonObject) : {};
  return { recorded, report };
}

/** Creates a supervisor as an operator would have, and lets it reach RUNNING with tasks. */
export async function running(harness: TestEmulator, spec: JsonObject): Promise<void> {
  await harness.client.submitSupervisor(spec);
  harness.control.advance(60_000);
}

/** Writes the emulator answered, as "METHOD path". */
export function writes(harness: TestEmulator): string[] {
  return harness.control.writes().map((request) => `${request.method} ${request.path}`);
}
