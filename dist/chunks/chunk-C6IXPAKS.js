import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  changesBlock,
  segmentsMarkdown
} from "./chunk-KGG6HC7K.js";
import {
  code,
  escapeMarkdown,
  tableRow
} from "./chunk-J5J3WDDA.js";

// src/report/deploy-markdown.ts
var OUTCOME_ICON = {
  applied: "\u2705",
  unchanged: "\u2796",
  created: "\u{1F195}",
  drift: "\u26A0\uFE0F",
  restored: "\u21A9\uFE0F",
  "restore-failed": "\u{1F6A8}",
  "left-suspended": "\u{1F6A8}",
  pruned: "\u{1F5D1}\uFE0F",
  skipped: "\u23ED\uFE0F",
  failed: "\u274C"
};
function deploySummaryMarkdown(results, links = {}, segments = []) {
  const needsHands = results.filter((result) => result.manualSteps);
  const lines = ["## druid-gitops: deploy", ""];
  if (links.commit)
    lines.push(
      `Commit ${code(links.commit.slice(0, 12))}${links.pullRequest ? ` (${escapeMarkdown(links.pullRequest)})` : ""}.`,
      ""
    );
  if (needsHands.length > 0) {
    lines.push(
      `> [!CAUTION]`,
      `> ${needsHands.length} supervisor(s) need a person now: ${needsHands.map((result) => code(result.id)).join(", ")}. See below.`,
      ""
    );
  }
  lines.push(tableRow(["Supervisor", "Outcome", "What happened", "Lag before \u2192 after"]), "|---|---|---|---|");
  for (const result of results) {
    lines.push(
      tableRow([
        code(result.id),
        `${OUTCOME_ICON[result.outcome]} ${result.outcome}`,
        escapeMarkdown(result.message) + githubLinks(result),
        `${lagText(result.lagBefore)} \u2192 ${lagText(result.lagAfter)}`
      ])
    );
  }
  lines.push("", ...segmentsMarkdown(segments));
  for (const result of results.filter((r) => r.timeline.length > 0 || r.drift || r.diagnosis)) {
    lines.push(
      `<details${result.manualSteps ? " open" : ""}><summary>${code(result.id)}: ${result.outcome}</summary>`,
      "",
      ...resultDetails(result),
      "</details>",
      ""
    );
  }
  return lines.join("\n");
}
function rollbackPullRequestBody(result, links) {
  return [
    `The deploy of ${code(result.id)} (${code(result.file)}) failed, and druid-gitops restored the previous spec on the cluster. Git now says something the cluster does not run. Merge this pull request to bring git back in line, or fix the spec and merge that instead.`,
    "",
    ...links.runUrl ? [`- Deploy run: ${links.runUrl}`] : [],
    ...links.commit ? [`- Commit that failed: ${code(links.commit)}`] : [],
    ...links.pullRequest ? [`- Original change: ${escapeMarkdown(links.pullRequest)}`] : [],
    "",
    "## Diagnosis",
    "",
    ...resultDetails(result)
  ].join("\n");
}
function incidentIssueBody(result, links) {
  return [
    `**${code(result.id)} needs a person now.** ${escapeMarkdown(result.message)}.`,
    "",
    "While a supervisor is suspended or unhealthy, Kafka lag grows; once it passes the topic's retention, Kafka deletes data Druid has not read.",
    "",
    ...links.runUrl ? [`Deploy run: ${links.runUrl}`, ""] : [],
    ...resultDetails(result)
  ].join("\n");
}
function resultDetails(result) {
  const lines = [];
  if (result.diagnosis) {
    lines.push(`**State:** ${code(result.diagnosis.state)}. ${escapeMarkdown(result.diagnosis.reason)}`, "");
    if (result.diagnosis.recentErrors.length > 0) {
      lines.push("**Recent errors reported by Druid:**", "");
      for (const error of result.diagnosis.recentErrors.slice(-5)) {
        lines.push(
          `- ${code(error.timestamp)} ${code(error.exceptionClass ?? "error")}: ${escapeMarkdown(error.message ?? "")}`
        );
      }
      lines.push("");
    }
  }
  if (result.manualSteps)
    lines.push(
      "**What to do now:**",
      "",
      ...result.manualSteps.map((step, index) => `${index + 1}. ${escapeMarkdown(step)}`),
      ""
    );
  if (result.drift) {
    lines.push(
      "**Changed outside git** (previous file \u2192 cluster):",
      "",
      changesBlock(result.drift.outOfBand),
      "",
      "**What git asks for** (cluster \u2192 new file):",
      "",
      changesBlock(result.drift.wanted),
      ""
    );
  }
  if (result.droppedKeys && result.droppedKeys.length > 0) {
    lines.push(
      `**Keys Druid dropped** (it ignores unknown keys): ${result.droppedKeys.map((key) => code(key)).join(", ")}`,
      ""
    );
  }
  if (result.timeline.length > 0) {
    lines.push(
      "**Timeline (UTC):**",
      "",
      ...result.timeline.map(
        (event) => `- ${event.at.slice(11, 19)} ${escapeMarkdown(event.step)}: ${escapeMarkdown(event.detail)}`
      ),
      ""
    );
  }
  return lines;
}
function githubLinks(result) {
  const { rollbackPullRequest, issue, error } = result.github ?? {};
  return [
    result.reviewed === "differs" ? " \u26A0\uFE0F This spec differs from the one the pull request review showed." : "",
    rollbackPullRequest ? ` Rollback pull request: ${rollbackPullRequest}.` : "",
    issue ? ` Issue: ${issue}.` : "",
    error ? ` \u26A0\uFE0F ${escapeMarkdown(error)}.` : ""
  ].join("");
}
function lagText(lag) {
  if (!lag) return "\u2013";
  return lag.aggregateLag === void 0 ? escapeMarkdown(lag.state) : `${lag.aggregateLag.toLocaleString("en-US")} (${escapeMarkdown(lag.state)})`;
}

export {
  deploySummaryMarkdown,
  rollbackPullRequestBody,
  incidentIssueBody,
  resultDetails
};
