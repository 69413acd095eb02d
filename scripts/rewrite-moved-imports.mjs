#!/usr/bin/env node
// A merge aid for issue 15's restructure: rewrites the relative imports of every .ts/.js file in
// src/, test/ and scripts/ that still names a module by its path before the move (`../model.js`,
// `../export/guard.js`, …) to its path after it, using scripts/moved-modules.txt (old new, one
// pair a line). Run it from the repository root after merging a branch that was started before
// the move: `node scripts/rewrite-moved-imports.mjs`, then `npm run typecheck`.
// Only import and export statements, import() and vi.mock() are rewritten, never string contents.
import fs from 'node:fs';
import path from 'node:path';

const list = new URL('./moved-modules.txt', import.meta.url);
const moves = new Map(
  fs
    .readFileSync(list, 'utf8')
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .map(([from, to]) => [path.normalize(from), path.normalize(to)]),
);
const SPEC =
  /(^\s*import\s+|^\s*export\s+|\bfrom\s+|\bimport\(\s*|vi\.mock\(\s*)(['"])(\.{1,2}\/[^'"]+)\2/gm;
const files = ['src', 'test', 'scripts']
  .flatMap((root) => fs.readdirSync(root, { recursive: true }).map((f) => path.join(root, f)))
  .filter((f) => /\.(ts|js|mjs)$/.test(f) && !f.includes('node_modules'));

let changed = 0;
for (const file of files) {
  const text = fs.readFileSync(file, 'utf8');
  const out = text.replace(SPEC, (all, before, quote, spec) => {
    const target = path.normalize(path.join(path.dirname(file), spec));
    const moved = moves.get(target.replace(/\.js$/, '.ts'));
    if (!moved) return all;
    let rel = path.relative(
      path.dirname(file),
      moved.replace(/\.ts$/, target.endsWith('.js') ? '.js' : '.ts'),
    );
    if (!rel.startsWith('.')) rel = `./${rel}`;
    return `${before}${quote}${rel}${quote}`;
  });
  if (out !== text) {
    fs.writeFileSync(file, out);
    changed++;
    console.log(`rewrote ${file}`);
  }
}
console.log(`${changed} file(s) rewritten`);
