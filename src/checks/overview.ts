// The overview picture: a contact sheet of every slide in order, numbered, for checking a deck at a
// glance (and for the programme committee). reveal.js's print view lays every slide out as a page,
// as the slides PDF shows them; templates/overview.css sets those pages in a grid, and one
// screenshot at tile scale draws them all: a second or two for 200 slides, where a screenshot a
// slide took 0.1 s each.
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { TEMPLATES_DIR } from '../pdf/print-html.js';
import { openPrintView, printViewUrl } from '../pdf/print-slides.js';

export interface OverviewOptions {
  /** Width of one tile in px; its height follows the deck's aspect. Default 320. */
  tileWidth?: number;
  /** Default: 4 columns, 5 for decks of more than 20 slides. */
  columns?: number;
  timeoutMs?: number;
  /** Runs once the print view is laid out, before the overview rearranges it (the build saves it). */
  onPrintView?: (page: Page) => Promise<void>;
}

export interface Overview {
  png: Uint8Array;
  columns: number;
  rows: number;
  slides: number;
  tile: { width: number; height: number };
}

/** Space between and around tiles, px (templates/overview.css writes it as 16 units). */
export const OVERVIEW_GAP = 16;

export function overviewColumns(slides: number): number {
  return slides > 20 ? 5 : 4;
}

/** The sheet's size for a number of slides: what a test checks the PNG against. */
export function overviewSize(
  slides: number,
  columns: number,
  tile: { width: number; height: number },
): { width: number; height: number; rows: number } {
  const rows = Math.max(1, Math.ceil(slides / columns));
  return {
    width: columns * (tile.width + OVERVIEW_GAP) + OVERVIEW_GAP,
    height: rows * (tile.height + OVERVIEW_GAP) + OVERVIEW_GAP,
    rows,
  };
}

/**
 * Draws the overview of the deck a page shows (at the deck's size). The page is navigated to the
 * deck's print view: the deck as last written, guard's fitting included.
 */
export async function captureOverview(
  page: Page,
  options: OverviewOptions = {},
): Promise<Overview> {
  const viewport = page.viewport() ?? { width: 1280, height: 720 };
  const tileWidth = options.tileWidth ?? 320;
  const scale = tileWidth / viewport.width;
  const tile = {
    width: tileWidth,
    height: Math.round((tileWidth * viewport.height) / viewport.width),
  };
  await openPrintView(page, printViewUrl(page.url(), false), options.timeoutMs ?? 60_000);
  await options.onPrintView?.(page);
  const count = await page.evaluate(async () => {
    const pages = [...document.querySelectorAll('.reveal .slides .pdf-page')];
    const fixed = [
      ...document.querySelectorAll('.reveal > .lectern-footer, .reveal > .lectern-logo'),
    ];
    for (const p of pages) for (const el of fixed) p.append(el.cloneNode(true));
    // The logo's copies, like any image, drawn before the screenshot.
    await Promise.all([...document.images].map((img) => img.decode().catch(() => undefined)));
    return pages.length;
  });
  const columns = options.columns ?? overviewColumns(count);
  const size = overviewSize(count, columns, tile);
  await page.evaluate(
    (vars: Record<string, string>) => {
      for (const [name, value] of Object.entries(vars))
        document.documentElement.style.setProperty(name, value);
    },
    {
      '--lectern-overview-unit': `${1 / scale}px`,
      '--lectern-overview-columns': String(columns),
      '--lectern-overview-width': `${viewport.width}px`,
      '--lectern-overview-height': `${viewport.height}px`,
    },
  );
  await page.addStyleTag({ path: join(TEMPLATES_DIR, 'overview.css') });
  const png = await page.screenshot({
    type: 'png',
    captureBeyondViewport: true,
    clip: { x: 0, y: 0, width: size.width / scale, height: size.height / scale, scale },
  });
  return { png, columns, rows: size.rows, slides: count, tile };
}
