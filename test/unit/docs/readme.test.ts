/**
 * README.md is the front door: short, linking the reference instead of holding it. The example
 * workflows, the action's inputs and outputs and the configuration reference live in docs/ pages
 * whose generated parts test/unit/generated.test.ts keeps fresh.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';

const README = readFileSync('README.md', 'utf8');
const EXAMPLES = readdirSync('docs/workflows')
  .filter((name) => name.endsWith('.yml'))
  .map((name) => `docs/workflows/${name}`);

test('README.md has at most 300 lines', () => {
  expect(README.split('\n').length).toBeLessThanOrEqual(300);
});

test('README.md has no generated parts: the reference lives in docs/', () => {
  expect(README).not.toContain('<!-- generated:');
});

test.each(EXAMPLES)('README.md links %s instead of embedding it', (file) => {
  expect(README).toContain(`](${file})`);
  // The workflow's first line is its description comment: it appears only in the file itself.
  expect(README).not.toContain(readFileSync(file, 'utf8').split('\n')[0]);
});

test('README.md links the pages that hold what it used to show', () => {
  for (const page of [
    'docs/workflows.md',
    'docs/action-reference.md',
    'docs/configuration.md',
    'docs/design.md',
    'docs/druid-gotchas.md',
  ])
    expect(README).toContain(`](${page})`);
});

test('docs/action-reference.md lists every input and output action.yml declares', () => {
  const action = parse(readFileSync('action.yml', 'utf8')) as {
    inputs: Record<string, unknown>;
    outputs: Record<string, unknown>;
  };
  const reference = readFileSync('docs/action-reference.md', 'utf8');
  for (const name of [...Object.keys(action.inputs), ...Object.keys(action.outputs)])
    expect(reference).toContain(`| \`${name}\` |`);
});
