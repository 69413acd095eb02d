// PDF export: the slides PDF through reveal.js's print view, then the audience handout and the
// speaker script, all from one browser, loading only from loopback.
import { basename, extname, join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { startStaticServer, type StaticServer } from '../build/static-server.js';
import type { Deck } from '../model.js';
import { slidesOf } from '../model.js';
import { locateBrowser } from './find-browser.js';
import { openGuardedPage, step } from './guard.js';
import { placeSlides } from './handout.js';
import { PAPER_SIZE, sheetCount, type HandoutLayout, type Paper } from './handout-layout.js';
import { createBrowserManager } from './launch-browser.js';
import { applyMetadata, loadPdf, savePdf, setOutline } from './pdf-meta.js';
import { preparePrintAssets, printHtml, renderTemplate, type PrintAssets } from './print-html.js';
import { matchPages, printSlides } from './print-slides.js';
import { deckOutline, handoutView, runningHeader, scriptView } from './script-view.js';
import { writeAllOrNothing } from './write-files.js';

export interface ExportOptions {
  distDir: string;
  deck: Deck;
  browserPath?: string;
  paper?: Paper;
  handoutLayout?: HandoutLayout;
  /** One page per fragment step in the slides PDF (default: each slide once, in its final state). */
  fragments?: boolean;
  /** Limit for each thing the export waits for (browser start, print view, each PDF). Default 60 s. */
  timeoutMs?: number;
  log?: (msg: string) => void;
}

export interface ExportSummary {
  files: { path: string; pages: number; bytes: number }[];
  /** Requests to anything but the local server, which were blocked. */
  blockedRequests: string[];
  ms: number;
}

export { findBrowser, locateBrowser, type FoundBrowser } from './find-browser.js';
export type { HandoutLayout, Paper } from './handout-layout.js';

/** `address.md` → `address.pdf`, `address-handout.pdf`, `address-script.pdf` in `distDir`. */
export function pdfPaths(deck: Deck, distDir: string) {
  const base = basename(deck.file || 'address.md', extname(deck.file || 'address.md')) || 'address';
  return {
    slides: join(distDir, `${base}.pdf`),
    handout: join(distDir, `${base}-handout.pdf`),
    script: join(distDir, `${base}-script.pdf`),
  };
}

interface Session {
  page: Page;
  browser: () => Browser | undefined;
  deckOrigin: string;
  printOrigin: string;
  assets: PrintAssets;
}

export async function exportPdfs(options: ExportOptions): Promise<ExportSummary> {
  const started = Date.now();
  const log = options.log ?? (() => undefined);
  const timeoutMs = options.timeoutMs ?? 60_000;
  const found = await locateBrowser(options.browserPath);
  log(`browser: ${found.path} (from ${found.source})`);
  const manager = createBrowserManager({ executablePath: found.path, timeoutMs, log });
  const blocked: string[] = [];
  const servers: StaticServer[] = [];
  const assets = preparePrintAssets();
  let current: Browser | undefined;
  try {
    servers.push(await startStaticServer(options.distDir), await startStaticServer(assets.dir));
    const [deckServer, printServer] = servers as [StaticServer, StaticServer];
    current = await manager.get();
    log(`browser pid ${current.process()?.pid ?? '?'}`);
    const browser = current;
    const page = await step(
      'opening a page',
      () => browser,
      timeoutMs,
      () => openGuardedPage(browser, [deckServer.url, printServer.url], blocked, log),
    );
    const session: Session = {
      page,
      browser: () => browser,
      deckOrigin: deckServer.url,
      printOrigin: printServer.url,
      assets,
    };
    const files = await renderAll(session, options, timeoutMs, log);
    writeAllOrNothing(files);
    const summary = await Promise.all(
      files.map(async (f) => ({
        path: f.path,
        pages: (await loadPdf(f.bytes)).getPageCount(),
        bytes: f.bytes.length,
      })),
    );
    return { files: summary, blockedRequests: blocked, ms: Date.now() - started };
  } finally {
    await manager.dispose();
    await Promise.all(servers.map((s) => s.close()));
    assets.dispose();
  }
}

async function renderAll(
  session: Session,
  options: ExportOptions,
  timeoutMs: number,
  log: (msg: string) => void,
) {
  const { deck } = options;
  const paths = pdfPaths(deck, options.distDir);
  const fragments = options.fragments ?? false;
  const layout = options.handoutLayout ?? 3;
  const paper = PAPER_SIZE[options.paper ?? 'a4'];
  const run = <T>(what: string, fn: () => Promise<T>) => step(what, session.browser, timeoutMs, fn);

  log(`slides: printing ${slidesOf(deck).length} slides from the print view`);
  const printed = await run(
    `waiting for the deck's print view (reveal.js "pdf-ready") in ${options.distDir}`,
    () => printSlides(session.page, { origin: session.deckOrigin, deck, fragments, timeoutMs }),
  );
  const slidesDoc = await loadPdf(printed.pdf);
  const pagesBySlide = matchPages(deck, printed.pageIds, slidesDoc.getPageCount(), fragments);
  setOutline(
    slidesDoc,
    deckOutline(deck, (i) => pagesBySlide[i]![0]!),
  );
  applyMetadata(slidesDoc, deck, 'slides');
  const slidesBytes = await savePdf(slidesDoc);

  log(`handout: ${layout} slides per ${options.paper ?? 'a4'} sheet`);
  const sheets = sheetCount(pagesBySlide.length, layout);
  const handoutSheets = await run('printing the handout', () =>
    printHtml(session.page, {
      assets: session.assets,
      origin: session.printOrigin,
      name: 'handout',
      html: renderTemplate('handout', handoutView(deck, sheets, paper.css)),
      extraText: runningHeader(deck),
      outline: false,
      timeoutMs,
    }),
  );
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

  log('script: printing the speaker script');
  const scriptPdf = await run('printing the speaker script', () =>
    printHtml(session.page, {
      assets: session.assets,
      origin: session.printOrigin,
      name: 'script',
      html: renderTemplate('script', { ...scriptView(deck), pageSize: paper.css }),
      extraText: runningHeader(deck),
      outline: true,
      timeoutMs,
    }),
  );
  const scriptDoc = await loadPdf(scriptPdf);
  applyMetadata(scriptDoc, deck, 'script');

  return [
    { path: paths.slides, bytes: slidesBytes },
    { path: paths.handout, bytes: await savePdf(handoutDoc) },
    { path: paths.script, bytes: await savePdf(scriptDoc) },
  ];
}
