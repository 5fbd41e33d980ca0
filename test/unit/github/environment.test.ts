/**
 * Where GitHub is and which run this is, as the action sees them: the runner's variables read
 * through @actions/github's context (test/support/run-context.ts reads them the same way).
 */
import { GitHubEnvironmentError, parseRepository, workflowRunUrl } from '../../../src/github/environment.js';
import { runContext } from '../../support/run-context.js';

const apiUrlFrom = (env: Record<string, string>): string => runContext(env).apiUrl;
const runUrl = (env: Record<string, string>): string | undefined => workflowRunUrl(runContext(env));

describe('parseRepository', () => {
  test('owner/name from GITHUB_REPOSITORY', () => {
    expect(parseRepository('acme/pipelines.config')).toEqual({ owner: 'acme', repo: 'pipelines.config' });
  });

  test.each(['', 'acme', 'acme/', '/repo', 'a/b/c', 'acme/..', '-acme/x'])('rejects %j', (value) => {
    expect(() => parseRepository(value)).toThrow(GitHubEnvironmentError);
  });
});

describe('the API root', () => {
  test('GITHUB_API_URL is the API root, without a trailing slash (GHES included)', () => {
    expect(apiUrlFrom({ GITHUB_API_URL: 'https://ghe.example.com/api/v3/' })).toBe(
      'https://ghe.example.com/api/v3',
    );
  });

  test('api.github.com when the runner does not say', () => {
    expect(apiUrlFrom({})).toBe('https://api.github.com');
  });
});

describe('workflowRunUrl', () => {
  const env = {
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'acme/pipelines',
    GITHUB_RUN_ID: '42',
  };

  test('links the run from the server URL, repository and run id', () => {
    expect(runUrl(env)).toBe('https://github.com/acme/pipelines/actions/runs/42');
  });

  test('a re-run links its attempt', () => {
    expect(runUrl({ ...env, GITHUB_RUN_ATTEMPT: '3' })).toBe(
      'https://github.com/acme/pipelines/actions/runs/42/attempts/3',
    );
  });

  test('GitHub Enterprise Server links to its own host', () => {
    expect(runUrl({ ...env, GITHUB_SERVER_URL: 'https://ghe.example.com/' })).toBe(
      'https://ghe.example.com/acme/pipelines/actions/runs/42',
    );
  });

  test('outside Actions there is no run to link', () => {
    expect(runUrl({ GITHUB_REPOSITORY: 'acme/pipelines' })).toBeUndefined();
  });
});
