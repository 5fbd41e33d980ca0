import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  clusterOf,
  deployText,
  journalFolder,
  previewInterrupted,
  readSuspensions,
  runSafely
} from "./chunk-Q2LNTE6K.js";
import "./chunk-7W47F3IU.js";
import "./chunk-D2GGVNO6.js";
import {
  systemClock
} from "./chunk-36CLXPUS.js";
import "./chunk-SNSZCDFZ.js";
import {
  FAILING_SEGMENT_OUTCOMES,
  decideForTarget,
  deployPlan,
  desiredRunState,
  previewSegment,
  runDeploy
} from "./chunk-D3SV2YOB.js";
import {
  LocalGitSource,
  describeState,
  readLive,
  runStateChange,
  updatePath
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
  const inPlace = action.kind === "update" && live && target.head && updatePath(
    context.druidVersion,
    live.spec,
    target.head,
    runStateChange(
      live.spec.suspended === true,
      desiredRunState({
        head: target.head.suspended === true,
        ...target.base ? { base: target.base.suspended === true } : {},
        live: live.spec.suspended === true
      }) === "suspended"
    )
  ).kind === "in-place";
  return {
    id: target.id,
    file: target.file,
    action: action.kind,
    changes: compare.changes(live?.spec, target.head),
    ...live ? { live: describeState(live.payload) } : {},
    sentence: inPlace ? `would submit taskCount ${String(action.askedTaskCount)} in place: Druid ${context.druidVersion} stores it without restarting the supervisor or its tasks` : SENTENCES[action.kind] + overwrite
  };
}

// src/cli/deploy-command.ts
var DEPLOY_USAGE = `Usage: druid-gitops deploy --druid-url URL --base REF [--head REF] [--dry-run]
         [--supervisors PATH] [--config FILE] [--on-drift fail|overwrite] [--prune --confirm ID,...]
         [--max-parallel N] [--health-timeout SECONDS|PT5M] [--timeout SECONDS|PT2M] [--format text|json]

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
        "health-timeout",
        "timeout"
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
  const loaded = await loadConfig(settings.configFile, io.cwd, settings.configFileExplicit);
  const segments = segmentFolders(settings.supervisorsPaths[0] ?? "supervisors", loaded);
  const folders = [...settings.supervisorsPaths, segments.retention, segments.compaction];
  const source = new LocalGitSource(io.cwd);
  const [headFiles, baseFiles] = await Promise.all([
    source.files(values.head, folders),
    source.files(values.base, folders)
  ]);
  const session = openCluster(io, druid, settings, { use: values["dry-run"] ? "read" : "write" });
  const { client } = session;
  const release = await readDruidRelease(client, loaded);
  for (const note of release.notes) session.progress.log(note);
  const config = withRelease(loaded, release);
  const compare = specComparison(config.druidVersion);
  const secrets = (name) => io.env[name];
  const context = {
    client,
    clock: io.clock ?? systemClock,
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
    log: (message) => session.progress.log(message),
    waitingFor: (activity, wait) => session.progress.waitingFor(activity, wait)
  };
  try {
    if (values["dry-run"]) {
      const plan = deployPlan({ headFiles, baseFiles, config, segmentFolders: segments, secrets });
      const { targets, blocked } = plan;
      const segmentPreviews = await Promise.all(
        plan.segmentTargets.map((target) => previewSegment(target, context))
      );
      const previews = await Promise.all(targets.map((target) => previewDeploy(target, context, compare)));
      const interrupted = await previewInterrupted(
        client,
        await readSuspensions(journalFolder(io.env), clusterOf(druid))
      );
      if (values.format === "json")
        io.stdout(
          JSON.stringify(
            {
              previews,
              blocked,
              segments: segmentPreviews,
              release,
              ...interrupted.length > 0 ? { interrupted } : {}
            },
            null,
            2
          )
        );
      else {
        for (const one of interrupted) io.stdout(`note: ${one.id}: ${one.message}`);
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
    const run = await runSafely(
      io,
      druid,
      context,
      {
        command: "deploy",
        leftBecause: (done, id) => done?.results.find((result) => result.id === id)?.message ?? "left suspended by the deploy"
      },
      (safe) => runDeploy({
        headFiles,
        baseFiles,
        config,
        secrets,
        context: safe,
        compare,
        maxParallel,
        segmentFolders: segments,
        release
      })
    );
    const { report } = run;
    const results = report?.results ?? [];
    const segmentResults = report?.segments ?? [];
    if (values.format === "json")
      io.stdout(
        JSON.stringify(
          {
            results,
            segments: segmentResults,
            release,
            ...run.settled.length > 0 ? { settled: run.settled } : {},
            ...run.interrupted ? { interrupted: run.interrupted } : {}
          },
          null,
          2
        )
      );
    else
      for (const line of deployText({
        results,
        segments: segmentResults,
        settled: run.settled,
        ...run.interrupted ? { interrupted: { ...run.interrupted, resumeCommand: run.resumeCommand } } : {}
      }))
        io.stdout(line);
    if (run.exitCode !== void 0) return run.exitCode;
    return report?.failed || run.settled.some((one) => !one.ok) ? EXIT.findings : EXIT.ok;
  } finally {
    await session.close();
  }
}
export {
  DEPLOY_USAGE,
  deployCommand
};
