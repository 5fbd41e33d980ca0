import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  DRIFT_LABEL,
  FileJournal,
  JOURNAL_STATE,
  annotateFindings,
  clusterScoped,
  context,
  coreRuntime,
  createGitHubGateway,
  deployMode,
  failingCount,
  failingFindings,
  filesAt,
  journalPathFor,
  modeFolders,
  modeSegmentFolders,
  onCluster,
  outputFolder,
  parseActionSettings,
  parseRepository,
  pullRequestEventOf,
  pushEventOf,
  reviewMode,
  runContextFrom,
  workflowRunUrl
} from "./chunks/chunk-ZUPLZO4T.js";
import {
  runValidation
} from "./chunks/chunk-PNHQVBYQ.js";
import "./chunks/chunk-VMCOGDTS.js";
import "./chunks/chunk-ZYOB3HDS.js";
import {
  recoverSummaryMarkdown,
  runRecover
} from "./chunks/chunk-PV4QMRTA.js";
import "./chunks/chunk-Y4O32763.js";
import {
  renderValidationMarkdown
} from "./chunks/chunk-B4JBFYHS.js";
import "./chunks/chunk-7W47F3IU.js";
import {
  systemClock
} from "./chunks/chunk-36CLXPUS.js";
import {
  driftClosedComment,
  driftIssueBody,
  driftIssueTitle,
  driftSummaryMarkdown,
  runDrift
} from "./chunks/chunk-6PQBCMHC.js";
import "./chunks/chunk-2PI5O4G6.js";
import "./chunks/chunk-SNSZCDFZ.js";
import "./chunks/chunk-D3SV2YOB.js";
import "./chunks/chunk-T34DK2WN.js";
import {
  DruidError,
  createOverlordClient,
  readDruidRelease,
  specComparison,
  withRelease
} from "./chunks/chunk-WU6CUPLN.js";
import "./chunks/chunk-LSGZIHYI.js";
import {
  ConfigError,
  InputError,
  MissingPathError,
  READ_ONLY,
  loadConfig,
  plural,
  timeLimitFor
} from "./chunks/chunk-MJ7KIQFN.js";
import "./chunks/chunk-TH2Y4WOA.js";

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
  const commit = deps.context.sha || "HEAD";
  const segments = modeSegmentFolders(settings, deps.config);
  const files = await filesAt(deps, commit, modeFolders(settings, segments));
  let report;
  try {
    const release = await readDruidRelease(client, deps.config);
    for (const note of release.notes)
      runtime2.annotate({ severity: "notice", title: "Druid release", message: note });
    const config = withRelease(deps.config, release);
    report = await runDrift({
      secrets: deps.context.secrets,
      commit,
      files,
      config,
      client,
      compare: specComparison(config.druidVersion),
      maxParallel: settings.maxParallel,
      segmentFolders: segments,
      release
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
      differing.length > 0 ? `druid-gitops: drift in ${differing.join(", ")} (fail-on-drift: false).` : `druid-gitops: git and the cluster agree for ${plural(report.entries.length, "supervisor")}.`
    );
  }
}
function connect(settings) {
  if (!settings.druid)
    throw new InputError("drift mode needs druid-url (and credentials when the cluster asks for them).");
  return createOverlordClient(settings.druid, {
    readOnly: true,
    timeLimitMs: timeLimitFor(settings, "read")
  });
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
  const file = path.join(outputFolder(deps), "druid-gitops-report.json");
  await writeFile(file, JSON.stringify({ mode: "drift", ...report }, null, 2));
  return file;
}

