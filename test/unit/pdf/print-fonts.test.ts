// print.css's font imports become the faces the pages need, with URLs that still resolve.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { usedCharacters } from '../../../src/bundle/subset-fonts.js';
import { resolveFontImports } from '../../../src/pdf/print-fonts.js';

const SHEET = `/* sans-kr-[0]-400-normal */
@font-face {
  font-family: 'Sans KR';
  font-weight: 400;
  src: url(./files/sans-kr-0-400-normal.woff2) format('woff2');
  unicode-range: U+AC00-D7A3;
}
@font-face {
  font-family: 'Sans KR';
  font-weight: 400;
  src: url(./files/sans-kr-latin-400-normal.woff2) format('woff2'), url("./files/sans-kr-latin-400-normal.woff") format('woff');
  unicode-range: U+0000-00FF,U+2000-206F;
}
@font-face {
  font-family: 'Icons';
  src: url(files/icons.woff2) format('woff2');
}`;

const CSS = `@import url('fonts/sans-kr/400.css');
body { font-family: 'Sans KR'; }`;

const read = (path: string) => {
  expect(path).toBe('fonts/sans-kr/400.css');
  return SHEET;
};

describe('resolveFontImports', () => {
  it('keeps the faces whose unicode-range covers a character used, and those with no range', () => {
    const css = resolveFontImports(CSS, usedCharacters('<p>Peace</p>'), read);
    expect(css).not.toContain('@import');
    expect(css).not.toContain('sans-kr-0-400');
    expect(css).toContain('url(fonts/sans-kr/files/sans-kr-latin-400-normal.woff2)');
    expect(css).toContain('url("fonts/sans-kr/files/sans-kr-latin-400-normal.woff")');
    expect(css).toContain('url(fonts/sans-kr/files/icons.woff2)');
    expect(css).toContain("body { font-family: 'Sans KR'; }");
  });

  it('adds the Korean face once a page uses Hangul', () => {
    const css = resolveFontImports(CSS, usedCharacters('<p>한반도</p>'), read);
    expect(css).toContain('url(fonts/sans-kr/files/sans-kr-0-400-normal.woff2)');
  });

  it('turns the real print.css into a few faces for an English page, no Hangul-only one', () => {
    const require = createRequire(import.meta.url);
    const packages = dirname(dirname(require.resolve('@fontsource/inter/400.css')));
    const printCss = readFileSync('templates/print.css', 'utf8');
    const css = resolveFontImports(printCss, usedCharacters('<p>An address — “quoted”</p>'), (p) =>
      readFileSync(join(packages, p.replace(/^fonts\//, '')), 'utf8'),
    );
    // Of 280 faces: the Latin ones of each weight, and the few Korean subsets that also hold ASCII.
    const faces = css.match(/@font-face/g)?.length ?? 0;
    expect(faces).toBeGreaterThan(4);
    expect(faces).toBeLessThan(40);
    expect(css).not.toContain('noto-sans-kr-0-400-normal');
    expect(css).toMatch(/url\(\.?\/?fonts\/inter\/files\/inter-latin-400-normal\.woff2\)/);
  });
});
