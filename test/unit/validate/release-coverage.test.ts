/**
 * A Druid release the rules do not describe is said once, where the release is named: on
 * druidVersion in .druid-gitops.yml for `validate`, in the release line of the other reports.
 */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../../src/config/config-file.js';
import { runValidation } from '../../../src/flows/validate-files.js';
import { releaseCoverageNote } from '../../../src/validate/release-coverage.js';

async function validateWith(druidVersion: string) {
  const cwd = mkdtempSync(path.join(tmpdir(), 'druid-gitops-release-'));
  writeFileSync(path.join(cwd, '.druid-gitops.yml'), `# the cluster\ndruidVersion: ${druidVersion}\n`);
  mkdirSync(path.join(cwd, 'supervisors'));
  writeFileSync(
    path.join(cwd, 'supervisors', 'clicks.json'),
    JSON.stringify({
      type: 'kafka',
      spec: {
        dataSchema: {
          dataSource: 'clicks',
          timestampSpec: { column: 'ts' },
          dimensionsSpec: { dimensions: [] },
        },
        ioConfig: {
          topic: 'clicks',
          inputFormat: { type: 'json' },
          consumerProperties: { 'bootstrap.servers': 'k:9092' },
        },
        tuningConfig: { type: 'kafka', futureKnob: 1 },
      },
    }),
  );
  const config = await loadConfig('.druid-gitops.yml', cwd, true);
  return (await runValidation({ paths: ['supervisors'], cwd, config })).report;
}

describe('a release outside the rules', () => {
  test('a release newer than the model gets a notice on druidVersion, and unknown keys become notices', async () => {
    const report = await validateWith('99.0.0');
    const config = report.files.find((file) => file.file === '.druid-gitops.yml');
    expect(config?.supervisor).toBeNull();
    expect(config?.findings).toEqual([
      expect.objectContaining({
        rule: 'druid/release',
        severity: 'notice',
        pointer: '/druidVersion',
        line: 2,
        column: 15,
        message: expect.stringContaining('newer than 39.0.0, the newest release these rules describe'),
      }),
    ]);
    const spec = report.files.find((file) => file.file.endsWith('clicks.json'));
    expect(spec?.findings.find((finding) => finding.pointer.endsWith('futureKnob'))).toMatchObject({
      rule: 'druid/unknown-key',
      severity: 'notice',
    });
  });

  test('a release older than the oldest the model describes says so too', async () => {
    const report = await validateWith('0.16.0');
    expect(report.files[0]?.findings[0]?.message).toContain('older than 0.17.0');
  });

  test('a release the model describes adds nothing', async () => {
    const report = await validateWith('37.0.0');
    expect(report.files.map((file) => file.file)).toEqual(['supervisors/clicks.json']);
    expect(releaseCoverageNote('39.0.0')).toBeUndefined();
  });
});
