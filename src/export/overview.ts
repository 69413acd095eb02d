// The overview picture: a contact sheet of every slide in order, numbered, for checking a deck at a
// glance (and for the programme committee). Each slide is screenshot at reduced scale, then the
// tiles are laid out in an HTML grid of known size and that page is screenshot.
import type { Page } from 'puppeteer-core';
import { showSlide, slideCount } from './measure-overflow.js';

export interface OverviewOptions {
  /** Width of one tile in px; its height follows the deck's aspect. Default 320. */
  tileWidth?: number;
  /** Default: 4 columns, 5 for decks of more than 20 slides. */
  columns?: number;
}

export interface Overview {
  png: Uint8Array;
  columns: number;
  rows: number;
  slides: number;
  tile: { width: number; height: number };
}

/** Space between and around tiles, px. */
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

const CAPTURE_STYLE = `
.reveal .controls, .reveal .progress, .reveal .slide-number { display: none !important; }
.reveal .slides section .fragment { opacity: 1 !important; visibility: inherit !important; }`;

/** Screenshots every slide of a page showing the deck (at the deck's size) and composes the sheet. */
export async function captureOverview(
  page: Page,
  options: OverviewOptions = {},
): Promise<Overview> {
  const viewport = page.viewport() ?? { width: 1280, height: 720 };
  const tileWidth = options.tileWidth ?? 320;
  const tile = {
    width: tileWidth,
    height: Math.round((tileWidth * viewport.height) / viewport.width),
  };
  const count = await slideCount(page);
  const columns = options.columns ?? overviewColumns(count);
  const style = await page.addStyleTag({ content: CAPTURE_STYLE });
  const shots: string[] = [];
  try {
    for (let i = 0; i < count; i++) {
      await showSlide(page, i);
      const shot = await page.screenshot({
        encoding: 'base64',
        type: 'png',
        // Faster compression of a tile that is decoded again for the sheet: the same pixels.
        optimizeForSpeed: true,
        clip: {
          x: 0,
          y: 0,
          width: viewport.width,
          height: viewport.height,
          scale: tileWidth / viewport.width,
        },
      });
      shots.push(shot);
    }
  } finally {
    await style.evaluate((el) => el.remove());
    await showSlide(page, 0).catch(() => undefined);
  }
  const size = overviewSize(count, columns, tile);
  const sheet = await page.browser().newPage();
  try {
    await sheet.setViewport({ width: size.width, height: size.height, deviceScaleFactor: 1 });
    await sheet.setContent(sheetHtml(shots, columns, tile), { waitUntil: 'load' });
    await sheet.evaluate(() => Promise.all([...document.images].map((img) => img.decode())));
    const png = await sheet.screenshot({ type: 'png', clip: { x: 0, y: 0, ...size } });
    return { png, columns, rows: size.rows, slides: count, tile };
  } finally {
    await sheet.close();
  }
}

function sheetHtml(
  shots: string[],
  columns: number,
  tile: { width: number; height: number },
): string {
  const cells = shots
    .map(
      (b64, i) =>
        `<figure><img alt="" src="data:image/png;base64,${b64}"><figcaption>${i + 1}</figcaption></figure>`,
    )
    .join('');
  return `<!doctype html><html><head><style>
html, body { margin: 0; background: #3a3d42; }
main { display: grid; grid-template-columns: repeat(${columns}, ${tile.width}px);
  grid-auto-rows: ${tile.height}px; gap: ${OVERVIEW_GAP}px; padding: ${OVERVIEW_GAP}px; }
figure { position: relative; margin: 0; width: ${tile.width}px; height: ${tile.height}px;
  box-shadow: 0 0 0 1px #0006; }
img { display: block; width: 100%; height: 100%; }
figcaption { position: absolute; right: 6px; bottom: 6px; min-width: 22px; padding: 2px 6px;
  border-radius: 4px; background: #111c; color: #fff; font: 600 14px/18px sans-serif; text-align: center; }
</style></head><body><main>${cells}</main></body></html>`;
}
