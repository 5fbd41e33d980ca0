/**
 * The leak scan (docs/design.md, invariant 7): canary credentials in the specs (SASL JAAS line, SSL
 * passwords, a schema-registry URL with userinfo and its basic auth), in the action's inputs
 * (druid-password, druid-token, github-token) and in the environment, then every text the product
 * lets out — stdout and stderr, validate's text/JSON/SARIF, the review comment, job summary,
 * annotations, outputs and JSON report, the deploy's summary, log lines, rollback PR, issue and
 * report, the post step, recover operations (diagnose, resync, resume), the drift issue, the files
 * and output of `import`, and every request body sent to GitHub — scanned for each canary in plain and base64 forms. Druid echoing a
 * spec in an error, and YAML errors on the very line of a password, included. Row values read from
 * a topic by the review's sampling are scanned for too: they appear only when the repository opts in.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stringify as toYaml } from 'yaml';
import { JOURNAL_STATE } from '../../../src/action/deploy-mode.js';
import { runPost } from '../../../src/action/post-run.js';
import { runAction } from '../../../src/action/run.js';
import { runCli } from '../../../src/cli/run.js';
import { fakeClientOptions } from '../../support/github-fake/client-options.js';
import { actionEnvironment } from '../../support/github-fake/events.js';
import { useGitHubFake } from '../../support/github-fake/jest.js';
import { useEmulator } from '../../support/emulator.js';
import { fakeRuntime, type Recorded } from '../../support/fake-runtime.js';
import {
  captureProcessOutput,
  DRUID_USER,
  ENV_SECRETS,
  INPUT_SECRETS,
  scanForLeaks,
  secretSpec,
  specSecrets,
} from '../../support/canaries.js';
import { runContext } from '../../support/run-context.js';

const github = useGitHubFake({ token: INPUT_SECRETS.githubToken });
const emulator = useEmulator({
  version: '35.0.0',
  clusters: [{ name: 'prod', servers: ['kafka:9092'], autoCreateTopics: { partitions: 1, ratePerSec: 20 } }],
  auth: { users: { [DRUID_USER]: { password: INPUT_SECRETS.druidPassword, access: 'write' } } },
});

const json = (value: object) => `${JSON.stringify(value, null, 2)}\n`;

/**
 * A spec as YAML, each secret line carrying an inline suppression of the plain-text credential
 * guardrail (an error that would keep the deploy from running at all), as a team that accepted
 * the risk writes it. Older releases without the guardrail read the comment as a comment.
 */
function acceptedYaml(value: Record<string, unknown>): string {
  return toYaml(value, { lineWidth: 0 })
    .split('\n')
    .map((line) =>
      line.includes('CANARY-')
        ? `${line} # druid-gitops-ignore guardrail/plaintext-credentials: leak-scan canaries`
        : line,
    )
    .join('\n');
}

/**
 * A YAML spec whose JAAS line is broken the way people break it (quotes inside quotes), so the
 * parser's message is about the very line that holds the password.
 */
function brokenYaml(): string {
  const text = toYaml(secretSpec('broken_yaml', 'v1'));
  const secret = specSecrets('v1').jaas;
  return text.replace(/sasl\.jaas\.config: .*$/m, `sasl.jaas.config: "required password="${secret}";"`);
}

/** A JSON spec missing a comma right after the password. */
function brokenJson(): string {
  return json(secretSpec('broken_json', 'v1')).replace(
    `"ssl.truststore.password": "${specSecrets('v1').truststore}",`,
    `"ssl.truststore.password": "${specSecrets('v1').truststore}"`,
  );
}

