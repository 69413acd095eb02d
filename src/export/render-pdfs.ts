// The three PDFs from one browser page: Chromium prints the slides, the handout's sheets and the
// script; pdf-lib then places the slides on the sheets and writes metadata and bookmarks.
import type { Browser, Page } from 'puppeteer-core';
import type { Deck } from '../model.js';
import { slidesOf } from '../model.js';
import { step } from './guard.js';
import { placeSlides } from './handout.js';
import { PAPER_SIZE, sheetCount, type HandoutLayout, type Paper } from './handout-layout.js';
import { applyMetadata, loadPdf, savePdf, setOutline } from './pdf-meta.js';
import { printHtml, renderTemplate, type PrintAssets } from './print-html.js';
import { matchPages, printSlides } from './print-slides.js';
import { deckOutline, handoutView, runningHeader, scriptView } from './script-view.js';

export interface Session {
  browser: () => Browser | undefined;
  openPage: () => Promise<Page>;
  deckOrigin: string;
  printOrigin: string;
  assets: PrintAssets;
}

export interface RenderOptions {
  deck: Deck;
  distDir: string;
  paper: Paper;
  handoutLayout: HandoutLayout;
  fragments: boolean;
  timeoutMs: number;
  log: (msg: string) => void;
}

export interface RenderedPdfs {
  slides: Uint8Array;
  handout: Uint8Array;
  script: Uint8Array;
  pages: { slides: number; handout: number; script: number };
}

export async function renderPdfs(session: Session, options: RenderOptions): Promise<RenderedPdfs> {
  const { deck, timeoutMs, log } = options;
  const run = <T>(what: string, fn: () => Promise<T>) => step(what, session.browser, timeoutMs, fn);
  const paper = PAPER_SIZE[options.paper];
  const layout = options.handoutLayout;
  const sheets = sheetCount(slidesOf(deck).length, layout);
  const html = (name: 'handout' | 'script', view: object) => ({
    assets: session.assets,
    origin: session.printOrigin,
    name,
    html: renderTemplate(name, view),
    extraText: runningHeader(deck),
    // The script's h1/h2 headings give Chromium's nested outline; the handout's is built below.
    outline: name === 'script',
    timeoutMs,
  });
  const handoutHtml = html('handout', handoutView(deck, sheets, paper.css));
  const scriptHtml = html('script', { ...scriptView(deck), pageSize: paper.css });

  const printSlidesPdf = (page: Page) =>
    run(`waiting for the deck's print view (reveal.js "pdf-ready") in ${options.distDir}`, () => {
      log(`slides: printing ${slidesOf(deck).length} slides from the print view`);
      return printSlides(page, {
        origin: session.deckOrigin,
        deck,
        fragments: options.fragments,
        timeoutMs,
      });
    });
  const printHandout = (page: Page) =>
    run('printing the handout', () => {
      log(`handout: ${layout} slides per ${options.paper} sheet`);
      return printHtml(page, handoutHtml);
    });
  const printScript = (page: Page) =>
    run('printing the speaker script', () => {
      log('script: printing the speaker script');
      return printHtml(page, scriptHtml);
    });
  // One page, one after the other: printing the three in parallel pages measured ~5% faster on
  // two cores but costs a renderer process (~100 MB) each.
  const page = await session.openPage();
  const printed = await printSlidesPdf(page);
  const handoutSheets = await printHandout(page);
  const scriptPdf = await printScript(page);

  const slidesDoc = await loadPdf(printed.pdf);
  const pagesBySlide = matchPages(
    deck,
    printed.pageIds,
    slidesDoc.getPageCount(),
    options.fragments,
  );
  setOutline(
    slidesDoc,
    deckOutline(deck, (i) => pagesBySlide[i]![0]!),
  );
  applyMetadata(slidesDoc, deck, 'slides');

  const handoutDoc = await loadPdf(handoutSheets);
  const { width, height } = deck.meta.size;
  const finalPages = pagesBySlide.map((pages) => pages[pages.length - 1]!);
  await placeSlides(handoutDoc, printed.pdf, finalPages, layout, width / height);
  const handoutOutline = deckOutline(deck, (i) => Math.floor(i / layout)).filter(
    (e) => e.title !== 'References' || deck.footnotes.length === 0,
  );
  if (deck.footnotes.length > 0) handoutOutline.push({ title: 'References', page: sheets });
  setOutline(handoutDoc, handoutOutline);
  applyMetadata(handoutDoc, deck, 'handout');

  const scriptDoc = await loadPdf(scriptPdf);
  applyMetadata(scriptDoc, deck, 'script');

  return {
    slides: await savePdf(slidesDoc),
    handout: await savePdf(handoutDoc),
    script: await savePdf(scriptDoc),
    pages: {
      slides: slidesDoc.getPageCount(),
      handout: handoutDoc.getPageCount(),
      script: scriptDoc.getPageCount(),
    },
  };
}
