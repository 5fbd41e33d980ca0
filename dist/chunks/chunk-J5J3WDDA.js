import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/report/safe-markdown.ts
var MARKDOWN_SPECIALS = /[\\`*_[\]#!|~<>&$]/g;
function escapeMarkdown(text) {
  return text.replace(/\r?\n/g, " ").replace(MARKDOWN_SPECIALS, (char) => HTML_ENTITY[char] ?? `\\${char}`).replace(/^(\s*)([-+=>]|\d+[.)])/, "$1\\$2").replace(/@/g, "@\u200D").replace(/(https?|ftp|file):\/\//gi, "$1:/\u200D/");
}
var HTML_ENTITY = {
  "<": "&lt;",
  ">": "&gt;",
  "&": "&amp;",
  "|": "&#124;",
  "`": "&#96;"
};
function code(text) {
  const safe = text.replace(/\r?\n/g, " ").replace(/`/g, "\u02CB").replace(/[<>&|]/g, (char) => HTML_ENTITY[char] ?? char);
  return `<code>${safe.replace(/@/g, "@\u200D")}</code>`;
}
function codeBlock(text, language = "") {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((match) => match[0].length));
  const fence = "`".repeat(longest + 1);
  return `${fence}${language}
${text.replace(/@/g, "@\u200D")}
${fence}`;
}
function tableRow(cells) {
  return `| ${cells.join(" | ")} |`;
}

export {
  escapeMarkdown,
  code,
  codeBlock,
  tableRow
};
