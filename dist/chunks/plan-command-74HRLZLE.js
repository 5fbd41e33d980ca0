import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  CHANGE_MARK,
  VERDICT_ORDER,
  changeValue,
  onMerge,
  renderReview,
  runReview,
  sentence
} from "./chunk-ZYOB3HDS.js";
import {
  SUMMARY_BUDGET
} from "./chunk-B4JBFYHS.js";
import {
  LocalGitSource
} from "./chunk-T34DK2WN.js";
import {
  PLAIN,
  openCluster,
  styleFor
} from "./chunk-A2N3XLZI.js";
import "./chunk-WU6CUPLN.js";
import "./chunk-LSGZIHYI.js";
import {
  EXIT,
  UsageError,
  cliSettings,
  settingsFlags
} from "./chunk-Z5GUWCUA.js";
import {
  SEVERITY_RANK,
  loadConfig,
  plural,
  segmentFolders
} from "./chunk-MJ7KIQFN.js";
import "./chunk-TH2Y4WOA.js";

// src/cli/plan-command.ts
import { parseArgs } from "node:util";

// src/report/review-text.ts
var VERDICT = {
  blocked: "BLOCKED",
  breaking: "BREAKING",
  "needs-attention": "needs attention",
  safe: "safe"
};
var SHOWN = 20;
function reviewText(plan, cluster, style = PLAIN, samples) {
  const verdict = (word) => word === "blocked" || word === "breaking" ? style.error(VERDICT[word]) : word === "needs-attention" ? style.warning(VERDICT[word]) : style.ok(VERDICT[word]);
  const changed = plan.supervisors.filter((supervisor) => supervisor.action !== "noop").sort(
    (a, b) => VERDICT_ORDER.indexOf(a.verdict.verdict) - VERDICT_ORDER.indexOf(b.verdict.verdict) || a.id.localeCompare(b.id)
  );
  const blockedUnchanged = plan.supervisors.filter(
    (supervisor) => supervisor.action === "noop" && supervisor.verdict.verdict === "blocked"
  );
  const segments = (plan.segments ?? []).filter((segment) => segment.action !== "noop");
  const lines = [];
  if (cluster) lines.push(style.dim(cluster), "");
  lines.push(style.strong(headline(changed, segments)), "");
  for (const supervisor of changed) {
    lines.push(
      `${actionWord(supervisor.action)}  ${style.strong(supervisor.id)}  ${verdict(supervisor.verdict.verdict)}  ${style.dim(supervisor.file)}`,
      `  on merge: ${onMerge(supervisor)}`,
      ...supervisor.verdict.reasons.slice(0, 5).map((reason) => `  why: ${reason.text}`),
      ...changeLines(supervisor.changes, style),
      ...findingLines(supervisor.findings, style),
      ...liveLines(supervisor),
      ...sampleLines(
        samples?.supervisors.find((sample) => sample.id === supervisor.id),
        style
      ),
      ""
    );
  }
  for (const supervisor of blockedUnchanged)
    lines.push(
      `${style.error("BLOCKED")}  ${style.strong(supervisor.id)}  ${style.dim(supervisor.file)}: the merge does not change it, but its file has errors, and a deploy refuses the file`,
      ...findingLines(supervisor.findings, style, "error"),
      ""
    );
  for (const segment of segments)
    lines.push(
      `${actionWord(segment.action)}  ${segment.kind} of ${style.strong(segment.dataSource)}  ${verdict(segment.verdict.verdict)}  ${style.dim(segment.file)}`,
      ...segment.impact ? [`  ${segment.impact}`] : [],
      ...changeLines(segment.changes, style),
      ...findingLines(segment.findings, style),
      ""
    );
  for (const file of plan.unreadable)
    lines.push(
      `${style.error("BLOCKED")}  ${style.strong(file.file)}: cannot be deployed`,
      ...findingLines(file.findings, style),
      ""
    );
  const unchanged = plan.supervisors.length - changed.length - blockedUnchanged.length;
  if (unchanged > 0)
    lines.push(
      `${plural(unchanged, "other supervisor")} ${unchanged === 1 ? "has" : "have"} no effective change.`
    );
  return lines.join("\n").trimEnd();
}
function planBlockers(plan) {
  const first = (findings) => {
    const error = findings.find((finding) => finding.severity === "error" && !finding.suppressed);
    return error ? `${error.rule} at line ${error.line ?? 1}: ${error.message}` : "a blocking change";
  };
  return [
    ...plan.unreadable.map((file) => `${file.file} cannot be deployed (${first(file.findings)})`),
    ...plan.supervisors.filter((supervisor) => supervisor.verdict.verdict === "blocked").map(
      (supervisor) => `${supervisor.id} is blocked${supervisor.action === "noop" ? " (unchanged by the merge; already on the base)" : ""}: ${supervisor.verdict.reasons[0]?.text ?? first(supervisor.findings)}`
    ),
    ...(plan.segments ?? []).filter((segment) => segment.verdict.verdict === "blocked").map(
      (segment) => `${segment.kind} of ${segment.dataSource} is blocked: ${segment.verdict.reasons[0]?.text ?? first(segment.findings)}`
    )
  ];
}
function headline(changed, segments) {
  if (changed.length === 0 && segments.length === 0) return "No change on merge.";
  const counts = VERDICT_ORDER.map(
    (verdict) => [verdict, [...changed, ...segments].filter((plan) => plan.verdict.verdict === verdict).length]
  ).filter(([, count]) => count > 0).map(([verdict, count]) => `${count} ${VERDICT[verdict]}`);
  const parts = [
    changed.length > 0 ? plural(changed.length, "supervisor") : "",
    segments.length > 0 ? plural(segments.length, "retention or compaction file", "retention or compaction files") : ""
  ].filter(Boolean);
  return `On merge: ${parts.join(" and ")} ${changed.length + segments.length === 1 ? "changes" : "change"} (${counts.join(", ")}).`;
}
function actionWord(action) {
  return action.padEnd(6);
}
function changeLines(changes, style) {
  const colour = {
    added: style.ok,
    removed: style.error,
    changed: style.warning,
    reordered: style.notice
  };
  const lines = changes.slice(0, SHOWN).map(
    (change) => `  ${colour[change.kind](CHANGE_MARK[change.kind])} ${change.pointer}: ${changeValue(change, show)}`
  );
  if (changes.length > SHOWN) lines.push(`  \u2026 ${plural(changes.length - SHOWN, "more change")}`);
  return lines;
}
function findingLines(findings, style, only) {
  const shown = findings.filter((finding) => !finding.suppressed && (only === void 0 || finding.severity === only)).sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
  const colour = { error: style.error, warning: style.warning, notice: style.notice };
  const lines = shown.slice(0, SHOWN).map(
    (finding) => `  ${colour[finding.severity](finding.severity)} ${finding.line ?? 1}:${finding.column ?? 1} ${finding.message} ${style.dim(`[${finding.rule}]`)}`
  );
  if (shown.length > SHOWN) lines.push(`  \u2026 ${plural(shown.length - SHOWN, "more finding")}`);
  return lines;
}
function liveLines(supervisor) {
  const live = supervisor.live;
  if (!live) return [];
  if (live.error) return [`  live: could not be read (${live.error})`];
  if (live.missing) return ["  live: no such supervisor yet"];
  const lag = live.aggregateLag === void 0 ? "" : `, lag ${live.aggregateLag.toLocaleString("en-US")} messages`;
  return [
    `  live: ${live.state ?? "unknown"}${lag}`,
    ...live.drift.length > 0 ? [
      `  changed outside git: ${plural(live.drift.length, "field")} (a deploy stops here unless --on-drift overwrite)`
    ] : []
  ];
}
function sampleLines(sample, style) {
  if (!sample) return [];
  if (sample.outcome === "not-sampled") return [`  sampled data: not sampled: ${sample.reason}`];
  if (sample.outcome === "failed")
    return [`  sampled data: Druid could not sample the topic: ${sample.reason}`];
  const observations = sample.observations.filter((observation) => observation.kind !== "no-rows");
  return [
    `  sampled data: ${plural(sample.head.read, "record")} of ${sample.topic}, ${sample.head.ingested} ingested, ${sample.head.unparseable} unparseable`,
    ...observations.slice(0, 5).map(
      (observation) => `    ${observation.level === "warning" ? style.warning("!") : "-"} ${sentence(observation, true)}`
    )
  ];
}
function show(value) {
  const text = JSON.stringify(value) ?? "null";
  return text.length > 80 ? `${text.slice(0, 79)}\u2026` : text;
}

