// PDF export: the slides PDF through reveal.js's print view, then the audience handout and the
// speaker script, all from one browser that may load only from loopback; written all-or-nothing.
import { join } from 'node:path';
import { startStaticServer, type StaticServer } from '../server/static-server.js';
import { deckBaseName } from '../core/deck-name.js';
import type { Deck } from '../core/deck.js';
import type { Browser } from 'puppeteer-core';
import { locateBrowser, type FoundBrowser } from '../browser/find-browser.js';
import { openGuardedPage, step } from '../browser/guard.js';
import type { HandoutLayout, Paper } from './handout-layout.js';
import { createBrowserManager, type BrowserManager } from '../browser/launch-browser.js';
import { preparePrintAssets } from './print-html.js';
import { renderPdfs, type RenderedPdfs, type Session } from './render-pdfs.js';
import { hasFreshPrintView } from './saved-print-view.js';
import { writeAllOrNothing } from './write-files.js';

export interface ExportOptions {
  distDir: string;
  deck: Deck;
  browserPath?: string;
  /** A browser already started for this build; the caller closes it. */
  manager?: BrowserManager;
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

export { findBrowser, locateBrowser, type FoundBrowser } from '../browser/find-browser.js';
export type { HandoutLayout, Paper } from './handout-layout.js';

/** `address.md` → `address.pdf`, `address-handout.pdf`, `address-script.pdf` in `distDir`. */
export function pdfPaths(deck: Deck, distDir: string) {
  const base = deckBaseName(deck);
  return {
    slides: join(distDir, `${base}.pdf`),
    handout: join(distDir, `${base}-handout.pdf`),
    script: join(distDir, `${base}-script.pdf`),
  };
}

interface SessionStart {
  distDir: string;
  assets: ReturnType<typeof preparePrintAssets>;
  /** The servers started, pushed as they start, so the caller closes them on every path. */
  servers: StaticServer[];
  launching: Promise<Browser>;
  found: FoundBrowser;
  timeoutMs: number;
  blocked: string[];
  log: (message: string) => void;
  printed: () => void;
}

/** The two loopback servers (the deck, the print assets) and the browser, once it has started. */
async function startSession(start: SessionStart): Promise<Session> {
  const { servers, timeoutMs, found, blocked, log } = start;
  servers.push(
    await startStaticServer(start.distDir, { dotfiles: true }),
    // The script's page then takes print.css and the fonts the handout's page loaded.
    await startStaticServer(start.assets.dir, { cacheAssets: true, followSymlinks: true }),
  );
  const [deckServer, printServer] = servers as [StaticServer, StaticServer];
  const browser = await start.launching;
  const pid = browser.process()?.pid ?? '?';
  const version = await step(
    'asking the browser its version',
    () => browser,
    timeoutMs,
    () => browser.version(),
  );
  log(`browser: ${found.path} (${version}, found via ${found.source}, pid ${pid})`);
  return {
    browser: () => browser,
    openPage: (fresh) =>
      step(
        'opening a page',
        () => browser,
        timeoutMs,
        () => openGuardedPage(browser, [deckServer.url, printServer.url], blocked, log, fresh),
      ),
    printed: start.printed,
    deckOrigin: deckServer.url,
    printOrigin: printServer.url,
    assets: start.assets,
  };
}

/** The three PDFs written into `distDir`, all or nothing; each file's path, pages and size. */
function writePdfs(deck: Deck, distDir: string, pdfs: RenderedPdfs): ExportSummary['files'] {
  const paths = pdfPaths(deck, distDir);
  const files = (['slides', 'handout', 'script'] as const).map((kind) => ({
    path: paths[kind],
    bytes: pdfs[kind],
    pages: pdfs.pages[kind],
  }));
  writeAllOrNothing(files);
  return files.map((f) => ({ path: f.path, pages: f.pages, bytes: f.bytes.length }));
}

export async function exportPdfs(options: ExportOptions): Promise<ExportSummary> {
  const started = Date.now();
  const log = options.log ?? (() => undefined);
  const timeoutMs = options.timeoutMs ?? 60_000;
  const found = await locateBrowser(options.browserPath);
  const shared = options.manager !== undefined;
  const manager =
    options.manager ?? createBrowserManager({ executablePath: found.path, timeoutMs });
  const blocked: string[] = [];
  const servers: StaticServer[] = [];
  const assets = preparePrintAssets();
  let closing: Promise<void> | undefined;
  let starting: Promise<Session> | undefined;
  // Chromium takes the longest to start: launch it first, and do the rest meanwhile.
  const launching = manager.get();
  launching.catch(() => undefined); // awaited below; observed now so a failure is not "unhandled"
  try {
    starting = startSession({
      distDir: options.distDir,
      assets,
      servers,
      launching,
      found,
      timeoutMs,
      blocked,
      log,
      // Closing Chromium (~0.1–0.2 s) overlaps the handout's pdf-lib work, and its memory is
      // given back before that work's peak.
      printed: () => {
        if (!shared) closing ??= manager.dispose();
      },
    });
    starting.catch(() => undefined); // a failure surfaces through renderPdfs
    const pdfs = await renderPdfs(starting, {
      deck: options.deck,
      distDir: options.distDir,
      paper: options.paper ?? 'a4',
      handoutLayout: options.handoutLayout ?? 3,
      fragments: options.fragments ?? false,
      savedPrintView: hasFreshPrintView(options.distDir),
      timeoutMs,
      log,
    });
    return {
      files: writePdfs(options.deck, options.distDir, pdfs),
      blockedRequests: blocked,
      ms: Date.now() - started,
    };
  } finally {
    await starting?.catch(() => undefined); // every server it starts is closed below
    if (!shared) await (closing ?? manager.dispose());
    await Promise.all(servers.map((s) => s.close()));
    assets.dispose();
  }
}
