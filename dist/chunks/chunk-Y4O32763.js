import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  SUMMARY_BUDGET
} from "./chunk-B4JBFYHS.js";
import {
  changesBlock,
  releaseMarkdown,
  segmentsMarkdown
} from "./chunk-2PI5O4G6.js";
import {
  code,
  escapeMarkdown,
  tableRow
} from "./chunk-T34DK2WN.js";
import {
  plural
} from "./chunk-MJ7KIQFN.js";

// src/report/lag-chart.ts
var VERDICT_MARK = {
  continuous: "\u2705 continuous",
  gap: "\u{1F6A8} GAP",
  rewind: "\u{1F6A8} REWIND",
  "not provable": "\u26A0\uFE0F not provable"
};
function continuityMark(continuity) {
  return continuity ? VERDICT_MARK[continuity.verdict] : "\u2013";
}
function continuityMarkdown(continuity) {
  const lines = [`**Offsets:** ${VERDICT_MARK[continuity.verdict]}: ${escapeMarkdown(continuity.summary)}.`];
  if (continuity.verdict === "continuous" || continuity.partitions.length === 0) return [...lines, ""];
  lines.push(
    "",
    "| Partition | Tasks before stopped at | Tasks after start at | Verdict |",
    "|---|---|---|---|"
  );
  for (const partition of continuity.partitions) {
    const stopped = partition.stopped ? `${partition.stopped.exact ? "" : "\u2265 "}${count(partition.stopped.offset)}` : "\u2013";
    const started = partition.started === void 0 ? "\u2013" : count(partition.started);
    const records = partition.records ? ` (${count(partition.records)} records)` : "";
    lines.push(`| ${code(partition.partition)} | ${stopped} | ${started} | ${partition.verdict}${records} |`);
  }
  return [...lines, ""];
}
function lagChartMarkdown(result) {
  const { continuity, lagSamples } = result;
  if (!continuity) return [];
  const lines = [`#### ${code(result.id)}: lag over the deploy`, ""];
  if (lagSamples && lagSamples.length > 0) {
    const origin = eventTime(result.timeline, "suspend") ?? Date.parse(lagSamples[0]?.at ?? "");
    const resumed = eventTime(result.timeline, "resume", true);
    const labels = lagSamples.map((sample) => `"${relative(Date.parse(sample.at) - origin)}"`);
    const values = lagSamples.map((sample) => Math.max(0, Math.round(sample.lag)));
    const top = Math.max(1, ...values);
    lines.push(
      "```mermaid",
      "xychart-beta",
      `    title "Records behind, by seconds from the suspend${resumed === void 0 ? "" : ` (resumed at ${relative(resumed - origin)})`}"`,
      `    x-axis [${labels.join(", ")}]`,
      `    y-axis "records" 0 --> ${Math.ceil(top * 1.1)}`,
      `    line [${values.join(", ")}]`,
      "```",
      "",
      lagStory(
        values,
        lagSamples.map((sample) => Date.parse(sample.at)),
        origin,
        resumed
      ),
      ""
    );
  } else {
    lines.push(
      "_Druid reported no lag during the deploy (no reading task with known offsets), so there is no chart._",
      ""
    );
  }
  lines.push(`**Offsets:** ${VERDICT_MARK[continuity.verdict]}: ${escapeMarkdown(continuity.summary)}.`, "");
  return lines;
}
function lagStory(values, times, origin, resumed) {
  const before = values.filter((_, index) => (times[index] ?? 0) < origin);
  const after = values.filter((_, index) => (times[index] ?? 0) >= (resumed ?? origin));
  const parts = [];
  if (before.length > 0) parts.push(`before the suspend ${count(before.at(-1) ?? 0)} records behind`);
  if (after.length > 0) {
    const peak = Math.max(...after);
    const last = after.at(-1) ?? 0;
    parts.push(peak > 0 ? `after the resume the backlog peaked at ${count(peak)}` : "after the resume 0");
    parts.push(
      last <= Math.max(100, (before.at(-1) ?? 0) * 1.1) ? `and drained to ${count(last)} (caught up)` : `and was ${count(last)} when the deploy ended (still draining)`
    );
  }
  return parts.length > 0 ? `Lag: ${parts.join(", ")}.` : "";
}
function eventTime(timeline, step, last = false) {
  const events = timeline.filter((event2) => event2.step === step);
  const event = last ? events.at(-1) : events[0];
  return event ? Date.parse(event.at) : void 0;
}
function relative(ms) {
  const seconds = Math.round(ms / 1e3);
  return seconds < 0 ? `${seconds}s` : `+${seconds}s`;
}
function count(value) {
  return value.toLocaleString("en-US");
}

