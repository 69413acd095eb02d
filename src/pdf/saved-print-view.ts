// The print view as reveal.js laid it out during the build, saved beside the deck so that the
// export prints it without running reveal.js again. Laying out the print view is script and
// layout work that grows with the deck (at 200 slides the page loads in ~230 ms instead of
// ~490 ms, and the export takes ~0.3–0.9 s less CPU); the saved page is the same DOM without its
// scripts, so the PDFs are the same bytes (test/e2e/saved-print-view.test.ts). It is used only
// while the deck is byte for byte the one it was taken from, and only for one page per slide:
// `--pdf-fragments` and a deck changed since need reveal.js, and get it.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';

/** Beside index.html, so that every relative address in it means what it meant there. */
export const SAVED_PRINT_VIEW = '.print-view.html';

const KEY_NAME = 'lectern-print-view-of';

/**
 * What the print view was laid out from: index.html and every file in the deck's folders (styles,
 * scripts, fonts, images). The files beside index.html are Lectern's outputs, not its inputs.
 */
export function deckKey(distDir: string): string {
  const hash = createHash('sha256');
  const add = (rel: string) => {
    hash.update(`${rel}\0`);
    hash.update(readFileSync(join(distDir, rel)));
  };
  add('index.html');
  const inFolders = readdirSync(distDir, { recursive: true, encoding: 'utf8' })
    .filter((rel) => /[\\/]/.test(rel) && statSync(join(distDir, rel)).isFile())
    .sort();
  for (const rel of inFolders) add(rel);
  return hash.digest('hex');
}

/**
 * Runs in the page once the print view is laid out: the page as a document without its scripts
 * (they have done their work, and must not run again), marked with `key`. Every page is shown to
 * assistive technology, as printSlides does, so the tagged PDF carries every slide.
 */
export function serializePrintView(args: { key: string; keyName: string }): string {
  const root = document.documentElement.cloneNode(true) as HTMLElement;
  for (const script of root.querySelectorAll('script')) script.remove();
  for (const el of root.querySelectorAll('.reveal .slides section, .pdf-page')) {
    el.removeAttribute('aria-hidden');
    el.removeAttribute('hidden');
  }
  const meta = document.createElement('meta');
  meta.name = args.keyName;
  meta.content = args.key;
  root.querySelector('head')?.prepend(meta);
  return `<!doctype html>\n${root.outerHTML}\n`;
}

/** Saves the print view `page` shows (of the deck in `distDir`) for the export. */
export async function savePrintView(page: Page, distDir: string): Promise<void> {
  const html = await page.evaluate(serializePrintView, {
    key: deckKey(distDir),
    keyName: KEY_NAME,
  });
  writeFileSync(join(distDir, SAVED_PRINT_VIEW), html, 'utf8');
}

/** Whether `distDir` holds a print view saved from the deck it holds now. */
export function hasFreshPrintView(distDir: string): boolean {
  const file = join(distDir, SAVED_PRINT_VIEW);
  if (!existsSync(file)) return false;
  const head = readFileSync(file, 'utf8').slice(0, 4096);
  const saved = new RegExp(`<meta name="${KEY_NAME}" content="([0-9a-f]{64})">`).exec(head)?.[1];
  return saved !== undefined && saved === deckKey(distDir);
}
