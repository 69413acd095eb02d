// `dist/<name>.pptx` from a built deck folder: the deck's print view is measured in Chromium
// (boxes, computed fonts and colours), laid out as native PowerPoint text (layout.ts), written by
// pptxgenjs and made reproducible (package.ts). Only files of the deck folder are read.
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { extname, join, relative, resolve, sep } from 'node:path';
import { startStaticServer } from '../server/static-server.js';
import { LecternError } from '../core/errors.js';
import { openGuardedPage, step } from '../browser/guard.js';
import type { BrowserManager } from '../browser/launch-browser.js';
import { managerFor } from '../browser/manager-for.js';
import { openPrintView, printUrl } from '../pdf/print-slides.js';
import { deckBaseName } from '../core/deck-name.js';
import type { Deck } from '../core/deck.js';
import { slidesOf } from '../core/deck.js';
import { layoutDeck, type DeckLayout } from './layout.js';
import type { MeasuredDeck } from './measured.js';
import { measureScript } from './measure-page.js';
import { normalizePackage } from './package.js';
import { writePptx } from './write-pptx.js';

export interface PptxOptions {
  distDir: string;
  deck: Deck;
  browserPath?: string;
  /** A browser already started for this build; the caller closes it. */
  manager?: BrowserManager;
  timeoutMs?: number;
  log?: (msg: string) => void;
}

export interface PptxSummary {
  path: string;
  slides: number;
  bytes: number;
  /** The typefaces the slides ask for: the machine that presents needs them installed. */
  fonts: string[];
}

export function pptxPath(deck: Deck, distDir: string): string {
  return join(distDir, `${deckBaseName(deck)}.pptx`);
}

export async function exportPptx(options: PptxOptions): Promise<PptxSummary> {
  const { deck, distDir } = options;
  const log = options.log ?? (() => undefined);
  const measured = await measureDeck(options);
  checkSlides(deck, measured, distDir);
  const layout = layoutDeck(measured, deck.meta.size);
  const raw = await writePptx(deck, layout, (src) => readDeckImage(distDir, src, log));
  const bytes = await normalizePackage(raw, deck.meta, layout.markerColor);
  const path = pptxPath(deck, distDir);
  // Written beside and renamed: a reader never sees half a file.
  const partial = `${path}.partial`;
  try {
    writeFileSync(partial, bytes);
    renameSync(partial, path);
  } catch (error) {
    rmSync(partial, { force: true });
    throw new LecternError(
      `${path}: could not be written (${(error as Error).message}); check the folder can be written to.`,
      { cause: error },
    );
  }
  const fonts = fontsOf(layout);
  log(
    `pptx: ${measured.slides.length} slides; fonts to install where it is shown: ${fonts.join(', ')}`,
  );
  return { path, slides: measured.slides.length, bytes: bytes.length, fonts };
}

async function measureDeck(options: PptxOptions): Promise<MeasuredDeck> {
  const timeoutMs = options.timeoutMs ?? 60_000;
  const { manager, owned } = await managerFor({
    manager: options.manager,
    browserPath: options.browserPath,
    timeoutMs,
  });
  const server = await startStaticServer(options.distDir, { dotfiles: true });
  const blocked: string[] = [];
  try {
    const browser = await manager.get();
    const run = <T>(what: string, fn: () => Promise<T>) => step(what, () => browser, timeoutMs, fn);
    const page = await run('opening a page', () =>
      openGuardedPage(browser, [server.url], blocked, options.log ?? (() => undefined), true),
    );
    try {
      const { width, height } = options.deck.meta.size;
      await page.setViewport({ width, height });
      return await run(`measuring the deck's print view in ${options.distDir}`, async () => {
        await openPrintView(page, printUrl(server.url, false), timeoutMs);
        await page.evaluate(() => document.fonts.ready);
        return (await page.evaluate(measureScript())) as MeasuredDeck;
      });
    } finally {
      await page.close().catch(() => undefined);
    }
  } finally {
    if (owned) await manager.dispose();
    await server.close();
  }
}

/** Every typeface of the laid-out deck, sorted: PowerPoint cannot embed them (pptxgenjs). */
export function fontsOf(layout: DeckLayout): string[] {
  const faces = layout.slides.flatMap((slide) => [
    ...slide.texts.flatMap((t) => t.runs.map((r) => r.options.fontFace)),
    ...(slide.number ? [slide.number.fontFace] : []),
  ]);
  return [...new Set(faces)].sort();
}

function checkSlides(deck: Deck, measured: MeasuredDeck, distDir: string): void {
  const ids = slidesOf(deck).map((s) => s.id);
  const seen = measured.slides.map((s) => s.id);
  if (ids.length !== seen.length || ids.some((id, i) => seen[i] !== id)) {
    throw new LecternError(
      `${join(distDir, 'index.html')}: the rendered deck has ${seen.length} slides, lectern.json ${ids.length}: ` +
        'they do not match. Rebuild with `lectern build`.',
    );
  }
}

const IMAGE_TYPES: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.svg': 'image/svg+xml',
  '.webp': 'image/webp',
};

/** An image the deck shows, as a data URL: only a file inside the deck folder, never a URL. */
export function readDeckImage(
  distDir: string,
  src: string,
  log: (msg: string) => void,
): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(src)) {
    log(`pptx: image ${src.slice(0, 80)} is not a file of the deck; left out`);
    return undefined;
  }
  const root = resolve(distDir);
  const file = resolve(root, decodeURIComponent(src.split(/[?#]/)[0]!));
  const type = IMAGE_TYPES[extname(file).toLowerCase()];
  if (!file.startsWith(root + sep) || !existsSync(file) || !type) {
    log(`pptx: image ${relative(root, file)} not found in the deck folder; left out`);
    return undefined;
  }
  return `data:${type};base64,${readFileSync(file).toString('base64')}`;
}
