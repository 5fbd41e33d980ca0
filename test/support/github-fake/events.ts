/**
 * Event payloads for GITHUB_EVENT_PATH, taken from @octokit/webhooks-examples (payloads GitHub
 * sent) and pointed at the fake's repository, pull request and commits, plus the environment the
 * runner sets beside them. Only values change; the shapes stay GitHub's.
 *
 * - pull_request: the example for the action (opened, synchronize, reopened, ready_for_review...).
 * - pull_request_target: GitHub sends the pull_request payload (docs: "events that trigger
 *   workflows"); the webhook examples have no separate entry.
 * - push: the branch push example (not the tag pushes).
 * - workflow_dispatch: the example, with `inputs` as given.
 * - schedule: not a webhook, so not in the examples; GitHub's documented payload is the cron line
 *   (`github.event.schedule`), as octokit/webhooks#141 records: `{"schedule": "*\/5 * * * *"}`.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { GitHubFake } from './index.js';

type Json = Record<string, unknown>;

interface WebhookDefinition {
  name: string;
  examples: Json[];
}

export type ActionEventName =
  'pull_request' | 'pull_request_target' | 'push' | 'workflow_dispatch' | 'schedule';

let definitions: WebhookDefinition[] | undefined;

function examplesOf(name: string): Json[] {
  definitions ??= createRequire(import.meta.url)('@octokit/webhooks-examples') as WebhookDefinition[];
  const found = definitions.find((definition) => definition.name === name);
  if (!found) throw new Error(`@octokit/webhooks-examples has no ${name} payloads`);
  return found.examples;
}

/** A copy of GitHub's example payload for the event (and pull request action). */
export function webhookExample(event: Exclude<ActionEventName, 'schedule'>, action = 'opened'): Json {
  const name = event === 'pull_request_target' ? 'pull_request' : event;
  const example = examplesOf(name).find((candidate) =>
    name === 'pull_request'
      ? candidate.action === action
      : name === 'push'
        ? String(candidate.ref).startsWith('refs/heads/')
        : true,
  );
  if (!example) throw new Error(`@octokit/webhooks-examples has no ${name} payload for action ${action}`);
  return structuredClone(example);
}

export interface EventOptions {
  /** pull_request / pull_request_target: which pull request of the fake, and the action. */
  pullNumber?: number;
  action?: string;
  /** The pull request comes from a fork owned by this login (head.repo is the fork). */
  forkOwner?: string;
  /** push: the branch pushed and the commit before the push. */
  branch?: string;
  before?: string;
  /** workflow_dispatch inputs. */
  inputs?: Record<string, string>;
  /** schedule: the cron line that fired. */
  cron?: string;
}

/** The payload GitHub would send for this event on the fake's repository. */
export function eventPayload(fake: GitHubFake, event: ActionEventName, options: EventOptions = {}): Json {
  if (event === 'schedule') return { schedule: options.cron ?? '0 * * * *' };
  const payload = webhookExample(event, options.action ?? 'opened');
  rehomeRepository(fake, payload.repository as Json);
  if (event === 'pull_request' || event === 'pull_request_target') {
    const record = fake.state.issues.get(options.pullNumber ?? -1);
    if (!record?.pull) throw new Error(`the fake has no pull request #${options.pullNumber}`);
    const pull = payload.pull_request as Json;
    const head = pull.head as Json;
    const base = pull.base as Json;
    Object.assign(payload, { number: record.number });
    Object.assign(pull, {
      number: record.number,
      title: record.title,
      body: record.body,
      state: record.state,
    });
    Object.assign(head, {
      ref: record.pull.headRef,
      sha: fake.state.headSha(record.pull),
      label: `${fake.owner}:${record.pull.headRef}`,
    });
    Object.assign(base, {
      ref: record.pull.baseRef,
      sha: fake.state.git.resolve(record.pull.baseRef),
      label: `${fake.owner}:${record.pull.baseRef}`,
    });
    rehomeRepository(fake, head.repo as Json);
    rehomeRepository(fake, base.repo as Json);
    if (options.forkOwner) {
      const fork = head.repo as Json;
      Object.assign(fork.owner as Json, { login: options.forkOwner });
      Object.assign(fork, { full_name: `${options.forkOwner}/${fake.repo}`, fork: true });
      Object.assign(head, { label: `${options.forkOwner}:${record.pull.headRef}` });
    }
  } else if (event === 'push') {
    const branch = options.branch ?? fake.state.defaultBranch;
    const after = fake.state.git.resolve(branch);
    if (!after) throw new Error(`the fake has no branch ${branch}`);
    Object.assign(payload, { ref: `refs/heads/${branch}`, after, before: options.before ?? '0'.repeat(40) });
  } else {
    Object.assign(payload, { ref: `refs/heads/${fake.state.defaultBranch}`, inputs: options.inputs ?? {} });
  }
  return payload;
}

function rehomeRepository(fake: GitHubFake, repository: Json | undefined): void {
  if (!repository) return;
  const owner = repository.owner as Json;
  Object.assign(owner, { login: fake.owner });
  Object.assign(repository, {
    id: fake.state.id,
    name: fake.repo,
    full_name: fake.repository,
    default_branch: fake.state.defaultBranch,
    html_url: `https://github.com/${fake.repository}`,
    url: `${fake.url}/repos/${fake.repository}`,
  });
}

/**
 * Writes the payload where the runner would (a temporary folder) and returns the environment an
 * action step sees: GITHUB_EVENT_NAME/PATH, the repository, the API and server URLs, the commit.
 */
export async function actionEnvironment(
  fake: GitHubFake,
  event: ActionEventName,
  options: EventOptions & { runId?: number } = {},
): Promise<Record<string, string>> {
  const payload = eventPayload(fake, event, options);
  const folder = await mkdtemp(path.join(tmpdir(), 'druid-gitops-event-'));
  const eventPath = path.join(folder, 'event.json');
  await writeFile(eventPath, JSON.stringify(payload, null, 2));
  const pull = payload.pull_request as
    { head: { sha: string; ref: string }; base: { ref: string; sha: string } } | undefined;
  const defaultTip = fake.state.git.resolve(fake.state.defaultBranch) ?? '';
  // What GitHub sets: pull_request_target runs on the base branch; pull_request on the merge of
  // head into base (refs/pull/N/merge), which the fake does not build, so the head commit stands in.
  const sha =
    event === 'push'
      ? String(payload.after)
      : event === 'pull_request_target'
        ? (pull?.base.sha ?? '')
        : (pull?.head.sha ?? defaultTip);
  const ref =
    event === 'pull_request'
      ? `refs/pull/${String(payload.number)}/merge`
      : `refs/heads/${pull?.base.ref ?? options.branch ?? fake.state.defaultBranch}`;
  return {
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: event,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: fake.repository,
    GITHUB_REPOSITORY_OWNER: fake.owner,
    GITHUB_API_URL: fake.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_SHA: sha,
    GITHUB_REF: ref,
    ...(pull ? { GITHUB_HEAD_REF: pull.head.ref, GITHUB_BASE_REF: pull.base.ref } : {}),
    GITHUB_RUN_ID: String(options.runId ?? 1234567890),
    GITHUB_RUN_ATTEMPT: '1',
  };
}
