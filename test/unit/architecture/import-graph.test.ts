// The direction of src/: each folder is one stage or service, and imports only folders below it
// in LAYERS (so no two folders import each other, directly or round a loop), and no module takes
// part in an import cycle. Imports are read by TypeScript's own pre-processor, which sees static
// imports, `export … from` re-exports, `import type` and dynamic `import()` alike.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, normalize, relative, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/** Top to bottom. A new folder of src/ goes into this list where its imports allow. */
const LAYERS = [
  '.', // src/api.ts, the programmatic API
  'cli',
  'pipeline',
  'checks',
  'pptx',
  'pdf',
  'bundle',
  'browser',
  'server',
  'render',
  'plan',
  'content',
  'import',
  'core',
];

const SRC = join(import.meta.dirname, '../../../src');

type Edge = { from: string; to: string };

/** Every relative import between modules of `root`, as paths relative to it. */
function moduleImports(root: string): Edge[] {
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) =>
    f.endsWith('.ts'),
  );
  return files.flatMap((file) => {
    const info = ts.preProcessFile(readFileSync(join(root, file), 'utf8'), true, true);
    return info.importedFiles
      .map((ref) => ref.fileName)
      .filter((spec) => spec.startsWith('.'))
      .map((spec) => ({
        from: normalize(file),
        to: normalize(join(dirname(file), spec.replace(/\.js$/, '.ts'))),
      }));
  });
}

const folderOf = (file: string) => (file.includes(sep) ? file.split(sep)[0]! : '.');

/** Imports that go to a folder not below the importing one, or to a folder LAYERS does not know. */
export function upwardImports(edges: Edge[], layers: string[]): string[] {
  const found: string[] = [];
  for (const { from, to } of edges) {
    const [a, b] = [folderOf(from), folderOf(to)];
    if (a === b) continue;
    const [ra, rb] = [layers.indexOf(a), layers.indexOf(b)];
    if (ra < 0 || rb < 0) found.push(`${from} → ${to}: add ${ra < 0 ? a : b}/ to LAYERS`);
    else if (rb <= ra) found.push(`${from} → ${to}: ${a}/ may not import ${b}/, which is above it`);
  }
  return found;
}

/** One module cycle per strongly connected group of modules (Tarjan), each as its members. */
export function moduleCycles(edges: Edge[]): string[][] {
  const next = new Map<string, string[]>();
  for (const { from, to } of edges) next.set(from, [...(next.get(from) ?? []), to]);
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const visit = (node: string) => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    for (const to of next.get(node) ?? []) {
      if (!index.has(to)) {
        visit(to);
        low.set(node, Math.min(low.get(node)!, low.get(to)!));
      } else if (stack.includes(to)) low.set(node, Math.min(low.get(node)!, index.get(to)!));
    }
    if (low.get(node) !== index.get(node)) return;
    const group: string[] = [];
    let member: string;
    do group.push((member = stack.pop()!));
    while (member !== node);
    if (group.length > 1 || (next.get(node) ?? []).includes(node)) cycles.push(group.sort());
  };
  for (const node of next.keys()) if (!index.has(node)) visit(node);
  return cycles;
}

describe('the checks themselves', () => {
  const edges: Edge[] = [
    { from: join('plan', 'a.ts'), to: join('core', 'b.ts') },
    { from: join('core', 'b.ts'), to: join('plan', 'c.ts') },
    { from: join('plan', 'c.ts'), to: join('plan', 'a.ts') },
    { from: join('pptx', 'd.ts'), to: join('core', 'b.ts') },
  ];

  it('find an import upwards and a folder the layers do not name', () => {
    expect(upwardImports(edges, ['plan', 'core'])).toEqual([
      `${join('core', 'b.ts')} → ${join('plan', 'c.ts')}: core/ may not import plan/, which is above it`,
      `${join('pptx', 'd.ts')} → ${join('core', 'b.ts')}: add pptx/ to LAYERS`,
    ]);
  });

  it('find a cycle of modules, across folders or within one', () => {
    expect(moduleCycles(edges)).toEqual([
      [join('core', 'b.ts'), join('plan', 'a.ts'), join('plan', 'c.ts')],
    ]);
  });
});

describe('src/', () => {
  const edges = moduleImports(SRC);

  it('imports only downwards, folder by folder', () => {
    expect(edges.length).toBeGreaterThan(100);
    expect(upwardImports(edges, LAYERS)).toEqual([]);
  });

  it('has no import cycle between modules', () => {
    expect(moduleCycles(edges)).toEqual([]);
  });

  it('has every module in a folder of LAYERS, and only the API at the top', () => {
    const modules = readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter((f) =>
      f.endsWith('.ts'),
    );
    expect(
      modules.filter((f) => !LAYERS.includes(folderOf(f))).map((f) => relative('.', f)),
    ).toEqual([]);
    expect(modules.filter((f) => folderOf(f) === '.')).toEqual(['api.ts']);
  });
});