// src/cli/plan-command.ts
var PLAN_USAGE = `Usage: druid-gitops plan --base REF [--head REF] [--druid-url URL] [--format text|markdown|json]
         [--supervisors PATH] [--config FILE] [--timeout SECONDS|PT30S]

Shows what merging --head (default HEAD) into --base would change: per supervisor the effective
diff, the schema verdict, what happens on merge and the findings, and the same for the retention
and compaction files beside the supervisors (docs/segments.md), with a dry run of retention
changes against the cluster's segments. With --druid-url (or DRUID_URL)
the live cluster is read, never written, and the topics of created and changed supervisors are
sampled through Druid's sampler to show what each spec does to the rows (docs/sampling.md).
--format text is the default on a terminal, markdown (the review comment) otherwise. The plan
compares commits: uncommitted edits are left out, with a warning.
Exit status: 0 nothing blocks, 1 something is blocked (each reason is named on stderr), 2 usage.`;
async function planCommand(args, io) {
  const { values } = parseArgs({
    args,
    options: {
      ...settingsFlags("druid-url", "supervisors", "config", "timeout"),
      base: { type: "string" },
      head: { type: "string", default: "HEAD" },
      format: { type: "string" },
      help: { type: "boolean", short: "h" }
    }
  });
  if (values.help) {
    io.stdout(PLAN_USAGE);
    return EXIT.ok;
  }
  if (!values.base) throw new UsageError(`--base is required.

${PLAN_USAGE}`);
  const format = values.format ?? (io.tty?.stdout ? "text" : "markdown");
  if (format !== "text" && format !== "markdown" && format !== "json")
    throw new UsageError("--format must be text, markdown or json.");
  const settings = cliSettings(values, io.env);
  const config = await loadConfig(settings.configFile, io.cwd, settings.configFileExplicit);
  const supervisors = settings.supervisorsPaths;
  const segments = segmentFolders(supervisors[0] ?? "supervisors", config);
  const folders = [.../* @__PURE__ */ new Set([...supervisors, segments.retention, segments.compaction])];
  const source = new LocalGitSource(io.cwd);
  const [base, head] = await Promise.all([
    source.files(values.base, folders),
    source.files(values.head, folders)
  ]);
  const left = await source.uncommitted(values.head, [...folders, settings.configFile]);
  if (left.length > 0)
    io.stderr(
      `druid-gitops plan: ${plural(left.length, "uncommitted change")} left out (the plan reads ${values.head} as committed): ${left.slice(0, 10).join(", ")}${left.length > 10 ? ", \u2026" : ""}. Commit ${left.length === 1 ? "it" : "them"} to plan ${left.length === 1 ? "it" : "them"} too.`
    );
  const session = settings.druid ? openCluster(io, settings.druid, settings, { use: "read" }) : void 0;
  const client = session?.client;
  try {
    const { plan, cluster, samples } = await runReview({
      base,
      head,
      config,
      segmentFolders: segments,
      ...client ? { client } : {}
    });
    io.stdout(
      format === "json" ? JSON.stringify({ ...plan, cluster, ...samples ? { samples } : {} }, null, 2) : format === "text" ? reviewText(plan, cluster, styleFor(io, "stdout"), samples) : renderReview(plan, {
        budget: SUMMARY_BUDGET,
        ...cluster ? { cluster } : {},
        ...samples ? { samples } : {}
      })
    );
    const blockers = planBlockers(plan);
    for (const blocker of blockers) io.stderr(`druid-gitops plan: exit 1: ${blocker}`);
    return blockers.length > 0 ? EXIT.findings : EXIT.ok;
  } finally {
    await session?.close();
  }
}
export {
  PLAN_USAGE,
  planCommand
};
