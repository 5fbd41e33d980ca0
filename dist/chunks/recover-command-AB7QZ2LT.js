import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  recoverDeployContext,
  recoverSummaryMarkdown,
  runRecover
} from "./chunk-PV4QMRTA.js";
import "./chunk-Y4O32763.js";
import "./chunk-B4JBFYHS.js";
import {
  clusterOf,
  deployText,
  forgetSuspension,
  journalFolder,
  readSuspensions,
  runSafely
} from "./chunk-Q2LNTE6K.js";
import "./chunk-7W47F3IU.js";
import "./chunk-D2GGVNO6.js";
import {
  systemClock
} from "./chunk-36CLXPUS.js";
import {
  recoverText
} from "./chunk-JN6QQ2YD.js";
import "./chunk-2PI5O4G6.js";
import "./chunk-SNSZCDFZ.js";
import "./chunk-D3SV2YOB.js";
import {
  LocalGitSource
} from "./chunk-T34DK2WN.js";
import {
  openCluster,
  styleFor
} from "./chunk-A2N3XLZI.js";
import "./chunk-WU6CUPLN.js";
import "./chunk-LSGZIHYI.js";
import {
  EXIT,
  UsageError,
  cliSettings,
  requireDruid,
  settingsFlags
} from "./chunk-Z5GUWCUA.js";
import {
  ALL,
  READ_ONLY,
  duration,
  isOperation,
  loadConfig,
  segmentFolders
} from "./chunk-MJ7KIQFN.js";
import "./chunk-TH2Y4WOA.js";

// src/cli/recover-command.ts
import { parseArgs } from "node:util";

// src/cli/status-exit.ts
var STATUS_EXIT_HELP = "Exit status: 0 every supervisor read is healthy; 1 at least one is not (a warning or critical\nproblem, or Druid does not know the id); 2 Druid (or a supervisor\u2019s status) could not be read,\nor a usage error. An unhealthy supervisor decides over an unreadable one.";
function statusExit(report) {
  if (report.outcome === "failed" || report.outcome === "refused")
    return { code: EXIT.findings, reason: report.message };
  const unhealthy = report.rows.filter(
    (row) => row.diagnosis?.severity === "critical" || row.diagnosis?.severity === "warning"
  );
  if (unhealthy.length > 0)
    return {
      code: EXIT.findings,
      reason: `not healthy: ${unhealthy.map((row) => `${row.id} (${row.diagnosis?.summary ?? "unhealthy"})`).join(", ")}`
    };
  const unreadable = report.rows.filter((row) => row.missing !== void 0);
  if (unreadable.length > 0)
    return {
      code: EXIT.usage,
      reason: `could not read ${unreadable.map((row) => `${row.id} (${row.missing})`).join(", ")}`
    };
  return { code: EXIT.ok };
}

// src/cli/watch.ts
var HOME_AND_CLEAR = "\x1B[H\x1B[2J";
async function watch(io, options) {
  const clock = io.clock ?? systemClock;
  let stopped = false;
  let wake;
  const release = io.signals?.subscribe(() => {
    stopped = true;
    wake?.();
  });
  const redraw = io.tty?.stdout === true && !options.json;
  let code = 0;
  try {
    while (!stopped) {
      const reading = await options.read();
      code = reading.code;
      if (stopped) break;
      const stamp = new Date(clock.now()).toISOString().slice(11, 19);
      if (options.json) io.stdout(reading.text);
      else if (redraw)
        io.stdout(`${HOME_AND_CLEAR}${options.title} \u2014 ${stamp} UTC \u2014 Ctrl-C stops

${reading.text}`);
      else io.stdout(`${options.title} \u2014 ${stamp} UTC
${reading.text}
`);
      await Promise.race([
        clock.sleep(options.intervalMs),
        new Promise((resolve) => {
          wake = resolve;
        })
      ]);
    }
  } finally {
    release?.();
  }
  return code;
}

