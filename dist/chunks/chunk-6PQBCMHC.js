import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  changesDetails,
  releaseMarkdown,
  segmentDriftMarkdown
} from "./chunk-2PI5O4G6.js";
import {
  isTombstone
} from "./chunk-SNSZCDFZ.js";
import {
  deployTargets,
  describeSegment,
  readLiveSegment,
  readSegmentFiles,
  segmentValueOf,
  splitFiles
} from "./chunk-D3SV2YOB.js";
import {
  code,
  escapeMarkdown,
  tableRow
} from "./chunk-T34DK2WN.js";
import {
  DruidNotFoundError,
  diffSegmentConfigs,
  inParallel,
  sameSegmentConfig
} from "./chunk-WU6CUPLN.js";
import {
  checkSegmentFile,
  countFindings,
  counts,
  matchSecretReferences,
  plural,
  readSpec,
  resolveSecretReferences
} from "./chunk-MJ7KIQFN.js";
import {
  canonicalLayout,
  deepEqual
} from "./chunk-TH2Y4WOA.js";

// src/flows/drift-segments.ts
async function runSegmentDrift(input) {
  const files = readSegmentFiles(input.files, input.folders, input.config.druidVersion);
  const checks = files.map(
    (file) => () => compareFile(file, input)
  );
  for (const kind of ["retention", "compaction"]) {
    const described = new Set(files.filter((f) => f.kind === kind).map((f) => f.dataSource));
    if (described.size === 0) continue;
    for (const dataSource of input.dataSources)
      if (!described.has(dataSource)) checks.push(() => unmanaged(kind, dataSource, input));
  }
  const entries = await inParallel(checks, input.maxParallel, (check) => check());
  return entries.filter((entry) => entry !== void 0).sort((a, b) => a.dataSource.localeCompare(b.dataSource) || a.kind.localeCompare(b.kind));
}
var segmentDriftLabels = (entries) => entries.filter((entry) => entry.status !== "in-sync").map((entry) => `${entry.kind}/${entry.dataSource}`);
async function compareFile(file, input) {
  const base = { kind: file.kind, dataSource: file.dataSource ?? file.path, file: file.path };
  const wanted = segmentValueOf(file);
  const errors = checkSegmentFile(file, input.config).findings.filter((finding) => counts(finding, "error"));
  if (wanted === void 0 || !file.dataSource)
    return {
      ...base,
      status: "invalid",
      changes: [],
      message: "git's file cannot be read; fix its findings"
    };
  const live = await readLiveSegment(input.client, file.kind, file.dataSource);
  const version = input.config.druidVersion;
  const skipped = errors.length > 0 ? `; the deploy skips the file (${countFindings(errors.length, "error-level")})` : "";
  const shown = { live: describeSegment(file.kind, live) };
  if (sameSegmentConfig(file.kind, live, wanted, version))
    return {
      ...base,
      ...shown,
      status: "in-sync",
      changes: [],
      message: `the cluster has git's ${file.kind}${skipped}`
    };
  if (sameSegmentConfig(file.kind, live, void 0, version))
    return {
      ...base,
      ...shown,
      status: "missing",
      changes: [],
      message: `git has ${file.kind} for it, the cluster has none; the next deploy applies it${skipped}`
    };
  const changes = diffSegmentConfigs(file.kind, wanted, live, version);
  const when = await lastChange(input.client, file.kind, file.dataSource);
  return {
    ...base,
    ...shown,
    status: "drifted",
    changes,
    message: `${plural(changes.length, "field")} on the cluster ${changes.length === 1 ? "differs" : "differ"} from git${skipped}`,
    ...when ? { when } : {}
  };
}
async function unmanaged(kind, dataSource, input) {
  const live = await readLiveSegment(input.client, kind, dataSource);
  if (sameSegmentConfig(kind, live, void 0, input.config.druidVersion)) return void 0;
  const when = await lastChange(input.client, kind, dataSource);
  return {
    kind,
    dataSource,
    status: "unmanaged",
    changes: [],
    live: describeSegment(kind, live),
    message: `a supervisor in git feeds this datasource; the cluster has ${kind} for it that no file in git describes`,
    ...when ? { when } : {}
  };
}
async function lastChange(client, kind, dataSource) {
  try {
    const [latest] = kind === "retention" ? await client.getRetentionRulesHistory(dataSource, { count: 1 }) : await client.getCompactionConfigHistory(dataSource, { count: 1 });
    if (!latest) return void 0;
    const { author, comment } = latest.auditInfo;
    return `changed at ${latest.auditTime} by ${author || "an unnamed author"}${comment ? ` (${comment})` : ""}`;
  } catch {
    return void 0;
  }
}

