// Hostile content and themes, built with the real CLI (no PDFs, so no browser): a file from outside
// the allowed folders, by path, by symlink, as the logo or from a theme's CSS, stops the build at
// its line with what to do, and nothing is written; a file that is not an image is refused; an
// SVG's script is removed; folders the person building allows (--assets, `assets:`) are used.
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../e2e/helpers/cli.js';
import { tempDir } from '../../helpers/temp-dir.js';

const PNG = readFileSync(join(import.meta.dirname, '../../fixtures/render/map.png'));

/** A talk folder with `talk.md` (front matter + body) and a dist/ from an earlier build. */
function talk(front: string, body = '', files: Record<string, string | Buffer> = {}) {
  const root = tempDir('lectern-boundary-');
  const dir = join(root, 'talk');
  mkdirSync(join(dir, 'dist'), { recursive: true });
  writeFileSync(join(dir, 'dist', 'earlier.txt'), 'the earlier build');
  writeFileSync(join(dir, 'dist', 'lectern.json'), '{}');
  for (const [name, bytes] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), bytes);
  }
  const input = join(dir, 'talk.md');
  writeFileSync(
    input,
    `---\ntitle: A talk\n${front}---\n\n## One\n\nSome text to say.\n\n${body}\n`,
  );
  return { root, dir, input, out: join(dir, 'dist') };
}

const build = (t: { input: string; out: string }, ...more: string[]) =>
  runCli('build', t.input, '--out', t.out, '--no-pdf', '--quiet', ...more);

/** The previous dist/ is exactly as it was. */
function untouched(out: string) {
  expect(readdirSync(out).sort()).toEqual(['earlier.txt', 'lectern.json']);
}

describe('files from outside the allowed folders', () => {
  it('refuses an image path that climbs out, at its line, naming the file and the fix', async () => {
    const t = talk('', '![Host name](../../../../../../../etc/hostname)');
    const run = await build(t);
    expect(run.code).toBe(1);
    expect(run.err).toContain(`${t.input}:9:1: error: image `);
    expect(run.err).toMatch(/\/etc\/hostname is outside the folders a deck may take files from/);
    expect(run.err).toContain('--assets /etc');
    expect(run.err).not.toMatch(/\n\s+at /); // no stack trace
    untouched(t.out);
  });

  it('refuses a symlink named like a photo that points out of the folder', async () => {
    const t = talk('', '![A photo](photo.png)');
    symlinkSync('/etc/passwd', join(t.dir, 'photo.png'));
    const run = await build(t);
    expect(run.code).toBe(1);
    expect(run.err).toContain(
      `${t.input}:9:1: error: image ${join(t.dir, 'photo.png')} (a link to /etc/passwd) is outside`,
    );
    untouched(t.out);
  });

  it('refuses a logo outside, and a theme that url()s or @imports a file outside', async () => {
    const logo = await build(talk('logo: /etc/passwd\n'));
    expect(logo.code).toBe(1);
    expect(logo.err).toMatch(/talk\.md:3:1: error: logo \/etc\/passwd is outside/);

    const css = '/* lectern-theme: extends address */\n.reveal { background: url(/etc/passwd); }\n';
    const t = talk('theme: brand.css\n', '', { 'brand.css': css });
    const theme = await build(t);
    expect(theme.code).toBe(1);
    expect(theme.err).toMatch(/brand\.css:2:\d+: error: the file \/etc\/passwd is outside/);
    untouched(t.out);

    const sheet = '.reveal h1 { background-image: url("../../../../../../../../etc/passwd"); }\n';
    const importing = '/* lectern-theme: extends address */\n@import "parts/more.css";\n';
    const deep = talk('theme: brand.css\n', '', {
      'brand.css': importing,
      'parts/more.css': sheet,
    });
    const imported = await build(deep);
    expect(imported.code).toBe(1);
    expect(imported.err).toMatch(
      /parts\/more\.css:1:\d+: error: the file .*etc\/passwd.* is outside/,
    );
    untouched(deep.out);
  });

  it('takes files from folders allowed with --assets or `assets:` in the front matter', async () => {
    const t = talk('', '![A map](../brand/map.png)');
    mkdirSync(join(t.root, 'brand'));
    writeFileSync(join(t.root, 'brand', 'map.png'), PNG);
    expect((await build(t)).code).toBe(1);
    const wrong = await build(t, '--assets', join(t.root, 'brnad'));
    expect(wrong.code).toBe(1);
    expect(wrong.err).toBe(
      `lectern: --assets ${join(t.root, 'brnad')}: no such folder; give a folder of images or theme files\n`,
    );
    const allowed = await build(t, '--assets', join(t.root, 'brand'));
    expect(allowed.err).toBe('');
    expect(allowed.code).toBe(0);
    expect(readFileSync(join(t.out, 'images', 'map.png')).equals(PNG)).toBe(true);

    const listed = talk('assets: [../brand]\n', '![A map](../brand/map.png)');
    mkdirSync(join(listed.root, 'brand'));
    writeFileSync(join(listed.root, 'brand', 'map.png'), PNG);
    expect((await build(listed)).code).toBe(0);

    const missing = talk('assets: [../nowhere]\n');
    const run = await build(missing);
    expect(run.code).toBe(1);
    expect(run.err).toContain(
      `${missing.input}:3:1: error: assets folder not found: ${join(missing.root, 'nowhere')}`,
    );
    untouched(missing.out);
  });
});