// src/report/deploy-markdown.ts
var PULL_REQUEST_BODY_LIMIT = 65536;
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
function deploySummaryMarkdown(results, links = {}, segments = [], release, budget = SUMMARY_BUDGET) {
  const needsHands = results.filter((result) => result.manualSteps);
  const lines = ["## druid-gitops: deploy", ""];
  if (links.commit)
    lines.push(
      `Commit ${code(links.commit.slice(0, 12))}${links.pullRequest ? ` (${escapeMarkdown(links.pullRequest)})` : ""}.`,
      ""
    );
  lines.push(...releaseMarkdown(release));
  if (needsHands.length > 0) {
    lines.push(
      `> [!CAUTION]`,
      `> ${plural(needsHands.length, "supervisor")} ${needsHands.length === 1 ? "needs" : "need"} a person now: ${needsHands.map((result) => code(result.id)).join(", ")}. See below.`,
      ""
    );
  }
  const broken = results.filter((result) => ["gap", "rewind"].includes(result.continuity?.verdict ?? ""));
  if (broken.length > 0) {
    lines.push(
      `> [!WARNING]`,
      `> Offsets did not continue for ${broken.map((result) => `${code(result.id)} (${result.continuity?.verdict})`).join(", ")}: records were skipped or read twice. See below.`,
      ""
    );
  }
  lines.push(
    tableRow(["Supervisor", "Outcome", "What happened", "Lag before \u2192 after", "Offsets"]),
    "|---|---|---|---|---|"
  );
  for (const result of results) {
    lines.push(
      tableRow([
        code(result.id),
        `${OUTCOME_ICON[result.outcome]} ${result.outcome}`,
        escapeMarkdown(result.message) + githubLinks(result),
        `${lagText(result.lagBefore)} \u2192 ${lagText(result.lagAfter)}`,
        continuityMark(result.continuity)
      ])
    );
  }
  lines.push("", ...segmentsMarkdown(segments));
  const charted = results.filter((result) => result.continuity);
  const charts = charted.length > 0 ? ["### Lag over the deploy", "", ...charted.flatMap(lagChartMarkdown)] : [];
  const details = results.filter((r) => r.timeline.length > 0 || r.drift || r.diagnosis || r.continuity).map(
    (result) => [
      `<details${result.manualSteps ? " open" : ""}><summary>${code(result.id)}: ${result.outcome}</summary>`,
      "",
      ...resultDetails(result),
      "</details>",
      ""
    ].join("\n")
  );
  return fitted(lines.join("\n"), charts.join("\n"), details, budget);
}
function fitted(head, charts, details, budget) {
  const whole = [head, charts, ...details].filter(Boolean).join("\n");
  if (whole.length <= budget) return whole;
  const note = charts ? "_The lag charts were left out to fit the summary._\n" : "";
  const cut = "\n\n_Cut to fit the summary: the JSON report has every supervisor._\n";
  if (head.length + note.length + cut.length > budget)
    return `${head.slice(0, Math.max(0, budget - cut.length))}${cut}`.slice(0, budget);
  let text = [head, note].filter(Boolean).join("\n");
  for (const [index, block] of details.entries()) {
    const more = `_Details of ${details.length - index} more supervisor(s) left out to fit the summary: see the JSON report._
`;
    if (text.length + block.length + more.length + 1 > budget) return `${text}
${more}`.slice(0, budget);
    text = `${text}
${block}`;
  }
  return text.slice(0, budget);
}
function rollbackPullRequestBody(result, links, budget = PULL_REQUEST_BODY_LIMIT) {
  const head = [
    `The deploy of ${code(result.id)} (${code(result.file)}) failed, and druid-gitops restored the previous spec on the cluster. Git now says something the cluster does not run. Merge this pull request to bring git back in line, or fix the spec and merge that instead.`,
    "",
    ...links.runUrl ? [`- Deploy run: ${links.runUrl}`] : [],
    ...links.commit ? [`- Commit that failed: ${code(links.commit)}`] : [],
    ...links.pullRequest ? [`- Original change: ${escapeMarkdown(links.pullRequest)}`] : [],
    ""
  ].join("\n");
  const chart = lagChartMarkdown(result).join("\n");
  const diagnosis = ["## Diagnosis", "", ...resultDetails(result)].join("\n");
  for (const body of [
    [head, chart, diagnosis],
    [head, diagnosis]
  ].map((parts) => parts.filter(Boolean).join("\n")))
    if (body.length <= budget) return body;
  const cut = "\n\n_Cut to fit a pull request: the job summary and the JSON report have the rest._";
  return `${[head, diagnosis].join("\n").slice(0, Math.max(0, budget - cut.length))}${cut}`;
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
  if (result.continuity) lines.push(...continuityMarkdown(result.continuity));
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
