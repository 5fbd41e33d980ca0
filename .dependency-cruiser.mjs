// The import rules of src/ (docs/architecture.md): one direction between folders, no circle between
// files, type-only imports included. `npm run lint` runs it; scripts/layers.mjs holds the table.
import { ENTRY_POINTS, LAYERS } from './scripts/layers.mjs';

const folders = Object.keys(LAYERS);
const importsOf = (name) => LAYERS[name].imports.split(' ').filter(Boolean);
const folder = (name) => `^src/${name}/`;

export default {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment:
        'Two files of src/ import each other, directly or through others: move what both need below both.',
      from: { path: '^src/' },
      to: { circular: true },
    },
    ...folders.map((name) => ({
      name: `layer-${name}`,
      severity: 'error',
      comment: `src/${name}/ may import only ${importsOf(name).join(', ') || 'nothing else in src'} (scripts/layers.mjs, docs/architecture.md).`,
      from: { path: folder(name) },
      to: { path: '^src/', pathNot: [folder(name), ...importsOf(name).map(folder)] },
    })),
    ...Object.entries(ENTRY_POINTS).map(([file, target]) => ({
      name: `entry-${file.replace(/\.ts$/, '')}`,
      severity: 'error',
      comment: `src/${file} only starts ${target}/.`,
      from: { path: `^src/${file.replace('.', '\\.')}$` },
      to: { path: '^src/', pathNot: folder(target) },
    })),
    {
      name: 'folder-in-layers',
      severity: 'error',
      comment:
        'Every folder of src/ has a place in scripts/layers.mjs, so the lint knows what it may import.',
      from: {
        path: '^src/',
        pathNot: [
          ...folders.map(folder),
          ...Object.keys(ENTRY_POINTS).map((file) => `^src/${file.replace('.', '\\.')}$`),
        ],
      },
      to: {},
    },
    {
      name: 'resolvable',
      severity: 'error',
      comment: 'A relative import the lint cannot follow is one it cannot check.',
      from: { path: '^src/' },
      to: { couldNotResolve: true, path: '^[.]' },
    },
    {
      name: 'src-stands-alone',
      severity: 'error',
      comment: 'The product never imports tests, scripts or benchmarks.',
      from: { path: '^src/' },
      to: { path: '^(test|scripts|bench)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^src/validate/generated/' },
    // Type-only imports tie modules together as much as value imports do.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
