import ts from 'typescript';
import fs from 'node:fs';
import path from 'node:path';
const files = fs
  .readdirSync('src', { recursive: true })
  .filter((f) => f.endsWith('.ts'))
  .map((f) => path.join('src', f));
const edges = new Map();
for (const f of files) {
  const info = ts.preProcessFile(fs.readFileSync(f, 'utf8'), true, true);
  for (const imp of info.importedFiles) {
    if (!imp.fileName.startsWith('.')) continue;
    const target = path.normalize(path.join(path.dirname(f), imp.fileName.replace(/\.js$/, '.ts')));
    const a = path.dirname(f).split(path.sep)[1] ?? '.',
      b = path.dirname(target).split(path.sep)[1] ?? '.';
    const fa = path.relative('src', f).includes('/') ? a : 'root',
      fb = path.relative('src', target).includes('/') ? b : 'root';
    if (fa === fb) continue;
    const k = fa + ' -> ' + fb;
    if (!edges.has(k)) edges.set(k, []);
    edges.get(k).push(path.relative('src', f) + ' => ' + path.relative('src', target));
  }
}
for (const [k, v] of [...edges].sort())
  console.log(k, v.length, process.argv[2] ? '\n   ' + v.join('\n   ') : '');
