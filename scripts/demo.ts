/**
 * `npm run demo`: druid-gitops end to end, with no Druid and no network. An in-process Overlord
 * emulator stands in for the cluster and an in-process GitHub fake (checked against GitHub's API
 * description) for github.com; the action itself runs as the runner would run it.
 *
 *   1. a pull request changes the example supervisors: the review comment it gets, with what each
 *      changed spec does to its topic's records (Druid's sampler, answered by the emulator);
 *   2. a good change is merged: the deploy suspends, updates, resumes and verifies;
 *   3. a breaking change is merged: the deploy restores the previous spec and opens a rollback PR.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runAction } from '../src/action/run.js';
import type { ActionRuntime } from '../src/action/runtime.js';
import { createOverlordClient } from '../src/druid/index.js';
import { startEmulator } from '../src/emulator/index.js';
import { canonicalLayout } from '../src/spec/layout.js';
import { readSpec } from '../src/spec/load.js';
import { fakeClientOptions } from '../test/support/github-fake/client-options.js';
import { actionEnvironment } from '../test/support/github-fake/events.js';
import { runContext } from '../test/support/run-context.js';
import { startGitHubFake } from '../test/support/github-fake/index.js';
import { seedDemoTopics } from './demo-records.js';
import { demoScenario } from './demo-scenario.js';

const bold = (text: string) => (process.stdout.isTTY ? `\x1b[1m${text}\x1b[0m` : text);
const rule = (title: string) =>
  console.log(`\n${bold(`━━ ${title} ${'━'.repeat(Math.max(0, 90 - title.length))}`)}\n`);
const timings: Array<[string, number]> = [];

/** The Markdown GitHub would render, made readable in a terminal (tags, escapes and entities gone). */
function terminal(markdown: string): string {
  return markdown
    .replace(/<!--[^]*?-->\n?/g, '')
    .replace(/<summary>(.*?)<\/summary>/g, (_, title: string) => bold(`▸ ${title}`))
    .replace(/<\/?details[^>]*>\n?/g, '')
    .replace(/<br>/g, ' ')
    .replace(/<\/?(code|sub|b)>/g, '')
    .replace(/\\([\\`*_[\]#!|~<>&$.+-])/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#124;/g, '|')
    .replace(/&#96;/g, '`')
    .replace(/&amp;/g, '&')
    .replace(/\u200d/g, '')
    .replace(/\n{3,}/g, '\n\n');
}

async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    return await work();
  } finally {
    timings.push([label, performance.now() - started]);
  }
}

/** An ActionRuntime that keeps what the action says, for printing. */
function recordingRuntime(inputs: Record<string, string>) {
  const said = {
    summary: '',
    outputs: {} as Record<string, string>,
    failed: undefined as string | undefined,
    log: [] as string[],
  };
  const runtime: ActionRuntime = {
    getInput: (name) => inputs[name] ?? '',
    saveState: () => {},
    getState: () => '',
    setSecret: () => {},
    setOutput: (name, value) => {
      said.outputs[name] = value;
    },
    annotate: () => {},
    appendSummary: async (markdown) => {
      said.summary += markdown;
    },
    info: (message) => said.log.push(message),
    startGroup: (name) => said.log.push(`▸ ${name}`),
    endGroup: () => {},
    setFailed: (message) => {
      said.failed = message;
    },
  };
  return { runtime, said };
}

const total = performance.now();
console.log(
  [
    bold('druid-gitops demo'),
    "No Druid and no network: an imitation of Druid's Overlord (the emulator, with a simulated Kafka)",
    'and an imitation of github.com run inside this process. The action runs as a GitHub runner runs it,',
    'with the bundled supervisors/ (events_realtime, page_views) already running on the "cluster":',
    '',
    '  1. a pull request changes four supervisors: the review comment it gets, with the data each',
    "     spec makes of its topic's records (Druid's sampler, answered from the simulated Kafka);",
    '  2. a good change is merged: the deploy suspends, updates, resumes and verifies;',
    '  3. a breaking change is merged: the deploy restores the previous spec and opens a rollback PR.',
    '',
    "Times in the reports are the emulator's clock (minutes of Druid time pass in milliseconds).",
  ].join('\n'),
);
const scenario = await demoScenario();
const emulator = await timed('start the Overlord emulator', () =>
  startEmulator({
    clusters: [
      {
        name: 'prod',
        servers: ['kafka-broker-01:9092', 'kafka-broker-02:9092', 'kafka:9092'],
        autoCreateTopics: { partitions: 4, ratePerSec: 200 },
      },
    ],
  }),
);
const github = await timed('start the GitHub fake (first run builds its API cache)', () =>
  startGitHubFake({ owner: 'acme', repo: 'pipelines' }),
);
seedDemoTopics(emulator.control);
const druid = createOverlordClient({ url: emulator.url });
const clock = {
  now: () => emulator.control.now(),
  sleep: async (ms: number) => emulator.control.advance(ms),
};
const workspace = mkdtempSync(path.join(tmpdir(), 'druid-gitops-demo-'));
const services = { overlord: druid, clock, github: fakeClientOptions(github) };

const text = (files: typeof scenario.base) =>
  Object.fromEntries(files.map((file) => [file.path, new TextDecoder().decode(file.bytes)]));
const base = text(scenario.base);
const before = github.commit('main', base, 'The example supervisors');
for (const file of scenario.base) await druid.submitSupervisor(specOf(file.path, base[file.path] as string));
emulator.control.advance(120_000);

rule(`1. Review: "${scenario.title}"`);
for (const change of scenario.changes) console.log(`  - ${change}`);
const pull = github.openPullRequest({
  head: 'demo-change',
  files: text(scenario.head),
  title: scenario.title,
});
const review = recordingRuntime({ 'github-token': github.token, 'druid-url': emulator.url });
await timed('review the pull request (plan, comment, summary)', async () =>
  runAction(
    review.runtime,
    runContext({
      ...(await actionEnvironment(github, 'pull_request', { pullNumber: pull })),
      RUNNER_TEMP: workspace,
    }),
    workspace,
    services,
  ),
);
const comment = github.comments(pull).find((entry) => entry.body.includes('druid-gitops:review'));
console.log(
  `\nThe sticky comment on pull request #${pull} (${review.said.failed ? 'the check fails: ' + review.said.failed : 'the check passes'}):\n`,
);
console.log(terminal(comment?.body ?? ''));

rule('2. Deploy a good change: events_realtime taskCount 2 → 4');
const good = text(scenario.head)['supervisors/events_realtime.yaml'] as string;
const afterGood = github.commit(
  'main',
  { ...base, 'supervisors/events_realtime.yaml': good },
  'Scale events_realtime',
);
const deployGood = recordingRuntime({ 'github-token': github.token, 'druid-url': emulator.url });
await timed('deploy the good change (suspend, submit, resume, verify)', async () =>
  runAction(
    deployGood.runtime,
    runContext({ ...(await actionEnvironment(github, 'push', { before })), RUNNER_TEMP: workspace }),
    workspace,
    services,
  ),
);
console.log(terminal(deployGood.said.summary));
printOutputs(deployGood.said.outputs);

rule('3. Deploy a breaking change: page_views pointed at a broker that does not exist');
const broken = (base['supervisors/page_views.json'] as string).replace('"kafka:9092"', '"kafka-old:9092"');
github.commit(
  'main',
  { ...base, 'supervisors/events_realtime.yaml': good, 'supervisors/page_views.json': broken },
  'Move page_views to the new brokers',
);
const deployBad = recordingRuntime({ 'github-token': github.token, 'druid-url': emulator.url });
await timed('deploy the breaking change (fails, restores, opens a rollback PR)', async () =>
  runAction(
    deployBad.runtime,
    runContext({
      ...(await actionEnvironment(github, 'push', { before: afterGood })),
      RUNNER_TEMP: workspace,
    }),
    workspace,
    services,
  ),
);
console.log(terminal(deployBad.said.summary));
const rollback = github.pulls().find((entry) => entry.pull?.headRef.startsWith('druid-gitops/rollback/'));
if (rollback) {
  console.log(
    bold(
      `The rollback pull request #${rollback.number}: "${rollback.title}" (branch ${rollback.pull?.headRef})`,
    ),
  );
  const restored = github.files(rollback.pull?.headRef as string)['supervisors/page_views.json'];
  console.log(
    `Its one commit puts supervisors/page_views.json back as it was before the merge: ${restored === base['supervisors/page_views.json'] ? 'yes' : 'NO'}. Labels: ${rollback.labels.join(', ')}.`,
  );
  // The body goes on with the diagnosis and timeline the job summary above already shows.
  const body = terminal(rollback.body ?? '');
  const cut = body.indexOf('## Diagnosis');
  console.log(`Its description:\n`);
  console.log(indent(cut < 0 ? body : `${body.slice(0, cut)}…then the diagnosis and timeline shown above.`));
}
printOutputs(deployBad.said.outputs);
console.log(
  `The job ${deployBad.said.failed ? `fails, as it must: ${deployBad.said.failed}` : 'passed (unexpected)'}`,
);
const status = await druid.getSupervisorStatus('page_views');
console.log(
  `page_views on the cluster now: ${status.payload.state}, healthy: ${status.payload.healthy}, on its previous spec.`,
);

github.assertNoViolations();
await druid.close();
await emulator.close();
await github.close();

rule('Timings (wall clock; Druid time runs on the emulator clock)');
for (const [label, ms] of timings)
  console.log(`  ${label.padEnd(66)} ${String(Math.round(ms)).padStart(6)} ms`);
console.log(`  ${'total'.padEnd(66)} ${String(Math.round(performance.now() - total)).padStart(6)} ms`);
console.log(
  '\nNext: docs/workflows.md has the workflows to copy, docs/action-reference.md the inputs, docs/configuration.md the configuration.',
);

/** The step outputs a workflow would read, as `steps.<id>.outputs.<name>`. */
function printOutputs(outputs: Record<string, string>): void {
  const shown = ['deployed', 'rolled-back', 'rollback-pr'].filter((name) => outputs[name] !== undefined);
  console.log(`Step outputs: ${shown.map((name) => `${name}=${outputs[name]}`).join('  ')}`);
}

function indent(text: string): string {
  return text
    .trimEnd()
    .split('\n')
    .map((line) => (line ? `    │ ${line}` : '    │'))
    .join('\n');
}

function specOf(file: string, content: string): Record<string, unknown> {
  return canonicalLayout(readSpec(file, new TextEncoder().encode(content), '35.0.0').document?.value ?? {});
}
