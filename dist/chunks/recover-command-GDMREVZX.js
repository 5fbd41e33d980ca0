import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  recoverSummaryMarkdown,
  runRecover
} from "./chunk-JL6V26YR.js";
import "./chunk-C6IXPAKS.js";
import {
  systemClock
} from "./chunk-36CLXPUS.js";
import {
  recoverText
} from "./chunk-ESOZBQSJ.js";
import "./chunk-X3IKDCZU.js";
import "./chunk-KGG6HC7K.js";
import "./chunk-J5J3WDDA.js";
import "./chunk-R4K6BQKZ.js";
import {
  LocalGitSource,
  createOverlordClient
} from "./chunk-BQK452ME.js";
import {
  EXIT,
  UsageError,
  cliSettings,
  requireDruid,
  settingsFlags
} from "./chunk-LSIJR5WW.js";
import {
  loadConfig
} from "./chunk-LOFPRP35.js";
import {
  ALL,
  READ_ONLY,
  isOperation,
  segmentFolders
} from "./chunk-IP5AAAWZ.js";
import "./chunk-DIO24CJC.js";
import "./chunk-SZVT4BIF.js";

// src/cli/recover-command.ts
import { parseArgs } from "node:util";
var RECOVER_USAGE = `Usage: druid-gitops status|diagnose [ID] --druid-url URL [--format text|markdown|json]
       druid-gitops suspend|resume|handoff ID --druid-url URL [--reason TEXT] [--health-timeout SECONDS|PT5M]
       druid-gitops resync ID --druid-url URL [--head REF] [--supervisors PATH] [--config FILE] [--on-drift fail|overwrite]
         [--health-timeout SECONDS|PT5M]
       druid-gitops reset|terminate ID --druid-url URL --confirm ID [--reason TEXT]
       druid-gitops reset-offsets ID --druid-url URL --offsets '{"0": 1200}' --confirm ID [--reason TEXT]

status and diagnose read only (every supervisor when ID is left out); diagnose also reads parse
errors, task stats, history, retention rules and compaction, and says what to do next. reset,
reset-offsets and terminate lose or re-read data or remove the supervisor: they need --confirm
equal to the id, and print the offsets before and after. --reason goes to Druid's audit headers.`;
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
        "health-timeout"
      ),
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
  const client = createOverlordClient(druid, {
    audit,
    readOnly: READ_ONLY.has(operation),
    requestTimeoutMs: 12e4
  });
  const segments = segmentFolders(settings.supervisorsPaths[0] ?? "supervisors", config);
  const folders = [...settings.supervisorsPaths, segments.retention, segments.compaction];
  const source = new LocalGitSource(io.cwd);
  try {
    const report = await runRecover({
      request: {
        operation,
        supervisor,
        confirm: settings.confirm,
        ...offsets ? { offsets } : {},
        // A CI job is automation, unless a person started it from the Actions form.
        startedBy: io.env.CI && io.env.GITHUB_EVENT_NAME !== "workflow_dispatch" ? "automation" : "person"
      },
      client,
      clock: io.clock ?? systemClock,
      audit,
      config,
      git: async () => ({
        commit: values.head,
        head: await source.files(values.head, folders),
        base: await source.files(`${values.head}^`, folders).catch(() => []),
        segmentFolders: segments
      }),
      onDrift: settings.onDrift,
      ...settings.healthTimeoutMs === void 0 ? {} : { healthTimeoutMs: settings.healthTimeoutMs },
      journal: { suspended: async () => {
      }, settled: async () => {
      } },
      maxParallel: settings.maxParallel,
      log: (message) => io.stderr(message)
    });
    if (values.format === "json") io.stdout(JSON.stringify(report, null, 2));
    else if (values.format === "markdown") io.stdout(recoverSummaryMarkdown(report));
    else io.stdout(recoverText(report));
    return report.outcome === "refused" || report.outcome === "failed" ? EXIT.findings : EXIT.ok;
  } finally {
    await client.close();
  }
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
