/**
 * The run context the action's entry point builds from @actions/github's `context`, built here the
 * same way from a test's runner-like environment: the GITHUB_* variables and the event file, read
 * as @actions/github's Context constructor reads them, then through the product's runContextFrom.
 */
import { existsSync, readFileSync } from 'node:fs';
import { runContextFrom, type GitHubContext, type RunContext } from '../../src/action/run-context.js';

export function runContext(env: Readonly<Record<string, string | undefined>>): RunContext {
  const eventPath = env.GITHUB_EVENT_PATH;
  const payload =
    eventPath && existsSync(eventPath)
      ? (JSON.parse(readFileSync(eventPath, 'utf8')) as GitHubContext['payload'])
      : {};
  const context: GitHubContext = {
    eventName: env.GITHUB_EVENT_NAME as string,
    payload,
    sha: env.GITHUB_SHA as string,
    ref: env.GITHUB_REF as string,
    actor: env.GITHUB_ACTOR as string,
    runId: parseInt(env.GITHUB_RUN_ID as string, 10),
    runAttempt: parseInt(env.GITHUB_RUN_ATTEMPT as string, 10),
    apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
    serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com',
    get repo() {
      if (env.GITHUB_REPOSITORY) {
        const [owner, repo] = env.GITHUB_REPOSITORY.split('/');
        return { owner: owner as string, repo: repo as string };
      }
      const repository = payload.repository;
      if (repository) return { owner: repository.owner.login, repo: repository.name };
      throw new Error("context.repo requires a GITHUB_REPOSITORY environment variable like 'owner/repo'");
    },
  };
  return runContextFrom(context, env);
}
