/**
 * `npm run fuzz`: FUZZ_CASES (default 10,000) mutants of the realistic specs in supervisors/,
 * test/fixtures and the benchmark generator, each through load → validate → guardrails →
 * normalise → diff → plan → render (pipeline.ts). Every crash or broken law is a finding, grouped
 * by its message and the frame that threw, with the first input that caused it saved under
 * bench/.work/fuzz-findings/. Then the big files (SIZE_EDITS: 20 MB strings, 100,000-key objects),
 * whose time must grow linearly with their size. Reproducible: FUZZ_SEED picks the cases. Exits 1 on any finding.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import type { SourceFile } from '../../src/spec/git-source.js';
import { readSpec } from '../../src/spec/load.js';
import { DEFAULT_CONFIG } from '../../src/config/config-file.js';
import { specFor } from '../generate-specs.mjs';
import { mutants, sizeMutant, SIZE_EDITS, type Mutant, type Seed, type SizeEdit } from './mutations.js';
import { fuzzCase, LawBroken } from './pipeline.js';

const CASES = Number(process.env.FUZZ_CASES ?? 10_000);
const SEED = Number(process.env.FUZZ_SEED ?? 20_251_125);
const findingsFolder = path.resolve('bench/.work/fuzz-findings');

function specFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory())
      return entry.name === 'druid-real' || entry.name === 'druid-contract' ? [] : specFiles(full);
    return /\.(json|ya?ml)$/.test(entry.name) ? [full] : [];
  });
}

/** Every file that reads as a supervisor spec, and a few generated ones. */
function seeds(): Seed[] {
  const found: Seed[] = [];
  for (const file of [...specFiles('supervisors'), ...specFiles('test/fixtures')]) {
    const spec = readSpec(file, readFileSync(file), DEFAULT_CONFIG.druidVersion);
    if (spec.document && spec.supervisorId)
      found.push({
        name: path.basename(file).replace(/\.\w+$/, ''),
        value: spec.document.value as Seed['value'],
      });
  }
  for (const index of [0, 7, 13])
    found.push({ name: `generated_${index}`, value: specFor(index) as Seed['value'] });
  return found;
}

const all = seeds();
const seedFiles = new Map<string, SourceFile>(
  all.map((seed) => [
    seed.name,
    {
      path: `supervisors/${seed.name}.json`,
      bytes: new TextEncoder().encode(JSON.stringify(seed.value, null, 2)),
    },
  ]),
);
const cases = fc.sample(mutants(all), { numRuns: CASES, seed: SEED });
const sizeSeeds = all.slice(0, 2);

// A warning Node prints on stderr (the CLI's users see it) is a finding too, not noise.
const warnings: string[] = [];
process.removeAllListeners('warning');
process.on('warning', (warning) => warnings.push(warning.message));

rmSync(findingsFolder, { recursive: true, force: true });
const findings = new Map<string, { count: number; kind: string; example: string; file: string }>();
let crashes = 0;
let broken = 0;
const started = performance.now();
for (const [index, mutant] of cases.entries()) {
  const seedName = mutant.path.replace(/^supervisors\//, '').replace(/\.\w+$/, '');
  try {
    warnings.length = 0;
    await fuzzCase(seedFiles.get(seedName) as SourceFile, mutant);
    await new Promise((resolve) => setImmediate(resolve)); // warnings are emitted on the next tick
    if (warnings.length > 0) throw new LawBroken(`a warning on stderr: ${warnings[0]}`);
  } catch (error) {
    record(error, mutant);
  }
  if ((index + 1) % 1000 === 0) process.stderr.write(`${index + 1} cases, ${findings.size} findings\n`);
}

function record(error: unknown, mutant: Mutant): void {
  const law = error instanceof LawBroken;
  if (law) broken++;
  else crashes++;
  const frame = ((error as Error).stack ?? '').split('\n').find((line) => line.includes(' at ')) ?? '';
  const key = `${(error as Error).message.replace(/\d+/g, 'N').slice(0, 200)} ${frame.trim()}`;
  const known = findings.get(key);
  if (known) known.count++;
  else {
    mkdirSync(findingsFolder, { recursive: true });
    const file = path.join(findingsFolder, `${findings.size + 1}-${path.basename(mutant.path)}`);
    writeFileSync(file, mutant.text);
    findings.set(key, {
      count: 1,
      kind: law ? 'broken law' : 'crash',
      example: `${mutant.description}: ${(error as Error).message.slice(0, 300)}\n    ${frame.trim()}`,
      file,
    });
  }
}

/** How long one case takes, in milliseconds. */
async function timed(mutant: Mutant): Promise<number> {
  const seedName = mutant.path.replace(/^supervisors\//, '').replace(/\.\w+$/, '');
  const started = performance.now();
  await fuzzCase(seedFiles.get(seedName) as SourceFile, mutant);
  return performance.now() - started;
}

/**
 * The big files: a 20 MB string and a 100,000-key object in two seeds, as JSON and YAML. Each
 * goes through the whole pipeline at a tenth of its size and at full size; the law is time linear
 * in the size (a tenfold file may take at most 30 times as long: linear is 10, quadratic 100).
 */
const MAX_GROWTH = 30;
const sizeReport: string[] = [];
for (const seed of sizeSeeds)
  for (const format of ['json', 'yaml'] as const)
    for (const kind of Object.keys(SIZE_EDITS) as SizeEdit[]) {
      const full = SIZE_EDITS[kind].fullSize;
      const big = sizeMutant(seed, format, kind, full);
      try {
        const small = await timed(sizeMutant(seed, format, kind, full / 10));
        const large = await timed(big);
        sizeReport.push(`${big.description}: ${large.toFixed(0)} ms (a tenth: ${small.toFixed(0)} ms)`);
        if (large > MAX_GROWTH * Math.max(small, 20))
          throw new LawBroken(
            `time not linear in size: ${large.toFixed(0)} ms at full size, ${small.toFixed(0)} ms at a tenth`,
          );
      } catch (error) {
        record(error, big);
      }
    }
const seconds = (performance.now() - started) / 1000;

console.log(
  `Fuzz: ${cases.length} cases from ${all.length} seed specs (seed ${SEED}) and ${sizeReport.length} big files in ${seconds.toFixed(0)} s: ${crashes} crashes, ${broken} broken laws, ${findings.size} distinct findings.`,
);
for (const line of sizeReport) console.log(`- ${line}`);
for (const [, finding] of findings)
  console.log(`- ${finding.kind} ×${finding.count}: ${finding.example}\n    input: ${finding.file}`);
process.exitCode = findings.size === 0 ? 0 : 1;