// src/action/recover-mode.ts
import { writeFile as writeFile2 } from "node:fs/promises";
import path2 from "node:path";
async function recoverMode(deps) {
  const { runtime: runtime2, settings, context: context2 } = deps;
  const dispatch = dispatchOf(context2);
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
      startedBy: context2.eventName === "workflow_dispatch" ? "person" : "automation"
    },
    client,
    clock: deps.clock ?? systemClock,
    audit,
    config: deps.config,
    git: () => git ??= gitAtHead(deps, dispatch.sha),
    onDrift: settings.onDrift,
    secrets: context2.secrets,
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
  const timeLimitMs = timeLimitFor(settings, readOnly ? "read" : "write");
  return createOverlordClient(settings.druid, { audit, readOnly, timeLimitMs });
}
function dispatchOf(context2) {
  const sender = context2.payload.sender;
  const login = sender?.login;
  return {
    actor: typeof login === "string" ? login : context2.actor || "unknown",
    sha: context2.sha || "HEAD"
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
  const journalPath = journalPathFor(deps);
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
  const file = path2.join(outputFolder(deps), "druid-gitops-report.json");
  await writeFile2(file, JSON.stringify({ mode: "recover", ...report }, null, 2));
  return file;
}

// src/action/run.ts
var SECRET_INPUTS = ["druid-password", "druid-token", "druid-client-key", "github-token"];
async function runAction(runtime2, context2, cwd, services = {}) {
  for (const name of SECRET_INPUTS) {
    const value = runtime2.getInput(name);
    if (value) runtime2.setSecret(value);
  }
  try {
    const settings = parseActionSettings((name) => runtime2.getInput(name), context2);
    switch (settings.mode) {
      case "review": {
        const event = pullRequestEventOf(context2);
        if (!event) return await review(settings, runtime2, context2, cwd);
        const config = await loadConfig(settings.configFile, cwd, settings.configFileExplicit);
        const gateway = gatewayFor(settings, context2, services);
        return await reviewMode({
          runtime: runtime2,
          settings,
          config,
          context: context2,
          cwd,
          event,
          ...gateway ? { gateway } : {},
          ...services.overlord ? { client: services.overlord } : {},
          ...services.clock ? { clock: services.clock } : {}
        });
      }
      case "deploy": {
        const config = await loadConfig(settings.configFile, cwd, settings.configFileExplicit);
        const push = pushEventOf(context2);
        const gateway = gatewayFor(settings, context2, services);
        return await deployMode({
          runtime: runtime2,
          settings,
          config,
          context: context2,
          cwd,
          push,
          links: { runUrl: workflowRunUrl(context2), commit: push.after },
          ...gateway ? { gateway } : {},
          ...services.overlord ? { client: services.overlord } : {},
          ...services.clock ? { clock: services.clock } : {}
        });
      }
      case "recover":
      case "drift": {
        const config = await loadConfig(settings.configFile, cwd, settings.configFileExplicit);
        const gateway = gatewayFor(settings, context2, services);
        const deps = {
          runtime: runtime2,
          settings,
          config,
          context: context2,
          cwd,
          links: { runUrl: workflowRunUrl(context2), ...context2.sha ? { commit: context2.sha } : {} },
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
function gatewayFor(settings, context2, services) {
  if (!settings.githubToken || !context2.repository) return void 0;
  return createGitHubGateway({
    token: settings.githubToken,
    baseUrl: context2.apiUrl,
    repository: parseRepository(`${context2.repository.owner}/${context2.repository.repo}`),
    ...services.github
  });
}
async function review(settings, runtime2, context2, cwd) {
  const config = await loadConfig(settings.configFile, cwd, settings.configFileExplicit);
  const { report } = await runValidation({
    paths: settings.supervisorsPaths,
    cwd,
    config,
    segmentFolders: modeSegmentFolders(settings, config)
  });
  annotateFindings(runtime2, report);
  await runtime2.appendSummary(renderValidationMarkdown(report));
  const reportPath = await writeReport3(report, context2.tempDir ?? cwd);
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
      `druid-gitops: ${plural(report.summary.files, "file")} checked, ${plural(report.summary.errors, "error")}, ${plural(report.summary.warnings, "warning")}.`
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
runAction(runtime, runContextFrom(context, process.env), process.cwd()).catch((error) => {
  runtime.setFailed(`druid-gitops failed unexpectedly: ${error.stack ?? String(error)}`);
});
