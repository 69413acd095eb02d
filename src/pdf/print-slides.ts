// Prints the built deck through reveal.js's own print view, one page per slide at the deck's size.
import type { Page } from 'puppeteer-core';
import type { Deck } from '../core/deck.js';
import { slidesOf } from '../core/deck.js';
import { LecternError } from '../core/errors.js';
import { parseColor, relativeLuminance } from '../core/contrast-math.js';
import { SAVED_PRINT_VIEW } from './saved-print-view.js';

export interface PrintedSlides {
  pdf: Uint8Array;
  /** For each slide of the deck (presentation order), the 0-based PDF pages showing it. */
  pagesBySlide: number[][];
}

/**
 * reveal.js merges query parameters over its configuration, so the print settings need no
 * cooperation from the deck's own script: margin 0 gives pages exactly the slide size, one page
 * per slide, and fragments either as separate pages or in their final state.
 */
export function printUrl(origin: string, fragments: boolean): string {
  return printViewUrl(`${origin}index.html`, fragments);
}

/** The print view of the deck page at `pageUrl` (any origin, file:// too). */
export function printViewUrl(pageUrl: string, fragments: boolean): string {
  const url = new URL(pageUrl);
  url.hash = '';
  url.search = `?print-pdf&margin=0&pdfMaxPagesPerSlide=1&pdfSeparateFragments=${fragments}&showNotes=false`;
  return url.href;
}

/** Opens a print view URL and waits until reveal.js has laid out its pages. */
export async function openPrintView(page: Page, url: string, timeoutMs: number): Promise<void> {
  // reveal.js 6 signals a finished print layout with `pdf-ready`; listen before any script runs.
  await page.evaluateOnNewDocument(() => {
    document.addEventListener(
      'pdf-ready',
      () => ((window as unknown as { __lecternPdfReady: boolean }).__lecternPdfReady = true),
      true,
    );
  });
  await page.goto(url, { waitUntil: 'load', timeout: timeoutMs });
  await page.waitForFunction('window.__lecternPdfReady === true', { timeout: timeoutMs });
}

/**
 * Runs in the page. The print view hides every slide but the first from assistive technology: a
 * tagged PDF would carry only the first slide's structure, and axe would check only that slide.
 */
export function unhidePrintPages(): void {
  for (const el of document.querySelectorAll('.reveal .slides section, .pdf-page')) {
    el.removeAttribute('aria-hidden');
    el.removeAttribute('hidden');
  }
}

/** Maps the ids of the printed pages to the deck's slides; throws when any slide is missing or extra. */
export function matchPages(
  deck: Deck,
  pageIds: string[],
  pdfPages: number,
  fragments: boolean,
): number[][] {
  const slides = slidesOf(deck);
  if (pdfPages !== pageIds.length) {
    throw new LecternError(
      `The slides PDF has ${pdfPages} pages but the print view laid out ${pageIds.length}: ` +
        'a slide spilled over or left a blank page. Check the deck for oversized content.',
    );
  }
  const pagesBySlide = slides.map((slide) =>
    pageIds.flatMap((id, index) => (id === slide.id ? [index] : [])),
  );
  const missing = slides.filter((_, i) => pagesBySlide[i]!.length === 0).map((s) => s.id);
  const expected = fragments ? pageIds.length : slides.length;
  if (
    missing.length > 0 ||
    pageIds.length !== expected ||
    pageIds.some((id) => !slides.some((s) => s.id === id))
  ) {
    throw new LecternError(
      `The slides PDF has ${pdfPages} pages for ${slides.length} slides` +
        (missing.length ? ` (missing: ${missing.join(', ')})` : '') +
        ': the built deck does not match lectern.json. Rebuild with `lectern build`.',
    );
  }
  return pagesBySlide;
}

export async function printSlides(
  page: Page,
  options: {
    origin: string;
    deck: Deck;
    fragments: boolean;
    timeoutMs: number;
    /** Print the print view the build saved (saved-print-view.ts), already laid out. */
    saved?: boolean;
    /** A stylesheet that makes dark slides light: printed a second time with it when they are dark. */
    lightCss?: string;
  },
): Promise<{ pdf: Uint8Array; pageIds: string[]; lightPdf?: Uint8Array }> {
  const { width, height } = options.deck.meta.size;
  await page.setViewport({ width, height });
  if (options.saved) {
    await page.goto(`${options.origin}${SAVED_PRINT_VIEW}`, {
      waitUntil: 'load',
      timeout: options.timeoutMs,
    });
  } else {
    await openPrintView(page, printUrl(options.origin, options.fragments), options.timeoutMs);
    await page.evaluate(unhidePrintPages);
  }
  const pageIds = await page.evaluate(async () => {
    await document.fonts.ready;
    return Array.from(
      document.querySelectorAll('.pdf-page'),
      (p) => p.querySelector('section[id]')?.id ?? '',
    );
  });
  const print = () =>
    page.pdf({
      width: `${width}px`,
      height: `${height}px`,
      printBackground: true,
      preferCSSPageSize: true,
      tagged: true,
      outline: false,
      timeout: options.timeoutMs,
    });
  const pdf = await print();
  if (!options.lightCss || !(await hasDarkBackground(page))) return { pdf, pageIds };
  // The same layout in other colours: the pages match the first print's one for one.
  await page.addStyleTag({ content: options.lightCss });
  return { pdf, pageIds, lightPdf: await print() };
}

/**
 * Whether the slides' background, as the print view paints it, is dark: black text would stand out
 * less on it than white (relative luminance below 0.179).
 */
async function hasDarkBackground(page: Page): Promise<boolean> {
  const css = await page.evaluate(() => {
    const el = document.querySelector('.pdf-page') ?? document.querySelector('.reveal-viewport');
    return el ? getComputedStyle(el).backgroundColor : '';
  });
  const bg = parseColor(css);
  return bg !== undefined && bg.a > 0 && relativeLuminance(bg) < 0.179;
}
