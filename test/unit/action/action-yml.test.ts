import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

const action = parse(readFileSync('action.yml', 'utf8')) as {
  runs: { using: string; main: string };
  inputs: Record<string, { description: string; default?: string }>;
  outputs: Record<string, { description: string }>;
};

// The contract in docs/design.md: these names and meanings stay.
const INPUTS: Record<string, string> = {
  'github-token': '${{ github.token }}',
  'druid-url': '',
  'druid-username': '',
  'druid-password': '',
  'druid-token': '',
  'druid-ca-cert': '',
  'supervisors-path': 'supervisors',
  'config-file': '.druid-gitops.yml',
  mode: 'auto',
  operation: 'status',
  supervisor: '*',
  confirm: '',
  offsets: '',
  reason: '',
  'fail-on-drift': 'true',
  'on-drift': 'fail',
  prune: 'false',
  'max-parallel': '4',
  'health-timeout': '',
  rollback: 'pr',
  'fail-on': 'error',
};
const OUTPUTS = [
  'report',
  'changed',
  'errors',
  'warnings',
  'deployed',
  'rolled-back',
  'rollback-pr',
  'comment-url',
];

describe('action.yml', () => {
  test('runs dist/index.js on node24', () => {
    expect(action.runs).toMatchObject({ using: 'node24', main: 'dist/index.js' });
  });

  test.each(Object.entries(INPUTS))(
    'input %s exists with a description and its default',
    (name, defaultValue) => {
      expect(action.inputs[name]?.description.length).toBeGreaterThan(10);
      expect(action.inputs[name]?.default).toBe(defaultValue);
    },
  );

  test.each(OUTPUTS)('output %s exists with a description', (name) => {
    expect(action.outputs[name]?.description.length).toBeGreaterThan(10);
  });
});
