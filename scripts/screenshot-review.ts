/**
 * `npm run docs:screenshot`: the review comment of the demo pull request (scripts/demo-scenario.ts),
 * made by the real planner and renderer, written as docs/review-comment.md and shown as
 * docs/review-comment.png — GitHub-flavoured Markdown rendered by marked, styled with
 * github-markdown-css inside a comment frame, and captured by headless Chromium.
 *
 * Not part of `npm test` or CI: it needs Debian's `chromium` (and `fonts-noto-color-emoji` for the
 * verdict emoji), which CI machines do not have. Set CHROMIUM to use another binary.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { Marked, type Tokens } from 'marked';
import { DEFAULT_CONFIG } from '../src/config/config-file.js';
import { planChanges } from '../src/diff/plan.js';
import { renderReview } from '../src/report/review-markdown.js';
import { demoScenario } from './demo-scenario.js';

const run = promisify(execFile);
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const WIDTH = 1100;
/** GitHub's limit for a comment body, as the action renders it. */
const COMMENT_BUDGET = 65_536;

const scenario = await demoScenario();
const plan = await planChanges({ base: scenario.base, head: scenario.head, config: DEFAULT_CONFIG });
const markdown = renderReview(plan, {
  budget: COMMENT_BUDGET,
  fullReportHint: 'The job summary of this run has the complete review.',
});
await writeFile('docs/review-comment.md', markdown);
console.log(`wrote docs/review-comment.md (${markdown.length} characters)`);

const work = await mkdtemp(path.join(tmpdir(), 'druid-gitops-screenshot-'));
try {
  const page = path.join(work, 'comment.html');
  await writeFile(page, commentPage(markdown, await githubCss()));
  const height = await pageHeight(page, work);
  await chromium(work, [
    `--window-size=${WIDTH},${height}`,
    `--screenshot=${path.resolve('docs/review-comment.png')}`,
    pathToFileURL(page).href,
  ]);
  console.log(`wrote docs/review-comment.png (${WIDTH}×${height})`);
} finally {
  await rm(work, { recursive: true, force: true });
}

/** The comment as GitHub shows it in a pull request's timeline: a framed box under a header line. */
function commentPage(markdown: string, css: string): string {
  const marked = new Marked({
    gfm: true,
    renderer: {
      // GitHub colours the removed and added lines of a ```diff block; marked leaves code plain.
      code({ text, lang }: Tokens.Code) {
        if (lang !== 'diff') return false;
        const lines = text.split('\n').map((line) => {
          const kind = line.startsWith('-') ? 'deleted' : line.startsWith('+') ? 'inserted' : undefined;
          return kind ? `<span class="pl-${kind}">${escapeHtml(line)}</span>` : escapeHtml(line);
        });
        return `<div class="highlight highlight-source-diff"><pre>${lines.join('\n')}</pre></div>\n`;
      },
    },
  });
  const body = marked.parse(markdown, { async: false });
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>druid-gitops review comment</title>
<style>${css}</style>
<style>
  html, body { margin: 0; background: #ffffff; }
  body { padding: 20px; }
  .comment { border: 1px solid #d0d7de; border-radius: 6px; overflow: hidden; }
  .comment-header { background: #f6f8fa; border-bottom: 1px solid #d0d7de; padding: 8px 16px;
    font: 14px/1.5 -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; color: #59636e; }
  .comment-header strong { color: #1f2328; }
  .bot { border: 1px solid #d0d7de; border-radius: 2em; padding: 0 7px; font-size: 12px; margin: 0 4px; }
  .markdown-body { font-size: 14px; padding: 16px; }
  .markdown-body .pl-deleted { color: #82071e; background-color: #ffebe9; }
  .markdown-body .pl-inserted { color: #116329; background-color: #dafbe1; }
</style></head>
<body><div class="comment">
<div class="comment-header"><strong>github-actions</strong><span class="bot">bot</span> commented</div>
<div class="markdown-body">
${body}
</div></div>
<script>document.documentElement.dataset.height = String(document.documentElement.scrollHeight);</script>
</body></html>
`;
}

async function githubCss(): Promise<string> {
  const require = createRequire(import.meta.url);
  return readFile(require.resolve('github-markdown-css/github-markdown-light.css'), 'utf8');
}

/** The page's full height, measured by the page itself in a first Chromium run. */
async function pageHeight(page: string, work: string): Promise<number> {
  const dom = await chromium(work, [`--window-size=${WIDTH},800`, '--dump-dom', pathToFileURL(page).href]);
  const height = Number(/data-height="(\d+)"/.exec(dom)?.[1]);
  if (!Number.isInteger(height) || height <= 0) throw new Error('could not measure the rendered comment');
  return height;
}

/** One headless run with a fresh profile and no background networking (the machine has none). */
async function chromium(work: string, args: readonly string[]): Promise<string> {
  const profile = await mkdtemp(path.join(work, 'profile-'));
  const { stdout } = await run(
    CHROMIUM,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--hide-scrollbars',
      '--force-device-scale-factor=1',
      `--user-data-dir=${profile}`,
      ...args,
    ],
    { timeout: 60_000, maxBuffer: 16 * 1024 * 1024 },
  ).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT')
      throw new Error(`${CHROMIUM} not found: install Debian's chromium and fonts-noto-color-emoji`);
    throw error;
  });
  return stdout;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
