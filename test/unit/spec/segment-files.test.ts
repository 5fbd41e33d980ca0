/**
 * Retention and compaction files: read with positions, validated against Druid's rule and
 * compaction types, named for their datasource; bodies Druid 33 accepted and refused (captured in
 * test/fixtures/druid-real) decide what must pass and what must fail.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_CONFIG } from '../../../src/config/config-file.js';
import {
  compactionConfigOf,
  retentionRulesOf,
  segmentKindOf,
  type SegmentKind,
} from '../../../src/spec/segment-files.js';
import { loadSegmentFiles, readSegmentFile } from '../../../src/check/segment-check.js';
import { segmentFolders } from '../../../src/config/segment-folders.js';

const here = dirname(fileURLToPath(import.meta.url));
const captured = (
  name: string,
): { request: { body: unknown }; response: { status: number; body?: unknown } } =>
  JSON.parse(readFileSync(join(here, '../../fixtures/druid-real', name), 'utf8'));
const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const read = (kind: SegmentKind, path: string, text: string) =>
  readSegmentFile(kind, path, bytes(text), '33.0.0');
const errors = (file: { findings: Array<{ severity: string; rule: string }> }) =>
  file.findings.filter((finding) => finding.severity === 'error').map((finding) => finding.rule);

describe('bodies Druid 33 answered', () => {
  test('the rules and the compaction config Druid accepted validate without errors', () => {
    const rules = captured('coordinator-rules-post.json');
    expect(rules.response.status).toBe(200);
    expect(errors(read('retention', 'retention/fx-main.json', JSON.stringify(rules.request.body)))).toEqual(
      [],
    );
    const compaction = captured('coordinator-compaction-post.json');
    expect(
      errors(read('compaction', 'compaction/fx-main.json', JSON.stringify(compaction.request.body))),
    ).toEqual([]);
  });

  test('a config for a datasource without segments yet, with a range partitionsSpec, is accepted', () => {
    const capture = captured('coordinator-compaction-post-new-datasource.json');
    expect(capture.response.status).toBe(200);
    const body = JSON.stringify(capture.request.body);
    expect(errors(read('compaction', 'compaction/seg-compaction.json', body))).toEqual([]);
  });

  test('what Druid stored and returns by GET validates too (a file may be copied from the cluster)', () => {
    const stored = captured('coordinator-rules-get-all.json').response.body as Record<string, unknown>;
    expect(errors(read('retention', 'retention/fx-main.json', JSON.stringify(stored['fx-main'])))).toEqual(
      [],
    );
    const config = captured('coordinator-compaction-get-ds.json').response.body;
    expect(errors(read('compaction', 'compaction/fx-main.json', JSON.stringify(config)))).toEqual([]);
  });

  test('the bodies Druid refused with 400 are errors', () => {
    for (const [kind, name] of [
      ['retention', 'coordinator-rules-post-unknown-type.json'],
      ['retention', 'coordinator-rules-post-not-array.json'],
      ['compaction', 'coordinator-compaction-post-invalid.json'],
      ['compaction', 'coordinator-compaction-post-unknown-granularity.json'],
      ['compaction', 'coordinator-compaction-post-msq.json'],
    ] as const) {
      const capture = captured(name);
      expect(capture.response.status).toBe(400);
      expect(errors(read(kind, `${kind}/fx-main.json`, JSON.stringify(capture.request.body)))).not.toEqual(
        [],
      );
    }
  });
});

describe('reading one file', () => {
  test('a finding points at the line and column of the bad value', () => {
    const file = read(
      'retention',
      'retention/events.yaml',
      '- type: loadByPeriod\n  period: P30D\n  tieredReplicants: { hot: "2" }\n- type: dropForevr\n',
    );
    expect(file.dataSource).toBe('events');
    expect(file.findings).toEqual([
      expect.objectContaining({
        rule: 'druid/type',
        pointer: '/0/tieredReplicants/hot',
        line: 3,
        column: 28,
      }),
      expect.objectContaining({ rule: 'druid/enum', pointer: '/1/type', line: 4, column: 9 }),
    ]);
    expect(retentionRulesOf(file)).toHaveLength(2);
  });

  test('a retention file must be a list and a compaction file an object', () => {
    expect(read('retention', 'retention/events.yaml', 'type: loadForever\n').findings).toEqual([
      expect.objectContaining({
        rule: 'parse/not-an-object',
        message: expect.stringContaining('list of rules'),
      }),
    ]);
    expect(errors(read('compaction', 'compaction/events.json', '[]'))).toEqual(['parse/not-an-object']);
    expect(errors(read('retention', 'retention/events.yaml', ''))).toEqual(['parse/empty']);
  });

  test('compaction takes its dataSource from the file name, and a different one is an error', () => {
    const implied = read('compaction', 'compaction/events.yaml', 'skipOffsetFromLatest: PT2H\n');
    expect(implied.findings).toEqual([]);
    expect(compactionConfigOf(implied)).toEqual({ dataSource: 'events', skipOffsetFromLatest: 'PT2H' });
    const other = read(
      'compaction',
      'compaction/events.yaml',
      'skipOffsetFromLatest: PT2H\ndataSource: clicks\n',
    );
    expect(other.findings).toEqual([
      expect.objectContaining({ rule: 'load/datasource-mismatch', line: 2, column: 13 }),
    ]);
  });

  test('a field the configured Druid release does not read is reported', () => {
    const file = readSegmentFile(
      'compaction',
      'compaction/events.yaml',
      bytes('projections: []\n'),
      '32.0.0',
    );
    expect(file.findings).toEqual([
      expect.objectContaining({ rule: 'druid/version', pointer: '/projections' }),
    ]);
  });

  test('bytes that are not UTF-8 are one finding', () => {
    const file = readSegmentFile(
      'retention',
      'retention/events.json',
      new Uint8Array([0xff, 0xfe, 0x00]),
      '33.0.0',
    );
    expect(errors(file)).toEqual(['parse/encoding']);
  });
});

describe('folders', () => {
  test('default to retention/ and compaction/ beside the supervisors folder', () => {
    expect(segmentFolders('supervisors', DEFAULT_CONFIG)).toEqual({
      retention: 'retention',
      compaction: 'compaction',
    });
    expect(segmentFolders('./druid/supervisors/', DEFAULT_CONFIG)).toEqual({
      retention: 'druid/retention',
      compaction: 'druid/compaction',
    });
    const config = { ...DEFAULT_CONFIG, segments: { retention: 'ops/rules/' } };
    expect(segmentFolders('supervisors', config)).toEqual({
      retention: 'ops/rules',
      compaction: 'compaction',
    });
  });

  test('a path belongs to a kind when it is a spec file inside its folder', () => {
    const folders = { retention: 'druid/retention', compaction: 'compaction' };
    expect(segmentKindOf('druid/retention/events.yaml', folders)).toBe('retention');
    expect(segmentKindOf('compaction/events.json', folders)).toBe('compaction');
    expect(segmentKindOf('compaction/README.md', folders)).toBeUndefined();
    expect(segmentKindOf('compaction/.hidden/events.json', folders)).toBeUndefined();
    expect(segmentKindOf('druid/retention-old/events.yaml', folders)).toBeUndefined();
    expect(segmentKindOf('supervisors/events.yaml', folders)).toBeUndefined();
  });

  test('loading reads both folders, keeps going past a broken file, and skips a missing folder', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'segments-'));
    mkdirSync(join(cwd, 'retention'));
    writeFileSync(join(cwd, 'retention/events.yaml'), '- type: loadForever\n');
    writeFileSync(join(cwd, 'retention/events.json'), '[{"type": "dropForever"}]');
    writeFileSync(join(cwd, 'retention/broken.yaml'), '- type: [\n');
    const files = await loadSegmentFiles(
      { retention: 'retention', compaction: 'compaction' },
      {
        cwd,
        druidVersion: '33.0.0',
      },
    );
    expect(files.map((file) => [file.path, errors(file)])).toEqual([
      ['retention/broken.yaml', ['parse/syntax']],
      ['retention/events.json', []],
      ['retention/events.yaml', ['load/duplicate-datasource']],
    ]);
  });
});
