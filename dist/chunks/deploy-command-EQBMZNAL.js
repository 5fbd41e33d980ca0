import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  systemClock
} from "./chunk-36CLXPUS.js";
import {
  FAILING_SEGMENT_OUTCOMES,
  decideForTarget,
  deployPlan,
  previewSegment,
  runDeploy
} from "./chunk-R4K6BQKZ.js";
import {
  LocalGitSource,
  createOverlordClient,
  describeState,
  readLive,
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

// src/cli/deploy-command.ts
import { parseArgs } from "node:util";

// src/deploy/preview.ts
var SENTENCES = {
  create: "would create it (submitted suspended, then resumed and verified)",
  update: "would suspend it, submit the new spec, resume and verify (restoring the old spec on failure)",
  unchanged: "runs this spec already: nothing to do",
  drift: "was changed outside git: would stop here (on-drift: fail)",
  prune: "would terminate it (prune, confirmed)",
  "prune-unconfirmed": "file deleted: would terminate only with confirm naming it",
  "deleted-kept": "file deleted: would leave it running (prune is off)",
  gone: "file deleted and not on the cluster: nothing to do"
};
async function previewDeploy(target, context, compare) {
  const live = await readLive(target.id, context.client);
  const action = decideForTarget(target, live?.spec, compare, context);
  const overwrite = action.kind === "update" && action.overwritesDrift ? " (overwriting a change made outside git)" : "";
  return {
    id: target.id,
    file: target.file,
    action: action.kind,
    changes: compare.changes(live?.spec, target.head),
    ...live ? { live: describeState(live.payload) } : {},
    sentence: SENTENCES[action.kind] + overwrite
  };
}

// src/cli/deploy-command.ts
var DEPLOY_USAGE = `Usage: druid-gitops deploy --druid-url URL --base REF [--head REF] [--dry-run]
         [--supervisors PATH] [--config FILE] [--on-drift fail|overwrite] [--prune --confirm ID,...]
         [--max-parallel N] [--health-timeout SECONDS|PT5M] [--format text|json]

Applies git's specs at --head (default HEAD) to the cluster, comparing with --base to know what
"previous" means. Each changed supervisor is suspended, updated, resumed and verified; a failure
restores the previous spec. --dry-run reads the cluster and prints what would happen, writing nothing.
Exit status: 0 every supervisor runs its spec, 1 some do not (drift refused, restored, failed), 2 usage.`;
async function deployCommand(args, io) {
  const { values } = parseArgs({
    args,
    options: {
      ...settingsFlags(
        "druid-url",
        "supervisors",
        "config",
        "on-drift",
        "prune",
        "confirm",
        "max-parallel",
        "health-timeout"
      ),
      base: { type: "string" },
      head: { type: "string", default: "HEAD" },
      "dry-run": { type: "boolean", default: false },
      format: { type: "string", default: "text" },
      help: { type: "boolean", short: "h" }
    }
  });
  if (values.help) {
    io.stdout(DEPLOY_USAGE);
    return EXIT.ok;
  }
  const settings = cliSettings(values, io.env);
  const druid = requireDruid(settings, DEPLOY_USAGE);
  if (!values.base)
    throw new UsageError(`--base is required: the commit the cluster ran before.

${DEPLOY_USAGE}`);
  const { healthTimeoutMs, maxParallel } = settings;
  const config = await loadConfig(settings.configFile, io.cwd, settings.configFileExplicit);
  const segments = segmentFolders(settings.supervisorsPaths[0] ?? "supervisors", config);
  const folders = [...settings.supervisorsPaths, segments.retention, segments.compaction];
  const source = new LocalGitSource(io.cwd);
  const [headFiles, baseFiles] = await Promise.all([
    source.files(values.head, folders),
    source.files(values.base, folders)
  ]);
  const client = createOverlordClient(druid, {
    readOnly: values["dry-run"],
    requestTimeoutMs: 12e4
  });
  const compare = specComparison(config.druidVersion);
  const context = {
    client,
    clock: systemClock,
    druidVersion: config.druidVersion,
    audit: {
      author: `druid-gitops CLI (${io.env.USER ?? "unknown"})`,
      comment: `deploy of ${values.head} from ${io.cwd}`
    },
    onDrift: settings.onDrift,
    prune: settings.prune,
    confirmed: new Set(settings.confirm.split(/[\s,]+/).filter(Boolean)),
    ...healthTimeoutMs === void 0 ? {} : { healthTimeoutMs },
    journal: { suspended: async () => {
    }, settled: async () => {
    } },
    log: (message) => io.stderr(message)
  };
  try {
    if (values["dry-run"]) {
      const plan = deployPlan({ headFiles, baseFiles, config, segmentFolders: segments });
      const { targets, blocked } = plan;
      const segmentPreviews = await Promise.all(
        plan.segmentTargets.map((target) => previewSegment(target, context))
      );
      const previews = await Promise.all(targets.map((target) => previewDeploy(target, context, compare)));
      if (values.format === "json")
        io.stdout(JSON.stringify({ previews, blocked, segments: segmentPreviews }, null, 2));
      else {
        for (const preview of segmentPreviews)
          io.stdout(
            `${preview.kind} of ${preview.dataSource} (${preview.file}): ${preview.message} [live: ${preview.before ?? "\u2013"}]`
          );
        for (const preview of previews)
          io.stdout(
            `${preview.id} (${preview.file}): ${preview.sentence}${preview.live ? ` [live: ${preview.live}]` : ""}`
          );
        for (const result of blocked) io.stdout(`${result.id} (${result.file}): ${result.message}`);
      }
      return blocked.length > 0 || previews.some((preview) => preview.action === "drift") || segmentPreviews.some((preview) => FAILING_SEGMENT_OUTCOMES.has(preview.outcome)) ? EXIT.findings : EXIT.ok;
    }
    const report = await runDeploy({
      headFiles,
      baseFiles,
      config,
      context,
      compare,
      maxParallel,
      segmentFolders: segments
    });
    if (values.format === "json")
      io.stdout(JSON.stringify({ results: report.results, segments: report.segments }, null, 2));
    else {
      for (const result of report.segments)
        io.stdout(
          `${result.kind} of ${result.dataSource} (${result.file}): ${result.outcome}: ${result.message}`
        );
      for (const result of report.results)
        io.stdout(`${result.id} (${result.file}): ${result.outcome}: ${result.message}`);
    }
    return report.failed ? EXIT.findings : EXIT.ok;
  } finally {
    await client.close();
  }
}
export {
  DEPLOY_USAGE,
  deployCommand
};
