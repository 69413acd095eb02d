// The three PDFs from two browser tabs: Chromium prints the slides in one while the other prints
// the handout's sheets, then the script; Node places the slides on the sheets and writes
// metadata and bookmarks (finish-pdfs.ts), each document as soon as what it needs is printed.
import type { Browser, Page } from 'puppeteer-core';
import type { Deck } from '../core/deck.js';
import { slidesOf } from '../core/deck.js';
import { finishHandout, finishScript, finishSlides } from './finish-pdfs.js';
import { step } from '../browser/guard.js';
import { PAPER_SIZE, type HandoutLayout, type Paper } from './handout-layout.js';
import {
  printHtml,
  readTemplate,
  renderTemplate,
  writePrintStyles,
  type PrintAssets,
} from './print-html.js';
import { printSlides } from './print-slides.js';
import { handoutView, runningHeader, scriptView } from './script-view.js';

export interface Session {
  browser: () => Browser | undefined;
  /** `fresh`: a new tab, not the browser's first (blank) page. */
  openPage: (fresh?: boolean) => Promise<Page>;
  /** Called once nothing more will be printed: the browser may close while pdf-lib finishes. */
  printed?: () => void;
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
  /** The build saved a print view of this very deck (saved-print-view.ts): print that one. */
  savedPrintView?: boolean;
  timeoutMs: number;
  log: (msg: string) => void;
}

export interface RenderedPdfs {
  slides: Uint8Array;
  handout: Uint8Array;
  script: Uint8Array;
  pages: { slides: number; handout: number; script: number };
}

type Run = <T>(what: string, fn: () => Promise<T>) => Promise<T>;

/** Prints the slides in `page`: the print view the build saved, or reveal.js's laid out anew. */
function printSlidesIn(page: Page, session: Session, options: RenderOptions, run: Run) {
  const { deck, log } = options;
  const saved = options.savedPrintView === true && !options.fragments;
  return run(
    saved
      ? `printing the print view saved in ${options.distDir}`
      : `waiting for the deck's print view (reveal.js "pdf-ready") in ${options.distDir}`,
    () => {
      log(
        `slides: printing ${slidesOf(deck).length} slides from the print view` +
          (saved ? ' saved by the build' : ''),
      );
      return printSlides(page, {
        origin: session.deckOrigin,
        deck,
        fragments: options.fragments,
        timeoutMs: options.timeoutMs,
        saved,
        lightCss: readTemplate('print-light.css'),
      });
    },
  );
}

/**
 * The handout's sheets first: a light page, printed in a few hundred ms, so a short deck's
 * handout is never the last thing waited for; then the script, the longest of the two. (Printed
 * the other way round, the sheets came last and needed a tab of their own: ~0.4 s on the
 * address's critical path.) The script's text is laid out once, with its fonts (print-html.ts),
 * which keeps its renderer small enough to overlap the slides' print.
 */
async function printSheetsThenScript(
  page: Page,
  pages: { handout: string; script: string },
  session: Session,
  options: RenderOptions,
  run: Run,
) {
  const { deck, log, timeoutMs } = options;
  const html = (name: 'handout' | 'script', text: string) => ({
    assets: session.assets,
    origin: session.printOrigin,
    name,
    html: text,
    // The script's h1/h2 headings give Chromium's nested outline; the handout's is built later.
    outline: name === 'script',
    timeoutMs,
  });
  const layout = options.handoutLayout;
  const sheetsPdf = await run('printing the handout', () => {
    log(`handout: ${layout} slide${layout === 1 ? '' : 's'} per ${options.paper} sheet`);
    return printHtml(page, html('handout', pages.handout));
  });
  const scriptPdf = await run('printing the speaker script', () => {
    log('script: printing the speaker script');
    return printHtml(page, html('script', pages.script));
  });
  const script = await finishScript(deck, scriptPdf);
  await page.close().catch(() => undefined);
  return { script, sheetsPdf };
}

/**
 * `session` may still be starting: the pages are rendered to HTML first (Handlebars, ~50 ms of Node
 * time on a cold start), while Chromium launches.
 */
export async function renderPdfs(
  starting: Session | Promise<Session>,
  options: RenderOptions,
): Promise<RenderedPdfs> {
  const { deck, timeoutMs, log } = options;
  const paper = PAPER_SIZE[options.paper];
  const layout = options.handoutLayout;
  const handout = renderTemplate('handout', handoutView(deck, { paper, layout }));
  const script = renderTemplate('script', { ...scriptView(deck), pageSize: paper.css });
  const session = await starting;
  writePrintStyles(session.assets, [handout, script], runningHeader(deck));
  const run: Run = (what, fn) => step(what, session.browser, timeoutMs, fn);
  // Two tabs on two cores: the slides' print view loads, lays out and prints in one renderer while
  // the handout's sheets and then the script print in another, and Node finishes each PDF
  // (finish-pdfs.ts) as it arrives. The slides tab closes as soon as it is printed, to give its
  // memory back.
  const [slidesPage, printPage] = await Promise.all([session.openPage(), session.openPage(true)]);
  const slidesJob = printSlidesIn(slidesPage, session, options, run).then(async (printed) => {
    await slidesPage.close().catch(() => undefined);
    if (printed.lightPdf) log('handout: the theme is dark, so its slides are printed light');
    return {
      finished: await finishSlides(deck, printed, options.fragments),
      light: printed.lightPdf,
    };
  });
  const printJob = printSheetsThenScript(printPage, { handout, script }, session, options, run);
  // Whichever fails first is the error reported; the other is not left unobserved.
  const [{ finished: slides, light }, printedRest] = await Promise.all([slidesJob, printJob]);
  session.printed?.();
  const sheets = await finishHandout(deck, printedRest.sheetsPdf, slides, layout, light);
  return {
    slides: slides.bytes,
    handout: sheets.bytes,
    script: printedRest.script.bytes,
    pages: { slides: slides.pages, handout: sheets.pages, script: printedRest.script.pages },
  };
}
