import { consequences } from '../../../src/health/consequences.js';
import type { OffsetTable } from '../../../src/health/offsets.js';

const before: OffsetTable = {
  stream: 'clicks.events',
  state: 'RUNNING',
  readingTasks: 1,
  publishingTasks: 0,
  partitions: [
    { partition: '0', end: 1_500, taskStart: 1_000, read: 1_450, lag: 50 },
    { partition: '1', end: 1_600, taskStart: 1_100, read: 1_590, lag: 10 },
  ],
};

describe('what each write does to the data, in plain words', () => {
  test('reset with useEarliestOffset false skips what is not published: data loss, with a count', () => {
    const lines = consequences({ operation: 'reset', settings: { useEarliestOffset: false }, before });
    expect(lines.join('\n')).toContain('kills the reading tasks');
    expect(lines[1]).toBe(
      'New tasks start at the latest offset (useEarliestOffset: false): about 1,000 records not yet published, plus what arrives before the new tasks start are skipped — data loss.',
    );
  });

  test('reset with useEarliestOffset true re-reads the retained topic: duplicates', () => {
    const lines = consequences({
      operation: 'reset',
      settings: { useEarliestOffset: true, topic: 'clicks.events' },
    });
    expect(lines[1]).toMatch(/whole retained topic clicks\.events is read again.*duplicates/);
  });

  test('reset-offsets says per partition what is read twice or skipped', () => {
    const lines = consequences({
      operation: 'reset-offsets',
      settings: { useEarliestOffset: false },
      before,
      offsets: { '0': 900, '1': 1_200, '2': 5 },
    });
    expect(lines).toContain('Partition 0: back from 1,000 to 900: 100 records read again (duplicates).');
    expect(lines).toContain('Partition 1: forward from 1,100 to 1,200: 100 records skipped (data loss).');
    expect(lines).toContain(
      'Partition 2: Druid does not report it for this supervisor; check the partition key.',
    );
    const past = consequences({
      operation: 'reset-offsets',
      settings: { useEarliestOffset: false },
      before,
      offsets: { '0': 2_000 },
    });
    expect(past).toContain('Partition 0: 2,000 is past the end of the partition (1,500).');
  });

  test('terminate keeps the offsets, and the file in git brings it back on the next deploy', () => {
    const lines = consequences({
      operation: 'terminate',
      settings: { useEarliestOffset: false },
      file: 'supervisors/clicks.json',
    });
    expect(lines.join('\n')).toContain('Druid keeps the stored offsets');
    expect(lines.join('\n')).toContain(
      'Git still has supervisors/clicks.json: the next deploy creates the supervisor again',
    );
  });

  test.each(['suspend', 'resume', 'resync', 'handoff'] as const)(
    '%s says nothing is lost or read twice',
    (operation) => {
      expect(consequences({ operation, settings: { useEarliestOffset: false } }).join(' ')).toMatch(
        /nothing is lost|Nothing is skipped or read twice|stored offsets/,
      );
    },
  );
});
