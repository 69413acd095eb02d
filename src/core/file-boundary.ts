// The files a deck may carry: images, the logo and whatever a theme's CSS refers to must lie,
// after following symlinks, inside the folders the person building chose — the content file's,
// the theme file's, the --templates folder, folders listed in `assets:` or given with --assets —
// or in Lectern's own fonts and themes. A content or theme file from someone else cannot then pull
// /etc/passwd or ~/.ssh/id_rsa into a deck that is going to be emailed around.
import { realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

/** Lectern's own templates/ and the font and reveal.js packages its built-in themes use. */
export function lecternDirs(): string[] {
  return [
    fileURLToPath(new URL('../../templates/', import.meta.url)),
    dirname(dirname(require.resolve('@fontsource/inter/package.json'))),
    dirname(dirname(require.resolve('reveal.js/reveal.css'))),
  ];
}

function real(path: string): string | undefined {
  try {
    return realpathSync.native(path);
  } catch {
    return undefined;
  }
}

/** The allowed folders: symlinks resolved, missing ones dropped, Lectern's own added. */
export class FileBoundary {
  readonly roots: string[];

  constructor(dirs: Iterable<string | undefined>) {
    const roots = new Set<string>();
    for (const dir of [...dirs, ...lecternDirs()]) {
      const resolved = dir === undefined ? undefined : real(dir);
      if (resolved) roots.add(resolved);
    }
    this.roots = [...roots];
  }

  /** A new boundary with `dirs` allowed as well. */
  with(...dirs: (string | undefined)[]): FileBoundary {
    return new FileBoundary([...this.roots, ...dirs]);
  }

  /**
   * Undefined when `path` (an existing file) is inside; else where it really is (its symlinks
   * followed), for the message.
   */
  outside(path: string): string | undefined {
    const file = real(path);
    if (file === undefined) return undefined; // a missing file is reported as missing
    const inside = this.roots.some((root) => {
      const rel = relative(root, file);
      return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !rel.startsWith(sep);
    });
    return inside ? undefined : file;
  }
}

/** The message and hint for a file outside the boundary. */
export function outsideProblem(
  what: string,
  written: string,
  realPath: string,
): { message: string; hint: string } {
  const shown = realPath === written ? realPath : `${written} (a link to ${realPath})`;
  return {
    message: `${what} ${shown} is outside the folders a deck may take files from`,
    hint:
      `move it beside the content file, or allow its folder with --assets ${dirname(realPath)} ` +
      `or 'assets: [${dirname(realPath)}]' in the front matter`,
  };
}