/** Puts specs on the cluster the way an operator did before, bypassing the product. */
async function seedCluster(...values: Array<Record<string, unknown>>): Promise<void> {
  emulator.control.setAuth(undefined);
  for (const value of values) {
    const answer = await fetch(`${emulator.url}/druid/indexer/v1/supervisor`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(value),
    });
    expect(answer.status).toBe(200);
  }
  emulator.control.advance(60_000);
  emulator.control.setAuth({
    users: { [DRUID_USER]: { password: INPUT_SECRETS.druidPassword, access: 'write' } },
  });
  emulator.control.clearRequests();
}

/** A spec holding `version`'s secrets with one of them swapped for another version's. */
function withSslKey(value: Record<string, unknown>, version: 'v1' | 'v2'): Record<string, unknown> {
  const copy = structuredClone(value) as {
    spec: { ioConfig: { consumerProperties: Record<string, string> } };
  };
  copy.spec.ioConfig.consumerProperties['ssl.key.password'] = specSecrets(version).sslKey;
  return copy;
}

/** Druid's error quoting the spec it holds (`value`), as a Java exception's toString does. */
function echoFault(path: string, value: Record<string, unknown>, times?: number): void {
  const io = (value.spec as { ioConfig: Record<string, unknown> }).ioConfig;
  emulator.control.injectFault({
    method: 'POST',
    path,
    status: 500,
    body: {
      error: `java.lang.IllegalStateException: cannot start KafkaSupervisorSpec{ioConfig=${JSON.stringify(io)}}`,
    },
    ...(times ? { times } : {}),
  });
}

const basicAuthInputs = {
  'github-token': INPUT_SECRETS.githubToken,
  'druid-url': '',
  'druid-username': DRUID_USER,
  'druid-password': INPUT_SECRETS.druidPassword,
};

function recordedSurfaces(prefix: string, recorded: Recorded): Record<string, string> {
  const surfaces: Record<string, string> = {
    [`${prefix} summary`]: recorded.summary,
    [`${prefix} annotations`]: JSON.stringify(recorded.annotations),
    [`${prefix} outputs`]: JSON.stringify(recorded.outputs),
    [`${prefix} log lines`]: recorded.info.join('\n'),
    [`${prefix} failure message`]: recorded.failed ?? '',
  };
  const report = recorded.outputs.report;
  if (report) surfaces[`${prefix} JSON report`] = readFileSync(report, 'utf8');
  return surfaces;
}

/**
 * Every request body the product sent to GitHub (the Authorization header is where the token
 * belongs). Git blobs are the repository's own files at the base commit, already in git: they are
 * checked to be exactly those files instead.
 */
function githubSurfaces(startAt: number, files: Record<string, string>): Record<string, string> {
  const surfaces: Record<string, string> = {};
  github()
    .requests.slice(startAt)
    .forEach((request, index) => {
      if (request.operationId === 'git/create-blob') {
        const { content, encoding } = request.body as { content: string; encoding: string };
        const text = encoding === 'base64' ? Buffer.from(content, 'base64').toString('utf8') : content;
        expect(Object.values(files)).toContain(text);
        return;
      }
      surfaces[`GitHub ${request.method} ${request.operationId ?? request.url} #${index}`] = JSON.stringify({
        url: request.url,
        body: request.body,
      });
    });
  return surfaces;
}

function registeredSecrets(recorded: Recorded, expected: string[]): void {
  for (const secret of expected) expect(recorded.secrets).toContain(secret);
}

const cliEnv = { ...ENV_SECRETS, DRUID_USERNAME: DRUID_USER };

