/** Field changes (what a diff found) as Markdown: one line per changed pointer, before → after. */
import type { FieldChange } from '../diff/spec-diff.js';
import { codeBlock } from './safe-markdown.js';

export function changesBlock(changes: readonly FieldChange[]): string {
  if (changes.length === 0) return '_no difference_';
  return codeBlock(
    changes
      .map(
        (change) =>
          `${change.kind.padEnd(9)} ${change.pointer}: ${show(change.before)} → ${show(change.after)}`,
      )
      .join('\n'),
  );
}

/** A <details> section around `changesBlock`; `summary` is already-safe Markdown. */
export function changesDetails(summary: string, changes: readonly FieldChange[], open: boolean): string[] {
  return [
    `<details${open ? ' open' : ''}><summary>${summary}</summary>`,
    '',
    changesBlock(changes),
    '',
    '</details>',
    '',
  ];
}

function show(value: unknown): string {
  if (value === undefined) return '∅';
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}
