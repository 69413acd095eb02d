// Stage-ready: opens the built deck once in the browser and runs, in order, the overflow guard
// (fitting the plan until every slide fits), the accessibility checks, the contrast check, the
// overview picture and the one-file deck. Returns problems as data; the caller decides what stops.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { startStaticServer, type StaticServer } from '../server/static-server.js';
import type { SingleFileResult } from '../bundle/inline-deck.js';
import { buildSingleFileAside } from '../bundle/single-file-worker.js';
import { deckBaseName } from '../core/deck-name.js';
import type { Problem } from '../core/problems.js';
import type { InlineText } from '../core/inline-text.js';
import type { Deck } from '../core/deck.js';
import type { FitChange } from '../plan/fit-overflow.js';
import { checkA11y, checkReducedMotion } from '../checks/check-a11y.js';
import { checkContrast, formatFinding } from '../checks/check-contrast.js';
import { colourAt, contrastHint } from '../core/contrast-math.js';
import { openGuardedPage, step } from '../browser/guard.js';
import type { BrowserManager } from '../browser/launch-browser.js';
import { managerFor } from '../browser/manager-for.js';
import { waitForReveal } from '../checks/measure-overflow.js';
import { guardOverflow } from '../checks/overflow-guard.js';
import { captureOverview, type Overview } from '../checks/overview.js';
import { savePrintView } from '../pdf/saved-print-view.js';

export interface StageReadyOptions {
  /** A built deck folder (index.html + assets) showing `deck`. */
  distDir: string;
  /** Renders the deck body exactly as the build did. */
  render: (deck: Deck) => string;
  /** Rewrites the built page (index.html, lectern.json) when the guard changed the deck. */
  writeDeck?: (deck: Deck) => Promise<void>;
  /** Theme name for the legibility (contrast) check; no contrast check without it. */
  contrastTheme?: string;
  /** The file contrast findings name (a custom theme's CSS); default the deck's content file. */
  contrastFile?: string;
  /** Accessibility (axe) and reduced-motion checks (default true); the contrast check is apart. */
  a11y?: boolean;
  overview?: boolean;
  singleFile?: boolean;
  browserPath?: string;
  /** A browser shared with the steps that follow (the build's PDFs); its owner closes it. */
  manager?: BrowserManager;
  timeoutMs?: number;
  keyPoints?: ((spoken: InlineText[], lang: string) => string[]) | false;
  log?: (msg: string) => void;
}

export interface StageReport {
  deck: Deck;
  changes: FitChange[];
  /** Overflow that could not be fitted (errors); accessibility findings. */
  overflow: Problem[];
  a11y: Problem[];
  /** Text/background pairs below WCAG AA, as warnings (the caller may make them errors). */
  contrast: Problem[];
  overview?: { path: string; overview: Overview };
  singleFile?: SingleFileResult;
  /** Requests to anything but the local server, which were blocked. */
  blockedRequests: string[];
}

async function openDeck(page: Page, url: string, deck: Deck, timeoutMs: number): Promise<void> {
  await page.setViewport({ width: deck.meta.size.width, height: deck.meta.size.height });
  await page.goto(url, { waitUntil: 'load', timeout: timeoutMs });
  await waitForReveal(page, timeoutMs);
}

export async function stageReady(deck: Deck, options: StageReadyOptions): Promise<StageReport> {
  const log = options.log ?? (() => undefined);
  const timeoutMs = options.timeoutMs ?? 60_000;
  const { manager, owned } = await managerFor({
    manager: options.manager,
    browserPath: options.browserPath,
    timeoutMs,
  });
  const blocked: string[] = [];
  let server: StaticServer | undefined;
  let page: Page | undefined;
  try {
    server = await startStaticServer(options.distDir);
    // Each browser step named, so a timeout or a crash says what it was doing.
    let current: Browser | undefined;
    const at = <T>(what: string, run: () => Promise<T>) =>
      step(what, () => current, timeoutMs, run);
    const live = await at('starting the browser', async () => {
      current = await manager.get();
      return openGuardedPage(current, [server!.url], blocked, log);
    });
    page = live;
    live.setDefaultTimeout(timeoutMs);
    const url = `${server.url}index.html`;
    await at('opening the deck to check it', () => openDeck(live, url, deck, timeoutMs));

    const guard = await at('measuring the slides for overflow', () =>
      guardOverflow(live, deck, { render: options.render, keyPoints: options.keyPoints }),
    );
    if (guard.changes.length > 0) await options.writeDeck?.(guard.deck);
    const report: StageReport = {
      deck: guard.deck,
      changes: guard.changes,
      overflow: guard.problems,
      a11y: [],
      contrast: [],
      blockedRequests: blocked,
    };
    if (guard.problems.length > 0) return report;

    const base = deckBaseName(deck);
    // The one-file deck needs no browser (only the rewritten index.html): made meanwhile.
    const single = options.singleFile
      ? buildSingleFileAside(options.distDir, join(options.distDir, `${base}.html`))
      : undefined;
    single?.catch(() => undefined);
    await runChecks(live, url, deck, report, { ...options, timeoutMs }, at);
    if (single) report.singleFile = await single;
    return report;
  } finally {
    if (owned) await manager.dispose();
    else await page?.close().catch(() => undefined);
    await server?.close();
  }
}

type Step = <T>(what: string, run: () => Promise<T>) => Promise<T>;

/**
 * The checks on the fitted deck `live` shows, into `report`: legibility, then accessibility and
 * reduced motion, then the overview picture (which saves the print view for the export).
 */
async function runChecks(
  live: Page,
  url: string,
  deck: Deck,
  report: StageReport,
  options: StageReadyOptions & { timeoutMs: number },
  at: Step,
): Promise<void> {
  const { timeoutMs } = options;
  // The contrast check is cheap (one slide of each kind), so the build runs it too. It needs the
  // live view, which the accessibility check leaves for the print view.
  if (options.contrastTheme !== undefined)
    report.contrast = await at('checking legibility', () =>
      contrast(live, options.contrastFile ?? deck.file, options.contrastTheme!),
    );
  if (options.a11y !== false) {
    report.a11y = await at('checking accessibility', () => checkA11y(live, deck.file, timeoutMs));
    // Reloads the page (now the rewritten one) with reduced motion emulated.
    report.a11y.push(
      ...(await at('checking reduced motion', () => checkReducedMotion(live, url, deck.file))),
    );
  }
  if (options.overview) {
    const overview = await at('drawing the overview', () =>
      captureOverview(live, {
        timeoutMs,
        // The export prints this print view instead of laying it out again (saved-print-view.ts).
        onPrintView: (page) => savePrintView(page, options.distDir),
      }),
    );
    const path = join(options.distDir, `${deckBaseName(deck)}-overview.png`);
    await writeFile(path, overview.png);
    report.overview = { path, overview };
  }
}

/**
 * The theme's failing text/background pairs, as warnings; in a theme file of the user's, at the
 * line that sets the failing text colour (else the background), where there is one.
 */
async function contrast(page: Page, file: string, theme: string): Promise<Problem[]> {
  const findings = await checkContrast(page, theme);
  const css = file.endsWith('.css') ? await readFile(file, 'utf8').catch(() => '') : '';
  return findings.map((f) => ({
    file,
    ...(colourAt(css, f.fg) ?? colourAt(css, f.bg) ?? { line: 0, col: 0 }),
    severity: 'warning' as const,
    message: formatFinding(f),
    hint: contrastHint(f.fg, f.bg),
  }));
}
