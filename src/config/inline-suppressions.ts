/**
 * Inline suppressions in YAML specs: `# druid-gitops-ignore RULE-ID[, RULE-ID]: reason`.
 *
 * A comment at the end of a line covers findings reported on that line (and, when the line only
 * opens a block — `tuningConfig:` — the first line of the block). A comment on a line of its own
 * covers the next line with content. Comments are found with the `yaml` package's own parser, so
 * a `#` inside a quoted string is never mistaken for one. JSON has no comments: JSON specs use
 * suppressions in `.druid-gitops.yml`.
 */
import { Parser } from 'yaml';
import type { Finding } from '../common/finding.js';
import type { ParsedDocument } from '../spec/parse.js';
import { ruleIdProblem } from './config-rules.js';

const MARKER = 'druid-gitops-ignore';
const DIRECTIVE = /^#\s*druid-gitops-ignore\b\s*([^:]*)(?::(.*))?$/;

export interface InlineSuppression {
  rules: readonly string[];
  reason: string;
  /** 1-based lines whose findings it covers. */
  lines: readonly number[];
}

export interface InlineResult {
  suppressions: InlineSuppression[];
  /** Comments that suppress nothing (no reason, unknown rule): findings of their own. */
  findings: Finding[];
}

const NONE: InlineResult = { suppressions: [], findings: [] };

export function readInlineSuppressions(document: ParsedDocument<unknown>): InlineResult {
  if (document.format !== 'yaml' || !document.text.includes(MARKER)) return NONE;
  const text = document.text;
  const lineStarts = [0];
  for (let index = 0; index < text.length; index++) if (text[index] === '\n') lineStarts.push(index + 1);
  const lines = text.split('\n');
  const lineOf = (offset: number): number => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((lineStarts[middle] as number) <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  };
  const hasContent = (line: number): boolean => {
    const trimmed = (lines[line - 1] ?? '').trim();
    return trimmed !== '' && !trimmed.startsWith('#');
  };
  const nextContentLine = (after: number): number | undefined => {
    for (let line = after + 1; line <= lines.length; line++) if (hasContent(line)) return line;
    return undefined;
  };

  const result: InlineResult = { suppressions: [], findings: [] };
  for (const comment of yamlComments(text)) {
    const match = DIRECTIVE.exec(comment.source.trim());
    if (!match) continue;
    const line = lineOf(comment.offset);
    const column = comment.offset - (lineStarts[line - 1] as number) + 1;
    const before = text.slice(lineStarts[line - 1] as number, comment.offset).trim();
    const ids = (match[1] ?? '')
      .split(',')
      .map((id) => id.trim())
      .filter((id) => id !== '');
    const reason = (match[2] ?? '').trim();
    const invalid = (message: string): void => {
      result.findings.push({
        rule: 'suppression/invalid',
        severity: 'warning',
        pointer: '',
        line,
        column,
        message,
      });
    };
    if (ids.length === 0) {
      invalid(
        `This ${MARKER} comment names no rule, so it suppresses nothing. Write "# ${MARKER} RULE-ID: reason".`,
      );
      continue;
    }
    if (reason === '') {
      invalid(
        `This ${MARKER} comment for ${ids.join(', ')} gives no reason, so it suppresses nothing. Add ": why the finding is acceptable here".`,
      );
      continue;
    }
    const known = ids.filter((id) => {
      const problem = ruleIdProblem(id);
      if (problem) invalid(`This ${MARKER} comment suppresses nothing for it: ${problem}`);
      return !problem;
    });
    if (known.length === 0) continue;
    const covered: number[] = [];
    if (before === '') {
      const next = nextContentLine(line);
      if (next !== undefined) covered.push(next);
    } else {
      covered.push(line);
      // `key:` or `-` opens a block whose first line is where a finding about it is reported.
      if (/:$|^-$/.test(before)) {
        const next = nextContentLine(line);
        if (next !== undefined) covered.push(next);
      }
    }
    result.suppressions.push({ rules: known, reason, lines: covered });
  }
  return result;
}

/** Every comment token in the YAML text, with its offset. */
function yamlComments(text: string): Array<{ offset: number; source: string }> {
  const comments: Array<{ offset: number; source: string }> = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node !== null && typeof node === 'object') {
      const token = node as { type?: unknown; offset?: unknown; source?: unknown };
      if (token.type === 'comment' && typeof token.offset === 'number' && typeof token.source === 'string') {
        comments.push({ offset: token.offset, source: token.source });
        return;
      }
      for (const [key, child] of Object.entries(node)) if (key !== 'source') visit(child);
    }
  };
  for (const token of new Parser().parse(text)) visit(token);
  return comments;
}
