/**
 * The action: parse the inputs once, pick the flow for the event, and report through the runner.
 * This version validates specs in review mode; deploy, recover and drift come in later versions
 * and say so instead of doing nothing.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError, loadConfig } from '../config/config-file.js';
import { InputError, parseActionSettings, type ActionSettings } from '../config/action-settings.js';
import { runValidation, type ValidationReport } from '../flows/validate.js';
import { renderValidationMarkdown, selectAnnotations } from '../report/validation-markdown.js';
import { MissingPathError } from '../spec/load.js';
import { RULES_BY_ID } from '../validate/rules.js';
import { VERSION } from '../version.js';
import type { ActionRuntime } from './runtime.js';

const SECRET_INPUTS = ['druid-password', 'druid-token', 'github-token'];

export async function runAction(
  runtime: ActionRuntime,
  env: Readonly<Record<string, string | undefined>>,
  cwd: string,
): Promise<void> {
  // Mask credentials before anything can print them, even an input error.
  for (const name of SECRET_INPUTS) {
    const value = runtime.getInput(name);
    if (value) runtime.setSecret(value);
  }
  try {
    const settings = parseActionSettings((name) => runtime.getInput(name), env);
    if (settings.mode !== 'review') {
      runtime.setFailed(
        `druid-gitops ${VERSION}: ${settings.mode} mode is not implemented in this version; only review (spec validation) is.`,
      );
      return;
    }
    await review(settings, runtime, env, cwd);
  } catch (error) {
    if (error instanceof InputError || error instanceof ConfigError || error instanceof MissingPathError) {
      runtime.setFailed(error.message);
      return;
    }
    throw error;
  }
}

async function review(
  settings: ActionSettings,
  runtime: ActionRuntime,
  env: Readonly<Record<string, string | undefined>>,
  cwd: string,
): Promise<void> {
  const config = await loadConfig(settings.configFile, cwd, settings.configFileExplicit);
  const { report } = await runValidation({ paths: settings.supervisorsPaths, cwd, config });

  for (const { file, finding } of selectAnnotations(report)) {
    runtime.annotate({
      severity: finding.severity,
      message: finding.message,
      title: `${finding.rule}: ${RULES_BY_ID.get(finding.rule)?.title ?? finding.rule}`,
      file,
      ...(finding.line === undefined ? {} : { line: finding.line }),
      ...(finding.column === undefined ? {} : { column: finding.column }),
    });
  }
  await runtime.appendSummary(renderValidationMarkdown(report));

  const reportPath = await writeReport(report, env.RUNNER_TEMP ?? cwd);
  runtime.setOutput('report', reportPath);
  runtime.setOutput('errors', String(report.summary.errors));
  runtime.setOutput('warnings', String(report.summary.warnings));

  const failing = failingCount(report, settings.failOn);
  if (failing > 0) {
    runtime.setFailed(
      `${failing} ${settings.failOn === 'warning' ? 'error- or warning-level' : 'error-level'} findings (fail-on: ${settings.failOn}); see the annotations and the job summary.`,
    );
  } else {
    runtime.info(
      `druid-gitops: ${report.summary.files} files checked, ${report.summary.errors} errors, ${report.summary.warnings} warnings.`,
    );
  }
}

export function failingCount(report: ValidationReport, failOn: ActionSettings['failOn']): number {
  if (failOn === 'never') return 0;
  return report.summary.errors + (failOn === 'warning' ? report.summary.warnings : 0);
}

async function writeReport(report: ValidationReport, folder: string): Promise<string> {
  await mkdir(folder, { recursive: true });
  const file = path.join(folder, 'druid-gitops-report.json');
  await writeFile(file, JSON.stringify(report, null, 2));
  return file;
}
