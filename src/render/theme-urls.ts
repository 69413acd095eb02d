// What a custom theme gets wrong, said at its line before anything is built: CSS that does not
// parse, and files it refers to (fonts, images, imported sheets; relative to the theme file) that
// are not there, which would leave a broken url() and fail the one-file deck later, naming a
// temporary build folder.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import postcss, { CssSyntaxError } from 'postcss';
import type { Problem } from '../model.js';

/** postcss is the parser Vite reads themes with: its verdict is the build's. */
export function cssSyntaxProblem(css: string, shown: string): Problem | undefined {
  try {
    postcss.parse(css);
    return undefined;
  } catch (error) {
    if (!(error instanceof CssSyntaxError)) throw error;
    return {
      file: shown,
      line: error.line ?? 0,
      col: error.column ?? 0,
      severity: 'error',
      message: `CSS syntax: ${error.reason}`,
      hint: 'fix the CSS from this point on (an unclosed {, ( or quote is the usual cause)',
    };
  }
}

/** `url(…)` and `@import "…"` references, with the offset of each. */
const REFERENCE = /url\(\s*(['"]?)([^'")]+?)\1\s*\)|@import\s+(['"])([^'"]+)\3/g;

/** A reference that is not a file beside the theme: data, a remote address, a fragment. */
const NOT_A_FILE = /^(?:data:|[a-z][\w+.-]*:|#|\/\/)/i;

/** One problem for each file `css` (the text of `file`, shown as `shown`) refers to that is missing. */
export function missingThemeFiles(css: string, file: string, shown: string): Problem[] {
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '));
  const problems: Problem[] = [];
  for (const m of withoutComments.matchAll(REFERENCE)) {
    const url = (m[2] ?? m[4] ?? '').trim();
    if (!url || NOT_A_FILE.test(url)) continue;
    const path = resolve(dirname(file), decodeURI(url.split(/[?#]/)[0]!));
    if (existsSync(path)) continue;
    const before = css.slice(0, m.index);
    problems.push({
      file: shown,
      line: before.split('\n').length,
      col: m.index - before.lastIndexOf('\n'),
      severity: 'error',
      message: `${url} is not there (${path})`,
      hint: 'paths in a theme are relative to the theme file: put the file there, or correct the path',
    });
  }
  return problems;
}
