import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  releaseText
} from "./chunk-2PI5O4G6.js";
import {
  PLAIN
} from "./chunk-A2N3XLZI.js";
import {
  DESTRUCTIVE,
  READ_ONLY,
  plural
} from "./chunk-MJ7KIQFN.js";

// src/report/recover-text.ts
var MARK = {
  critical: "CRITICAL",
  warning: "WARNING",
  notice: "notice",
  ok: "ok"
};
function recoverText(report, style = PLAIN) {
  const { operation, supervisor } = report.request;
  const release = releaseText(report.release);
  const lines = [
    `druid-gitops ${operation} ${supervisor}: ${report.outcome === "read" ? "" : `${report.outcome}: `}${report.message}`,
    ...release ? [release] : []
  ];
  const before = READ_ONLY.has(operation) ? [] : [`Before the ${operation}:`];
  for (const row of report.rows) lines.push("", ...before, ...rowText(row, operation === "diagnose", style));
  if (report.consequences.length > 0 && operation !== "status" && operation !== "diagnose") {
    lines.push(
      "",
      report.outcome === "refused" ? "What it would do to the data:" : "What this does to the data:"
    );
    lines.push(...report.consequences.map((line) => `  - ${line}`));
  }
  if (report.before)
    lines.push("", ...offsets(report.outcome === "refused" ? "Now" : "Before", report.before));
  if (report.after) lines.push("", ...offsets("After", report.after));
  if (report.known?.length) lines.push("", `Supervisors Druid knows: ${report.known.join(", ")}`);
  const timeline = [...report.deploy?.timeline ?? [], ...report.timeline];
  if (timeline.length > 0)
    lines.push("", ...timeline.map((event) => `${event.at.slice(11, 19)} ${event.step}: ${event.detail}`));
  if (report.outcome === "refused" && DESTRUCTIVE.has(operation) && supervisor !== "*")
    lines.push(
      "",
      `To go ahead: druid-gitops ${operation} ${supervisor} --confirm ${supervisor}${operation === "reset-offsets" ? ` --offsets '{"0": N}'` : ""} --reason '...'`
    );
  return lines.join("\n");
}
function rowText(row, full, style) {
  if (row.missing) return [`${style.strong(row.id)}: ${style.error(row.missing)}`];
  const mark = (severity) => severity === "critical" ? style.error(MARK[severity]) : severity === "warning" ? style.warning(MARK[severity]) : severity === "ok" ? style.ok(MARK[severity]) : style.notice(MARK[severity]);
  const diagnosis = row.diagnosis;
  const lag = diagnosis?.lag;
  const lagText = lag?.last === void 0 ? `lag unknown (${lag?.reason ?? "not reported"})` : `lag ${lag.first !== void 0 && lag.first !== lag.last ? `${lag.first} -> ` : ""}${lag.last}${lag.direction === "unknown" ? "" : ` ${lag.direction}`}`;
  const lines = [
    `${style.strong(row.id)}  ${row.state}  ${row.healthy ? style.ok("healthy") : style.error("UNHEALTHY")}  tasks ${row.readingTasks}/${row.expectedTasks} (${row.publishingTasks} publishing)  ${lagText}`
  ];
  if (row.segments) {
    const { retention, compaction } = row.segments;
    lines.push(
      `  retention: ${retention.live}${retention.git ? ` (${retention.git})` : ""}`,
      `  compaction: ${compaction.live}${compaction.git ? ` (${compaction.git})` : ""}`
    );
  }
  if (!diagnosis) return lines;
  const shown = diagnosis.problems.filter((problem) => full || problem.severity !== "notice");
  if (shown.length === 0) lines.push(`  ${mark(diagnosis.severity)}: ${diagnosis.summary}`);
  for (const problem of shown) {
    lines.push(
      `  [${mark(problem.severity)}] ${problem.title}`,
      ...problem.evidence.map((line) => `      ${line}`),
      `      next: ${nextText(problem.next)}`
    );
  }
  if (full)
    lines.push(
      ...row.recentErrors.map((error) => `  error: ${error}`),
      ...diagnosis.notes.map((note) => `  ${note}`)
    );
  return lines;
}
function nextText(next) {
  if (!next.operation) return next.text;
  return `druid-gitops ${next.operation}${DESTRUCTIVE.has(next.operation) ? " (destructive, needs --confirm)" : ""}: ${next.text}`;
}
function offsets(title, table) {
  const lines = [
    `${title}: ${table.state}, ${table.readingTasks} reading, ${table.publishingTasks} publishing`
  ];
  if (table.partitions.length === 0) return [...lines, "  (Druid reports no partition offsets now)"];
  lines.push("  partition        end   task-start      read-to        lag");
  for (const p of table.partitions) {
    const cell = (value) => String(value ?? "-").padStart(11);
    lines.push(
      `  ${p.partition.padEnd(9)}${cell(p.end)}  ${cell(p.taskStart)}  ${cell(p.read)}  ${cell(p.lag)}`
    );
  }
  return lines;
}
function driftText(report) {
  const release = releaseText(report.release);
  const lines = [
    ...release ? [release] : [],
    report.drifted.length === 0 ? `git (${report.commit.slice(0, 12)}) and the cluster agree for all ${plural(report.entries.length, "supervisor")}.` : `${report.drifted.length} of ${plural(report.entries.length, "supervisor")} ${report.drifted.length === 1 ? "differs" : "differ"} between git (${report.commit.slice(0, 12)}) and the cluster.`
  ];
  for (const entry of report.entries) {
    lines.push(
      `${entry.id}: ${entry.status}: ${entry.message}${entry.when ? `; ${entry.when}` : ""}${entry.skipped ? `; the deploy skips git's file: ${entry.skipped}` : ""}`
    );
    for (const change of entry.changes)
      lines.push(
        `  ${change.kind} ${change.pointer}: ${JSON.stringify(change.before) ?? "-"} -> ${JSON.stringify(change.after) ?? "-"}`
      );
  }
  for (const entry of report.segments)
    lines.push(
      `${entry.kind} of ${entry.dataSource}: ${entry.status}: ${entry.message}${entry.live ? ` [cluster: ${entry.live}]` : ""}${entry.when ? `; ${entry.when}` : ""}`
    );
  return lines.join("\n");
}

export {
  recoverText,
  driftText
};
