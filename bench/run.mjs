// `npm run bench`: every benchmark, each a ratio measured in this one run on this machine.
// Uses the bundled CLI (dist/cli.js), as users run it. Never part of `npm test`.
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { writeSpecs } from './generate-specs.mjs';
import { table, timeProcess } from './measure.mjs';

const work = path.resolve('bench/.work');
const runs = Number(process.env.BENCH_RUNS ?? 5);

console.log(
  `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
);
console.log(`Each time is the median wall time of ${runs} runs of a whole process (spawn to exit).\n`);

const rows = [['specs', 'floor (read + JSON.parse)', 'druid-gitops validate', 'ratio', 'target']];
for (const count of [1000]) {
  const folder = path.join(work, `specs-${count}`);
  await writeSpecs(folder, count);
  const floor = timeProcess('node', ['bench/floor.mjs', folder], { runs });
  const ours = timeProcess('node', ['dist/cli.js', 'validate', folder, '--format', 'json'], { runs });
  if (ours.status !== 0 && ours.status !== 1)
    throw new Error(`validate failed (${ours.status}): ${ours.stderr}`);
  const summary = JSON.parse(ours.stdout).summary;
  rows.push([
    `${count} (${summary.errors} errors, ${summary.warnings} warnings)`,
    `${floor.medianMs.toFixed(0)} ms`,
    `${ours.medianMs.toFixed(0)} ms`,
    `${(ours.medianMs / floor.medianMs).toFixed(2)}×`,
    '≤ 3× floor, < 1500 ms',
  ]);
}
console.log('Validation');
console.log(table(rows));

// Deploy: 1 and 50 changed supervisors at max-parallel 50 against the emulator (bench/deploy.ts).
const deployRun = spawnSync('npx', ['tsx', 'bench/deploy.ts'], { encoding: 'utf8' });
if (deployRun.status !== 0) throw new Error(`deploy benchmark failed: ${deployRun.stderr}`);
const deploy = JSON.parse(deployRun.stdout.trim().split('\n').at(-1));
console.log(
  `\nDeploy (emulator at ${deploy.scale}× Druid time, ${deploy.latencyMs} ms per HTTP answer, max-parallel 50)`,
);
console.log(
  table([
    ['supervisors', 'wall time', 'HTTP requests per supervisor', 'outcomes'],
    [
      '1',
      `${deploy.one.wallMs} ms`,
      String(deploy.one.requestsPerSupervisor),
      JSON.stringify(deploy.one.outcomes),
    ],
    [
      '50',
      `${deploy.fifty.wallMs} ms`,
      String(deploy.fifty.requestsPerSupervisor),
      JSON.stringify(deploy.fifty.outcomes),
    ],
    ['ratio 50 / 1', `${deploy.ratio}×`, '', 'target ≤ 1.3×'],
  ]),
);
