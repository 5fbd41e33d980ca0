/**
 * Two files for one supervisor, or for one datasource's retention or compaction: Druid keeps one,
 * so a deploy would let one file overwrite the other. The later file gets an error; the first is kept.
 */
import { markDuplicateIds, readSpec } from '../../../src/spec/load.js';
import { markDuplicateDataSources } from '../../../src/spec/segment-files.js';
import { readSegmentFile } from '../../../src/check/segment-check.js';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const spec = (dataSource: string): string =>
  JSON.stringify({
    type: 'kafka',
    spec: {
      dataSchema: { dataSource },
      ioConfig: { topic: 't' },
    },
  });
const rules = (file: { findings: Array<{ rule: string }> }): string[] =>
  file.findings.map((finding) => finding.rule).filter((rule) => rule.startsWith('load/'));

describe('duplicate supervisor ids', () => {
  test('the second file naming a supervisor gets load/duplicate-id at its id, naming the first', () => {
    const files = markDuplicateIds([
      readSpec('a.json', bytes(spec('events')), '33.0.0'),
      readSpec('b.json', bytes(spec('other')), '33.0.0'),
      readSpec('c.json', bytes(spec('events')), '33.0.0'),
    ]);
    expect(files.map(rules)).toEqual([[], [], ['load/duplicate-id']]);
    const duplicate = files[2]?.findings.find((finding) => finding.rule === 'load/duplicate-id');
    expect(duplicate).toMatchObject({ severity: 'error', pointer: '/spec/dataSchema/dataSource', line: 1 });
    expect(duplicate?.message).toContain('a.json already defines the supervisor "events"');
  });
});

describe('duplicate datasources', () => {
  test('retention and compaction of one datasource do not collide; two of one kind do', () => {
    const files = markDuplicateDataSources([
      readSegmentFile('retention', 'retention/events.yaml', bytes('- type: loadForever\n'), '33.0.0'),
      readSegmentFile('compaction', 'compaction/events.yaml', bytes('{}'), '33.0.0'),
      readSegmentFile('retention', 'retention/events.json', bytes('[{"type": "dropForever"}]'), '33.0.0'),
    ]);
    expect(files.map(rules)).toEqual([[], [], ['load/duplicate-datasource']]);
    expect(files[2]?.findings.at(-1)?.message).toContain(
      'retention/events.yaml already holds the retention of "events"',
    );
  });
});
