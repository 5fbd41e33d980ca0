/**
 * The one model of a problem found in a file, shared by loading, validation and guardrails, and
 * rendered by every report (text, JSON, SARIF, annotations, PR comment).
 */
export type Severity = 'error' | 'warning' | 'notice';

export interface Finding {
  /** Stable rule id, documented in docs/rules.md (e.g. `druid/type`). */
  rule: string;
  severity: Severity;
  /** One sentence on what is wrong and what to do. Never contains a secret value. */
  message: string;
  /** RFC 6901 pointer into the document as the file writes it; '' for the whole file. */
  pointer: string;
  /** 1-based position of the value at `pointer`, when the file could be parsed that far. */
  line?: number;
  column?: number;
  /** Set when configuration or an inline comment suppressed the finding; it is still reported. */
  suppressed?: { reason: string; source: 'config' | 'inline' };
}

export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };

/** Orders findings most severe first, then by position, so reports and annotations agree. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0) ||
    a.rule.localeCompare(b.rule)
  );
}

/** Whether a finding counts toward a failing result (suppressed findings never do). */
export function counts(finding: Finding, severity: Severity): boolean {
  return finding.suppressed === undefined && finding.severity === severity;
}

/** "1 error-level finding", "3 error-level findings". */
export function countFindings(count: number, level: string): string {
  return `${count} ${level} finding${count === 1 ? '' : 's'}`;
}
