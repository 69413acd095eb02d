// The three PDFs from one browser page: Chromium prints the slides, the handout's sheets and the
// script; pdf-lib places the slides on the sheets and writes metadata and bookmarks (finish-pdfs.ts).
import type { Browser, Page } from 'puppeteer-core';
import type { Deck } from '../model.js';
import { slidesOf } from '../model.js';
import { finishHandout, finishScript, finishSlides } from './finish-pdfs.js';
import { step } from './guard.js';
import { PAPER_SIZE, sheetCount, type HandoutLayout, type Paper } from './handout-layout.js';
import { printHtml, renderTemplate, type PrintAssets } from './print-html.js';
import { printSlides } from './print-slides.js';
import { handoutView, runningHeader, scriptView } from './script-view.js';

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
  // One page, the three prints one after the other. Measured on two cores: three pages in
  // parallel were ~5% faster but cost a renderer process (~100 MB) each, and overlapping pdf-lib's
  // work with the next print gained nothing (both need the one Node thread).
  const page = await session.openPage();
  const slides = await finishSlides(deck, await printSlidesPdf(page), options.fragments);
  const handout = await finishHandout(deck, await printHandout(page), slides, layout);
  const script = await finishScript(deck, await printScript(page));
  return {
    slides: slides.bytes,
    handout: handout.bytes,
    script: script.bytes,
    pages: { slides: slides.pages, handout: handout.pages, script: script.pages },
  };
}
