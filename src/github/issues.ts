/**
 * Issues this tool keeps, one per purpose: the drift report (opened while the cluster differs from
 * git, updated on each scheduled run, closed with a comment when they agree again) and "restore
 * failed, manual steps needed" after a deploy. Each is found by its label (a cheap filter) plus its
 * hidden marker and author (the identity), so a re-run updates it instead of opening another, and a
 * person's issue carrying the same label is never overwritten.
 */
import { isTrusted, progress, type RepoContext } from './context.js';
import { createOnce } from './create-once.js';
import { composeBody, decodeMetadata, hasMarker, type JsonObject, type Metadata } from './hidden-blocks.js';
import { ensureLabels, type LabelSpec } from './labels.js';

export interface IssueInput {
  /** Names the issue, e.g. `drift` or `restore-failed/events-2f9c1e0`. */
  key: string;
  /** Every issue of this purpose carries it; it is created when missing. */
  label: LabelSpec;
  title: string;
  markdown: string;
  metadata?: JsonObject;
}

export interface IssueResult {
  number: number;
  url: string;
  created: boolean;
}

export interface TrackedIssue {
  number: number;
  url: string;
  title: string;
  body: string;
  metadata: Metadata | undefined;
}

interface IssueData {
  number: number;
  html_url: string;
  title: string;
  body?: string | null;
  user: { login: string } | null;
  pull_request?: unknown;
}

export async function findIssue(
  context: RepoContext,
  key: string,
  label: LabelSpec,
): Promise<TrackedIssue | undefined> {
  const found = await progress(context).step(`${key} issue not looked up`, () =>
    findOpen(context, key, label),
  );
  return (
    found && {
      number: found.number,
      url: found.html_url,
      title: found.title,
      body: found.body ?? '',
      metadata: decodeMetadata(found.body, key),
    }
  );
}

export async function upsertIssue(context: RepoContext, input: IssueInput): Promise<IssueResult> {
  const { octokit, owner, repo } = context;
  const body = composeBody(input.key, input.markdown, input.metadata);
  const steps = progress(context);
  const existing = await steps.step(`${input.key} issue not written (could not list issues)`, () =>
    findOpen(context, input.key, input.label),
  );
  if (existing) {
    const { data } = await steps.step(`issue #${existing.number} not updated`, () =>
      octokit.rest.issues.update({ owner, repo, issue_number: existing.number, title: input.title, body }),
    );
    return { number: data.number, url: data.html_url, created: false };
  }
  await ensureLabels(context, steps, [input.label]);
  const created = await steps.step(`${input.key} issue not opened`, () =>
    createOnce(
      async (request) =>
        (
          await octokit.rest.issues.create({
            owner,
            repo,
            title: input.title,
            body,
            labels: [input.label.name],
            request,
          })
        ).data as IssueData,
      () => findOpen(context, input.key, input.label),
    ),
  );
  return { number: created.number, url: created.html_url, created: true };
}

/** Closes the open issue for `key` with a comment saying why; undefined when none is open. */
export async function closeIssue(
  context: RepoContext,
  input: { key: string; label: LabelSpec; comment: string },
): Promise<IssueResult | undefined> {
  const { octokit, owner, repo } = context;
  const steps = progress(context);
  const existing = await steps.step(`${input.key} issue not closed (could not list issues)`, () =>
    findOpen(context, input.key, input.label),
  );
  if (!existing) return undefined;
  await steps.step(
    `issue #${existing.number} not closed (comment not posted)`,
    () =>
      octokit.rest.issues.createComment({ owner, repo, issue_number: existing.number, body: input.comment }),
    () => `comment posted on #${existing.number}`,
  );
  const { data } = await steps.step(`issue #${existing.number} not closed`, () =>
    octokit.rest.issues.update({
      owner,
      repo,
      issue_number: existing.number,
      state: 'closed',
      state_reason: 'completed',
    }),
  );
  return { number: data.number, url: data.html_url, created: false };
}

/** The oldest open issue with the label, the marker and a trusted author (pull requests excluded). */
async function findOpen(context: RepoContext, key: string, label: LabelSpec): Promise<IssueData | undefined> {
  const { octokit, owner, repo } = context;
  const trusted = await context.trustedAuthors();
  const pages = octokit.paginate.iterator(octokit.rest.issues.listForRepo, {
    owner,
    repo,
    state: 'open',
    labels: label.name,
    sort: 'created',
    direction: 'asc',
    per_page: 100,
  });
  for await (const page of pages) {
    const match = page.data.find(
      (issue) => !issue.pull_request && isTrusted(trusted, issue.user) && hasMarker(issue.body, key),
    );
    if (match) return match;
  }
  return undefined;
}
