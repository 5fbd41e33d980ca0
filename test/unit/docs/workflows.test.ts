/**
 * The example workflows users copy (docs/workflows/) and the project's own release workflow pass
 * actionlint, use only inputs the action has with values it accepts, and are what docs/workflows.md
 * shows (README.md links them: test/unit/docs/readme.test.ts).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { parseActionSettings } from '../../../src/settings/action-settings.js';
import { InputError } from '../../../src/settings/input-forms.js';
import { OPERATIONS } from '../../../src/health/operations.js';

const EXAMPLES = readdirSync('docs/workflows')
  .filter((name) => name.endsWith('.yml'))
  .map((name) => `docs/workflows/${name}`);
const WORKFLOWS = [...EXAMPLES, '.github/workflows/release.yml'];
const ACTION = 'druid-gitops/druid-gitops@v1';

interface LintResult {
  message: string;
  line: number;
  column: number;
  kind: string;
}

// A workflow with two mistakes: an unknown permission scope, and a job without runs-on.
const SCRATCH = mkdtempSync(path.join(tmpdir(), 'actionlint-'));
const BROKEN = path.join(SCRATCH, 'broken.yml');
writeFileSync(BROKEN, 'on: push\npermissions: { content: read }\njobs:\n  a:\n    steps: []\n');
// actionlint over every workflow at once, in one child process (see test/support/actionlint.mjs).
let LINTED: Record<string, LintResult[]>;
try {
  LINTED = JSON.parse(
    execFileSync(process.execPath, ['test/support/actionlint.mjs', ...WORKFLOWS, BROKEN], {
      encoding: 'utf8',
    }),
  ) as Record<string, LintResult[]>;
} finally {
  // Linted once: the scratch folder is not left behind in the temp directory on every run.
  rmSync(SCRATCH, { recursive: true, force: true });
}
const ACTION_INPUTS = Object.keys(
  (parse(readFileSync('action.yml', 'utf8')) as { inputs: Record<string, unknown> }).inputs,
);

interface Step {
  uses?: string;
  with?: Record<string, string | number | boolean>;
}
interface Workflow {
  on: Record<string, { inputs?: Record<string, { options?: string[] }> } | null>;
  jobs: Record<string, { steps?: Step[] }>;
}

const workflow = (file: string) => parse(readFileSync(file, 'utf8')) as Workflow;
const actionSteps = (file: string) =>
  Object.values(workflow(file).jobs).flatMap((job) =>
    (job.steps ?? []).filter((step) => step.uses?.includes('druid-gitops')),
  );
const literal = (value: unknown) => !/\$\{\{/.test(String(value));

test('there are example workflows for review, deploy, recover, drift and several clusters', () => {
  expect(EXAMPLES).toEqual(
    expect.arrayContaining(
      ['review', 'review-forks', 'deploy', 'recover', 'drift', 'clusters'].map(
        (name) => `docs/workflows/${name}.yml`,
      ),
    ),
  );
});

test('actionlint finds the mistakes in a broken workflow (the linter really runs)', () => {
  expect((LINTED[BROKEN] ?? []).map((result) => result.kind)).toEqual(
    expect.arrayContaining(['permissions', 'syntax-check']),
  );
});

test.each(WORKFLOWS)('%s passes actionlint', (file) => {
  const found = LINTED[file];
  expect(found).toBeDefined();
  expect((found ?? []).map((result) => `${file}:${result.line}:${result.column}: ${result.message}`)).toEqual(
    [],
  );
});

test.each(EXAMPLES)(`%s uses the action as ${ACTION}, only with inputs action.yml declares`, (file) => {
  const steps = actionSteps(file);
  expect(steps.length).toBeGreaterThan(0);
  for (const step of steps) {
    expect(step.uses).toBe(ACTION);
    for (const key of Object.keys(step.with ?? {})) expect(ACTION_INPUTS).toContain(key);
  }
});

test.each(EXAMPLES)('%s gives the action values it accepts on each of its events', (file) => {
  const events = Object.keys(workflow(file).on).filter((event) => event !== 'workflow_call');
  for (const step of actionSteps(file)) {
    // Expressions are known only at run time; the action's defaults stand in for them.
    const given = Object.fromEntries(
      Object.entries(step.with ?? {}).filter(([, value]) => literal(value)),
    ) as Record<string, string>;
    for (const event of events) {
      const settings = () => parseActionSettings((name) => String(given[name] ?? ''), { eventName: event });
      expect(settings).not.toThrow(InputError);
    }
  }
});

test('the recover form offers exactly the operations the action accepts, each of them valid', () => {
  const options = workflow('docs/workflows/recover.yml').on.workflow_dispatch?.inputs?.operation?.options;
  expect([...(options ?? [])].sort()).toEqual([...OPERATIONS].sort());
  for (const operation of options ?? []) {
    const settings = parseActionSettings((name) => (name === 'operation' ? operation : ''), {
      eventName: 'workflow_dispatch',
    });
    expect(settings).toMatchObject({ mode: 'recover', operation });
  }
});

test.each(EXAMPLES)('docs/workflows.md shows %s as it is', (file) => {
  expect(readFileSync('docs/workflows.md', 'utf8')).toContain(
    `<!-- generated:${file} -->\n\`\`\`yaml\n${readFileSync(file, 'utf8')}\`\`\`\n<!-- /generated -->`,
  );
});
