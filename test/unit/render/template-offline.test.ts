// A --templates folder from someone else that would make the deck fetch from the network when
// presented: each remote reference is a build error and a check error at its file:line:col, and
// the earlier dist/ is left as it was. Links the audience may follow are not fetches and pass.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../e2e/helpers/cli.js';
import { tempDir } from '../../helpers/temp-dir.js';
import { BUILTIN_TEMPLATES_DIR } from '../../../src/render/templates.js';
import { readFileSync } from 'node:fs';

/** A talk with a --templates folder holding `files`, and a dist/ from an earlier build. */
function talk(files: Record<string, string>) {
  const dir = join(tempDir('lectern-templates-'), 'talk');
  const templates = join(dir, 'my-templates');
  mkdirSync(join(templates, 'partials'), { recursive: true });
  mkdirSync(join(dir, 'dist'));
  writeFileSync(join(dir, 'dist', 'earlier.txt'), 'the earlier build');
  writeFileSync(join(dir, 'dist', 'lectern.json'), '{}');
  for (const [name, text] of Object.entries(files)) writeFileSync(join(templates, name), text);
  const input = join(dir, 'talk.md');
  writeFileSync(input, '---\ntitle: A talk\n---\n\n## One\n\nSome text to say.\n');
  return { input, templates, out: join(dir, 'dist') };
}

const builtinPartial = (name: string) =>
  readFileSync(join(BUILTIN_TEMPLATES_DIR, 'partials', `${name}.hbs`), 'utf8');

describe('a --templates folder that reaches the network', () => {
  it.each([
    [
      'partials/slide-title.hbs',
      '<img src="https://example.com/logo.png" alt="">',
      'https://example.com/logo.png',
    ],
    [
      'partials/slide-title.hbs',
      '<script src="//cdn.example.com/x.js"></script>',
      '//cdn.example.com/x.js',
    ],
    [
      'partials/slide-title.hbs',
      '<link rel="stylesheet" href="http://example.com/x.css">',
      'http://example.com/x.css',
    ],
    [
      'partials/slide-title.hbs',
      '<img srcset="a.png 1x, https://example.com/b.png 2x" alt="">',
      'https://example.com/b.png',
    ],
    [
      'partials/slide-title.hbs',
      '<div style="background: url(https://example.com/bg.png)"></div>',
      'https://example.com/bg.png',
    ],
    [
      'partials/slide-title.hbs',
      '<style>@import url(http://example.com/fonts.css);</style>',
      'http://example.com/fonts.css',
    ],
    [
      'extra.css',
      '@font-face { font-family: X; src: url(https://fonts.example.com/x.woff2); }',
      'https://fonts.example.com/x.woff2',
    ],
  ])('%s with %s is an error at its line', async (name, line, url) => {
    const t = talk({ [name]: `${builtinPartial('slide-title')}\n${line}\n` });
    const expectedLine = builtinPartial('slide-title').split('\n').length + 1;
    const run = await runCli(
      'build',
      t.input,
      '--out',
      t.out,
      '--no-pdf',
      '--quiet',
      '--templates',
      t.templates,
    );
    expect(run.code).toBe(1);
    expect(run.err).toMatch(
      new RegExp(`${name.replace(/[./]/g, '\\$&')}:${expectedLine}:\\d+: error: `),
    );
    expect(run.err).toContain(`${url} is on the network`);
    expect(run.err).not.toMatch(/\n\s+at /);
    expect(readdirSync(t.out).sort()).toEqual(['earlier.txt', 'lectern.json']);
    const check = await runCli('check', t.input, '--quiet', '--templates', t.templates);
    expect(check.code).toBe(1);
    expect(check.err).toContain(`${url} is on the network`);
  });

  it('passes a link the audience may follow, and builds', async () => {
    const link = '<a href="https://example.com/more">More</a>';
    const t = talk({ 'partials/slide-title.hbs': `${builtinPartial('slide-title')}\n${link}\n` });
    const run = await runCli(
      'build',
      t.input,
      '--out',
      t.out,
      '--no-pdf',
      '--quiet',
      '--templates',
      t.templates,
    );
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(readFileSync(join(t.out, 'index.html'), 'utf8')).toContain('https://example.com/more');
  });
});
