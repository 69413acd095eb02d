// What a custom theme gets wrong, said at its line before anything is built: CSS that does not
// parse, and files it refers to (fonts, images, imported sheets; relative to the theme file) that
// are not there, which would leave a broken url() and fail the one-file deck later, naming a
// temporary build folder.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import postcss, { CssSyntaxError } from 'postcss';
import { ProblemSink } from '../content/problems.js';
import { LecternError } from '../errors.js';
import type { Problem } from '../model.js';

/** `url(…)` and `@import "…"` references, with the offset of each. */
const REFERENCE = /url\(\s*(['"]?)([^'")]+?)\1\s*\)|@import\s+(['"])([^'"]+)\3/g;

/** A reference that is not a file beside the theme: data, a remote address, a fragment. */
const NOT_A_FILE = /^(?:data:|[a-z][\w+.-]*:|#|\/\/)/i;

/**
 * A CSS syntax error as a problem: found here before the build, or by Vite in a sheet a theme
 * imports (build/bundle.ts).
 */
export function cssSyntaxProblem(file: string, line: number, col: number, reason: string): Problem {
  return {
    file,
    line,
    col,
    severity: 'error',
    message: `CSS syntax: ${reason}`,
    hint: 'fix the CSS from this point on (an unclosed {, ( or quote is the usual cause)',
  };
}

/**
 * Throws, with a problem at its line, when the theme `css` (the text of `file`, shown as `shown`)
 * does not parse, or names files that are not there. It is read as Vite will read it (postcss): a
 * theme Vite passes through unparsed (no url() in it) would otherwise build, and the browser
 * silently drop the rules after the mistake.
 */
export function checkThemeCss(css: string, file: string, shown: string): void {
  try {
    postcss.parse(css);
  } catch (error) {
    if (!(error instanceof CssSyntaxError)) throw error;
    const problem = cssSyntaxProblem(shown, error.line ?? 0, error.column ?? 0, error.reason);
    throw new LecternError(`the theme's CSS cannot be read; nothing was built`, {
      problems: [problem],
    });
  }
  const sink = new ProblemSink(shown, css);
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '));
  for (const m of withoutComments.matchAll(REFERENCE)) {
    const url = (m[2] ?? m[4] ?? '').trim();
    if (!url || NOT_A_FILE.test(url)) continue;
    const path = resolve(dirname(file), decodeURI(url.split(/[?#]/)[0]!));
    if (existsSync(path)) continue;
    sink.error(
      sink.at(m.index),
      `${url} is not there (${path})`,
      'paths in a theme are relative to the theme file: put the file there, or correct the path',
    );
  }
  const n = sink.problems.length;
  if (n === 0) return;
  throw new LecternError(
    `theme ${shown} refers to ${n} file${n === 1 ? '' : 's'} that ${n === 1 ? 'is' : 'are'} not there; nothing was built`,
    { problems: sink.problems },
  );
}