describe('images are judged by their bytes', () => {
  it('refuses a file named .png that is not an image', async () => {
    const t = talk('', '![Keys](keys.png)', {
      'keys.png': '-----BEGIN OPENSSH PRIVATE KEY-----\n',
    });
    const run = await build(t);
    expect(run.code).toBe(1);
    expect(run.err).toContain(
      `${t.input}:9:1: error: image ${join(t.dir, 'keys.png')} is not an image`,
    );
    untouched(t.out);
  });

  it('copies an SVG without its scripts, event handlers or javascript: links', async () => {
    const svg =
      '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" onload="alert(1)">' +
      '<script>alert(2)</script><a href="javascript:alert(3)"><rect width="5" height="5" fill="red"/></a>' +
      '<foreignObject><iframe src="https://example.com"></iframe></foreignObject></svg>';
    const t = talk('', '![A square](square.svg)', { 'square.svg': svg });
    const run = await build(t);
    expect(run.err).toBe('');
    const copied = readFileSync(join(t.out, 'images', 'square.svg'), 'utf8');
    expect(copied).toMatch(/^<svg[^>]*><a><rect [^>]*fill="red"/);
    expect(copied).not.toMatch(/script|onload|javascript:|iframe|foreignObject/i);
    const oneFile = readFileSync(join(t.out, 'talk.html'), 'utf8');
    for (const call of ['alert(1)', 'alert(2)', 'alert(3)']) expect(oneFile).not.toContain(call);
  });
});

describe('an SVG a theme refers to', () => {
  it('is emitted without its script', async () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8" onload="alert(4)">' +
      '<script>alert(5)</script><circle r="4" cx="4" cy="4" fill="teal"/></svg>';
    const css = '/* lectern-theme: extends address */\n.reveal { background: url(mark.svg); }\n';
    const t = talk('theme: brand.css\n', '', { 'brand.css': css, 'mark.svg': svg });
    const run = await build(t);
    expect(run.err).toBe('');
    const emitted = readdirSync(join(t.out, 'assets')).filter((n) => n.endsWith('.svg'));
    expect(emitted).toHaveLength(1);
    const copied = readFileSync(join(t.out, 'assets', emitted[0]!), 'utf8');
    expect(copied).toContain('fill="teal"');
    expect(copied).not.toMatch(/script|onload|alert/);
    const oneFile = readFileSync(join(t.out, 'talk.html'), 'utf8');
    for (const call of ['alert(4)', 'alert(5)']) expect(oneFile).not.toContain(call);
  });
});

describe('a theme that reaches the network', () => {
  it.each([
    ['@import url(http://example.com/x.css);', 2],
    ['.reveal { background: url("https://example.com/bg.png"); }', 2],
    ['@font-face { font-family: X; src: url(//fonts.example.com/x.woff2); }', 2],
    ['.reveal { background: image-set("https://example.com/a.png" 1x); }', 2],
  ])('is a build error and a check error: %s', async (rule, line) => {
    const css = `/* lectern-theme: extends address */\n${rule}\n`;
    const t = talk('theme: brand.css\n', '', { 'brand.css': css });
    const run = await build(t);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(new RegExp(`brand\\.css:${line}:\\d+: error: .* is on the network`));
    untouched(t.out);
    const check = await runCli('check', t.input, '--quiet');
    expect(check.code).toBe(1);
    expect(check.err).toContain('is on the network');
    expect(existsSync(join(t.dir, 'dist', 'index.html'))).toBe(false);
  });
});
