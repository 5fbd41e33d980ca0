/**
 * Jest wiring for a test file that uses the fake: one server per file (GitHub's description loads
 * once), fresh repository state before each test, and each test fails if any request it caused
 * departed from GitHub's description.
 */
import { startGitHubFake, type GitHubFake, type GitHubFakeOptions } from './index.js';

/** The first run after an install builds the description cache from the 73 MB document. */
const FIRST_LOAD_TIMEOUT_MS = 120_000;

export function useGitHubFake(options?: GitHubFakeOptions): () => GitHubFake {
  let fake: GitHubFake | undefined;
  beforeAll(async () => {
    fake = await startGitHubFake(options);
  }, FIRST_LOAD_TIMEOUT_MS);
  beforeEach(() => fake?.reset());
  afterEach(() => fake?.assertNoViolations());
  afterAll(() => fake?.close());
  return () => {
    if (!fake) throw new Error('the GitHub fake is not started yet (use it inside tests or hooks)');
    return fake;
  };
}
