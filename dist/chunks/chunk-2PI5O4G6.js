import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  code,
  codeBlock,
  escapeMarkdown,
  tableRow
} from "./chunk-T34DK2WN.js";

// src/report/changes-markdown.ts
function changesBlock(changes) {
  if (changes.length === 0) return "_no difference_";
  return codeBlock(
    changes.map(
      (change) => `${change.kind.padEnd(9)} ${change.pointer}: ${show(change.before)} \u2192 ${show(change.after)}`
    ).join("\n")
  );
}
function changesDetails(summary, changes, open) {
  return [
    `<details${open ? " open" : ""}><summary>${summary}</summary>`,
    "",
    changesBlock(changes),
    "",
    "</details>",
    ""
  ];
}
function show(value) {
  if (value === void 0) return "\u2205";
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 79)}\u2026` : text;
}

// src/report/segments-markdown.ts
var ICON = {
  applied: "\u2705",
  unchanged: "\u2796",
  drift: "\u26A0\uFE0F",
  "deleted-kept": "\u{1F4CC}",
  gone: "\u2796",
  failed: "\u274C"
};
var KIND = { retention: "retention", compaction: "compaction" };
function segmentsMarkdown(results, heading = "### Retention and compaction") {
  if (results.length === 0) return [];
  const lines = [
    heading,
    "",
    tableRow(["Datasource", "Config", "Outcome", "What happened", "Cluster before \u2192 after"]),
    "|---|---|---|---|---|"
  ];
  for (const result of results)
    lines.push(
      tableRow([
        code(result.dataSource),
        KIND[result.kind],
        `${ICON[result.outcome]} ${result.outcome}`,
        escapeMarkdown(result.message) + (result.reviewed === "differs" ? " \u26A0\uFE0F This file differs from the one the pull request review showed." : ""),
        [result.before, result.after].filter((text) => text !== void 0).map((text) => escapeMarkdown(text)).join(" \u2192 ") || "\u2013"
      ])
    );
  lines.push("");
  for (const result of results.filter((r) => r.changes.length > 0 && r.outcome !== "unchanged"))
    lines.push(
      ...changesDetails(
        `${code(result.dataSource)} ${KIND[result.kind]} (${code(result.file)}): cluster \u2192 git`,
        result.changes,
        result.outcome === "failed" || result.outcome === "drift"
      )
    );
  return lines;
}
var DRIFT = {
  "in-sync": "\u2705 in sync",
  drifted: "\u26A0\uFE0F differs",
  missing: "\u2753 not on the cluster",
  unmanaged: "\u{1F47B} not in git",
  invalid: "\u274C file invalid"
};
function segmentDriftMarkdown(entries) {
  if (entries.length === 0) return [];
  const lines = [
    "### Retention and compaction",
    "",
    tableRow(["Datasource", "Config", "File", "Status", "On the cluster", "Last change (Druid audit log)"]),
    "|---|---|---|---|---|---|"
  ];
  for (const entry of entries)
    lines.push(
      tableRow([
        code(entry.dataSource),
        KIND[entry.kind],
        entry.file ? code(entry.file) : "\u2013",
        `${DRIFT[entry.status]}: ${escapeMarkdown(entry.message)}`,
        entry.live ? escapeMarkdown(entry.live) : "\u2013",
        entry.when ? escapeMarkdown(entry.when) : "\u2013"
      ])
    );
  lines.push("");
  for (const entry of entries.filter((candidate) => candidate.changes.length > 0))
    lines.push(
      ...changesDetails(`${code(entry.dataSource)} ${KIND[entry.kind]}: git \u2192 cluster`, entry.changes, true)
    );
  const statuses = new Set(entries.map((entry) => entry.status));
  if (statuses.has("drifted") || statuses.has("missing") || statuses.has("unmanaged")) {
    lines.push("**How to make retention and compaction agree:**", "");
    if (statuses.has("drifted"))
      lines.push(
        "- **Differs:** keep the cluster's change by writing it into the file, or merge any change to the file with `on-drift: overwrite` to put git's back."
      );
    if (statuses.has("missing")) lines.push("- **Not on the cluster:** the next deploy applies the file.");
    if (statuses.has("unmanaged"))
      lines.push(
        "- **Not in git:** add a file for the datasource (GET /druid/coordinator/v1/rules/{dataSource} or /config/compaction/{dataSource} shows what the cluster has)."
      );
    lines.push("");
  }
  return lines;
}

// src/report/release-text.ts
function releaseText(release) {
  if (!release) return void 0;
  if (release.notes.length > 0) return release.notes.join(" ");
  if (!release.reported) return void 0;
  return `The cluster runs Druid ${release.reported}${release.configuredExplicitly ? ", as druidVersion says" : ""}.`;
}
function releaseMarkdown(release) {
  const text = releaseText(release);
  if (!text) return [];
  return release && release.notes.length > 0 ? ["> [!NOTE]", `> ${escapeMarkdown(text)}`, ""] : [`<sub>${escapeMarkdown(text)}</sub>`, ""];
}

export {
  changesBlock,
  changesDetails,
  segmentsMarkdown,
  segmentDriftMarkdown,
  releaseText,
  releaseMarkdown
};
