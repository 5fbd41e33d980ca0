/**
 * Retention and compaction changes in the review comment: their own table under the supervisors',
 * escaped text from files, and the comment's budget kept however many files change.
 */
import { DEFAULT_CONFIG } from '../../../src/config/config-file.js';
import { planChanges } from '../../../src/diff/plan.js';
import { renderReview } from '../../../src/report/review-markdown.js';

const FOLDERS = { retention: 'retention', compaction: 'compaction' };
const file = (path: string, value: unknown) => ({
  path,
  bytes: new TextEncoder().encode(JSON.stringify(value)),
});
const rules = (days: number) => [{ type: 'loadByPeriod', period: `P${days}D` }, { type: 'dropForever' }];

test('300 changed retention files keep the comment within 65,536 characters, the full summary lists them all', async () => {
  const names = Array.from({ length: 300 }, (_, index) => `stream_${String(index).padStart(3, '0')}`);
  const plan = await planChanges({
    base: names.map((name) => file(`retention/${name}.json`, rules(90))),
    head: names.map((name) => file(`retention/${name}.json`, rules(7))),
    config: DEFAULT_CONFIG,
    segmentFolders: FOLDERS,
  });
  const comment = renderReview(plan, { budget: 65_536, fullReportHint: 'See the job summary.' });
  expect(comment.length).toBeLessThanOrEqual(65_536);
  expect(comment).toContain('Retention and compaction: 300 files change');
  const summary = renderReview(plan, { budget: 1_048_576 });
  expect(summary.match(/\| retention rules \| ✏️ update/g)).toHaveLength(300);
});

test('a datasource name from a file name is escaped in the table', async () => {
  const plan = await planChanges({
    base: [],
    head: [file('retention/a_<b>_*c*.json', rules(7))],
    config: DEFAULT_CONFIG,
    segmentFolders: FOLDERS,
  });
  const comment = renderReview(plan, { budget: 65_536 });
  expect(comment).not.toContain('<b>');
  expect(comment).toContain('🆕 create');
});

test('text from a retention file in the rule diff cannot inject HTML or mention anyone', async () => {
  const tiered = (tier: string) => [
    { type: 'loadByPeriod', period: 'P7D', tieredReplicants: { [tier]: 2 } },
    { type: 'dropForever' },
  ];
  const plan = await planChanges({
    base: [file('retention/events.json', tiered('hot'))],
    head: [file('retention/events.json', tiered('<img src=x onerror=alert(1)> @octocat'))],
    config: DEFAULT_CONFIG,
    segmentFolders: FOLDERS,
  });
  const comment = renderReview(plan, { budget: 65_536 });
  expect(comment).toContain('img src=x');
  // Inside a fenced block HTML is shown as text; anywhere else it must be escaped.
  expect(comment.replace(/^(`{3,})[^\n]*\n[\s\S]*?\n\1$/gm, '')).not.toMatch(/<img/);
  expect(comment).not.toContain('@octocat');
});

test('a secret in a compaction file is redacted in its diff', async () => {
  const compaction = (password: string) => ({
    dataSource: 'events',
    skipOffsetFromLatest: 'P1D',
    taskContext: { 'druid.s3.password': password },
  });
  const plan = await planChanges({
    base: [file('compaction/events.json', compaction('old-hunter2-secret'))],
    head: [file('compaction/events.json', compaction('new-hunter2-secret'))],
    config: DEFAULT_CONFIG,
    segmentFolders: FOLDERS,
  });
  const comment = renderReview(plan, { budget: 1_048_576 });
  expect(comment).toContain('taskContext');
  expect(comment).not.toContain('hunter2');
});
