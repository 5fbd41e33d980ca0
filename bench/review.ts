/**
 * Review benchmark: the whole pull-request review of 300 changed supervisors, as the action does
 * it — spec files at two refs of a local git repository (LocalGitSource), the change plan, the
 * comment rendered within GitHub's budget — once for a tuning change (the common case) and once
 * for a schema change (a dimension added, a metric retyped: json-schema-diff compares each
 * supervisor's before/after schemas, which is the slow part). The floor is reading the 600 files
 * from git. Prints one JSON line.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_CONFIG } from '../src/config/config-file.js';
import { planChanges } from '../src/diff/plan.js';
import { renderReview } from '../src/report/review-markdown.js';
import { LocalGitSource } from '../src/spec/git-source.js';
import { specFor } from './generate-specs.mjs';

const COUNT = 300;
const BUDGET = 65_536;
const work = path.resolve('bench/.work/review-repo');

type Spec = ReturnType<typeof specFor>;
type Change = (spec: Spec, index: number) => Spec;

const tuning: Change = (spec, index) => ({
  ...spec,
  spec: { ...spec.spec, tuningConfig: { ...spec.spec.tuningConfig, maxRowsInMemory: 100_000 + index } },
});

const schema: Change = (spec) => {
  const dataSchema = spec.spec.dataSchema as {
    dimensionsSpec: { dimensions: unknown[] };
    metricsSpec: Array<{ type: string; name: string }>;
  };
  return {
    ...spec,
    spec: {
      ...spec.spec,
      dataSchema: {
        ...dataSchema,
        dimensionsSpec: {
          dimensions: [...dataSchema.dimensionsSpec.dimensions, { type: 'long', name: 'added' }],
        },
        metricsSpec: dataSchema.metricsSpec.map((metric) =>
          metric.name === 'bytes_sum' ? { ...metric, type: 'doubleSum' } : metric,
        ),
      },
    },
  };
};

function git(...args: string[]): string {
  return execFileSync('git', args, { cwd: work, encoding: 'utf8' }).trim();
}

/** A repository with the specs at one commit and the changed specs at the next. */
function repository(change: Change): { base: string; head: string } {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(path.join(work, 'supervisors'), { recursive: true });
  git('init', '-q');
  const write = (map: (spec: Spec, index: number) => Spec) => {
    for (let index = 0; index < COUNT; index++) {
      writeFileSync(
        path.join(work, 'supervisors', `s${String(index).padStart(4, '0')}.json`),
        JSON.stringify(map(specFor(index), index), null, 2),
      );
    }
    git('add', '-A');
    git('-c', 'user.name=bench', '-c', 'user.email=bench@example.com', 'commit', '-q', '-m', 'specs');
    return git('rev-parse', 'HEAD');
  };
  const base = write((spec) => spec);
  const head = write(change);
  return { base, head };
}

async function review(change: Change) {
  const { base, head } = repository(change);
  const source = new LocalGitSource(work);
  const t0 = performance.now();
  const [baseFiles, headFiles] = await Promise.all([
    source.files(base, ['supervisors']),
    source.files(head, ['supervisors']),
  ]);
  const t1 = performance.now();
  const plan = await planChanges({ base: baseFiles, head: headFiles, config: DEFAULT_CONFIG });
  const t2 = performance.now();
  const comment = renderReview(plan, { budget: BUDGET, fullReportHint: 'See the job summary.' });
  const t3 = performance.now();
  const changed = plan.supervisors.filter((s) => s.action !== 'noop').length;
  return {
    changed,
    loadMs: Math.round(t1 - t0),
    planMs: Math.round(t2 - t1),
    renderMs: Math.round(t3 - t2),
    totalMs: Math.round(t3 - t0),
    commentChars: comment.length,
  };
}

const tuningRun = await review(tuning);
const schemaRun = await review(schema);
process.stdout.write(`${JSON.stringify({ count: COUNT, tuning: tuningRun, schema: schemaRun })}\n`);
