import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  code,
  escapeMarkdown,
  tableRow
} from "./chunk-T34DK2WN.js";
import {
  plural
} from "./chunk-MJ7KIQFN.js";

// src/report/validation-markdown.ts
var SUMMARY_BUDGET = 1024 * 1024 - 4096;
var ICON = { error: "\u274C", warning: "\u26A0\uFE0F", notice: "\u2139\uFE0F" };
function renderValidationMarkdown(report, budget = SUMMARY_BUDGET) {
  const { files, supervisors, errors, warnings, notices } = report.summary;
  const head = [
    "## druid-gitops: spec validation and guardrails",
    "",
    `**${plural(files, "file")}, ${plural(supervisors, "supervisor")}: ${plural(errors, "error")}, ${plural(warnings, "warning")}, ${plural(notices, "notice")}.**`,
    ""
  ];
  const withFindings = report.files.filter((file) => file.findings.length > 0);
  if (withFindings.length === 0) return [...head, "Every spec passed.", ""].join("\n");
  const sections = withFindings.map(renderFile);
  const closing = (left) => left === 0 ? "" : `
_${left} more findings are not shown here; the JSON report (output \`report\`) has all of them._
`;
  let text = head.join("\n");
  let omitted = 0;
  for (const [index, section] of sections.entries()) {
    const remaining = withFindings.slice(index).reduce((sum, file) => sum + file.findings.length, 0);
    if (text.length + section.text.length + closing(remaining).length > budget) {
      omitted = remaining;
      break;
    }
    text += section.text;
  }
  return text + closing(omitted);
}
function renderFile(file) {
  const title = `### ${escapeMarkdown(file.file)}${file.supervisor ? ` (${code(file.supervisor)})` : ""}`;
  const rows = file.findings.map(
    (finding) => tableRow([
      `${ICON[finding.severity]} ${finding.severity}${finding.suppressed ? " (suppressed)" : ""}`,
      `${finding.line ?? 1}:${finding.column ?? 1}`,
      code(finding.rule),
      escapeMarkdown(finding.message) + (finding.suppressed ? ` \u2014 suppressed: ${escapeMarkdown(finding.suppressed.reason)}` : "")
    ])
  );
  return {
    text: [
      "",
      title,
      "",
      tableRow(["Severity", "Line", "Rule", "Finding"]),
      "|---|---|---|---|",
      ...rows,
      ""
    ].join("\n")
  };
}
function selectAnnotations(report, perSeverity = 10) {
  const chosen = [];
  const taken = { error: 0, warning: 0, notice: 0 };
  for (const severity of ["error", "warning", "notice"]) {
    for (const file of report.files) {
      for (const finding of file.findings) {
        if (finding.severity !== severity || finding.suppressed || taken[severity] >= perSeverity) continue;
        taken[severity]++;
        chosen.push({ file: file.file, finding });
      }
    }
  }
  return chosen;
}

export {
  SUMMARY_BUDGET,
  renderValidationMarkdown,
  selectAnnotations
};
