// The build's stage-ready step, called once the deck is written to the staging folder and before
// the PDFs: fits overflowing slides (rewriting index.html and lectern.json), checks the theme's
// legibility, writes `<name>-overview.png` and the one-file `<name>.html`. The deck is updated in
// place so the PDF export and the summary see the fitted slides. `lectern check` runs it too, with
// axe instead of the two extra files, so the overflow guard runs once per command.
import { readFile, writeFile } from 'node:fs/promises';
import { isAbsolute, join, relative } from 'node:path';
import { LecternError } from '../core/errors.js';
import type { Problem } from '../core/problems.js';
import type { Deck } from '../core/deck.js';
import { renderDeck } from '../render/index.js';
import { locateBrowser } from '../browser/find-browser.js';
import { describeChanges } from '../checks/overflow-guard.js';
import { deckBaseName } from '../core/deck-name.js';
import { stageReady, type StageReport } from './stage-ready.js';
import { collectAssets } from '../bundle/assets.js';
import type { BrowserManager } from '../browser/launch-browser.js';
import { buildSingleFile } from '../bundle/inline-deck.js';
import { formatBytes } from './summary.js';

export interface StageHookOptions {
  templatesDir?: string;
  /** PDFs follow (default true); without them a missing browser only skips the browser steps. */
  pdf?: boolean;
  browserPath?: string;
  /** The build's browser, kept open for the PDFs that follow. */
  manager?: BrowserManager;
  timeoutMs?: number;
  /** The theme the legibility check names; a custom theme's file is where its findings point. */
  theme?: { name: string; file?: string };
  /** `lectern check`: also axe and reduced motion; no overview picture or one-file deck. */
  check?: boolean;
  log?: (message: string) => void;
}

export interface StageResult {
  /** Legibility warnings (contrast below WCAG AA; errors under `check`), and with `check` axe's. */
  findings: Problem[];
  /** What the overflow guard changed, one line each; undefined when it did not run. */
  fitted?: string[];
  /** The overview picture and the one-file deck, paths relative to the deck folder. */
  extras: { path: string; bytes: number; what: string }[];
}

/** Replaces what lies between `<body>` and `</body>` of a page written by renderPage. */
export function replaceBody(page: string, body: string): string {
  const open = page.indexOf('<body>');
  const close = page.lastIndexOf('</body>');
  if (open < 0 || close < open) throw new LecternError('the built index.html has no <body>');
  return `${page.slice(0, open + '<body>'.length)}\n${body.trimEnd()}\n${page.slice(close)}`;
}

/**
 * Without PDFs a build must not need a browser: when none is found, the browser steps are skipped
 * and only the one-file deck is made. Undefined when the stage-ready steps are to run.
 */
async function withoutBrowser(
  deck: Deck,
  dir: string,
  options: StageHookOptions,
  log: (msg: string) => void,
): Promise<StageResult | undefined> {
  if (options.pdf !== false || options.check) return undefined;
  const found = await locateBrowser(options.browserPath).catch(() => undefined);
  if (found) return undefined;
  log('no browser found: overflow guard, legibility check and overview skipped');
  const single = await buildSingleFile(dir, join(dir, `${deckBaseName(deck)}.html`));
  const extras = [extra(dir, single.path, single.bytes, 'one-file deck')];
  log(`wrote ${extras[0]!.path}: one-file deck, ${formatBytes(single.bytes)}`);
  return { findings: [], extras };
}

export async function makeStageReady(
  deck: Deck,
  dir: string,
  options: StageHookOptions = {},
): Promise<StageResult> {
  const log = options.log ?? (() => undefined);
  const render = (d: Deck) =>
    renderDeck(d, { templatesDir: options.templatesDir, assetUrl: collectAssets(d).assetUrl });
  const skipped = await withoutBrowser(deck, dir, options, log);
  if (skipped) return skipped;
  const report = await stageReady(deck, {
    distDir: dir,
    render,
    writeDeck: async (fitted) => {
      const index = join(dir, 'index.html');
      await writeFile(index, replaceBody(await readFile(index, 'utf8'), render(fitted)), 'utf8');
      await writeFile(join(dir, 'lectern.json'), `${JSON.stringify(fitted, null, 2)}\n`, 'utf8');
    },
    contrastTheme: options.theme?.name,
    contrastFile: options.theme?.file && shortPath(options.theme.file),
    // Accessibility is `lectern check`'s job (axe over the print view, ~3 s for 200 slides).
    a11y: options.check === true,
    overview: !options.check,
    singleFile: !options.check,
    browserPath: options.browserPath,
    manager: options.manager,
    timeoutMs: options.timeoutMs,
    log,
  });
  if (report.overflow.length > 0) {
    const n = report.overflow.length;
    // Worded for both callers: `lectern check` never builds, and a failed build keeps dist/.
    throw new LecternError(
      `${deck.file}: ${n} slide${n === 1 ? '' : 's'} still overflow${n === 1 ? 's' : ''} at the ` +
        `smallest size; shorten ${n === 1 ? 'it' : 'them'} and run again`,
      { problems: report.overflow },
    );
  }
  deck.stacks = report.deck.stacks;
  deck.totalSeconds = report.deck.totalSeconds;
  const fitted = describeChanges(report.changes);
  if (fitted.length > 0) {
    log(
      `overflow guard: ${fitted.length} change${fitted.length === 1 ? '' : 's'} (see the summary)`,
    );
  }
  const extras = extrasOf(report, dir);
  for (const e of extras) log(`wrote ${e.path}: ${e.what}, ${formatBytes(e.bytes)}`);
  // A theme below AA is not stage-ready: `lectern check` fails on it, the build only warns.
  const contrast = options.check
    ? report.contrast.map((p) => ({ ...p, severity: 'error' as const }))
    : report.contrast;
  return { findings: [...report.a11y, ...contrast], fitted, extras };
}

/** The overview picture and the one-file deck the stage-ready step wrote. */
function extrasOf(report: StageReport, dir: string): StageResult['extras'] {
  const extras: StageResult['extras'] = [];
  if (report.overview) {
    const { overview, path } = report.overview;
    extras.push(extra(dir, path, overview.png.byteLength, `overview of ${overview.slides} slides`));
  }
  if (report.singleFile) {
    extras.push(extra(dir, report.singleFile.path, report.singleFile.bytes, 'one-file deck'));
  }
  return extras;
}

function extra(dir: string, path: string, bytes: number, what: string): StageResult['extras'][0] {
  return { path: relative(dir, path), bytes, what };
}

/** Relative to the current folder when inside it, else absolute. */
function shortPath(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
}
