import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  driftSummaryMarkdown,
  runDrift
} from "./chunk-6PQBCMHC.js";
import {
  driftText
} from "./chunk-JN6QQ2YD.js";
import "./chunk-2PI5O4G6.js";
import "./chunk-SNSZCDFZ.js";
import "./chunk-D3SV2YOB.js";
import {
  LocalGitSource
} from "./chunk-T34DK2WN.js";
import {
  openCluster
} from "./chunk-A2N3XLZI.js";
import {
  readDruidRelease,
  specComparison,
  withRelease
} from "./chunk-WU6CUPLN.js";
import "./chunk-LSGZIHYI.js";
import {
  EXIT,
  UsageError,
  cliSettings,
  requireDruid,
  settingsFlags
} from "./chunk-Z5GUWCUA.js";
import {
  loadConfig,
  segmentFolders
} from "./chunk-MJ7KIQFN.js";
import "./chunk-TH2Y4WOA.js";

// src/cli/drift-command.ts
import { parseArgs } from "node:util";
var DRIFT_USAGE = `Usage: druid-gitops drift --druid-url URL [--head REF] [--supervisors PATH] [--config FILE]
         [--format text|markdown|json] [--timeout SECONDS|PT30S]

Compares every supervisor git describes at --head (default HEAD) with what the cluster runs, and
lists supervisors the cluster runs that git does not know. Reads only.
Exit status: 0 git and the cluster agree, 1 they differ, 2 usage.`;
async function driftCommand(args, io) {
  const { values } = parseArgs({
    args,
    options: {
      ...settingsFlags("druid-url", "supervisors", "config", "max-parallel", "timeout"),
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
  const loaded = await loadConfig(settings.configFile, io.cwd, settings.configFileExplicit);
  const segments = segmentFolders(settings.supervisorsPaths[0] ?? "supervisors", loaded);
  const files = await new LocalGitSource(io.cwd).files(values.head, [
    ...settings.supervisorsPaths,
    segments.retention,
    segments.compaction
  ]);
  const session = openCluster(io, druid, settings, { use: "read" });
  const { client } = session;
  try {
    const release = await readDruidRelease(client, loaded);
    const config = withRelease(loaded, release);
    const report = await runDrift({
      secrets: (name) => io.env[name],
      commit: values.head,
      files,
      config,
      client,
      compare: specComparison(config.druidVersion),
      maxParallel,
      segmentFolders: segments,
      release
    });
    if (values.format === "json") io.stdout(JSON.stringify(report, null, 2));
    else if (values.format === "markdown") io.stdout(driftSummaryMarkdown(report));
    else io.stdout(driftText(report));
    const differ = [...report.drifted, ...report.segmentsDrifted];
    if (differ.length === 0) return EXIT.ok;
    io.stderr(`druid-gitops drift: exit 1: git and the cluster differ for ${differ.join(", ")}`);
    return EXIT.findings;
  } finally {
    await session.close();
  }
}
export {
  DRIFT_USAGE,
  driftCommand
};
