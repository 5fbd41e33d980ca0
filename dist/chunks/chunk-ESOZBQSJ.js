import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  DESTRUCTIVE
} from "./chunk-IP5AAAWZ.js";

// src/report/recover-text.ts
var MARK = {
  critical: "CRITICAL",
  warning: "WARNING",
  notice: "notice",
  ok: "ok"
};
function recoverText(report) {
  const { operation, supervisor } = report.request;
  const lines = [
    `druid-gitops ${operation} ${supervisor}: ${report.outcome === "read" ? "" : `${report.outcome}: `}${report.message}`
  ];
  for (const row of report.rows) lines.push("", ...rowText(row, operation === "diagnose"));
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
function rowText(row, full) {
  if (row.missing) return [`${row.id}: ${row.missing}`];
  const diagnosis = row.diagnosis;
  const lag = diagnosis?.lag;
  const lagText = lag?.last === void 0 ? `lag unknown (${lag?.reason ?? "not reported"})` : `lag ${lag.first !== void 0 && lag.first !== lag.last ? `${lag.first} -> ` : ""}${lag.last}${lag.direction === "unknown" ? "" : ` ${lag.direction}`}`;
  const lines = [
    `${row.id}  ${row.state}  ${row.healthy ? "healthy" : "UNHEALTHY"}  tasks ${row.readingTasks}/${row.expectedTasks} (${row.publishingTasks} publishing)  ${lagText}`
  ];
  if (row.segments) {
    const { retention, compaction } = row.segments;
    lines.push(
      `  retention: ${retention.live}${retention.git ? ` (${retention.git})` : ""}`,
      `  compaction: ${compaction.live}${compaction.git ? ` (${compaction.git})` : ""}`
    );
  }
  if (!diagnosis) return lines;
  lines.push(`  ${MARK[diagnosis.severity]}: ${diagnosis.summary}`);
  for (const problem of diagnosis.problems) {
    if (!full && problem.severity === "notice") continue;
    lines.push(
      `  [${MARK[problem.severity]}] ${problem.title}`,
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
  const lines = [
    report.drifted.length === 0 ? `git (${report.commit.slice(0, 12)}) and the cluster agree for all ${report.entries.length} supervisor(s).` : `${report.drifted.length} of ${report.entries.length} supervisor(s) differ between git (${report.commit.slice(0, 12)}) and the cluster.`
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
