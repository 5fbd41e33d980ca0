/**
 * Bad input never stops the run: a huge string, a huge object, deep nesting, alias tricks. Each
 * file is reported on its own, with a position, in time linear in its size. The old scanner
 * overflowed the stack on a 20 MB string and on a 300,000-key object (a regular expression that
 * kept a frame per character), and YAML's duplicate-key check made a 30,000-key mapping take
 * 20 seconds (each key compared with every earlier one).
 */
import { mkdtempSync, rmSync, writeFileSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { runCli } from '../../../src/cli/run.js';
import { checkFile } from '../../../src/check/supervisor-check.js';
import { DEFAULT_CONFIG } from '../../../src/config/config-file.js';
import { readSpec } from '../../../src/spec/load.js';
import { parseSpecText } from '../../../src/spec/parse.js';
import { UNKNOWN_KEYS_EXPLAINED } from '../../../src/validate/schema-check.js';

const seed = JSON.parse(readFileSync('supervisors/page_views.json', 'utf8')) as {
  spec: { ioConfig: Record<string, unknown>; tuningConfig: Record<string, unknown> };
};

function withTopic(topic: string): typeof seed {
  const spec = structuredClone(seed);
  spec.spec.ioConfig.topic = topic;
  // A key after the long string, so locating it must scan past the string.
  spec.spec.ioConfig.taskCountt = 1;
  return spec;
}

function withKeys(count: number): typeof seed {
  const spec = structuredClone(seed);
  for (let index = 0; index < count; index++) spec.spec.tuningConfig[`unknownKey${index}`] = index;
  return spec;
}

function check(name: string, text: string) {
  return checkFile(
    readSpec(`supervisors/${name}`, Buffer.from(text), DEFAULT_CONFIG.druidVersion),
    DEFAULT_CONFIG,
  );
}

function millis(run: () => unknown): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

describe('big files are checked in time linear in their size', () => {
  test.each(['json', 'yaml'] as const)(
    'a 20 MB string value in %s: the key after it is located, nothing overflows',
    (format) => {
      const value = withTopic('x'.repeat(20_000_000));
      const text = format === 'json' ? JSON.stringify(value, null, 2) : stringify(value, { lineWidth: 0 });
      const report = check(`long.${format}`, text);
      const typo = report.findings.find((finding) => finding.pointer === '/spec/ioConfig/taskCountt');
      expect(typo).toMatchObject({ rule: 'druid/unknown-key', severity: 'warning' });
      expect(typo?.message).toContain('Did you mean "taskCount"?');
      expect(typo?.line).toBeGreaterThan(1);
    },
  );

  test(`an object of 100,000 unknown keys: the first ${UNKNOWN_KEYS_EXPLAINED} one by one, the rest in one finding`, () => {
    const report = check('keys.json', JSON.stringify(withKeys(100_000), null, 2));
    const unknown = report.findings.filter((finding) => finding.rule === 'druid/unknown-key');
    expect(unknown).toHaveLength(UNKNOWN_KEYS_EXPLAINED + 1);
    expect(unknown.find((finding) => finding.pointer === '/spec/tuningConfig')?.message).toMatch(
      /^99,950 more keys here \("unknownKey50", "unknownKey51", .*, …\) are not read by Druid/,
    );
    expect(unknown.find((finding) => finding.pointer === '/spec/tuningConfig/unknownKey7')?.line).toBe(
      report.findings.find((finding) => finding.pointer === '/spec/tuningConfig/unknownKey6')!.line! + 1,
    );
  });

  test('YAML: ten times the keys take about ten times as long, not a hundred', () => {
    const small = stringify(withKeys(3_000));
    const large = stringify(withKeys(30_000));
    check('warm.yaml', small);
    const smallMs = millis(() => check('keys.yaml', small));
    const largeMs = millis(() => check('keys.yaml', large));
    // Linear is 10; the old duplicate-key check was quadratic (100: 30,000 keys took 20 s).
    expect(largeMs).toBeLessThan(30 * Math.max(smallMs, 20));
  });

  test('JSON: ten times the string takes about ten times as long', () => {
    const small = JSON.stringify(withTopic('x'.repeat(2_000_000)));
    const large = JSON.stringify(withTopic('x'.repeat(20_000_000)));
    check('warm.json', small);
    const smallMs = millis(() => check('long.json', small));
    const largeMs = millis(() => check('long.json', large));
    expect(largeMs).toBeLessThan(30 * Math.max(smallMs, 20));
  });
});

describe('files that cannot be walked are findings with a position', () => {
  test.each([
    [
      'json',
      `{"type":"kafka","spec":{"dataSchema":{"dataSource":"d","x":${'['.repeat(10_000)}${']'.repeat(10_000)}}}}`,
    ],
    ['json', `{"type":"kafka","spec":{"x":${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}}}`],
    ['yaml', `type: kafka\nspec:\n  x: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`],
    ['yaml', `type: kafka\nspec:\n  x: ${'['.repeat(150)}${']'.repeat(150)}\n`],
  ] as const)('10,000 (or 150) levels of nesting in %s are parse/too-deep', (format, text) => {
    const { document, findings } = parseSpecText(text, format);
    expect(document).toBeUndefined();
    expect(findings).toEqual([expect.objectContaining({ rule: 'parse/too-deep', severity: 'error' })]);
    expect(findings[0]?.message).toContain('nested');
  });

  test('100 levels are still read', () => {
    const text = `{"type":"kafka","spec":{"x":${'['.repeat(97)}${']'.repeat(97)}}}`;
    expect(parseSpecText(text, 'json').document).toBeDefined();
  });

  test('the alias bomb says what happened, without the ReferenceError prefix', () => {
    const laughs = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (const [index, name] of ['b', 'c', 'd', 'e', 'f'].entries())
      laughs.push(`${name}: &${name} [${Array(10).fill(`*${'abcdef'[index]}`).join(', ')}]`);
    const [finding] = parseSpecText(`${laughs.join('\n')}\n`, 'yaml').findings;
    expect(finding?.rule).toBe('parse/syntax');
    expect(finding?.message).not.toContain('ReferenceError');
    expect(finding?.message).toContain('aliases expand to more than 100 copies');
  });

  test('more aliases than a spec needs are refused before the yaml package scans for each one', () => {
    const lines = Array.from(
      { length: 1_500 },
      (_, index) => `k${index}: &a${index} v\nr${index}: *a${index}`,
    );
    const [finding] = parseSpecText(`${lines.join('\n')}\n`, 'yaml').findings;
    expect(finding?.message).toContain('the file uses 1,500 aliases');
  });

  test.each([
    ['yaml', 'type: kafka\nspec:\n  dataSchema:\n    dataSource: a\n    dataSource: b\n', 5, 5],
    ['json', '{"type": "kafka", "spec": {"dataSchema": {"dataSource": "a", "dataSource": "b"}}}', 1, 62],
  ] as const)('a duplicate key in %s is named', (format, text, line, column) => {
    expect(parseSpecText(text, format).findings).toEqual([
      expect.objectContaining({
        rule: 'parse/duplicate-key',
        line,
        column,
        message: expect.stringContaining('The key "dataSource" appears twice'),
      }),
    ]);
  });
});

describe('druid-gitops validate with broken and huge files among good ones', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'big-files-'));
    mkdirSync(path.join(dir, 'supervisors'));
    const write = (name: string, text: string) => writeFileSync(path.join(dir, 'supervisors', name), text);
    write('a_good.json', readFileSync('supervisors/page_views.json', 'utf8'));
    write('huge_string.json', JSON.stringify({ ...withTopic('y'.repeat(20_000_000)), id: 'huge_string' }));
    write('many_keys.json', JSON.stringify({ ...withKeys(100_000), id: 'many_keys' }, null, 2));
    write('deep.json', `{"type":"kafka","spec":${'{"a":'.repeat(5_000)}1${'}'.repeat(5_000)}}`);
    write('duplicate.yaml', 'type: kafka\nspec:\n  ioConfig: {}\n  ioConfig: {}\n');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('every file is reported on its own and the run ends with findings, not a crash', async () => {
    let stdout = '';
    let stderr = '';
    const code = await runCli(['validate', '--format', 'json'], {
      stdout: (text) => (stdout += text),
      stderr: (text) => (stderr += text),
      cwd: dir,
      env: {},
    });
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as {
      files: Array<{ file: string; findings: Array<{ rule: string }> }>;
    };
    const rules = Object.fromEntries(
      report.files.map((file) => [file.file, new Set(file.findings.map((finding) => finding.rule))]),
    );
    expect(Object.keys(rules).sort()).toEqual(
      ['a_good.json', 'deep.json', 'duplicate.yaml', 'huge_string.json', 'many_keys.json'].map(
        (name) => `supervisors/${name}`,
      ),
    );
    expect(rules['supervisors/deep.json']).toEqual(new Set(['parse/too-deep']));
    expect(rules['supervisors/duplicate.yaml']).toEqual(new Set(['parse/duplicate-key']));
    expect(rules['supervisors/many_keys.json']?.has('druid/unknown-key')).toBe(true);
    expect(rules['supervisors/huge_string.json']?.has('druid/unknown-key')).toBe(true);
  });
});

describe('a check that fails on one file', () => {
  test('is a check/failed finding on that file, and the others are still checked', () => {
    const good = readSpec('supervisors/good.json', readFileSync('supervisors/page_views.json'), '33.0.0');
    const broken = readSpec('supervisors/broken.json', readFileSync('supervisors/page_views.json'), '33.0.0');
    const trap = new Proxy(broken.document!.value, {
      get: (target, key) => {
        if (key === 'spec') throw new Error('the check tripped over this value');
        return Reflect.get(target, key);
      },
    });
    const report = checkFile({ ...broken, document: { ...broken.document!, value: trap } }, DEFAULT_CONFIG);
    expect(report.findings).toEqual([
      expect.objectContaining({
        rule: 'check/failed',
        severity: 'error',
        line: 1,
        message: expect.stringContaining('(the check tripped over this value)'),
      }),
    ]);
    expect(checkFile(good, DEFAULT_CONFIG).findings.length).toBeGreaterThan(0);
  });
});