// src/cli/status-command.ts
var STATUS_USAGE = "druid-gitops status|diagnose [ID] --druid-url URL [--format text|markdown|json] [--trend]\n         [--watch [--interval SECONDS|PT5S]] [--timeout SECONDS|PT30S]";
var READ_HELP = `status and diagnose read each supervisor once; --trend reads it again after Druid refreshes its
offsets (offsetFetchPeriod + 5 s, about 35 s) to tell growing lag from steady. --watch reads again
every --interval (default 5 s) until Ctrl-C, redrawn in place on a terminal (JSON: one report per
line). ${STATUS_EXIT_HELP}`;
var READ_FLAGS = {
  trend: { type: "boolean" },
  watch: { type: "boolean" },
  interval: { type: "string" }
};
var DEFAULT_INTERVAL_MS = 5e3;
async function readCommand(io, operation, values, once, render) {
  if (values.interval !== void 0 && !values.watch) throw new UsageError("--interval goes with --watch.");
  const json = values.format === "json";
  const reading = async () => {
    const report = await once();
    const { code: code2, reason: reason2 } = statusExit(report);
    const text2 = json && values.watch ? JSON.stringify(report) : render(report);
    const hint = values.format === "text" && !values.trend && report.rows.some((row) => row.diagnosis?.lag.last !== void 0) ? "\n\nLag is Druid\u2019s latest reading; add --trend to see whether it grows (about 35 s more)." : "";
    return { text: `${text2}${hint}`, code: code2, ...reason2 ? { reason: reason2 } : {} };
  };
  if (values.watch) {
    const intervalMs = values.interval ? duration("--interval", values.interval) : DEFAULT_INTERVAL_MS;
    return watch(io, {
      intervalMs,
      read: reading,
      title: `druid-gitops ${operation}, every ${intervalMs / 1e3} s`,
      json
    });
  }
  const { text, code, reason } = await reading();
  io.stdout(text);
  if (reason) io.stderr(`druid-gitops ${operation}: exit ${code}: ${reason}`);
  return code;
}

