// Where the tool's own files are, and the scratch folders a build works in.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  makeTempDir,
  removeStaleStaging,
  removeTempDir,
  stagingPrefix,
} from '../core/temp-dirs.js';

/** The package root (the same relative path from src/build and lib/build). */
export const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));

const require = createRequire(import.meta.url);

/** Resolves a package specifier (e.g. `reveal.js/reveal.css`) from Lectern's own dependencies. */
export function resolvePackage(specifier: string): string {
  return require.resolve(specifier);
}

/** The ESM build of reveal.js and its plugins (require would pick the UMD builds). */
export function revealModules() {
  const dist = dirname(resolvePackage('reveal.js/reveal.css'));
  return {
    reveal: join(dist, 'reveal.mjs'),
    notes: join(dist, 'plugin', 'notes.mjs'),
    zoom: join(dist, 'plugin', 'zoom.mjs'),
    search: join(dist, 'plugin', 'search.mjs'),
  };
}

/** The CSS Lectern adds to reveal.js's speaker view. */
export function speakerViewCss(): string {
  return readFileSync(join(PACKAGE_ROOT, 'templates', 'speaker-view.css'), 'utf8');
}

/** A fresh scratch folder for Vite's root (the generated entry lives there). */
export async function makeWorkDir(): Promise<string> {
  return makeTempDir('lectern-work-');
}

/**
 * A fresh folder beside `outDir` (same file system, so it can be renamed into place), named with
 * this process's id; the staging folders of killed builds are removed first.
 */
export async function makeStagingDir(outDir: string): Promise<string> {
  await mkdir(dirname(outDir), { recursive: true });
  removeStaleStaging(outDir);
  return makeTempDir(stagingPrefix(outDir), dirname(outDir));
}

export function removeDir(dir: string): Promise<void> {
  return removeTempDir(dir);
}
