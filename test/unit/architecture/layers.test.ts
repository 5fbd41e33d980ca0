/**
 * The lint's import rules (.dependency-cruiser.mjs) fire: a tree with an upward import and a
 * type-only circle is cruised with the project's own configuration, and both are reported. The
 * project's own src/ passes the same rules in `npm run lint`.
 */
import { mkdtempSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cruise, type IViolation } from 'dependency-cruiser';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';
import rules from '../../../.dependency-cruiser.mjs';
import { LAYERS } from '../../../scripts/layers.mjs';

async function violations(files: Record<string, string>): Promise<IViolation[]> {
  const root = mkdtempSync(path.join(tmpdir(), 'layers-'));
  try {
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), text);
    }
    writeFileSync(
      path.join(root, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', strict: true } }),
    );
    const { output } = await cruise(
      ['src'],
      { ...rules.options, baseDir: root, validate: true, ruleSet: { forbidden: rules.forbidden } },
      undefined,
      { tsConfig: extractTSConfig(path.join(root, 'tsconfig.json')) },
    );
    if (typeof output === 'string') throw new Error('expected a cruise result');
    return output.summary.violations;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

describe('the import rules of src/', () => {
  test('an import from a lower folder into a higher one is an error', async () => {
    const found = await violations({
      'src/diff/plan.ts': 'export const plan = 1;\n',
      'src/spec/layout.ts': "import { plan } from '../diff/plan.js';\nexport const layout = plan;\n",
    });
    expect(found.map((violation) => [violation.rule.name, violation.from, violation.to])).toEqual([
      ['layer-spec', 'src/spec/layout.ts', 'src/diff/plan.ts'],
    ]);
  });

  test('a circle of type-only imports between two files is an error', async () => {
    const found = await violations({
      'src/diff/plan.ts':
        "import type { Change } from './change.js';\nexport interface Plan { changes: Change[] }\n",
      'src/diff/change.ts':
        "import type { Plan } from './plan.js';\nexport interface Change { plan?: Plan }\n",
    });
    expect(new Set(found.map((violation) => violation.rule.name))).toEqual(new Set(['no-circular']));
  });

  test('a downward import passes', async () => {
    const found = await violations({
      'src/spec/layout.ts': 'export const layout = 1;\n',
      'src/diff/plan.ts': "import { layout } from '../spec/layout.js';\nexport const plan = layout;\n",
    });
    expect(found).toEqual([]);
  });

  test('a folder missing from the layer table is an error', async () => {
    const found = await violations({
      'src/spec/layout.ts': 'export const layout = 1;\n',
      'src/misc/helper.ts': "import { layout } from '../spec/layout.js';\nexport const helper = layout;\n",
    });
    expect(found.map((violation) => violation.rule.name)).toContain('folder-in-layers');
  });

  test('every folder of src/ has a place in the layer table', () => {
    const folders = readdirSync('src', { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    expect(folders.sort()).toEqual(Object.keys(LAYERS).sort());
  });

  test('a folder imports only folders listed before it (the table is a DAG, bottom up)', () => {
    const order = Object.keys(LAYERS);
    for (const [name, layer] of Object.entries(LAYERS))
      for (const target of layer.imports.split(' ').filter(Boolean))
        expect([name, order.indexOf(target) < order.indexOf(name)]).toEqual([name, true]);
  });
});
