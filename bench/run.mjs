// `npm run bench`: every benchmark, each a ratio measured in this one run on this machine, against
// the bundle of the current sources (bench/.work/dist, built by `npm run bench`), as users run it.
// Never part of `npm test`. BENCHMARKS.md records a run and the method.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { coldStart } from './cold-start.mjs';
import { writeSpecs } from './generate-specs.mjs';
import { table, timeProcess } from './measure.mjs';

const work = path.resolve('bench/.work');
const bundle = path.join(work, 'dist');
const runs = Number(process.env.BENCH_RUNS ?? 5);
const ratio = (a, b) => `${(a / b).toFixed(2)}×`;
const ms = (value) => `${Math.round(value)} ms`;

console.log(
  `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`,
);
console.log(`Process timings are the median wall time of ${runs} runs (spawn to exit).\n`);

// Validation: druid-gitops vs the floor (read + JSON.parse) vs one ajv-cli process with the
// published JSON Schema over the same files (what a user would script instead).
const validation = [
  ['specs', 'floor', 'ajv-cli (schema only)', 'druid-gitops validate', 'vs floor', 'vs ajv-cli', 'findings'],
];
let folder5000;
for (const count of [100, 1000, 5000]) {
  const folder = path.join(work, `specs-${count}`);
  await writeSpecs(folder, count);
  if (count === 5000) folder5000 = folder;
  const floor = timeProcess('node', ['bench/floor.mjs', folder], { runs });
  const ajv = timeProcess(
    'node',
    [
      'node_modules/ajv-cli/dist/index.js',
      'validate',
      '-s',
      'docs/supervisor.schema.json',
      '-d',
      `${folder}/*.json`,
      '--strict=false',
    ],
    { runs },
  );
  if (ajv.status !== 0) throw new Error(`ajv-cli failed (${ajv.status}): ${ajv.stderr.slice(0, 500)}`);
  const ours = timeProcess('node', [path.join(bundle, 'cli.js'), 'validate', folder, '--format', 'json'], {
    runs,
  });
  if (ours.status !== 0 && ours.status !== 1)
    throw new Error(`validate failed (${ours.status}): ${ours.stderr}`);
  const { summary } = JSON.parse(ours.stdout);
  validation.push([
    String(count),
    ms(floor.medianMs),
    ms(ajv.medianMs),
    ms(ours.medianMs),
    ratio(ours.medianMs, floor.medianMs),
    ratio(ours.medianMs, ajv.medianMs),
    `${summary.errors} errors, ${summary.warnings} warnings, ${summary.notices} notices`,
  ]);
}
console.log('Validation');
console.log(table(validation));

// Peak memory validating 5,000 specs (GNU time's maximum resident set size), floor beside it.
const rss = (args) => {
  const run = spawnSync('/usr/bin/time', ['-f', '%M', 'node', ...args], {
    encoding: 'utf8',
    maxBuffer: 2 ** 28,
  });
  return Number(run.stderr.trim().split('\n').at(-1)) / 1024;
};
const oursMb = rss([path.join(bundle, 'cli.js'), 'validate', folder5000, '--format', 'json']);
const floorMb = rss(['bench/floor.mjs', folder5000]);
console.log('\nPeak memory, 5,000 specs');
console.log(
  table([
    ['process', 'peak RSS', 'target'],
    ['floor (read + JSON.parse)', `${floorMb.toFixed(0)} MB`, ''],
    ['druid-gitops validate', `${oursMb.toFixed(0)} MB`, '< 300 MB'],
    ['ratio', ratio(oursMb, floorMb), ''],
  ]),
);

// The pull-request review of 300 changed supervisors (bench/review.ts).
const reviewRun = spawnSync('npx', ['tsx', 'bench/review.ts'], { encoding: 'utf8' });
if (reviewRun.status !== 0) throw new Error(`review benchmark failed: ${reviewRun.stderr}`);
const review = JSON.parse(reviewRun.stdout.trim().split('\n').at(-1));
const reviewRow = (name, r) => [
  name,
  ms(r.loadMs),
  ms(r.planMs),
  ms(r.renderMs),
  ms(r.totalMs),
  ratio(r.totalMs, r.loadMs),
  `${r.commentChars} chars`,
];
console.log(`\nReview of ${review.count} changed supervisors (two refs of a local git repository)`);
console.log(
  table([
    ['change', 'load (2 refs)', 'plan', 'render', 'total', 'total / load', 'comment'],
    reviewRow('tuning (maxRowsInMemory)', review.tuning),
    reviewRow('schema (dimension added, metric retyped)', review.schema),
    ['ratio schema / tuning', '', '', '', ratio(review.schema.totalMs, review.tuning.totalMs), '', ''],
  ]),
);

// Deploy: 1, 10 and 50 changed supervisors at max-parallel 50 against the emulator (bench/deploy.ts).
const deployRun = spawnSync('npx', ['tsx', 'bench/deploy.ts'], { encoding: 'utf8' });
if (deployRun.status !== 0) throw new Error(`deploy benchmark failed: ${deployRun.stderr}`);
const deploy = JSON.parse(deployRun.stdout.trim().split('\n').at(-1));
console.log(
  `\nDeploy (emulator at ${deploy.scale}× Druid time, ${deploy.latencyMs} ms per HTTP answer, max-parallel 50)`,
);
console.log(
  table([
    ['supervisors', 'wall time', 'ratio to 1', 'HTTP requests per supervisor', 'outcomes', 'target'],
    ...deploy.runs.map((r) => [
      String(r.count),
      ms(r.wallMs),
      `${r.ratio.toFixed(2)}×`,
      String(r.requestsPerSupervisor),
      JSON.stringify(r.outcomes),
      r.count === 1 ? '' : '≤ 1.3×',
    ]),
  ]),
);

// Action cold start and bundle sizes.
const cold = await coldStart(bundle, runs);
console.log('\nAction cold start (node dist/index.js, tiny review of supervisors/)');
console.log(
  table([
    ['measure', 'time', 'ratio to bare node'],
    ['bare node to first output (floor)', ms(cold.floorMs), '1.00×'],
    ['action to first output', ms(cold.firstMs), ratio(cold.firstMs, cold.floorMs)],
    ['action to exit', ms(cold.exitMs), ratio(cold.exitMs, cold.floorMs)],
  ]),
);
// The entry points are small: esbuild splits the shared code into dist/chunks, which each entry
// loads as it needs it (the CLI one command's modules, the action one mode's).
console.log('\nBundles');
const kib = (bytes) => `${(bytes / 1024).toFixed(0)} KiB`;
const chunks = readdirSync(path.join(bundle, 'chunks')).map((name) => path.join(bundle, 'chunks', name));
const entries = ['index.js', 'post.js', 'cli.js'].map((name) => path.join(bundle, name));
// Each file is read and compressed once; the rows add up its two sizes.
const measured = new Map(
  [...entries, ...chunks].map((file) => [file, [statSync(file).size, gzipSync(readFileSync(file)).length]]),
);
const row = (name, files) => {
  const [size, gzip] = files.reduce(
    ([s, g], file) => [s + measured.get(file)[0], g + measured.get(file)[1]],
    [0, 0],
  );
  return [name, kib(size), kib(gzip)];
};
console.log(
  table([
    ['file', 'size', 'gzip'],
    ...entries.map((file) => row(path.basename(file), [file])),
    row(`chunks/ (${chunks.length} shared files)`, chunks),
    row('dist/ in all', [...entries, ...chunks]),
  ]),
);
