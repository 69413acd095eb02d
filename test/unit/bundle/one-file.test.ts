import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inlineCss } from '../../../src/bundle/inline-deck.js';
import { replaceBody } from '../../../src/pipeline/stage-hook.js';
import {
  parseUnicodeRange,
  rangeIntersects,
  usedCharacters,
} from '../../../src/bundle/subset-fonts.js';

describe('fonts for the one-file deck', () => {
  it('reads unicode-range lists, including wildcards', () => {
    expect(parseUnicodeRange('U+0000-00FF, U+0131, U+4??')).toEqual([
      [0, 0xff],
      [0x131, 0x131],
      [0x400, 0x4ff],
    ]);
  });

  it('collects the characters of the page text, entities decoded, scripts left out', () => {
    const chars = usedCharacters('<p>평화 &amp; &#x4E2D;</p><script>const 日 = 1;</script>');
    expect(chars.has('평'.codePointAt(0)!)).toBe(true);
    expect(chars.has(0x4e2d)).toBe(true);
    expect(chars.has('日'.codePointAt(0)!)).toBe(false);
    expect(rangeIntersects(parseUnicodeRange('U+AC00-D7A3'), chars)).toBe(true);
    expect(rangeIntersects(parseUnicodeRange('U+0400-04FF'), chars)).toBe(false);
  });

  const dir = mkdtempSync(join(tmpdir(), 'lectern-inline-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('drops @font-face blocks whose range the deck does not use and inlines the rest as woff2', async () => {
    writeFileSync(join(dir, 'a.woff2'), Buffer.from('small-font'));
    writeFileSync(join(dir, 'a.woff'), Buffer.from('small-font-woff'));
    writeFileSync(join(dir, 'cyr.woff2'), Buffer.from('cyrillic'));
    writeFileSync(join(dir, 'bg.png'), Buffer.from('png'));
    const css =
      '@font-face{font-family:X;src:url(./a.woff2)format("woff2"),url(./a.woff)format("woff");unicode-range:U+0000-00FF}' +
      '@font-face{font-family:X;src:url(./cyr.woff2)format("woff2");unicode-range:U+0400-04FF}' +
      '.x{background:url(bg.png)}';
    const { css: out, fonts } = await inlineCss(css, dir, usedCharacters('<p>Hello</p>'));
    expect(out).toBe(
      `@font-face{font-family:X;src:url(data:font/woff2;base64,${Buffer.from('small-font').toString('base64')}) format("woff2");unicode-range:U+0000-00FF}` +
        `.x{background:url(data:image/png;base64,${Buffer.from('png').toString('base64')})}`,
    );
    expect(fonts.map((f) => [f.file.split('/').pop(), f.inlined])).toEqual([
      ['a.woff2', 10],
      ['cyr.woff2', 0],
    ]);
  });
});

describe('replaceBody', () => {
  it('swaps what lies between <body> and </body>, keeping the head', () => {
    const page =
      '<!doctype html>\n<html><head><title>T</title></head>\n<body>\nold\n</body>\n</html>\n';
    expect(replaceBody(page, 'new\n')).toBe(
      '<!doctype html>\n<html><head><title>T</title></head>\n<body>\nnew\n</body>\n</html>\n',
    );
  });
});
