/**
 * Whose comments and issues are this tool's. Anyone can post a comment carrying our marker, so only
 * those written by the token's own identity are updated or have their metadata believed.
 *
 * A personal access token can name itself (`GET /user`). The job's GITHUB_TOKEN cannot — GitHub
 * answers 403 "Resource not accessible by integration" — and writes as github-actions[bot]. A GitHub
 * App's token cannot either and writes as `<app-slug>[bot]`: name that identity explicitly.
 */
import type { GitHubClient } from './octokit.js';
import { statusOf } from './errors.js';

/** The identity behind the job's GITHUB_TOKEN. */
const ACTIONS_BOT = 'github-actions[bot]';

export async function tokenLogin(octokit: GitHubClient): Promise<string> {
  try {
    return (await octokit.rest.users.getAuthenticated()).data.login;
  } catch (error) {
    if (statusOf(error) === 403) return ACTIONS_BOT;
    throw error;
  }
}
