/**
 * `npm run circles`: the import circles of src/, between folders and between files, type-only
 * imports included, read by dependency-cruiser (the lint's own reader). Prints each circle and
 * exits 1 when there is one. The lint (.dependency-cruiser.mjs) forbids them; this says how many.
 */
import { cruise } from 'dependency-cruiser';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';

const { output } = await cruise(
  ['src'],
  {
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^src/validate/generated/' },
  },
  {},
  { tsConfig: extractTSConfig('tsconfig.json') },
);
if (typeof output === 'string') throw new Error('dependency-cruiser answered with text, not modules');

const files = new Map<string, Set<string>>();
for (const module of output.modules) {
  if (!module.source.startsWith('src/')) continue;
  files.set(
    module.source,
    new Set(
      module.dependencies.map((dependency) => dependency.resolved).filter((to) => to.startsWith('src/')),
    ),
  );
}
/** `src/diff/plan.ts` → `diff`; the entry files at the top of src/ are their own folder. */
const folderOf = (file: string): string => file.split('/').slice(1, -1)[0] ?? file.slice('src/'.length);
const folders = new Map<string, Set<string>>();
for (const [file, targets] of files) {
  const edges = folders.get(folderOf(file)) ?? new Set<string>();
  for (const target of targets) if (folderOf(target) !== folderOf(file)) edges.add(folderOf(target));
  folders.set(folderOf(file), edges);
}

const folderCircles = circles(folders);
const fileCircles = circles(files);
const imports = [...files.values()].reduce((sum, targets) => sum + targets.size, 0);
const entries = [...folders.keys()].filter((name) => name.endsWith('.ts')).length;
console.log(
  `src/: ${folders.size - entries} folders and ${entries} entry files, ${files.size} files, ${imports} imports (type-only ones included)`,
);
console.log(`folder-level circles: ${folderCircles.length}`);
for (const circle of folderCircles) console.log(`  ${circle.join(', ')}`);
console.log(`file-level circles: ${fileCircles.length}`);
for (const circle of fileCircles) console.log(`  ${circle.join(', ')}`);
process.exitCode = folderCircles.length + fileCircles.length > 0 ? 1 : 0;

/** The strongly connected components of more than one node (Tarjan), each sorted. */
function circles(graph: ReadonlyMap<string, ReadonlySet<string>>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, next);
    low.set(node, next++);
    stack.push(node);
    onStack.add(node);
    for (const target of graph.get(node) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(node, Math.min(low.get(node)!, low.get(target)!));
      } else if (onStack.has(target)) low.set(node, Math.min(low.get(node)!, index.get(target)!));
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1) found.push(component.sort());
  };
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node);
  return found;
}
