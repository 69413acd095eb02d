// Runs Vite on the generated entry: one IIFE script and one stylesheet with stable names, and
// fonts emitted beside them, so dist/ opens from file:// and the same input gives the same bytes.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'vite';
import { LecternError } from '../errors.js';
import { PACKAGE_ROOT } from './work-dir.js';

export const SCRIPT = 'assets/lectern.js';
export const STYLESHEET = 'assets/lectern.css';

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
    });
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new LecternError(`bundling the deck failed: ${message}`, { cause: error });
  }
}
