// Action cold start: `node dist/index.js` as the runner starts it, with INPUT_* for a tiny review
// (mode review outside a pull request validates the bundled example supervisors; no network),
// timed from spawn to its first byte of output and to its exit. The floor is a bare Node process
// printing one byte. Median of `runs`.
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

function once(command, args, env) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const elapsed = () => Number(process.hrtime.bigint() - started) / 1e6;
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let first;
    let output = '';
    const onData = (chunk) => {
      first ??= elapsed();
      output += chunk;
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', reject);
    child.on('close', (status) =>
      resolve({ firstMs: first ?? elapsed(), exitMs: elapsed(), status, output }),
    );
  });
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export async function coldStart(bundle, runs = 5) {
  const temp = mkdtempSync(path.join(tmpdir(), 'druid-gitops-cold-'));
  const summary = path.join(temp, 'summary.md');
  const outputs = path.join(temp, 'outputs.txt');
  writeFileSync(summary, '');
  writeFileSync(outputs, '');
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    INPUT_MODE: 'review',
    'INPUT_SUPERVISORS-PATH': 'supervisors',
    'INPUT_FAIL-ON': 'never',
    GITHUB_EVENT_NAME: 'workflow_dispatch',
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_OUTPUT: outputs,
    RUNNER_TEMP: temp,
  };
  const action = [];
  const floor = [];
  let last;
  for (let run = 0; run < runs; run++) {
    last = await once('node', [path.join(bundle, 'index.js')], env);
    if (last.status !== 0) throw new Error(`the action failed (${last.status}): ${last.output}`);
    action.push(last);
    floor.push(await once('node', ['-e', 'process.stdout.write("x")'], env));
  }
  return {
    firstMs: median(action.map((r) => r.firstMs)),
    exitMs: median(action.map((r) => r.exitMs)),
    floorMs: median(floor.map((r) => r.firstMs)),
    firstLine: last.output.split('\n')[0],
  };
}
