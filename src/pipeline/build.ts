// `lectern build`: content file → checked Address → planned Deck → dist/ (deck, images, PDFs).
// Problems are printed one line each; errors (and warnings under --strict) stop the build
// before anything is written, so the previous dist/ stays as it was.
import { loadAddress } from '../content/index.js';
import { formatProblem, hasErrors, LecternError } from '../core/errors.js';
import type { Problem } from '../core/problems.js';
import type { Deck } from '../core/deck.js';
import { planDeck } from '../plan/index.js';
import { BUILTIN_THEMES } from '../render/themes.js';
import { buildDeck, type PdfOptions } from './build-deck.js';
import { metaWithFlags, resolveFlags, type SettingFlags } from './settings.js';
import type { BuildSummary } from './summary.js';

export { buildDeck, type DeckBuildOptions, type PdfOptions } from './build-deck.js';
export { formatSummary, type BuildSummary } from './summary.js';

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
}

/** The settings flags (theme, templates, assets, speaking rate) come from SettingFlags. */
export interface BuildOptions extends SettingFlags {
  /** The content file, e.g. `content/address.md`. */
  input: string;
  outDir: string;
  /** Export the PDFs (default true). */
  pdf?: boolean;
  pdfOptions?: PdfOptions;
  /** Also write the PowerPoint (default true; only with the PDFs, which start the browser). */
  pptx?: boolean;
  /** Treat warnings as errors. */
  strict?: boolean;
  log?: Logger;
}

const silent: Logger = { info: () => undefined, warn: () => undefined };

/** Stops with every problem attached when the input has errors (or warnings, under strict). */
function stopOn(problems: Problem[], file: string, strict: boolean, stage: string): void {
  const fatal = strict ? problems : problems.filter((p) => p.severity === 'error');
  if (fatal.length === 0) return;
  const what = hasErrors(fatal) ? 'error' : 'warning';
  throw new LecternError(
    `${file}: ${fatal.length} ${what}${fatal.length === 1 ? '' : 's'} ${stage}${strict && what === 'warning' ? ' (--strict)' : ''}; nothing was built`,
    { problems: fatal },
  );
}

/** Loads and plans the deck, printing warnings; throws a LecternError carrying the errors. */
export async function loadDeck(
  options: BuildOptions,
): Promise<{ deck: Deck; problems: Problem[] }> {
  const log = options.log ?? silent;
  const strict = options.strict ?? false;
  const loaded = await loadAddress(options.input, {
    knownThemes: BUILTIN_THEMES,
    themeOverridden: options.theme !== undefined,
    allowedDirs: resolveFlags(options).allowedDirs,
  });
  const { address, problems } = loaded as { address: typeof loaded.address; problems: Problem[] };
  if (!strict)
    problems.filter((p) => p.severity === 'warning').forEach((p) => log.warn(formatProblem(p)));
  stopOn(problems, options.input, strict, 'in the content');
  if (!address) throw new LecternError(`${options.input}: could not be read as an address`);
  const meta = metaWithFlags(address.meta, options);
  const deck = planDeck(
    { ...address, meta },
    options.wordsPerMinute !== undefined ? { wordsPerMinute: options.wordsPerMinute } : {},
  );
  if (!strict) deck.problems.forEach((p: Problem) => log.warn(formatProblem(p)));
  stopOn(deck.problems, options.input, strict, 'in planning');
  return { deck, problems: [...problems, ...deck.problems] };
}

export async function buildProject(options: BuildOptions): Promise<BuildSummary> {
  const log = options.log ?? silent;
  const strict = options.strict ?? false;
  const { deck, problems } = await loadDeck(options);
  const legibility: Problem[] = [];
  const summary = await buildDeck(deck, {
    outDir: options.outDir,
    templatesDir: options.templatesDir,
    assets: options.assets,
    theme: options.theme,
    themeBaseDir: process.cwd(),
    pdf: options.pdf === false ? false : (options.pdfOptions ?? true),
    pptx: options.pptx,
    browserPath: options.pdfOptions?.browserPath,
    timeoutMs: options.pdfOptions?.timeoutMs,
    // Runs before the swap, so a --strict failure keeps the previous dist/.
    onFindings: (findings) => {
      if (!strict) findings.forEach((p) => log.warn(formatProblem(p)));
      stopOn(findings, options.input, strict, 'in the legibility check');
      legibility.push(...findings);
    },
    log: (message) => log.info(message),
  });
  return { ...summary, problems: [...problems, ...legibility] };
}