describe('leak scan: no canary leaves the process', () => {
  test('validate, as text, JSON and SARIF, with broken files whose errors are about the secret lines', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'druid-gitops-leaks-'));
    mkdirSync(path.join(folder, 'supervisors'));
    writeFileSync(path.join(folder, 'supervisors/clicks.json'), json(secretSpec('clicks', 'v1')));
    writeFileSync(path.join(folder, 'supervisors/views.yaml'), toYaml(secretSpec('views', 'v2')));
    writeFileSync(path.join(folder, 'supervisors/broken_yaml.yaml'), brokenYaml());
    writeFileSync(path.join(folder, 'supervisors/broken_json.json'), brokenJson());
    const surfaces: Record<string, string> = {};
    for (const format of ['text', 'json', 'sarif']) {
      const out: string[] = [];
      const err: string[] = [];
      const { value: status, output } = await captureProcessOutput(() =>
        runCli(['validate', 'supervisors', '--format', format], {
          stdout: (text) => out.push(text),
          stderr: (text) => err.push(text),
          cwd: folder,
          env: cliEnv,
        }),
      );
      expect(status).toBe(1); // the broken files are errors
      surfaces[`validate ${format} stdout`] = out.join('\n');
      surfaces[`validate ${format} stderr`] = err.join('\n');
      surfaces[`validate ${format} process output`] = output;
    }
    expect(surfaces['validate text stdout']).toContain('broken_yaml.yaml');
    expect(surfaces['validate text stdout']).toContain('broken_json.json');
    expect(scanForLeaks(surfaces)).toEqual([]);
  });

  test.each([
    ['druid-username and druid-password (the cluster is read)', 'password'],
    ['druid-token (the cluster refuses it)', 'token'],
  ])(
    'review with %s: comment, summary, annotations, outputs, report, GitHub requests',
    async (_name, auth) => {
      // The cluster runs the specs with yet other secrets: the drift it reports involves secrets too.
      const running = secretSpec('clicks', 'v1');
      (
        running.spec as { ioConfig: { consumerProperties: Record<string, string> } }
      ).ioConfig.consumerProperties['ssl.key.password'] = specSecrets('v2').sslKey;
      emulator.control.setAuth(undefined);
      const setup = await fetch(`${emulator.url}/druid/indexer/v1/supervisor`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(running),
      });
      expect(setup.status).toBe(200);
      emulator.control.setAuth({
        users: { [DRUID_USER]: { password: INPUT_SECRETS.druidPassword, access: 'write' } },
      });
      emulator.control.clearRequests();
      github().commit('main', {
        'supervisors/clicks.json': json(secretSpec('clicks', 'v1')),
        'supervisors/views.yaml': toYaml(secretSpec('views', 'v1')),
      });
      const pr = github().openPullRequest({
        head: 'rotate-secrets',
        files: {
          'supervisors/clicks.json': json(secretSpec('clicks', 'v2', 2)),
          'supervisors/views.yaml': toYaml(secretSpec('views', 'v2')),
          'supervisors/broken_yaml.yaml': brokenYaml(),
          'supervisors/broken_json.json': brokenJson(),
        },
      });
      const env = await actionEnvironment(github(), 'pull_request', { pullNumber: pr });
      const workspace = mkdtempSync(path.join(tmpdir(), 'druid-gitops-leaks-'));
      const inputs: Record<string, string> = {
        'github-token': INPUT_SECRETS.githubToken,
        'druid-url': emulator.url,
        ...(auth === 'password'
          ? { 'druid-username': DRUID_USER, 'druid-password': INPUT_SECRETS.druidPassword }
          : { 'druid-token': INPUT_SECRETS.druidToken }),
      };
      const { runtime, recorded } = fakeRuntime(inputs);
      const startAt = github().requests.length;

      const { output } = await captureProcessOutput(() =>
        runAction(runtime, runContext({ ...env, ...ENV_SECRETS, RUNNER_TEMP: workspace }), workspace, {
          github: fakeClientOptions(github()),
        }),
      );

      const comment = github()
        .comments(pr)
        .find((c) => c.body.includes('<!-- druid-gitops:review -->'));
      expect(comment?.body).toContain('ssl.key.password');
      expect(recorded.summary).toContain(auth === 'password' ? 'Live cluster read' : 'could not be reached');
      expect(emulator.control.writes()).toEqual([]);
      registeredSecrets(recorded, [
        INPUT_SECRETS.githubToken,
        ...(auth === 'password'
          ? [
              INPUT_SECRETS.druidPassword,
              Buffer.from(`${DRUID_USER}:${INPUT_SECRETS.druidPassword}`).toString('base64'),
            ]
          : [INPUT_SECRETS.druidToken]),
      ]);
      const leaks = scanForLeaks({
        ...recordedSurfaces('review', recorded),
        'review process output': output,
        'review comment': comment?.body ?? '',
        ...githubSurfaces(startAt, {}),
      });
      expect(leaks).toEqual([]);
    },
  );

  test('review sampling a topic whose rows carry personal data: no row value leaves the process unless the repository opts in', async () => {
    const person = 'ROWCANARY-jane.doe@example.com';
    const card = 'ROWCANARY-4111111111111111';
    emulator.control.setAuth(undefined);
    emulator.control.createTopic('orders.events', { partitions: 2 });
    emulator.control.produceRecords('orders.events', [
      JSON.stringify({ ts: '2026-01-01T00:00:00Z', page: '/checkout', user_id: 7, email: person }),
      `not json at all: ${card}`,
      JSON.stringify({ ts: card, page: person, user_id: person }),
    ]);
    const orders = (
      change: (value: { spec: { dataSchema: Record<string, unknown> } }) => void = () => {},
    ) => {
      const value = secretSpec('orders', 'v1') as {
        spec: { dataSchema: Record<string, unknown>; ioConfig: Record<string, unknown> };
      };
      value.spec.ioConfig.inputFormat = { type: 'json' };
      change(value);
      return value;
    };
    github().commit('main', { 'supervisors/orders.json': json(orders()) });
    const pr = github().openPullRequest({
      head: 'orders-timestamp',
      files: {
        'supervisors/orders.json': json(
          orders((value) => (value.spec.dataSchema.timestampSpec = { column: 'event_time', format: 'iso' })),
        ),
      },
    });
    const run = async (config: string) => {
      const env = await actionEnvironment(github(), 'pull_request', { pullNumber: pr });
      const workspace = mkdtempSync(path.join(tmpdir(), 'druid-gitops-leaks-'));
      writeFileSync(path.join(workspace, '.druid-gitops.yml'), config);
      const { runtime, recorded } = fakeRuntime({
        'github-token': INPUT_SECRETS.githubToken,
        'druid-url': emulator.url,
      });
      const startAt = github().requests.length;
      const { output } = await captureProcessOutput(() =>
        runAction(runtime, runContext({ ...env, RUNNER_TEMP: workspace }), workspace, {
          github: fakeClientOptions(github()),
        }),
      );
      const comment = github()
        .comments(pr)
        .find((c) => c.body.includes('<!-- druid-gitops:review -->'));
      return {
        'review process output': output,
        'review comment': comment?.body ?? '',
        ...recordedSurfaces('review', recorded),
        ...githubSurfaces(startAt, {}),
      };
    };

    const hidden = await run('');
    expect(hidden['review comment']).toContain('every sampled row fails to parse under the new spec');
    const rowLeaks = (surfaces: Record<string, string>) =>
      Object.entries(surfaces)
        .filter(([, text]) => text.includes('ROWCANARY'))
        .map(([surface]) => surface);
    expect(rowLeaks(hidden)).toEqual([]);
    expect(scanForLeaks(hidden)).toEqual([]);

    // Opted in, the values are shown, and still no credential is.
    const shown = await run('sampling:\n  showValues: true\n');
    expect(rowLeaks(shown)).toContain('review comment');
    expect(scanForLeaks(shown)).toEqual([]);
  });

  test('deploy with a failing change and Druid echoing the spec in its errors, then the post step', async () => {
    const base = { clicks: secretSpec('clicks', 'v1'), views: secretSpec('views', 'v1') };
    const broken = secretSpec('clicks', 'v2');
    (broken.spec as { ioConfig: { consumerProperties: Record<string, string> } }).ioConfig.consumerProperties[
      'bootstrap.servers'
    ] = 'kafka-typo:9092';
    const files = {
      'supervisors/clicks.yaml': acceptedYaml(base.clicks),
      'supervisors/views.yaml': acceptedYaml(base.views),
    };
    const before = github().commit('main', files);
    github().commit('main', {
      'supervisors/clicks.yaml': acceptedYaml(broken),
      'supervisors/views.yaml': acceptedYaml(secretSpec('views', 'v2', 2)),
    });
    emulator.control.setAuth(undefined);
    for (const value of Object.values(base)) {
      const answer = await fetch(`${emulator.url}/druid/indexer/v1/supervisor`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(value),
      });
      expect(answer.status).toBe(200);
    }
    emulator.control.advance(60_000);
    emulator.control.setAuth({
      users: { [DRUID_USER]: { password: INPUT_SECRETS.druidPassword, access: 'write' } },
    });
    // Druid's resume failing with the toString of the spec it holds in its message, as Java
    // exceptions do: the new spec's first (once), then the restored previous spec's.
    echoFault('/druid/indexer/v1/supervisor/views/resume', secretSpec('views', 'v2', 2), 1);
    echoFault('/druid/indexer/v1/supervisor/views/resume', base.views);
    const env = await actionEnvironment(github(), 'push', { before });
    const workspace = mkdtempSync(path.join(tmpdir(), 'druid-gitops-leaks-'));
    const inputs = {
      'github-token': INPUT_SECRETS.githubToken,
      'druid-url': emulator.url,
      'druid-username': DRUID_USER,
      'druid-password': INPUT_SECRETS.druidPassword,
      rollback: 'pr',
    };
    const main = fakeRuntime(inputs);
    const startAt = github().requests.length;

    const deployed = await captureProcessOutput(() =>
      runAction(main.runtime, runContext({ ...env, ...ENV_SECRETS, RUNNER_TEMP: workspace }), workspace, {
        clock: emulator.clock,
        github: fakeClientOptions(github()),
      }),
    );
    const post = fakeRuntime(inputs, main.recorded.state);
    const repaired = await captureProcessOutput(() =>
      runPost(post.runtime, runContext({ ...env, ...ENV_SECRETS, RUNNER_TEMP: workspace })),
    );

    writeFileSync('/tmp/lk-summary.md', main.recorded.summary);
    expect(main.recorded.failed).toMatch(/clicks \(restored\).*views \(restore-failed\)/);
    const [pull] = github().pulls();
    const [issue] = github().issues({ label: 'druid-restore-failed' });
    expect(pull?.body).toContain('UNHEALTHY_SUPERVISOR');
    expect(issue?.body).toContain('IllegalStateException');
    expect(post.recorded.summary).toContain('views');
    expect(readFileSync(main.recorded.state[JOURNAL_STATE] as string, 'utf8')).toContain('views');
    registeredSecrets(main.recorded, [
      INPUT_SECRETS.githubToken,
      INPUT_SECRETS.druidPassword,
      Buffer.from(`${DRUID_USER}:${INPUT_SECRETS.druidPassword}`).toString('base64'),
    ]);
    const leaks = scanForLeaks({
      ...recordedSurfaces('deploy', main.recorded),
      'deploy process output': deployed.output,
      'rollback PR title and body': `${pull?.title}\n${pull?.body}`,
      'issue title and body': `${issue?.title}\n${issue?.body}`,
      ...githubSurfaces(startAt, files),
      ...recordedSurfaces('post step', post.recorded),
      'post step process output': repaired.output,
    });
    expect(leaks).toEqual([]);
  });

  test('the CLI deploy, interrupted by Ctrl-C with Druid echoing the spec in its errors, then the next run (text and JSON)', async () => {
    const repo = mkdtempSync(path.join(tmpdir(), 'druid-gitops-leaks-'));
    const state = mkdtempSync(path.join(tmpdir(), 'druid-gitops-leaks-state-'));
    const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' }).trim();
    const commit = (value: Record<string, unknown>, message: string) => {
      mkdirSync(path.join(repo, 'supervisors'), { recursive: true });
      writeFileSync(path.join(repo, 'supervisors/clicks.yaml'), acceptedYaml(value));
      git('add', '-A');
      git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', message);
      return git('rev-parse', 'HEAD');
    };
    git('init', '-q');
    const previous = secretSpec('clicks', 'v1');
    const before = commit(previous, 'base');
    commit(secretSpec('clicks', 'v2', 2), 'head');
    emulator.control.setAuth(undefined);
    await fetch(`${emulator.url}/druid/indexer/v1/supervisor`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(previous),
    });
    emulator.control.advance(60_000);
    emulator.control.setAuth({
      users: { [DRUID_USER]: { password: INPUT_SECRETS.druidPassword, access: 'write' } },
    });
    // The repair's resume fails once, Druid quoting the spec it holds.
    echoFault('/druid/indexer/v1/supervisor/clicks/resume', previous, 1);
    const listeners = new Set<(signal: 'SIGINT' | 'SIGTERM') => void>();
    const surfaces: Record<string, string> = {};
    for (const format of ['text', 'json']) {
      const out: string[] = [];
      const err: string[] = [];
      const { value: code, output } = await captureProcessOutput(() =>
        runCli(['deploy', '--base', before, '--format', format], {
          stdout: (text) => out.push(text),
          stderr: (text) => {
            err.push(text);
            // Ctrl-C as soon as the first run has asked Druid to suspend.
            if (format === 'text' && text.includes('suspend: suspend requested'))
              for (const listener of listeners) listener('SIGINT');
          },
          cwd: repo,
          env: {
            ...cliEnv,
            DRUID_TOKEN: undefined,
            DRUID_URL: emulator.url,
            DRUID_PASSWORD: INPUT_SECRETS.druidPassword,
            XDG_STATE_HOME: state,
          },
          clock: emulator.clock,
          signals: {
            subscribe: (listener) => {
              listeners.add(listener);
              return () => listeners.delete(listener);
            },
          },
        }),
      );
      surfaces[`CLI deploy ${format} stdout`] = out.join('\n');
      surfaces[`CLI deploy ${format} stderr`] = err.join('\n');
      surfaces[`CLI deploy ${format} process output`] = output;
      if (format === 'text') {
        expect(code).toBe(130);
        expect(surfaces['CLI deploy text stdout']).toContain('clicks: could NOT be repaired');
      } else {
        expect(surfaces['CLI deploy json stdout']).toContain('"settled"');
      }
    }
    expect(scanForLeaks(surfaces)).toEqual([]);
  });

  test.each(['diagnose', 'resync', 'resume'])(
    'recover mode, %s, with Druid echoing the spec in its errors',
    async (operation) => {
      // The cluster runs the previous commit's spec (suspended, for resume); git's head rotates
      // the secrets, so resync has something to apply.
      const previous = withSslKey(secretSpec('clicks', 'v1'), 'v2');
      github().commit('main', { 'supervisors/clicks.yaml': acceptedYaml(previous) });
      github().commit('main', { 'supervisors/clicks.yaml': acceptedYaml(secretSpec('clicks', 'v2')) });
      await seedCluster(operation === 'resume' ? { ...previous, suspended: true } : previous);
      echoFault('/druid/indexer/v1/supervisor/clicks/resume', previous);
      echoFault('/druid/indexer/v1/supervisor/clicks/suspend', previous);
      const inputs = { operation, supervisor: 'clicks', reason: 'leak scan', 'on-drift': 'overwrite' };
      const env = await actionEnvironment(github(), 'workflow_dispatch', { inputs });
      const workspace = mkdtempSync(path.join(tmpdir(), 'druid-gitops-leaks-'));
      const { runtime, recorded } = fakeRuntime({ ...basicAuthInputs, 'druid-url': emulator.url, ...inputs });
      const startAt = github().requests.length;

      const { output } = await captureProcessOutput(() =>
        runAction(runtime, runContext({ ...env, ...ENV_SECRETS, RUNNER_TEMP: workspace }), workspace, {
          clock: emulator.clock,
          github: fakeClientOptions(github()),
        }),
      );

      expect(recorded.summary).toContain('clicks');
      if (operation !== 'diagnose')
        expect(`${recorded.summary}${recorded.failed}`).toContain('IllegalStateException');
      registeredSecrets(recorded, [INPUT_SECRETS.githubToken, INPUT_SECRETS.druidPassword]);
      const leaks = scanForLeaks({
        ...recordedSurfaces(`recover ${operation}`, recorded),
        [`recover ${operation} process output`]: output,
        ...githubSurfaces(startAt, {}),
      });
      expect(leaks).toEqual([]);
    },
  );

  test('drift mode: secrets changed on the cluster are reported without their values', async () => {
    github().commit('main', {
      'supervisors/clicks.yaml': acceptedYaml(secretSpec('clicks', 'v1')),
      'supervisors/views.yaml': acceptedYaml(secretSpec('views', 'v1')),
    });
    await seedCluster(secretSpec('clicks', 'v2'), withSslKey(secretSpec('views', 'v1'), 'v2'));
    const env = await actionEnvironment(github(), 'schedule');
    const workspace = mkdtempSync(path.join(tmpdir(), 'druid-gitops-leaks-'));
    const { runtime, recorded } = fakeRuntime({ ...basicAuthInputs, 'druid-url': emulator.url });
    const startAt = github().requests.length;

    const { output } = await captureProcessOutput(() =>
      runAction(runtime, runContext({ ...env, ...ENV_SECRETS, RUNNER_TEMP: workspace }), workspace, {
        github: fakeClientOptions(github()),
      }),
    );

    const [issue] = github().issues({ label: 'druid-drift' });
    expect(issue?.body).toContain('ssl.key.password');
    expect(emulator.control.writes()).toEqual([]);
    const leaks = scanForLeaks({
      ...recordedSurfaces('drift', recorded),
      'drift process output': output,
      'drift issue': `${issue?.title}\n${issue?.body}`,
      ...githubSurfaces(startAt, {}),
    });
    expect(leaks).toEqual([]);
  });

  test('import: the files it writes, stdout and stderr hold no credential of the cluster’s specs', async () => {
    await seedCluster(secretSpec('clicks', 'v1'), withSslKey(secretSpec('views', 'v2'), 'v2'));
    const folder = mkdtempSync(path.join(tmpdir(), 'druid-gitops-leaks-'));
    const out: string[] = [];
    const err: string[] = [];
    const { value: status, output } = await captureProcessOutput(() =>
      runCli(['import', '--segments', '--druid-url', emulator.url], {
        stdout: (text) => out.push(text),
        stderr: (text) => err.push(text),
        cwd: folder,
        env: { ...cliEnv, DRUID_TOKEN: '', DRUID_PASSWORD: INPUT_SECRETS.druidPassword },
      }),
    );
    expect([status, err.join('\n')]).toEqual([0, '']);
    expect(emulator.control.writes()).toEqual([]);
    const written = ['supervisors/clicks.yaml', 'supervisors/views.yaml'].map((file) =>
      readFileSync(path.join(folder, file), 'utf8'),
    );
    expect(written[0]).toContain('${env:CLICKS_SASL_JAAS_CONFIG_PASSWORD}');
    expect(
      scanForLeaks({
        'import stdout': out.join('\n'),
        'import stderr': err.join('\n'),
        'import process output': output,
        'import clicks file': written[0] as string,
        'import views file': written[1] as string,
      }),
    ).toEqual([]);
  });
});
