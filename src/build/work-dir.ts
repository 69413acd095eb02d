// Where the tool's own files are, and the scratch folders a build works in.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

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
export function makeWorkDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'lectern-work-'));
}

/** A fresh folder beside `outDir` (same file system, so it can be renamed into place). */
export async function makeStagingDir(outDir: string): Promise<string> {
  await mkdir(dirname(outDir), { recursive: true });
  return mkdtemp(join(dirname(outDir), `.${basename(outDir)}-building-`));
}

export function removeDir(dir: string): Promise<void> {
  return rm(dir, { recursive: true, force: true });
}
