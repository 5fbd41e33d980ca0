/**
 * What the action knows of the run it is part of: the event that started it (its name and
 * payload), the commit and ref, the actor, the repository, where GitHub is, the run's id and
 * attempt, and the runner's temporary folder. main.ts and post.ts build it once from
 * @actions/github's `context` (the runner's GITHUB_* variables and event file, read the way every
 * action reads them) and RUNNER_TEMP; the modes read it from here, never from the environment.
 */
import type { context as actionsContext } from '@actions/github';
import type { SecretLookup } from '../spec/secret-references.js';

/** What this reads of @actions/github's `context` (tests build one from a runner-like environment). */
export type GitHubContext = Pick<
  typeof actionsContext,
  'eventName' | 'payload' | 'sha' | 'ref' | 'actor' | 'runId' | 'runAttempt' | 'apiUrl' | 'serverUrl' | 'repo'
>;

export interface RunContext {
  /** '' outside Actions. */
  eventName: string;
  /** The webhook payload of the event; {} without an event file. */
  payload: Record<string, unknown>;
  sha: string;
  ref: string;
  actor: string;
  /** Undefined when the runner names none (outside Actions). */
  repository?: { owner: string; repo: string };
  /** The REST API root, without a trailing slash (GitHub Enterprise Server: `https://host/api/v3`). */
  apiUrl: string;
  serverUrl: string;
  runId?: number;
  runAttempt?: number;
  /** RUNNER_TEMP: where reports and the journal go; the workspace when unset. */
  tempDir?: string;
  /**
   * The step's environment, where `${env:NAME}` credentials in specs take their values (deploy,
   * resync and drift; never the review). Only credentials resolve, never the runner's variables.
   */
  secrets: SecretLookup;
}

export function runContextFrom(
  context: GitHubContext,
  env: Readonly<Record<string, string | undefined>>,
): RunContext {
  const repository = repositoryOf(context);
  const tempDir = env.RUNNER_TEMP?.trim();
  return {
    eventName: context.eventName ?? '',
    payload: context.payload as Record<string, unknown>,
    sha: context.sha ?? '',
    ref: context.ref ?? '',
    actor: context.actor ?? '',
    ...(repository ? { repository } : {}),
    apiUrl: context.apiUrl.trim().replace(/\/+$/, ''),
    serverUrl: context.serverUrl.trim().replace(/\/+$/, ''),
    ...(Number.isSafeInteger(context.runId) && context.runId > 0 ? { runId: context.runId } : {}),
    ...(Number.isSafeInteger(context.runAttempt) && context.runAttempt > 0
      ? { runAttempt: context.runAttempt }
      : {}),
    ...(tempDir ? { tempDir } : {}),
    secrets: (name) => env[name],
  };
}

/** `context.repo` throws when neither GITHUB_REPOSITORY nor the payload names a repository. */
function repositoryOf(context: GitHubContext): RunContext['repository'] {
  try {
    const { owner, repo } = context.repo;
    return owner && repo ? { owner, repo } : undefined;
  } catch {
    return undefined;
  }
}
