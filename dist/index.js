import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  DRIFT_LABEL,
  FileJournal,
  InputError,
  JOURNAL_STATE,
  annotateFindings,
  apiUrlFrom,
  clusterScoped,
  coreRuntime,
  createGitHubGateway,
  deployMode,
  failingCount,
  failingFindings,
  filesAt,
  modeFolders,
  modeSegmentFolders,
  onCluster,
  parseActionSettings,
  parseRepository,
  readPullRequestEvent,
  readPushEvent,
  reviewMode,
  workflowRunUrl
} from "./chunks/chunk-NBUHRIC3.js";
import "./chunks/chunk-TVTM75F4.js";
import {
  renderValidationMarkdown
} from "./chunks/chunk-VERMX6GZ.js";
import {
  recoverSummaryMarkdown,
  runRecover
} from "./chunks/chunk-XMZWFIRC.js";
import {
  driftClosedComment,
  driftIssueBody,
  driftIssueTitle,
  driftSummaryMarkdown,
  runDrift
} from "./chunks/chunk-57NZ3A7F.js";
import "./chunks/chunk-UJRKBOVQ.js";
import "./chunks/chunk-IOTGDKPI.js";
import {
  READ_ONLY
} from "./chunks/chunk-M3JSDC6V.js";
import "./chunks/chunk-5OFHT2FU.js";
import {
  systemClock
} from "./chunks/chunk-YOYD5UU2.js";
import {
  DruidError,
  createOverlordClient,
  specComparison
} from "./chunks/chunk-7DX3S3NS.js";
import {
  ConfigError,
  loadConfig
} from "./chunks/chunk-ENDPFCTH.js";
import {
  MissingPathError,
  runValidation
} from "./chunks/chunk-R73D2UEP.js";
import "./chunks/chunk-TW6AMEWB.js";
import "./chunks/chunk-3Z5F4L3Y.js";

// src/action/run.ts
import { mkdir, writeFile as writeFile3 } from "node:fs/promises";
import path3 from "node:path";

// src/action/drift-mode.ts
import { writeFile } from "node:fs/promises";
import path from "node:path";
var DRIFT_ISSUE_KEY = "drift";
async function driftMode(deps) {
  const { runtime: runtime2, settings } = deps;
  const client = deps.client ?? connect(settings);
  for (const secret of client.secrets()) runtime2.setSecret(secret);
  const commit = deps.env.GITHUB_SHA || "HEAD";
  const segments = modeSegmentFolders(settings, deps.config);
  const files = await filesAt(deps, commit, modeFolders(settings, segments));
  let report;
  try {
    report = await runDrift({
      commit,
      files,
      config: deps.config,
      client,
      compare: specComparison(deps.config.druidVersion),
      maxParallel: settings.maxParallel,
      segmentFolders: segments
    });
  } finally {
    if (!deps.client) await client.close();
  }
  const issue = await keepIssue(deps, report);
  await runtime2.appendSummary(driftSummaryMarkdown(report, deps.links, issue));
  runtime2.setOutput("report", await writeReport(deps, report));
  runtime2.setOutput("changed", JSON.stringify(report.drifted));
  const differing = [...report.drifted, ...report.segmentsDrifted];
  if (differing.length > 0 && settings.failOnDrift) {
    runtime2.setFailed(
      `The cluster differs from git for ${differing.join(", ")}; see the job summary${issue ? ` and ${issue}` : ""}.`
    );
  } else {
    runtime2.info(
      differing.length > 0 ? `druid-gitops: drift in ${differing.join(", ")} (fail-on-drift: false).` : `druid-gitops: git and the cluster agree for ${report.entries.length} supervisor(s).`
    );
  }
}
function connect(settings) {
  if (!settings.druid)
    throw new InputError("drift mode needs druid-url (and credentials when the cluster asks for them).");
  return createOverlordClient(settings.druid, { readOnly: true });
}
async function keepIssue(deps, report) {
  const { gateway, runtime: runtime2 } = deps;
  if (!gateway) {
    runtime2.info("No GitHub token: the drift issue is not kept; the job summary has the report.");
    return void 0;
  }
  const { cluster } = deps.settings;
  const key = clusterScoped(DRIFT_ISSUE_KEY, cluster);
  try {
    if (report.drifted.length === 0 && report.segmentsDrifted.length === 0) {
      const closed = await gateway.closeIssue({
        key,
        label: DRIFT_LABEL,
        comment: driftClosedComment(report, deps.links)
      });
      return closed?.url;
    }
    const issue = await gateway.upsertIssue({
      key,
      label: DRIFT_LABEL,
      title: `${driftIssueTitle(report)}${onCluster(cluster)}`,
      markdown: driftIssueBody(report, deps.links),
      metadata: { commit: report.commit, drifted: report.drifted, segments: report.segmentsDrifted }
    });
    return issue.url;
  } catch (error) {
    runtime2.info(`The drift issue could not be updated: ${error.message}`);
    return void 0;
  }
}
async function writeReport(deps, report) {
  const file = path.join(deps.env.RUNNER_TEMP ?? deps.cwd, "druid-gitops-report.json");
  await writeFile(file, JSON.stringify({ mode: "drift", ...report }, null, 2));
  return file;
}

