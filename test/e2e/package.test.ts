// Lectern as another project installs it: `npm pack` gives a tarball with the compiled tool, its
// templates and its declarations; installed into a fresh project, `npx lectern build` and the
// programmatic API both build a deck there.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp-dir.js';

const REPO = join(import.meta.dirname, '../..');
const run = (cmd: string, args: string[], cwd: string) =>
  execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

describe('the npm package', () => {
  it(
    'installs from its tarball and builds a deck there, from the CLI and the API',
    { timeout: 400_000 },
    () => {
      const root = tempDir('lectern-package-');
      const packed = JSON.parse(
        run('npm', ['pack', '--json', '--pack-destination', root], REPO),
      ) as { filename: string; files: { path: string }[] }[];
      const paths = packed[0]!.files.map((f) => f.path);
      expect(paths).toEqual(
        expect.arrayContaining(['lib/cli/main.js', 'lib/api.js', 'lib/api.d.ts']),
      );
      expect(paths).toContain('templates/deck.hbs');
      expect(paths.filter((p) => /^(src|test|content)\//.test(p))).toEqual([]);

      const project = join(root, 'talks');
      mkdirSync(project);
      writeFileSync(
        join(project, 'package.json'),
        '{"name":"talks","private":true,"type":"module"}',
      );
      run(
        'npm',
        ['install', '--no-audit', '--no-fund', '--prefer-offline', join(root, packed[0]!.filename)],
        project,
      );
      writeFileSync(
        join(project, 'talk.md'),
        '---\ntitle: A talk\n---\n\n## One\n\nSome text to say.\n',
      );

      run('npx', ['lectern', 'build', 'talk.md', '--no-pdf', '--quiet'], project);
      expect(readFileSync(join(project, 'dist', 'index.html'), 'utf8')).toContain(
        '<title>A talk</title>',
      );

      writeFileSync(
        join(project, 'use.mjs'),
        "import { build, LecternError } from 'lectern';\n" +
          "const s = await build({ input: 'talk.md', outDir: 'out', pdf: false });\n" +
          "const e = await build({ input: 'gone.md', outDir: 'x' }).catch((e) => e);\n" +
          'console.log(JSON.stringify({ slides: s.slides, typed: e instanceof LecternError }));\n',
      );
      expect(JSON.parse(run('node', ['use.mjs'], project))).toEqual({
        slides: expect.any(Number),
        typed: true,
      });
      expect(existsSync(join(project, 'out', 'index.html'))).toBe(true);
      // Typed options and the Problem type, as a TypeScript project sees them.
      writeFileSync(
        join(project, 'typed.ts'),
        "import { build, type BuildOptions, type Problem } from 'lectern';\n" +
          "const options: BuildOptions = { input: 'talk.md', outDir: 'dist', pdf: false };\n" +
          "const first = (problems: Problem[]): string => problems[0]?.message ?? '';\n" +
          'void build(options).then((s) => first(s.problems));\n' +
          '// @ts-expect-error: a misspelt option is a type error\n' +
          "const bad: BuildOptions = { input: 'talk.md', outDir: 'dist', pfd: false };\n" +
          'void bad;\n',
      );
      const tsc = join(REPO, 'node_modules', 'typescript', 'bin', 'tsc');
      const typeRoots = join(REPO, 'node_modules', '@types');
      const flags = ['--noEmit', '--strict', '--module', 'nodenext', '--skipLibCheck'];
      run(
        'node',
        [tsc, ...flags, '--typeRoots', typeRoots, '--types', 'node', 'typed.ts'],
        project,
      );
    },
  );
});
