// The build's stage-ready step, called once the deck is written to the staging folder and before
// the PDFs: fits overflowing slides (rewriting index.html and lectern.json), writes
// `<name>-overview.png` and the one-file `<name>.html`. The deck is updated in place so the PDF
// export and the summary see the fitted slides.
import { readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { LecternError } from '../errors.js';
import type { Deck } from '../model.js';
import { renderDeck } from '../render/index.js';
import { locateBrowser } from '../export/find-browser.js';
import { describeChanges } from '../export/overflow-guard.js';
import { deckBaseName, stageReady } from '../export/stage-ready.js';
import { collectAssets } from './assets.js';
import type { PdfOptions } from './build-deck.js';
import { buildSingleFile } from './inline-deck.js';

export interface StageHookOptions {
  templatesDir?: string;
  pdf?: boolean | PdfOptions;
  log?: (message: string) => void;
}

/** Replaces what lies between `<body>` and `</body>` of a page written by renderPage. */
export function replaceBody(page: string, body: string): string {
  const open = page.indexOf('<body>');
  const close = page.lastIndexOf('</body>');
  if (open < 0 || close < open) throw new LecternError('the built index.html has no <body>');
  return `${page.slice(0, open + '<body>'.length)}\n${body.trimEnd()}\n${page.slice(close)}`;
}

export async function makeStageReady(
  deck: Deck,
  dir: string,
  options: StageHookOptions = {},
): Promise<void> {
  const log = options.log ?? (() => undefined);
  const pdf = typeof options.pdf === 'object' ? options.pdf : {};
  const render = (d: Deck) =>
    renderDeck(d, { templatesDir: options.templatesDir, assetUrl: collectAssets(d).assetUrl });
  if (options.pdf === false) {
    // Without PDFs a build must not need a browser: skip the browser steps when none is found.
    const found = await locateBrowser(pdf.browserPath).catch(() => undefined);
    if (!found) {
      log('no browser found: overflow guard, accessibility check and overview skipped');
      const single = await buildSingleFile(dir, join(dir, `${deckBaseName(deck)}.html`));
      log(`one-file deck: ${relative(dir, single.path)} (${kb(single.bytes)})`);
      return;
    }
  }
  const report = await stageReady(deck, {
    distDir: dir,
    render,
    writeDeck: async (fitted) => {
      const index = join(dir, 'index.html');
      await writeFile(index, replaceBody(await readFile(index, 'utf8'), render(fitted)), 'utf8');
      await writeFile(join(dir, 'lectern.json'), `${JSON.stringify(fitted, null, 2)}\n`, 'utf8');
    },
    // Accessibility is `lectern check`'s job: axe on every slide costs ~0.3 s a slide.
    a11y: false,
    overview: true,
    singleFile: true,
    browserPath: pdf.browserPath,
    timeoutMs: pdf.timeoutMs,
    log,
  });
  if (report.overflow.length > 0) {
    throw new LecternError(
      `${deck.file}: ${report.overflow.length} slide${report.overflow.length === 1 ? '' : 's'} ` +
        `overflow${report.overflow.length === 1 ? 's' : ''} even at the smallest size; nothing was built`,
      { problems: report.overflow },
    );
  }
  deck.stacks = report.deck.stacks;
  deck.totalSeconds = report.deck.totalSeconds;
  for (const line of describeChanges(report.changes)) log(`overflow guard: ${line}`);
  if (report.overview) {
    const { overview, path } = report.overview;
    log(
      `overview: ${relative(dir, path)} (${overview.slides} slides, ${overview.columns}×${overview.rows})`,
    );
  }
  if (report.singleFile) {
    log(`one-file deck: ${relative(dir, report.singleFile.path)} (${kb(report.singleFile.bytes)})`);
  }
}

function kb(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.round(bytes / 1024)} KB`;
}