// src/flows/drift.ts
async function runDrift(input) {
  const { client } = input;
  const live = new Map((await client.listSupervisors()).map((summary) => [summary.id, summary]));
  const files = splitFiles(input.files, input.segmentFolders);
  const { targets, blocked } = deployTargets(files.supervisors, [], input.config);
  const segments = input.segmentFolders ? await runSegmentDrift({
    files: files.segments,
    folders: input.segmentFolders,
    config: input.config,
    client,
    dataSources: new Set(targets.flatMap((target) => dataSourceOf(target.head))),
    maxParallel: input.maxParallel
  }) : [];
  const entries = [];
  const comparable = targets.map(
    (target) => ({
      id: target.id,
      file: target.file,
      head: target.head
    })
  );
  for (const result of blocked) {
    const skipped = result.message.replace(/^not deployed: /, "");
    const head = readable(input, result.file, result.id);
    if (head && !comparable.some((other) => other.id === result.id))
      comparable.push({ id: result.id, file: result.file, head, skipped });
    else
      entries.push({
        id: result.id,
        file: result.file,
        status: "invalid",
        changes: [],
        message: `git's file cannot be compared: ${skipped}`
      });
  }
  const known = /* @__PURE__ */ new Set([...comparable.map((target) => target.id), ...blocked.map((result) => result.id)]);
  const compared = await inParallel(comparable, input.maxParallel, async (target) => ({
    ...await compareOne(target.id, target.file, target.head, live.get(target.id), input),
    ...target.skipped ? { skipped: target.skipped } : {}
  }));
  entries.push(...compared);
  for (const [id, summary] of live) {
    if (known.has(id)) continue;
    entries.push({
      id,
      status: "not-in-git",
      changes: [],
      message: "runs on the cluster, but no file in git describes it",
      ...summary.suspended ? { suspended: true } : {}
    });
  }
  entries.sort((a, b) => a.id.localeCompare(b.id));
  return {
    commit: input.commit,
    entries,
    drifted: entries.filter((entry) => entry.status !== "in-sync").map((entry) => entry.id),
    segments,
    segmentsDrifted: segmentDriftLabels(segments),
    ...input.release ? { release: input.release } : {}
  };
}
function dataSourceOf(head) {
  const spec = head?.spec;
  const dataSource = spec?.dataSchema?.dataSource;
  return typeof dataSource === "string" ? [dataSource] : [];
}
function readable(input, path, id) {
  const file = input.files.find((candidate) => candidate.path === path);
  if (!file) return void 0;
  const spec = readSpec(file.path, file.bytes, input.config.druidVersion);
  return spec.document && spec.supervisorId === id ? canonicalLayout(spec.document.value) : void 0;
}
async function compareOne(id, file, head, live, input) {
  const { compare } = input;
  if (!live) {
    const history2 = await historyOf(input.client, id);
    const tombstone = history2?.[0] && isTombstone(history2[0]) ? history2[0] : void 0;
    return {
      id,
      file,
      status: "missing",
      changes: [],
      message: tombstone ? "git describes it, but it was terminated on the cluster; the next deploy creates it again" : "git describes it, but the cluster does not run it; the next deploy creates it",
      ...tombstone ? { when: `terminated at ${tombstone.version}` } : {}
    };
  }
  const resolved = input.secrets ? resolveSecretReferences(head, input.secrets).value : head;
  const git = matchSecretReferences(resolved, live.spec);
  const wanted = compare.effective(git);
  const suspended = live.suspended ? { suspended: true } : {};
  if (deepEqual(compare.effective(live.spec), wanted)) {
    return { id, file, status: "in-sync", changes: [], message: "the cluster runs git\u2019s spec", ...suspended };
  }
  const changes = compare.changes(git, live.spec);
  const history = await historyOf(input.client, id);
  const when = history && divergedAt(history, (spec) => deepEqual(compare.effective(spec), wanted));
  return {
    id,
    file,
    status: "drifted",
    changes,
    message: `${plural(changes.length, "field")} on the cluster ${changes.length === 1 ? "differs" : "differ"} from git`,
    ...when ? { when } : {},
    ...suspended
  };
}
async function historyOf(client, id) {
  try {
    return await client.getSupervisorHistory(id);
  } catch (error) {
    if (error instanceof DruidNotFoundError) return [];
    return void 0;
  }
}
function divergedAt(history, matches) {
  const index = history.findIndex((entry) => !isTombstone(entry) && matches(entry.spec));
  if (index > 0)
    return `changed on the cluster at ${history[index - 1]?.version} (Druid records when, not who)`;
  if (index === 0) return void 0;
  const oldest = history.at(-1);
  return oldest ? `no version in Druid's history (${history.length}, since ${oldest.version}) matches git` : "Druid has no history for it";
}

