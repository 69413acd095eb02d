// Deck → dist/: render, bundle with Vite, copy images, write lectern.json, run the stage-ready
// steps, export the PDFs, then swap the finished folder into place. Any failure (or a finding the
// caller rejects) leaves the previous dist/ as it was.
import { chmod, readdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { FileBoundary } from '../core/file-boundary.js';
import { formatProblem } from '../core/errors.js';
import type { Problem } from '../core/problems.js';
import type { Deck } from '../core/deck.js';
import { slidesOf } from '../core/deck.js';
import { resolveTheme } from '../render/themes.js';
import { writeDeckPage } from '../bundle/deck-page.js';
import type { BrowserManager } from '../browser/launch-browser.js';
import { themeSetting } from './settings.js';
import { sectionCounts, type BuildSummary } from './summary.js';
import { checkReplaceable, swapIntoPlace } from './swap.js';
import { makeStagingDir, removeDir } from '../bundle/work-dir.js';

export interface PdfOptions {
  browserPath?: string;
  paper?: 'a4' | 'letter';
  handoutLayout?: 1 | 2 | 3 | 6;
  fragments?: boolean;
  timeoutMs?: number;
}

export interface DeckBuildOptions {
  outDir: string;
  templatesDir?: string;
  /** Folders (--assets) images and theme files may come from besides the deck's own. */
  assets?: string[];
  /** Theme name or path; overrides the front matter. Paths resolve against `themeBaseDir`. */
  theme?: string;
  themeBaseDir?: string;
  /** Export the PDFs into the new dist/ before it is swapped in (default true). */
  pdf?: boolean | PdfOptions;
  /** Also write `<name>.pptx` (default true; needs the browser, so not with `pdf: false`). */
  pptx?: boolean;
  /** The browser for the stage-ready steps when `pdf` does not name one (e.g. with --no-pdf). */
  browserPath?: string;
  timeoutMs?: number;
  /** `lectern check`: axe on every slide, no overview or one-file deck (see stage-hook.ts). */
  check?: boolean;
  /**
   * Decides on the stage-ready findings (legibility; accessibility too under `check`) before the
   * new folder replaces the old: throwing stops the build with the previous dist/ intact.
   * Default: each is logged.
   */
  onFindings?: (findings: Problem[]) => void;
  log?: (message: string) => void;
}

/** The folders a deck's files may come from: its own, --templates, `assets:` and --assets. */
export function deckBoundary(
  deck: Deck,
  options: Pick<DeckBuildOptions, 'templatesDir' | 'assets'>,
): FileBoundary {
  return new FileBoundary([
    dirname(resolve(deck.file)),
    options.templatesDir,
    ...(deck.meta.assets ?? []),
    ...(options.assets ?? []).map((dir) => resolve(dir)),
  ]);
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split('\\').join('/'))
    .sort();
}

/** Writes the deck page (index.html, its bundle, images) and lectern.json for `deck` into `dir`. */
async function writeDeck(deck: Deck, dir: string, options: DeckBuildOptions, themeCss: string[]) {
  await writeDeckPage(deck, dir, { templatesDir: options.templatesDir, themeCss });
  await writeFile(join(dir, 'lectern.json'), `${JSON.stringify(deck, null, 2)}\n`, 'utf8');
}

/** The theme the deck is built in (a flag over the front matter), and the deck naming it. */
function withTheme(input: Deck, options: DeckBuildOptions) {
  const chosen = themeSetting(options, input, options.themeBaseDir);
  const theme = resolveTheme(
    chosen.nameOrPath,
    chosen.baseDir,
    undefined,
    deckBoundary(input, options),
  );
  const deck: Deck = { ...input, meta: { ...input.meta, theme: chosen.nameOrPath } };
  return { theme, deck };
}

