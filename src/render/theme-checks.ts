// What a custom theme gets wrong, said at its line before anything is built: CSS that does not
// parse; files it refers to (fonts, images, imported sheets; relative to the theme file) that are
// not there, which would leave a broken url() and fail the one-file deck later, naming a temporary
// build folder; files outside the folders a deck may take files from (core/file-boundary.ts);
// and anything on the network, which would make the offline deck reach out when presented.
// Sheets the theme @imports are checked the same way.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import postcss, { CssSyntaxError } from 'postcss';
import { FileBoundary, outsideProblem } from '../core/file-boundary.js';
import { ProblemSink } from '../core/problems.js';
import { LecternError } from '../core/errors.js';
import type { Problem } from '../core/problems.js';

/** `url(…)` and `@import "…"` references, with the offset of each. */
const REFERENCE = /url\(\s*(['"]?)([^'")]+?)\1\s*\)|@import\s+(['"])([^'"]+)\3/g;

/** The quoted candidates of `image-set("a.png" 1x, …)`, which name files without url(). */
const IMAGE_SET = /image-set\(([^()]*(?:\([^()]*\)[^()]*)*)\)/gi;
const QUOTED = /(['"])([^'"]+)\1/g;

/** A reference on the network: a scheme other than data:, or a protocol-relative `//host`. */
export const REMOTE = /^(?:(?!data:)[a-z][\w+.-]*:|\/\/)/i;

/** A reference that is not a file: data, or a fragment (`#id`, SVG filters). */
const NOT_A_FILE = /^(?:data:|#)/i;

/**
 * A CSS syntax error as a problem: found here before the build, or by Vite in a sheet a theme
 * imports (bundle/vite-build.ts).
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

function parseOrThrow(css: string, shown: string): void {
  try {
    postcss.parse(css);
  } catch (error) {
    if (!(error instanceof CssSyntaxError)) throw error;
    const problem = cssSyntaxProblem(shown, error.line ?? 0, error.column ?? 0, error.reason);
    throw new LecternError(`the theme's CSS cannot be read; nothing was built`, {
      problems: [problem],
    });
  }
}

/** Every file reference of `css` with its offset; `imported` when it is an @import. */
export function cssReferences(css: string): { url: string; index: number; imported: boolean }[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '));
  const found = [...text.matchAll(REFERENCE)].map((m) => ({
    url: (m[2] ?? m[4] ?? '').trim(),
    index: m.index,
    imported: m[4] !== undefined || /@import\s+$/.test(text.slice(0, m.index)),
  }));
  for (const set of text.matchAll(IMAGE_SET)) {
    for (const q of set[1]!.matchAll(QUOTED)) {
      const index = set.index + 'image-set('.length + q.index;
      found.push({ url: q[2]!.trim(), index, imported: false });
    }
  }
  return found.filter((ref) => ref.url !== '');
}

interface Walk {
  boundary: FileBoundary;
  seen: Set<string>;
  problems: Problem[];
}

/** Checks one sheet's references, then the sheets it imports. */
function checkSheet(css: string, file: string, shown: string, walk: Walk): void {
  const sink = new ProblemSink(shown, css);
  const imports: string[] = [];
  for (const { url, index, imported } of cssReferences(css)) {
    if (NOT_A_FILE.test(url)) continue;
    if (REMOTE.test(url)) {
      sink.error(
        sink.at(index),
        `${url} is on the network, and the deck must work offline and fetch nothing`,
        'save the file beside the theme and refer to it by a relative path (fonts: @fontsource packages)',
      );
      continue;
    }
    const path = resolve(dirname(file), decodeURI(url.split(/[?#]/)[0]!));
    if (!existsSync(path)) {
      sink.error(
        sink.at(index),
        `${url} is not there (${path})`,
        'paths in a theme are relative to the theme file: put the file there, or correct the path',
      );
      continue;
    }
    const outside = walk.boundary.outside(path);
    if (outside !== undefined) {
      const { message, hint } = outsideProblem('the file', url, outside);
      sink.error(sink.at(index), message, hint);
    } else if (imported) imports.push(path);
  }
  walk.problems.push(...sink.problems);
  for (const path of imports) {
    if (walk.seen.has(path)) continue;
    walk.seen.add(path);
    const text = readFileSync(path, 'utf8');
    const name = relative(process.cwd(), path) || path;
    parseOrThrow(text, name);
    checkSheet(text, path, name, walk);
  }
}

/**
 * Throws, with a problem at its line, when the theme `css` (the text of `file`, shown as `shown`)
 * does not parse, or names files that are not there, outside `allowed` (the theme's own folder is
 * always allowed), or on the network. It is read as Vite will read it (postcss): a theme Vite
 * passes through unparsed (no url() in it) would otherwise build, and the browser silently drop
 * the rules after the mistake.
 */
export function checkThemeCss(
  css: string,
  file: string,
  shown: string,
  allowed: FileBoundary = new FileBoundary([]),
): void {
  parseOrThrow(css, shown);
  const walk: Walk = { boundary: allowed.with(dirname(file)), seen: new Set([file]), problems: [] };
  checkSheet(css, file, shown, walk);
  const n = walk.problems.length;
  if (n === 0) return;
  throw new LecternError(
    `theme ${shown} refers to ${n} file${n === 1 ? '' : 's'} it may not use; nothing was built`,
    { problems: walk.problems },
  );
}
