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
  expect(comment).toContain('Retention and compaction: 300 file(s) change');
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
