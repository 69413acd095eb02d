// The print pages' fonts. print.css imports @fontsource stylesheets, which declare a face for every
// script a font covers: Noto Sans KR alone declares 240 faces in 184 KB of CSS. Declared, each one
// is parsed and weighed whenever text falls back to its family, on every page; the script of an
// English address laid out in half the time without them. So before the pages load, each import
// is replaced by the faces whose unicode-range covers a character the pages use, with their
// file URLs made relative to print.css.
import { faceCovers } from '../bundle/subset-fonts.js';

/** `@import url('fonts/<package>/<file>.css');` — the font sheets print.css names. */
const FONT_IMPORT = /@import\s+url\((['"]?)(fonts\/[^'")]+\.css)\1\)\s*;/g;
const FONT_FACE = /@font-face\s*\{[^}]*\}/gi;

/**
 * `css` with each font-sheet import replaced by the faces of that sheet that cover any of `chars`
 * (a face without a unicode-range covers everything). `read` gives a sheet's text by its path.
 */
export function resolveFontImports(
  css: string,
  chars: Set<number>,
  read: (path: string) => string,
): string {
  return css.replace(FONT_IMPORT, (_whole, _quote, path: string) => {
    const dir = path.slice(0, path.lastIndexOf('/') + 1);
    return (read(path).match(FONT_FACE) ?? [])
      .filter((face) => faceCovers(face, chars))
      .map((face) =>
        face.replace(/url\((['"]?)(?:\.\/)?([^'")]+)\1\)/g, (whole, quote: string, url: string) =>
          /^(?:[a-z]+:|\/)/i.test(url) ? whole : `url(${quote}${dir}${url}${quote})`,
        ),
      )
      .join('\n');
  });
}