// src/action/recover-mode.ts
import { readFile, writeFile as writeFile2 } from "node:fs/promises";
import path2 from "node:path";
async function recoverMode(deps) {
  const { runtime: runtime2, settings, env } = deps;
  const dispatch = await readDispatchEvent(env);
  const audit = auditFor(settings, dispatch.actor, deps.links);
  const readOnly = READ_ONLY.has(settings.operation);
  const client = deps.client ?? connect2(settings, audit, readOnly);
  for (const secret of client.secrets()) runtime2.setSecret(secret);
  let git;
  const report = await runRecover({
    request: {
      operation: settings.operation,
      supervisor: settings.supervisor,
      confirm: settings.confirm,
      ...settings.offsets ? { offsets: settings.offsets } : {},
      startedBy: env.GITHUB_EVENT_NAME === "workflow_dispatch" ? "person" : "automation"
    },
    client,
    clock: deps.clock ?? systemClock,
    audit,
    config: deps.config,
    git: () => git ??= gitAtHead(deps, dispatch.sha),
    onDrift: settings.onDrift,
    ...settings.healthTimeoutMs === void 0 ? {} : { healthTimeoutMs: settings.healthTimeoutMs },
    journal: journalFor(deps, settings),
    maxParallel: settings.maxParallel,
    log: (message) => runtime2.info(message)
  });
  if (!deps.client) await client.close();
  await runtime2.appendSummary(recoverSummaryMarkdown(report, deps.links));
  runtime2.setOutput("report", await writeReport2(deps, report));
  runtime2.setOutput("changed", JSON.stringify(report.outcome === "done" ? [settings.supervisor] : []));
  if (report.outcome === "refused" || report.outcome === "failed") {
    runtime2.setFailed(`${settings.operation} ${settings.supervisor}: ${report.outcome}: ${report.message}`);
  } else {
    runtime2.info(`druid-gitops ${settings.operation} ${settings.supervisor}: ${report.message}`);
  }
}
function connect2(settings, audit, readOnly) {
  if (!settings.druid)
    throw new InputError("recover mode needs druid-url (and credentials when the cluster asks for them).");
  return createOverlordClient(settings.druid, { audit, readOnly, requestTimeoutMs: 12e4 });
}
async function readDispatchEvent(env) {
  const payload = env.GITHUB_EVENT_PATH ? JSON.parse(await readFile(env.GITHUB_EVENT_PATH, "utf8")) : {};
  const login = payload.sender?.login;
  return {
    actor: typeof login === "string" ? login : env.GITHUB_ACTOR ?? "unknown",
    sha: env.GITHUB_SHA || "HEAD"
  };
}
function auditFor(settings, actor, links) {
  const reason = settings.reason || "no reason given";
  return {
    author: `druid-gitops (${actor})`,
    comment: `${settings.operation} ${settings.supervisor} by @${actor}: ${reason}${links.runUrl ? ` (${links.runUrl})` : ""}`
  };
}
function journalFor(deps, settings) {
  if (settings.operation !== "resync") return { suspended: async () => {
  }, settled: async () => {
  } };
  const journalPath = path2.join(
    deps.env.RUNNER_TEMP ?? deps.cwd,
    `druid-gitops-journal-${deps.env.GITHUB_RUN_ID ?? "local"}.json`
  );
  deps.runtime.saveState(JOURNAL_STATE, journalPath);
  return new FileJournal(journalPath);
}
async function gitAtHead(deps, sha) {
  const segmentFolders = modeSegmentFolders(deps.settings, deps.config);
  const folders = [...deps.settings.supervisorsPaths, segmentFolders.retention, segmentFolders.compaction];
  const head = await filesAt(deps, sha, folders);
  const base = await filesAt({ cwd: deps.cwd, runtime: deps.runtime }, `${sha}^`, folders).catch(() => []);
  return { commit: sha, head, base, segmentFolders };
}
async function writeReport2(deps, report) {
  const file = path2.join(deps.env.RUNNER_TEMP ?? deps.cwd, "druid-gitops-report.json");
  await writeFile2(file, JSON.stringify({ mode: "recover", ...report }, null, 2));
  return file;
}

