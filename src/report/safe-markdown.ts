/**
 * Markdown that is safe to build from user files. Everything that comes from a spec, a file name or
 * a Druid error goes through `escapeMarkdown` (or `code`) before it reaches a comment, summary or PR
 * body, so a spec cannot inject HTML, links, images, mentions or formatting.
 */

// Characters with inline meaning in GitHub-flavoured Markdown or HTML. Newlines become spaces, so
// block syntax (lists, headings, quotes) can only start the text; the leading check handles that.
const MARKDOWN_SPECIALS = /[\\`*_[\]#!|~<>&$]/g;

/** Inline text: Markdown and HTML are inert, @mentions and #references do not notify anyone. */
export function escapeMarkdown(text: string): string {
  return (
    text
      .replace(/\r?\n/g, ' ')
      .replace(MARKDOWN_SPECIALS, (char) => HTML_ENTITY[char] ?? `\\${char}`)
      .replace(/^(\s*)([-+=>]|\d+[.)])/, '$1\\$2')
      // A zero-width joiner after @ keeps the text readable but stops GitHub from mentioning.
      .replace(/@/g, '@\u200d')
      // Bare URLs would be autolinked; break the scheme so they stay text.
      .replace(/(https?|ftp|file):\/\//gi, '$1:/\u200d/')
  );
}

const HTML_ENTITY: Record<string, string> = {
  '<': '&lt;',
  '>': '&gt;',
  '&': '&amp;',
  '|': '&#124;',
  '`': '&#96;',
};

/**
 * Inline code. A code span cannot contain its own delimiter safely, so backticks become a
 * look-alike; HTML is still escaped because code spans inside HTML blocks are not literal.
 */
export function code(text: string): string {
  const safe = text
    .replace(/\r?\n/g, ' ')
    .replace(/`/g, 'ˋ')
    .replace(/[<>&|]/g, (char) => HTML_ENTITY[char] ?? char);
  return `<code>${safe.replace(/@/g, '@\u200d')}</code>`;
}

/** A fenced block for multi-line text (diffs, JSON); the fence is longer than any run inside. */
export function codeBlock(text: string, language = ''): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((match) => match[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${language}\n${text.replace(/@/g, '@\u200d')}\n${fence}`;
}

/** A table row; cells are already-safe Markdown. */
export function tableRow(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}
