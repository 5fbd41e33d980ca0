/**
 * The action: parse the inputs once, pick the flow for the event, and report through the runner.
 * Review validates the specs; deploy applies them to the cluster; recover runs one operation an
 * on-call engineer asked for; drift compares git with the cluster and keeps the drift issue.
 */
import { plural } from '../common/plural.js';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError, loadConfig } from '../config/config-file.js';
import { parseActionSettings, type ActionSettings } from '../settings/action-settings.js';
import { InputError } from '../settings/input-forms.js';
import type { Clock } from '../common/clock.js';
import { DruidError, type OverlordClient } from '../druid/index.js';
import { modeSegmentFolders } from './mode-deps.js';
import { runValidation } from '../flows/validate-files.js';
import type { ValidationReport } from '../check/validation-report.js';
import {
  type CreateOctokitOptions,
  createGitHubGateway,
  parseRepository,
  workflowRunUrl,
  type GitHubGateway,
} from '../github/index.js';
import { renderValidationMarkdown } from '../report/validation-markdown.js';
import { MissingPathError } from '../spec/load.js';
import { deployMode, pushEventOf } from './deploy-mode.js';
import { driftMode } from './drift-mode.js';
import { recoverMode } from './recover-mode.js';
import { annotateFindings } from './annotations.js';
import { failingCount, failingFindings } from './failing.js';
import { pullRequestEventOf, reviewMode } from './review-mode.js';
import type { RunContext } from './run-context.js';
import type { ActionRuntime } from './runtime.js';

const SECRET_INPUTS = ['druid-password', 'druid-token', 'druid-client-key', 'github-token'];

/** What a test may replace: the Druid client (the emulator), the clock, GitHub client options. */
export interface ActionServices {
  overlord?: OverlordClient;
  clock?: Clock;
  github?: Partial<CreateOctokitOptions>;
}

export async function runAction(
  runtime: ActionRuntime,
  context: RunContext,
  cwd: string,
  services: ActionServices = {},
): Promise<void> {
  // Mask credentials before anything can print them, even an input error.
  for (const name of SECRET_INPUTS) {
    const value = runtime.getInput(name);
    if (value) runtime.setSecret(value);
  }
  try {
    const settings = parseActionSettings((name) => runtime.getInput(name), context);
    switch (settings.mode) {
      case 'review': {
        const event = pullRequestEventOf(context);
        // Outside a pull request (mode: review forced on another event) the specs are validated.
        if (!event) return await review(settings, runtime, context, cwd);
        const config = await loadConfig(settings.configFile, cwd, settings.configFileExplicit);
        const gateway = gatewayFor(settings, context, services);
        return await reviewMode({
          runtime,
          settings,
          config,
          context,
          cwd,
          event,
          ...(gateway ? { gateway } : {}),
          ...(services.overlord ? { client: services.overlord } : {}),
          ...(services.clock ? { clock: services.clock } : {}),
        });
      }
      case 'deploy': {
        const config = await loadConfig(settings.configFile, cwd, settings.configFileExplicit);
        const push = pushEventOf(context);
        const gateway = gatewayFor(settings, context, services);
        return await deployMode({
          runtime,
          settings,
          config,
          context,
          cwd,
          push,
          links: { runUrl: workflowRunUrl(context), commit: push.after },
          ...(gateway ? { gateway } : {}),
          ...(services.overlord ? { client: services.overlord } : {}),
          ...(services.clock ? { clock: services.clock } : {}),
        });
      }
      case 'recover':
      case 'drift': {
        const config = await loadConfig(settings.configFile, cwd, settings.configFileExplicit);
        const gateway = gatewayFor(settings, context, services);
        const deps = {
          runtime,
          settings,
          config,
          context,
          cwd,
          links: { runUrl: workflowRunUrl(context), ...(context.sha ? { commit: context.sha } : {}) },
          ...(gateway ? { gateway } : {}),
          ...(services.overlord ? { client: services.overlord } : {}),
        };
        if (settings.mode === 'drift') return await driftMode(deps);
        return await recoverMode({ ...deps, ...(services.clock ? { clock: services.clock } : {}) });
      }
    }
  } catch (error) {
    // Errors that explain themselves (a wrong input, config or path; Druid refusing or unreachable).
    if (
      error instanceof InputError ||
      error instanceof ConfigError ||
      error instanceof MissingPathError ||
      error instanceof DruidError
    ) {
      runtime.setFailed(error.message);
      return;
    }
    throw error;
  }
}

/** GitHub access when a token is given; flows that need it say so when it is missing. */
function gatewayFor(
  settings: ActionSettings,
  context: RunContext,
  services: ActionServices,
): GitHubGateway | undefined {
  if (!settings.githubToken || !context.repository) return undefined;
  return createGitHubGateway({
    token: settings.githubToken,
    baseUrl: context.apiUrl,
    repository: parseRepository(`${context.repository.owner}/${context.repository.repo}`),
    ...services.github,
  });
}

async function review(
  settings: ActionSettings,
  runtime: ActionRuntime,
  context: RunContext,
  cwd: string,
): Promise<void> {
  const config = await loadConfig(settings.configFile, cwd, settings.configFileExplicit);
  const { report } = await runValidation({
    paths: settings.supervisorsPaths,
    cwd,
    config,
    segmentFolders: modeSegmentFolders(settings, config),
  });

  annotateFindings(runtime, report);
  await runtime.appendSummary(renderValidationMarkdown(report));

  const reportPath = await writeReport(report, context.tempDir ?? cwd);
  runtime.setOutput('report', reportPath);
  runtime.setOutput('errors', String(report.summary.errors));
  runtime.setOutput('warnings', String(report.summary.warnings));

  const failing = failingCount(report.summary, settings.failOn);
  if (failing > 0) {
    runtime.setFailed(
      `${failingFindings(failing, settings.failOn)} (fail-on: ${settings.failOn}); see the annotations and the job summary.`,
    );
  } else {
    runtime.info(
      `druid-gitops: ${plural(report.summary.files, 'file')} checked, ${plural(report.summary.errors, 'error')}, ${plural(report.summary.warnings, 'warning')}.`,
    );
  }
}

async function writeReport(report: ValidationReport, folder: string): Promise<string> {
  await mkdir(folder, { recursive: true });
  const file = path.join(folder, 'druid-gitops-report.json');
  await writeFile(file, JSON.stringify(report, null, 2));
  return file;
}