// src/action/run.ts
var SECRET_INPUTS = ["druid-password", "druid-token", "github-token"];
async function runAction(runtime2, env, cwd, services = {}) {
  for (const name of SECRET_INPUTS) {
    const value = runtime2.getInput(name);
    if (value) runtime2.setSecret(value);
  }
  try {
    const settings = parseActionSettings((name) => runtime2.getInput(name), env);
    switch (settings.mode) {
      case "review": {
        const event = await readPullRequestEvent(env);
        if (!event) return await review(settings, runtime2, env, cwd);
        const config = await loadConfig(settings.configFile, cwd, settings.configFileExplicit);
        const gateway = gatewayFor(settings, env, services);
        return await reviewMode({
          runtime: runtime2,
          settings,
          config,
          env,
          cwd,
          event,
          ...gateway ? { gateway } : {},
          ...services.overlord ? { client: services.overlord } : {}
        });
      }
      case "deploy": {
        const config = await loadConfig(settings.configFile, cwd, settings.configFileExplicit);
        const push = await readPushEvent(env);
        const gateway = gatewayFor(settings, env, services);
        return await deployMode({
          runtime: runtime2,
          settings,
          config,
          env,
          cwd,
          push,
          links: { runUrl: workflowRunUrl(env), commit: push.after },
          ...gateway ? { gateway } : {},
          ...services.overlord ? { client: services.overlord } : {},
          ...services.clock ? { clock: services.clock } : {}
        });
      }
      case "recover":
      case "drift": {
        const config = await loadConfig(settings.configFile, cwd, settings.configFileExplicit);
        const gateway = gatewayFor(settings, env, services);
        const deps = {
          runtime: runtime2,
          settings,
          config,
          env,
          cwd,
          links: { runUrl: workflowRunUrl(env), ...env.GITHUB_SHA ? { commit: env.GITHUB_SHA } : {} },
          ...gateway ? { gateway } : {},
          ...services.overlord ? { client: services.overlord } : {}
        };
        if (settings.mode === "drift") return await driftMode(deps);
        return await recoverMode({ ...deps, ...services.clock ? { clock: services.clock } : {} });
      }
    }
  } catch (error) {
    if (error instanceof InputError || error instanceof ConfigError || error instanceof MissingPathError || error instanceof DruidError) {
      runtime2.setFailed(error.message);
      return;
    }
    throw error;
  }
}
function gatewayFor(settings, env, services) {
  if (!settings.githubToken || !env.GITHUB_REPOSITORY) return void 0;
  return createGitHubGateway({
    token: settings.githubToken,
    baseUrl: apiUrlFrom(env),
    repository: parseRepository(env.GITHUB_REPOSITORY),
    ...services.github
  });
}
async function review(settings, runtime2, env, cwd) {
  const config = await loadConfig(settings.configFile, cwd, settings.configFileExplicit);
  const { report } = await runValidation({
    paths: settings.supervisorsPaths,
    cwd,
    config,
    segmentFolders: modeSegmentFolders(settings, config)
  });
  annotateFindings(runtime2, report);
  await runtime2.appendSummary(renderValidationMarkdown(report));
  const reportPath = await writeReport3(report, env.RUNNER_TEMP ?? cwd);
  runtime2.setOutput("report", reportPath);
  runtime2.setOutput("errors", String(report.summary.errors));
  runtime2.setOutput("warnings", String(report.summary.warnings));
  const failing = failingCount(report.summary, settings.failOn);
  if (failing > 0) {
    runtime2.setFailed(
      `${failingFindings(failing, settings.failOn)} (fail-on: ${settings.failOn}); see the annotations and the job summary.`
    );
  } else {
    runtime2.info(
      `druid-gitops: ${report.summary.files} files checked, ${report.summary.errors} errors, ${report.summary.warnings} warnings.`
    );
  }
}
async function writeReport3(report, folder) {
  await mkdir(folder, { recursive: true });
  const file = path3.join(folder, "druid-gitops-report.json");
  await writeFile3(file, JSON.stringify(report, null, 2));
  return file;
}

// src/main.ts
var runtime = coreRuntime();
runAction(runtime, process.env, process.cwd()).catch((error) => {
  runtime.setFailed(`druid-gitops failed unexpectedly: ${error.stack ?? String(error)}`);
});
