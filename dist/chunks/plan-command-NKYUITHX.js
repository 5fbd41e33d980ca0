import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  SUMMARY_BUDGET,
  renderReview,
  runReview
} from "./chunk-B2DTFJR2.js";
import "./chunk-J5J3WDDA.js";
import {
  LocalGitSource,
  createOverlordClient
} from "./chunk-BQK452ME.js";
import {
  EXIT,
  UsageError,
  cliSettings,
  settingsFlags
} from "./chunk-LSIJR5WW.js";
import {
  loadConfig
} from "./chunk-LOFPRP35.js";
import {
  segmentFolders
} from "./chunk-IP5AAAWZ.js";
import "./chunk-DIO24CJC.js";
import "./chunk-SZVT4BIF.js";

// src/cli/plan-command.ts
import { parseArgs } from "node:util";
var PLAN_USAGE = `Usage: druid-gitops plan --base REF [--head REF] [--druid-url URL] [--format markdown|json]
         [--supervisors PATH] [--config FILE]

Shows what merging --head (default HEAD) into --base would change: per supervisor the effective
diff, the schema verdict, what happens on merge and the findings, and the same for the retention
and compaction files beside the supervisors (docs/segments.md), with a dry run of retention
changes against the cluster's segments. With --druid-url (or DRUID_URL)
the live cluster is read, never written. Exit status: 0 nothing blocks, 1 something is blocked, 2 usage.`;
async function planCommand(args, io) {
  const { values } = parseArgs({
    args,
    options: {
      ...settingsFlags("druid-url", "supervisors", "config"),
      base: { type: "string" },
      head: { type: "string", default: "HEAD" },
      format: { type: "string", default: "markdown" },
      help: { type: "boolean", short: "h" }
    }
  });
  if (values.help) {
    io.stdout(PLAN_USAGE);
    return EXIT.ok;
  }
  if (!values.base) throw new UsageError(`--base is required.

${PLAN_USAGE}`);
  if (values.format !== "markdown" && values.format !== "json")
    throw new UsageError("--format must be markdown or json.");
  const settings = cliSettings(values, io.env);
  const config = await loadConfig(settings.configFile, io.cwd, settings.configFileExplicit);
  const supervisors = settings.supervisorsPaths;
  const segments = segmentFolders(supervisors[0] ?? "supervisors", config);
  const folders = [.../* @__PURE__ */ new Set([...supervisors, segments.retention, segments.compaction])];
  const source = new LocalGitSource(io.cwd);
  const [base, head] = (await Promise.all([source.files(values.base, folders), source.files(values.head, folders)])).map(uniqueByPath);
  const client = settings.druid ? createOverlordClient(settings.druid, { readOnly: true }) : void 0;
  try {
    const { plan, cluster } = await runReview({
      base,
      head,
      config,
      segmentFolders: segments,
      ...client ? { client } : {}
    });
    io.stdout(
      values.format === "json" ? JSON.stringify({ ...plan, cluster }, null, 2) : renderReview(plan, { budget: SUMMARY_BUDGET, ...cluster ? { cluster } : {} })
    );
    const blocked = plan.unreadable.length > 0 || plan.supervisors.some((supervisor) => supervisor.verdict.verdict === "blocked") || (plan.segments ?? []).some((segment) => segment.verdict.verdict === "blocked");
    return blocked ? EXIT.findings : EXIT.ok;
  } finally {
    await client?.close();
  }
}
function uniqueByPath(files) {
  return [...new Map(files.map((file) => [file.path, file])).values()];
}
export {
  PLAN_USAGE,
  planCommand
};
