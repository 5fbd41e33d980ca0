import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  driftSummaryMarkdown,
  runDrift
} from "./chunk-R7O3MEQO.js";
import {
  driftText
} from "./chunk-ESOZBQSJ.js";
import "./chunk-X3IKDCZU.js";
import "./chunk-KGG6HC7K.js";
import "./chunk-J5J3WDDA.js";
import "./chunk-R4K6BQKZ.js";
import {
  LocalGitSource,
  createOverlordClient,
  specComparison
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
  segmentFolders
} from "./chunk-IP5AAAWZ.js";
import "./chunk-DIO24CJC.js";
import "./chunk-SZVT4BIF.js";

// src/cli/drift-command.ts
import { parseArgs } from "node:util";
var DRIFT_USAGE = `Usage: druid-gitops drift --druid-url URL [--head REF] [--supervisors PATH] [--config FILE]
         [--format text|markdown|json]

Compares every supervisor git describes at --head (default HEAD) with what the cluster runs, and
lists supervisors the cluster runs that git does not know. Reads only.
Exit status: 0 git and the cluster agree, 1 they differ, 2 usage.`;
async function driftCommand(args, io) {
  const { values } = parseArgs({
    args,
    options: {
      ...settingsFlags("druid-url", "supervisors", "config", "max-parallel"),
      head: { type: "string", default: "HEAD" },
      format: { type: "string", default: "text" },
      help: { type: "boolean", short: "h" }
    }
  });
  if (values.help) {
    io.stdout(DRIFT_USAGE);
    return EXIT.ok;
  }
  const settings = cliSettings(values, io.env);
  const druid = requireDruid(settings, DRIFT_USAGE);
  if (!["text", "markdown", "json"].includes(values.format))
    throw new UsageError("--format must be text, markdown or json.");
  const { maxParallel } = settings;
  const config = await loadConfig(settings.configFile, io.cwd, settings.configFileExplicit);
  const segments = segmentFolders(settings.supervisorsPaths[0] ?? "supervisors", config);
  const files = await new LocalGitSource(io.cwd).files(values.head, [
    ...settings.supervisorsPaths,
    segments.retention,
    segments.compaction
  ]);
  const client = createOverlordClient(druid, { readOnly: true });
  try {
    const report = await runDrift({
      commit: values.head,
      files,
      config,
      client,
      compare: specComparison(config.druidVersion),
      maxParallel,
      segmentFolders: segments
    });
    if (values.format === "json") io.stdout(JSON.stringify(report, null, 2));
    else if (values.format === "markdown") io.stdout(driftSummaryMarkdown(report));
    else io.stdout(driftText(report));
    return report.drifted.length > 0 || report.segmentsDrifted.length > 0 ? EXIT.findings : EXIT.ok;
  } finally {
    await client.close();
  }
}
export {
  DRIFT_USAGE,
  driftCommand
};
