import { readFile } from 'node:fs/promises';
import { actionEnvironment, eventPayload, webhookExample } from '../../support/github-fake/events.js';
import { useGitHubFake } from '../../support/github-fake/jest.js';

const github = useGitHubFake();

describe('event payloads for GITHUB_EVENT_PATH', () => {
  test.each(['opened', 'synchronize', 'reopened', 'ready_for_review'])(
    'pull_request %s: GitHub’s example, pointed at the fake’s pull request',
    (action) => {
      const base = github().commit('main', { a: '1' });
      const number = github().openPullRequest({ head: 'feature', files: { a: '2' }, title: 'Change a' });

      const payload = eventPayload(github(), 'pull_request', { pullNumber: number, action }) as {
        action: string;
        number: number;
        pull_request: {
          number: number;
          title: string;
          head: { sha: string; ref: string };
          base: { sha: string };
        };
        repository: { full_name: string; owner: { login: string } };
      };

      expect(payload.action).toBe(action);
      expect(payload.number).toBe(number);
      expect(payload.pull_request).toMatchObject({
        number,
        title: 'Change a',
        head: { ref: 'feature' },
        base: { sha: base },
      });
      expect(payload.pull_request.head.sha).toBe(github().state.git.resolve('feature'));
      expect(payload.repository).toMatchObject({ full_name: 'acme/pipelines', owner: { login: 'acme' } });
      // Everything else is GitHub's own example.
      expect(Object.keys(payload).sort()).toEqual(Object.keys(webhookExample('pull_request', action)).sort());
    },
  );

  test('push: the branch and the commits before and after', () => {
    const before = github().commit('main', { a: '1' });
    const after = github().commit('main', { a: '2' });

    const payload = eventPayload(github(), 'push', { before });

    expect(payload).toMatchObject({
      ref: 'refs/heads/main',
      before,
      after,
      repository: { full_name: 'acme/pipelines' },
    });
    expect(payload).toHaveProperty('head_commit');
  });

  test('workflow_dispatch carries its inputs; schedule is the cron line GitHub documents', () => {
    github().commit('main', { a: '1' });
    expect(eventPayload(github(), 'workflow_dispatch', { inputs: { operation: 'status' } })).toMatchObject({
      ref: 'refs/heads/main',
      inputs: { operation: 'status' },
      workflow: expect.any(String),
    });
    expect(eventPayload(github(), 'schedule', { cron: '*/30 * * * *' })).toEqual({
      schedule: '*/30 * * * *',
    });
  });

  test('the environment of a pull_request_target step: the event file and the base commit', async () => {
    const base = github().commit('main', { a: '1' });
    const number = github().openPullRequest({ head: 'feature', files: { a: '2' } });

    const env = await actionEnvironment(github(), 'pull_request_target', {
      pullNumber: number,
      action: 'synchronize',
    });

    expect(env).toMatchObject({
      GITHUB_EVENT_NAME: 'pull_request_target',
      GITHUB_REPOSITORY: 'acme/pipelines',
      GITHUB_API_URL: github().url,
      GITHUB_SHA: base,
      GITHUB_REF: 'refs/heads/main',
      GITHUB_HEAD_REF: 'feature',
      GITHUB_BASE_REF: 'main',
    });
    const written = JSON.parse(await readFile(env.GITHUB_EVENT_PATH as string, 'utf8')) as {
      action: string;
      number: number;
    };
    expect(written).toMatchObject({ action: 'synchronize', number });
  });
});
