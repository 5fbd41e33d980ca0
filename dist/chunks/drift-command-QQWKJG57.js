import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  driftSummaryMarkdown,
  runDrift
} from "./chunk-57NZ3A7F.js";
import {
  driftText
} from "./chunk-GEXYXUGG.js";
import "./chunk-UJRKBOVQ.js";
import "./chunk-IOTGDKPI.js";
import "./chunk-M3JSDC6V.js";
import "./chunk-5OFHT2FU.js";
import "./chunk-YOYD5UU2.js";
import {
  LocalGitSource,
  connectionFromEnv,
  createOverlordClient,
  specComparison
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
      "druid-url": { type: "string" },
      head: { type: "string", default: "HEAD" },
      supervisors: { type: "string", multiple: true },
      config: { type: "string" },
      "max-parallel": { type: "string", default: "4" },
      format: { type: "string", default: "text" },
      help: { type: "boolean", short: "h" }
    }
  });
  if (values.help) {
    io.stdout(DRIFT_USAGE);
    return EXIT.ok;
  }
  const connection = {
    ...connectionFromEnv(io.env),
    ...values["druid-url"] ? { url: values["druid-url"] } : {}
  };
  if (!connection.url) throw new UsageError(`--druid-url (or DRUID_URL) is required.

${DRIFT_USAGE}`);
  if (!["text", "markdown", "json"].includes(values.format))
    throw new UsageError("--format must be text, markdown or json.");
  const maxParallel = Number(values["max-parallel"]);
  if (!Number.isInteger(maxParallel) || maxParallel < 1)
    throw new UsageError("--max-parallel must be a whole number of at least 1.");
  const config = await loadConfig(values.config ?? ".druid-gitops.yml", io.cwd, values.config !== void 0);
  const segments = segmentFolders(values.supervisors?.[0] ?? "supervisors", config);
  const files = await new LocalGitSource(io.cwd).files(values.head, [
    ...values.supervisors ?? ["supervisors"],
    segments.retention,
    segments.compaction
  ]);
  const client = createOverlordClient(connection, { readOnly: true });
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
