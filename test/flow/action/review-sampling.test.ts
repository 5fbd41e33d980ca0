/**
 * The review's data section, end to end: the action on a pull_request payload, the GitHub fake,
 * and the emulator, whose Kafka holds the records and whose sampler answers as Druid 33 does.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runAction } from '../../../src/action/run.js';
import { createOverlordClient } from '../../../src/druid/index.js';
import { decodeMetadata } from '../../../src/github/index.js';
import { useEmulator } from '../../support/emulator.js';
import { fakeClientOptions } from '../../support/github-fake/client-options.js';
import { actionEnvironment } from '../../support/github-fake/events.js';
import { useGitHubFake } from '../../support/github-fake/jest.js';
import { fakeRuntime } from '../../support/fake-runtime.js';
import { spec } from '../../support/deploy.js';
import { runContext } from '../../support/run-context.js';

const github = useGitHubFake();
const emulator = useEmulator({
  version: '33.0.0',
  clusters: [{ name: 'prod', servers: ['kafka:9092'] }],
  client: { readOnly: true },
  seed: (emu) => {
    emu.control.createTopic('clicks.events', { partitions: 2 });
    emu.control.produceRecords(
      'clicks.events',
      Array.from({ length: 40 }, (_, index) =>
        JSON.stringify({
          ts: new Date(Date.UTC(2026, 0, 1) + index * 1000).toISOString(),
          page: `/p/${index % 4}`,
          user_id: 1000 + index,
          email: `person${index}@example.com`,
        }),
      ),
    );
  },
});

const json = (value: object) => `${JSON.stringify(value, null, 2)}\n`;
const SAMPLER = '/druid/indexer/v1/sampler';

async function review(
  pullNumber: number,
  options: { config?: string; forkOwner?: string; client?: ReturnType<typeof createOverlordClient> } = {},
) {
  const env = await actionEnvironment(github(), 'pull_request', {
    pullNumber,
    ...(options.forkOwner ? { forkOwner: options.forkOwner } : {}),
  });
  const workspace = mkdtempSync(path.join(tmpdir(), 'druid-gitops-ws-'));
  if (options.config) writeFileSync(path.join(workspace, '.druid-gitops.yml'), options.config);
  const { runtime, recorded } = fakeRuntime({
    'github-token': github().token,
    'supervisors-path': 'supervisors',
    'druid-url': emulator.url,
  });
  await runAction(runtime, runContext({ ...env, RUNNER_TEMP: workspace }), workspace, {
    overlord: options.client ?? emulator.client,
    github: fakeClientOptions(github()),
  });
  const comment = github()
    .comments(pullNumber)
    .find((entry) => entry.body.includes('<!-- druid-gitops:review -->'));
  return { recorded, body: comment?.body ?? '' };
}

/** A pull request renaming the timestamp column to one the records do not have. */
function brokenTimestamp(): number {
  github().commit('main', { 'supervisors/clicks.json': json(spec('clicks')) });
  return github().openPullRequest({
    head: 'rename-ts',
    files: {
      'supervisors/clicks.json': json(
        spec('clicks', (s) => {
          s.spec.dataSchema.timestampSpec.column = 'event_time';
          s.spec.dataSchema.dimensionsSpec.dimensions.push('country');
        }),
      ),
    },
  });
}

test('the comment shows what the new spec does to the same records as the old one; values hidden; nothing written, nothing gated', async () => {
  const pr = brokenTimestamp();

  const { recorded, body } = await review(pr);

  expect(body).toContain('every sampled row fails to parse under the new spec: 40 of 40 (0 under the old)');
  expect(body).toContain(
    '> Sampled data: under the new spec of <code>clicks</code>, every sampled row fails to parse',
  );
  expect(body).toContain(
    'The 40 oldest records of topic "clicks.events", parsed by the old spec and by the new one',
  );
  expect(body).toContain(
    '<code>Timestamp[null] is unparseable! Event: {ts=…, page=…, user_id=…, email=…}</code>',
  );
  expect(body).toContain('newly dropped by this change: <code>ts</code>');
  expect(body).not.toMatch(/person\d+@|\/p\/\d|2026-01-01T00:00:\d\d/);
  // Sampling is information: the check passes on these clean specs, and the reviewed hashes are there.
  expect(recorded.failed).toBeUndefined();
  expect(decodeMetadata(body, 'review')?.data).toHaveProperty('hashes.clicks');
  const samplerCalls = emulator.control.requests().filter((request) => request.path === SAMPLER);
  expect(samplerCalls).toHaveLength(3); // one capture, two replays
  expect(emulator.control.writes()).toEqual([]);
  const report = JSON.parse(readFileSync(recorded.outputs.report as string, 'utf8')) as {
    samples: { supervisors: unknown[] };
  };
  expect(report.samples.supervisors).toHaveLength(1);
  expect(JSON.stringify(report)).not.toContain('@example.com');
});

test('a read-only login: the sampler is refused (403), the comment says what permission it needs, the review passes', async () => {
  emulator.control.setAuth({ users: { reviewer: { password: 'pw', access: 'read' } } });
  const reader = createOverlordClient(
    { url: emulator.url, username: 'reviewer', password: 'pw' },
    { readOnly: true },
  );
  try {
    const pr = brokenTimestamp();
    const { recorded, body } = await review(pr, { client: reader });
    expect(recorded.failed).toBeUndefined();
    expect(body).toContain('Druid could not sample the topic');
    expect(body).toContain('HTTP 403');
    expect(body).toContain('needs STATE WRITE');
    expect(body).toContain('~ /spec/dataSchema/timestampSpec/column');
  } finally {
    await reader.close();
  }
});

test('with sampling.showValues the errors are as Druid wrote them, escaped; from a fork they stay hidden', async () => {
  const config = 'sampling:\n  showValues: true\n';
  const own = await review(brokenTimestamp(), { config });
  expect(own.body).toContain(
    'Event: {ts=2026-01-01T00:00:00.000Z, page=/p/0, user_id=1000, email=person0@\u200dexample.com}',
  );
  expect(own.body).toContain('values shown');

  const fork = await review(
    github().openPullRequest({
      head: 'fork-change',
      files: {
        'supervisors/clicks.json': json(
          spec('clicks', (s) => (s.spec.dataSchema.timestampSpec.column = 'x')),
        ),
      },
    }),
    { config, forkOwner: 'contributor' },
  );
  expect(fork.recorded.summary).toContain('Event: {ts=…, page=…');
  expect(fork.recorded.summary).not.toContain('@example.com');
});

test('sampling.enabled false: the review sends no sampler request', async () => {
  const pr = brokenTimestamp();
  const { body } = await review(pr, { config: 'sampling:\n  enabled: false\n' });
  expect(body).not.toContain('Sampled data');
  expect(emulator.control.requests().some((request) => request.path === SAMPLER)).toBe(false);
});

test('a sampler that fails (a 500 from a proxy) is a note; the rest of the review is unchanged', async () => {
  emulator.control.injectFault({ path: SAMPLER, status: 502, times: 1 });
  const pr = brokenTimestamp();
  const { recorded, body } = await review(pr);
  expect(recorded.failed).toBeUndefined();
  expect(body).toContain('Druid could not sample the topic');
  expect(body).toContain('HTTP 502');
  expect(body).toMatch(/<code>clicks<\/code>[^\n]*✏️ update/);
});
