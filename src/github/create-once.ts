/**
 * Creating a comment or an issue is not safe to repeat blindly: GitHub may have created it and then
 * failed to answer (a 502 from its proxy, a reset connection), and a plain retry would add a
 * duplicate. So the first attempt runs without plugin-retry; after a failure GitHub may have acted
 * on, we look for what we meant to create, and only if it is not there create it again (with the
 * usual retries). Failures GitHub certainly refused (4xx) are thrown as they are.
 */
import { statusOf } from './errors.js';
import { isRetriedStatus } from './waits.js';

/** Per-request Octokit options that switch plugin-retry off for one call. */
export const NO_RETRY = { retries: 0 } as const;

export async function createOnce<T>(
  create: (request?: typeof NO_RETRY) => Promise<T>,
  find: () => Promise<T | undefined>,
): Promise<T> {
  try {
    return await create(NO_RETRY);
  } catch (error) {
    const status = statusOf(error);
    if (status !== undefined && !isRetriedStatus(status)) throw error;
    return (await find()) ?? (await create());
  }
}