// src/cli/recover-command.ts
var RECOVER_USAGE = `Usage: ${STATUS_USAGE}
       druid-gitops suspend|resume|handoff ID --druid-url URL [--reason TEXT] [--health-timeout SECONDS|PT5M]
       druid-gitops resync ID --druid-url URL [--head REF] [--supervisors PATH] [--config FILE] [--on-drift fail|overwrite]
         [--health-timeout SECONDS|PT5M]
       druid-gitops reset|terminate ID --druid-url URL --confirm ID [--reason TEXT]
       druid-gitops reset-offsets ID --druid-url URL --offsets '{"0": 1200}' --confirm ID [--reason TEXT]

status and diagnose read only (every supervisor when ID is left out); diagnose also reads parse
errors, task stats, history, retention rules and compaction, and says what to do next. reset,
reset-offsets and terminate lose or re-read data or remove the supervisor: they need --confirm
equal to the id, and print the offsets before and after. --reason goes to Druid's audit headers.
--timeout limits each request to Druid, retries included (default 30 s for status and diagnose,
2 min for the others). The operations that write exit 0 when done (or nothing was to do), 1 when
refused or failed, 2 on a usage error or when Druid cannot be read.
${READ_HELP}`;
async function recoverCommand(operation, args, io) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      ...settingsFlags(
        "druid-url",
        "confirm",
        "offsets",
        "reason",
        "supervisors",
        "config",
        "on-drift",
        "max-parallel",
        "health-timeout",
        "timeout"
      ),
      ...READ_FLAGS,
      head: { type: "string", default: "HEAD" },
      format: { type: "string", default: "text" },
      help: { type: "boolean", short: "h" }
    }
  });
  if (values.help) {
    io.stdout(RECOVER_USAGE);
    return EXIT.ok;
  }
  const supervisor = positionals[0] ?? (READ_ONLY.has(operation) ? ALL : void 0);
  if (!supervisor || positionals.length > 1)
    throw new UsageError(`${operation} takes one supervisor id.

${RECOVER_USAGE}`);
  const settings = cliSettings(values, io.env);
  const druid = requireDruid(settings, RECOVER_USAGE);
  if (!["text", "markdown", "json"].includes(values.format))
    throw new UsageError("--format must be text, markdown or json.");
  const { offsets } = settings;
  const config = await loadConfig(settings.configFile, io.cwd, settings.configFileExplicit);
  const user = io.env.USER ?? io.env.USERNAME ?? "unknown";
  const audit = {
    author: `druid-gitops CLI (${user})`,
    comment: `${operation} ${supervisor} by ${user}: ${settings.reason || "no reason given"}`
  };
  const session = openCluster(io, druid, settings, {
    use: READ_ONLY.has(operation) ? "read" : "write",
    audit
  });
  const { client, progress } = session;
  const cluster = clusterOf(druid);
  const journal = journalFolder(io.env);
  const segments = segmentFolders(settings.supervisorsPaths[0] ?? "supervisors", config);
  const folders = [...settings.supervisorsPaths, segments.retention, segments.compaction];
  const source = new LocalGitSource(io.cwd);
  const readGit = async () => ({
    commit: values.head,
    head: await source.files(values.head, folders),
    base: await source.files(`${values.head}^`, folders).catch(() => []),
    segmentFolders: segments
  });
  const gitOnce = () => {
    let read;
    return () => read ??= readGit();
  };
  try {
    const input = {
      request: {
        operation,
        supervisor,
        confirm: settings.confirm,
        ...offsets ? { offsets } : {},
        // A CI job is automation, unless a person started it from the Actions form.
        startedBy: io.env.CI && io.env.GITHUB_EVENT_NAME !== "workflow_dispatch" ? "automation" : "person",
        via: "cli"
      },
      client,
      clock: io.clock ?? systemClock,
      audit,
      config,
      git: gitOnce(),
      onDrift: settings.onDrift,
      secrets: (name) => io.env[name],
      ...settings.healthTimeoutMs === void 0 ? {} : { healthTimeoutMs: settings.healthTimeoutMs },
      journal: { suspended: async () => {
      }, settled: async () => {
      } },
      maxParallel: settings.maxParallel,
      ...READ_ONLY.has(operation) && !values.trend ? { oneSample: true } : {},
      waitingFor: (activity, wait) => progress.waitingFor(activity, wait),
      log: (message) => progress.log(message),
      suspensions: () => readSuspensions(journal, cluster)
    };
    const render = (report2) => values.format === "json" ? JSON.stringify(report2, null, 2) : values.format === "markdown" ? recoverSummaryMarkdown(report2) : recoverText(report2, styleFor(io, "stdout"));
    if (READ_ONLY.has(operation))
      return await readCommand(
        io,
        operation,
        values,
        () => runRecover({ ...input, git: gitOnce() }).finally(() => progress.idle()),
        render
      );
    const { report, safety } = await run(operation, supervisor, input, io, druid);
    if (report && ["resume", "suspend", "terminate"].includes(operation) && ["done", "unchanged"].includes(report.outcome))
      await forgetSuspension(journal, cluster, supervisor);
    if (values.format === "json")
      io.stdout(
        JSON.stringify(
          {
            ...report,
            ...safety && safety.settled.length > 0 ? { settled: safety.settled } : {},
            ...safety?.interrupted ? { interrupted: safety.interrupted } : {}
          },
          null,
          2
        )
      );
    else if (report && values.format === "markdown") io.stdout(recoverSummaryMarkdown(report));
    else if (report) io.stdout(recoverText(report, styleFor(io, "stdout")));
    if (safety && values.format !== "json") {
      const lines = deployText({
        results: [],
        segments: [],
        settled: safety.settled,
        ...safety.interrupted ? { interrupted: { ...safety.interrupted, resumeCommand: safety.resumeCommand } } : {}
      });
      for (const line of lines) io.stdout(line);
    }
    if (safety?.exitCode !== void 0) return safety.exitCode;
    if (safety?.settled.some((one) => !one.ok)) return EXIT.findings;
    return !report || report.outcome === "refused" || report.outcome === "failed" ? EXIT.findings : EXIT.ok;
  } finally {
    await session.close();
  }
}
async function run(operation, supervisor, input, io, druid) {
  if (operation !== "resync") return { report: await runRecover(input) };
  const context = recoverDeployContext(input);
  const safety = await runSafely(
    io,
    druid,
    context,
    {
      command: "resync",
      only: (id) => id === supervisor,
      leftBecause: (report) => report?.message ?? "left suspended by the resync"
    },
    (safe) => runRecover({ ...input, journal: safe.journal, ...safe.signal ? { signal: safe.signal } : {} })
  );
  return { ...safety.report ? { report: safety.report } : {}, safety };
}
function recoverCommandFor(name) {
  if (!isOperation(name)) throw new Error(`${name} is not a recover operation`);
  return (args, io) => recoverCommand(name, args, io);
}
export {
  RECOVER_USAGE,
  recoverCommand,
  recoverCommandFor
};
