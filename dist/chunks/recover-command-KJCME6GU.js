import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  recoverSummaryMarkdown,
  runRecover
} from "./chunk-XMZWFIRC.js";
import {
  recoverText
} from "./chunk-GEXYXUGG.js";
import "./chunk-UJRKBOVQ.js";
import "./chunk-IOTGDKPI.js";
import {
  ALL,
  READ_ONLY,
  isOperation,
  parseOffsets
} from "./chunk-M3JSDC6V.js";
import "./chunk-5OFHT2FU.js";
import {
  systemClock
} from "./chunk-YOYD5UU2.js";
import {
  LocalGitSource,
  connectionFromEnv,
  createOverlordClient
} from "./chunk-7DX3S3NS.js";
import {
  EXIT,
  UsageError
} from "./chunk-JI3KJ7LM.js";
import {
  loadConfig
} from "./chunk-ENDPFCTH.js";
import {
  segmentFolders
} from "./chunk-R73D2UEP.js";
import "./chunk-TW6AMEWB.js";
import "./chunk-3Z5F4L3Y.js";

// src/cli/recover-command.ts
import { parseArgs } from "node:util";
var RECOVER_USAGE = `Usage: druid-gitops status|diagnose [ID] --druid-url URL [--format text|markdown|json]
       druid-gitops suspend|resume|handoff ID --druid-url URL [--reason TEXT]
       druid-gitops resync ID --druid-url URL [--head REF] [--supervisors PATH] [--config FILE] [--on-drift fail|overwrite]
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
      "druid-url": { type: "string" },
      confirm: { type: "string", default: "" },
      offsets: { type: "string" },
      reason: { type: "string", default: "" },
      head: { type: "string", default: "HEAD" },
      supervisors: { type: "string", multiple: true },
      config: { type: "string" },
      "on-drift": { type: "string", default: "fail" },
      "max-parallel": { type: "string", default: "4" },
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
  const connection = {
    ...connectionFromEnv(io.env),
    ...values["druid-url"] ? { url: values["druid-url"] } : {}
  };
  if (!connection.url) throw new UsageError(`--druid-url (or DRUID_URL) is required.

${RECOVER_USAGE}`);
  if (values["on-drift"] !== "fail" && values["on-drift"] !== "overwrite")
    throw new UsageError("--on-drift must be fail or overwrite.");
  if (!["text", "markdown", "json"].includes(values.format))
    throw new UsageError("--format must be text, markdown or json.");
  const maxParallel = Number(values["max-parallel"]);
  if (!Number.isInteger(maxParallel) || maxParallel < 1)
    throw new UsageError("--max-parallel must be a whole number of at least 1.");
  let offsets;
  try {
    offsets = values.offsets === void 0 ? void 0 : parseOffsets(values.offsets);
  } catch (error) {
    throw new UsageError(`--${error.message}`);
  }
  const config = await loadConfig(values.config ?? ".druid-gitops.yml", io.cwd, values.config !== void 0);
  const user = io.env.USER ?? io.env.USERNAME ?? "unknown";
  const audit = {
    author: `druid-gitops CLI (${user})`,
    comment: `${operation} ${supervisor} by ${user}: ${values.reason || "no reason given"}`
  };
  const client = createOverlordClient(connection, {
    audit,
    readOnly: READ_ONLY.has(operation),
    requestTimeoutMs: 12e4
  });
  const segments = segmentFolders(values.supervisors?.[0] ?? "supervisors", config);
  const folders = [...values.supervisors ?? ["supervisors"], segments.retention, segments.compaction];
  const source = new LocalGitSource(io.cwd);
  try {
    const report = await runRecover({
      request: {
        operation,
        supervisor,
        confirm: values.confirm,
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
      onDrift: values["on-drift"],
      journal: { suspended: async () => {
      }, settled: async () => {
      } },
      maxParallel,
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
