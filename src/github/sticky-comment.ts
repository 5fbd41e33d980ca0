/**
 * One comment per pull request that each run rewrites: found by its hidden marker among the issue's
 * comments (all pages: a busy pull request has more than 100), written by this tool's identity,
 * updated in place, or created when there is none.
 */
import { isTrusted, progress, type RepoContext } from './context.js';
import { createOnce } from './create-once.js';
import { composeBody, decodeMetadata, hasMarker, type JsonObject, type Metadata } from './hidden-blocks.js';

export interface StickyCommentInput {
  /** The pull request (or issue) number. */
  issueNumber: number;
  /** Names the comment: `review` gives the marker `<!-- druid-gitops:review -->`. */
  key: string;
  /** Visible Markdown; must fit `bodyBudget(key, metadata)`. */
  markdown: string;
  /** Read back by the next run (`findStickyComment(...).metadata`). */
  metadata?: JsonObject;
}

export interface StickyCommentResult {
  id: number;
  url: string;
  created: boolean;
}

export interface StickyComment {
  id: number;
  url: string;
  body: string;
  /** Undefined when the comment has no readable metadata block. */
  metadata: Metadata | undefined;
}

interface CommentData {
  id: number;
  html_url: string;
  body?: string;
  user: { login: string } | null;
}

export async function findStickyComment(
  context: RepoContext,
  issueNumber: number,
  key: string,
): Promise<StickyComment | undefined> {
  const found = await progress(context).step(`comment ${key} on #${issueNumber} not read`, () =>
    findComment(context, issueNumber, key),
  );
  return (
    found && {
      id: found.id,
      url: found.html_url,
      body: found.body ?? '',
      metadata: decodeMetadata(found.body, key),
    }
  );
}

export async function upsertStickyComment(
  context: RepoContext,
  input: StickyCommentInput,
): Promise<StickyCommentResult> {
  const { octokit, owner, repo } = context;
  const body = composeBody(input.key, input.markdown, input.metadata);
  const steps = progress(context);
  const existing = await steps.step(
    `comment on #${input.issueNumber} not written (could not list comments)`,
    () => findComment(context, input.issueNumber, input.key),
  );
  if (existing) {
    const { data } = await steps.step(`comment ${existing.html_url} not updated`, () =>
      octokit.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body }),
    );
    return { id: data.id, url: data.html_url, created: false };
  }
  const created = await steps.step(`comment on #${input.issueNumber} not created`, () =>
    createOnce(
      async (request) =>
        (
          await octokit.rest.issues.createComment({
            owner,
            repo,
            issue_number: input.issueNumber,
            body,
            request,
          })
        ).data,
      () => findComment(context, input.issueNumber, input.key),
    ),
  );
  if (created.body !== body) {
    // Found after a lost answer: GitHub created it, but maybe from an earlier attempt's body.
    await steps.step(`comment ${created.html_url} not updated`, () =>
      octokit.rest.issues.updateComment({ owner, repo, comment_id: created.id, body }),
    );
  }
  return { id: created.id, url: created.html_url, created: true };
}

/** The oldest comment with the marker written by a trusted author; stops paging once found. */
async function findComment(
  context: RepoContext,
  issueNumber: number,
  key: string,
): Promise<CommentData | undefined> {
  const { octokit, owner, repo } = context;
  const trusted = await context.trustedAuthors();
  const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
    owner,
    repo,
    issue_number: issueNumber,
    per_page: 100,
  });
  for await (const page of pages) {
    const match = page.data.find(
      (comment) => isTrusted(trusted, comment.user) && hasMarker(comment.body, key),
    );
    if (match) return match;
  }
  return undefined;
}
