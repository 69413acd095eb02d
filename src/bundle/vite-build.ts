// Runs Vite on the generated entry: one IIFE script and one stylesheet with stable names, and
// fonts emitted beside them, so dist/ opens from file:// and the same input gives the same bytes.
import { writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { build, type Plugin } from 'vite';
import { LecternError } from '../core/errors.js';
import type { Problem } from '../core/problems.js';
import { cssSyntaxProblem } from '../render/theme-checks.js';
import { sanitizeSvg } from './sanitize-svg.js';
import { PACKAGE_ROOT } from './work-dir.js';

export const SCRIPT = 'assets/lectern.js';
export const STYLESHEET = 'assets/lectern.css';

/** An SVG a theme refers to is emitted sanitised, as the content's images are (sanitize-svg.ts). */
function sanitizeSvgAssets(): Plugin {
  return {
    name: 'lectern-sanitize-svg',
    async generateBundle(_options, output) {
      for (const item of Object.values(output)) {
        if (item.type !== 'asset' || !item.fileName.toLowerCase().endsWith('.svg')) continue;
        const text =
          typeof item.source === 'string' ? item.source : Buffer.from(item.source).toString('utf8');
        item.source = `${await sanitizeSvg(text)}\n`;
      }
    },
  };
}

/** Builds `entry` (the text of main.js) from `workDir` into `outDir`. */
export async function bundle(entry: string, workDir: string, outDir: string): Promise<void> {
  const input = join(workDir, 'main.js');
  await writeFile(input, entry, 'utf8');
  try {
    await build({
      configFile: false,
      envFile: false,
      logLevel: 'silent',
      root: workDir,
      base: './',
      publicDir: false,
      resolve: { preserveSymlinks: false },
      css: { devSourcemap: false },
      build: {
        outDir,
        emptyOutDir: false,
        write: true,
        sourcemap: false,
        cssCodeSplit: false,
        // Fonts stay files: inlining every subset of a CJK font would bloat the stylesheet.
        assetsInlineLimit: 0,
        copyPublicDir: false,
        reportCompressedSize: false,
        rolldownOptions: {
          input,
          output: {
            format: 'iife',
            entryFileNames: SCRIPT,
            assetFileNames: (info) =>
              (info.names[0] ?? '').endsWith('.css') ? STYLESHEET : 'assets/[name][extname]',
          },
        },
      },
      server: { fs: { allow: [workDir, PACKAGE_ROOT] } },
      plugins: [sanitizeSvgAssets()],
    });
  } catch (error) {
    const problem = cssProblem(error);
    if (problem)
      throw new LecternError(`the theme's CSS cannot be read; nothing was built`, {
        problems: [problem],
        cause: error,
      });
    throw new LecternError(`bundling the deck failed: ${bundlerMessage(error, outDir)}`, {
      cause: error,
    });
  }
}

/** Disk and permission failures, said with what to do. */
const FILE_SYSTEM: Record<string, string> = {
  ENOSPC: 'the disk is full: free some space',
  EDQUOT: 'the disk quota is used up: free some space',
  EROFS: 'the disk is read-only: choose another --out',
  EACCES: 'not allowed to write there: choose another --out',
  EPERM: 'not allowed to write there: choose another --out',
};

/**
 * What went wrong, on one line: Vite's own first line is only "Build failed with 1 error:", so
 * the first of its `errors` is read instead (colours removed), or the file-system error's code.
 */
export function bundlerMessage(error: unknown, outDir: string): string {
  const first = (error as { errors?: (BuildError & { code?: string })[] } | undefined)?.errors?.[0];
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? first?.code;
  const plain = (text: string | undefined) =>
    (text ?? '')
      .replace(/\x1b\[[0-9;]*m/g, '') // eslint-disable-line no-control-regex
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line && !/^Build failed with \d+ errors?:?$/.test(line));
  const lines = [
    ...plain(first?.message),
    ...plain(error instanceof Error ? error.message : String(error)),
  ];
  const what = lines[0] ?? 'unknown error';
  const fix = code ? FILE_SYSTEM[code] : undefined;
  return fix ? `${what} (${fix}; writing into ${outDir})` : what;
}

interface BuildError {
  message?: string;
  id?: string;
  loc?: { file?: string; line?: number; column?: number };
}

/**
 * A syntax error in a stylesheet as Vite reports it: the first line of its message says only
 * "Build failed with 1 error:", the file and line are in `errors`. A theme file itself is checked
 * before the build (render/theme-checks.ts); this is for a sheet it imports.
 */
function cssProblem(error: unknown): Problem | undefined {
  const first = (error as { errors?: BuildError[] } | undefined)?.errors?.[0];
  const file = first?.loc?.file ?? first?.id;
  if (!first || !file?.endsWith('.css') || !first.loc?.line) return undefined;
  // "[postcss] postcss-import: /path/part.css:1:24: Unclosed bracket" → "Unclosed bracket"
  const what = (first.message ?? '').replace(/^.*?\S+:\d+:\d+:\s*/, '');
  const shown = relative(process.cwd(), file) || file;
  return cssSyntaxProblem(shown, first.loc.line, (first.loc.column ?? 0) + 1, what.split('\n')[0]!);
}