export async function buildDeck(input: Deck, options: DeckBuildOptions): Promise<BuildSummary> {
  const log = options.log ?? (() => undefined);
  const outDir = resolve(options.outDir);
  const { theme, deck } = withTheme(input, options);
  checkReplaceable(outDir);
  const pdfOptions = typeof options.pdf === 'object' ? options.pdf : {};
  const browserPath = pdfOptions.browserPath ?? options.browserPath;
  const timeoutMs = pdfOptions.timeoutMs ?? options.timeoutMs;
  // With PDFs a browser is needed anyway: one Chromium serves the stage-ready checks and the
  // export, instead of a second launch.
  const manager = options.pdf !== false ? await buildBrowser(browserPath, timeoutMs) : undefined;
  const staging = await makeStagingDir(outDir);
  // Ctrl-C mid-build: no half-built folder left beside the output (makeStagingDir registers it).
  try {
    log(`rendering ${slidesOf(deck).length} slides with theme ${theme.name}`);
    await writeDeck(deck, staging, options, theme.css);
    // Stage-ready: fits overflow (deck updated in place), legibility, overview PNG, one-file deck.
    const stage = await (
      await import('./stage-hook.js')
    ).makeStageReady(deck, staging, {
      templatesDir: options.templatesDir,
      pdf: options.pdf !== false,
      browserPath,
      manager,
      timeoutMs,
      theme: { name: theme.name, file: theme.file },
      check: options.check,
      log,
    });
    (options.onFindings ?? ((f) => f.forEach((p) => log(formatProblem(p)))))(stage.findings);
    const pdf =
      options.pdf !== false ? await exportInto(staging, deck, { log, manager, ...pdfOptions }) : [];
    const extras = [...stage.extras];
    if (options.pdf !== false && options.pptx !== false)
      extras.push(await pptxInto(staging, deck, { log, manager, timeoutMs }));
    const files = await listFiles(staging);
    // mkdtemp makes the folder private; a deck folder is meant to be served and shared.
    await chmod(staging, 0o755);
    await swapIntoPlace(staging, outDir);
    return {
      input: deck.file,
      outDir: options.outDir,
      theme: theme.name,
      sections: sectionCounts(deck),
      slides: slidesOf(deck).length,
      seconds: Math.round(deck.totalSeconds),
      durationSeconds: deck.meta.duration !== undefined ? deck.meta.duration * 60 : undefined,
      files,
      problems: deck.problems,
      pdf,
      extras,
      fitted: stage.fitted,
    };
  } finally {
    await manager?.dispose();
    await removeDir(staging);
  }
}

/** The PDFs of `deck`, exported into the staging folder; their paths relative to it. */
async function exportInto(
  staging: string,
  deck: Deck,
  options: PdfOptions & { log: (message: string) => void; manager?: BrowserManager },
): Promise<BuildSummary['pdf']> {
  const { exportPdfs } = await import('../pdf/index.js');
  const exported = await exportPdfs({ distDir: staging, deck, ...options });
  return exported.files.map((f) => ({
    path: relative(staging, f.path),
    pages: f.pages,
    bytes: f.bytes,
  }));
}

/** The PowerPoint of `deck`, exported into the staging folder, as the summary lists it. */
async function pptxInto(
  staging: string,
  deck: Deck,
  options: { log: (message: string) => void; manager?: BrowserManager; timeoutMs?: number },
): Promise<NonNullable<BuildSummary['extras']>[number]> {
  const { exportPptx } = await import('../pptx/index.js');
  const made = await exportPptx({ distDir: staging, deck, ...options });
  const what = `PowerPoint, ${made.slides} slides with the address in the notes`;
  return { path: relative(staging, made.path), bytes: made.bytes, what };
}

/** The build's Chromium, launched on first use (the export modules load only when PDFs are made). */
async function buildBrowser(path: string | undefined, timeoutMs: number | undefined) {
  const { managerFor } = await import('../browser/manager-for.js');
  return (await managerFor({ browserPath: path, timeoutMs })).manager;
}