// src/report/drift-markdown.ts
var STATUS = {
  "in-sync": "\u2705 in sync",
  drifted: "\u26A0\uFE0F differs",
  missing: "\u2753 not on the cluster",
  "not-in-git": "\u{1F47B} not in git",
  invalid: "\u274C file invalid"
};
function driftIssueTitle(report) {
  const all = [...report.drifted, ...report.segmentsDrifted];
  const shown = all.slice(0, 3).join(", ");
  const more = all.length > 3 ? ` (+${all.length - 3})` : "";
  return `Druid cluster differs from git: ${shown}${more}`;
}
function driftSummaryMarkdown(report, links = {}, issue) {
  const lines = ["## druid-gitops: drift", "", ...releaseMarkdown(report.release)];
  if (report.drifted.length === 0 && report.segmentsDrifted.length === 0) {
    lines.push(
      "> [!TIP]",
      `> Git (${code(report.commit.slice(0, 12))}) and the cluster agree for all ${plural(report.entries.length, "supervisor")}${segmentCount(report)}.`,
      ""
    );
  } else if (report.drifted.length === 0) {
    lines.push(
      "> [!WARNING]",
      `> Retention or compaction differs between git (${code(report.commit.slice(0, 12))}) and the cluster: ${report.segmentsDrifted.map((label) => code(label)).join(", ")}.${issue ? ` Issue: ${issue}` : ""}`,
      ""
    );
  } else {
    lines.push(
      "> [!WARNING]",
      `> ${report.drifted.length} of ${plural(report.entries.length, "supervisor")} ${report.drifted.length === 1 ? "differs" : "differ"} between git (${code(report.commit.slice(0, 12))}) and the cluster: ${report.drifted.map((id) => code(id)).join(", ")}.${issue ? ` Issue: ${issue}` : ""}`,
      ""
    );
  }
  lines.push(...body(report, links));
  return `${lines.join("\n")}
`;
}
function driftIssueBody(report, links = {}) {
  return [
    `The Druid cluster differs from git (${code(report.commit.slice(0, 12))}) for ${plural(report.drifted.length, "supervisor")}. druid-gitops updates this issue on every drift check and closes it when git and the cluster agree again.`,
    "",
    ...body(report, links)
  ].join("\n");
}
function driftClosedComment(report, links = {}) {
  return `Git (${code(report.commit.slice(0, 12))}) and the cluster agree again for all ${plural(report.entries.length, "supervisor")}${segmentCount(report)}${links.runUrl ? ` (checked by ${links.runUrl})` : ""}. Closing.`;
}
function body(report, links) {
  const lines = [
    tableRow(["Supervisor", "File", "Status", "What differs", "When (Druid history)"]),
    "|---|---|---|---|---|"
  ];
  for (const entry of report.entries) {
    lines.push(
      tableRow([
        code(entry.id),
        entry.file ? code(entry.file) : "\u2013",
        STATUS[entry.status],
        escapeMarkdown(entry.message) + (entry.suspended ? " (suspended on the cluster)" : "") + (entry.skipped ? `. The deploy skips git's file: ${escapeMarkdown(entry.skipped)}` : ""),
        entry.when ? escapeMarkdown(entry.when) : "\u2013"
      ])
    );
  }
  lines.push("");
  for (const entry of report.entries.filter((candidate) => candidate.changes.length > 0))
    lines.push(...changesDetails(`${code(entry.id)}: git \u2192 cluster`, entry.changes, true));
  lines.push(...segmentDriftMarkdown(report.segments));
  if (report.drifted.length > 0) lines.push(...whatToDo(report.entries), "");
  if (links.runUrl) lines.push(`<sub>Checked by ${links.runUrl}</sub>`, "");
  return lines;
}
var segmentCount = (report) => report.segments.length > 0 ? ` and ${plural(report.segments.length, "retention/compaction config")}` : "";
function whatToDo(entries) {
  const lines = ["**How to make them agree:**", ""];
  const statuses = new Set(entries.map((entry) => entry.status));
  if (statuses.has("drifted")) {
    lines.push(
      "- **Keep the cluster\u2019s change:** write it into the file and merge (the deploy then finds nothing to do).",
      "- **Put git\u2019s spec back:** run the workflow with operation `resync` and the supervisor id, with `on-drift: overwrite` (a changed cluster is never overwritten without it)."
    );
  }
  if (statuses.has("missing"))
    lines.push(
      "- **Not on the cluster:** the next deploy creates it, or run `resync` now; delete the file if it should stay gone."
    );
  if (statuses.has("not-in-git"))
    lines.push(
      "- **Not in git:** add a file for it (export it with GET /druid/indexer/v1/supervisor/{id}), or terminate it (operation `terminate`, confirmed)."
    );
  if (statuses.has("invalid"))
    lines.push("- **File invalid:** fix the findings in the file; the deploy skips it until then.");
  return lines;
}

export {
  runDrift,
  driftIssueTitle,
  driftSummaryMarkdown,
  driftIssueBody,
  driftClosedComment
};
