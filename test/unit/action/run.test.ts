import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runAction } from '../../../src/action/run.js';
import { fakeRuntime } from '../../support/fake-runtime.js';
import { runContext } from '../../support/run-context.js';

const fixtures = path.resolve('test/fixtures/specs');

describe('the action in review mode', () => {
  test('annotates findings with file and line, writes the summary and report, and fails on errors', async () => {
    const { runtime, recorded } = fakeRuntime({
      'supervisors-path': fixtures,
      'fail-on': 'error',
      'druid-password': 'pw-secret',
    });
    const temp = mkdtempSync(path.join(tmpdir(), 'druid-gitops-'));
    await runAction(
      runtime,
      runContext({ GITHUB_EVENT_NAME: 'pull_request', RUNNER_TEMP: temp }),
      process.cwd(),
    );

    expect(recorded.secrets).toContain('pw-secret');
    expect(recorded.failed).toMatch(/3 error-level findings/);
    const handoff = recorded.annotations.find((a) => a.message.includes('handoffConditionTimeout'));
    expect(handoff).toMatchObject({
      severity: 'error',
      file: 'test/fixtures/specs/mistakes/seed-like.json',
      line: 20,
      column: 34,
    });
    expect(recorded.annotations[0]?.severity).toBe('error'); // most severe first
    // Warnings: 6 from validation (2 because no druidVersion is set and Druid 37+ refuses flat-legacy.json's
    // parser), 4 from guardrails.
    expect(recorded.outputs).toMatchObject({ errors: '3', warnings: '10' });
    const report = JSON.parse(readFileSync(recorded.outputs.report as string, 'utf8'));
    expect(report.summary.files).toBe(4);
    expect(recorded.summary).toContain('seed-like.json');
  });

  test('fail-on never reports without failing', async () => {
    const { runtime, recorded } = fakeRuntime({ 'supervisors-path': fixtures, 'fail-on': 'never' });
    await runAction(
      runtime,
      runContext({ GITHUB_EVENT_NAME: 'pull_request', RUNNER_TEMP: mkdtempSync(path.join(tmpdir(), 'dg-')) }),
      process.cwd(),
    );
    expect(recorded.failed).toBeUndefined();
  });

  test('drift and recover without a druid-url fail with what to set', async () => {
    for (const event of ['schedule', 'workflow_dispatch']) {
      const { runtime, recorded } = fakeRuntime({});
      await runAction(runtime, runContext({ GITHUB_EVENT_NAME: event }), process.cwd());
      expect(recorded.failed).toMatch(/(drift|recover) mode needs druid-url/);
    }
  });

  test('a missing supervisors folder is a clear failure', async () => {
    const { runtime, recorded } = fakeRuntime({ 'supervisors-path': 'no-such-folder' });
    await runAction(runtime, runContext({ GITHUB_EVENT_NAME: 'pull_request' }), process.cwd());
    expect(recorded.failed).toBe('No such file or folder: no-such-folder');
  });
});
