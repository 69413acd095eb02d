// `lectern check` without the command line: build into a temporary folder (dist/ is not touched)
// and, in one browser pass, run the overflow guard, the accessibility checks and the theme's
// legibility check. Returns what was found; the caller decides what is fatal.
import { join } from 'node:path';
import type { Problem } from '../core/problems.js';
import { makeTempDir, removeTempDir } from '../core/temp-dirs.js';
import { buildDeck } from './build-deck.js';
import { loadDeck, type Logger } from './build.js';
import type { SettingFlags } from './settings.js';

export interface CheckOptions extends SettingFlags {
  /** The content file, e.g. `content/address.md`. */
  input: string;
  /** Chrome/Chromium to check in; else found as for the build. */
  browserPath?: string;
  /** Limit in ms for each step the browser waits for (default 60 s). */
  timeoutMs?: number;
  /** Content and planning warnings stop the check too. */
  strict?: boolean;
  log?: Logger;
}

export interface CheckResult {
  slides: number;
  /** What the overflow guard changed to make slides fit, one line each. */
  fitted: string[];
  /** Accessibility and legibility findings, errors and warnings. */
  findings: Problem[];
}

/**
 * Checks that the deck is stage-ready. Throws a LecternError (with its problems) when the content
 * cannot be built at all, or a slide cannot be made to fit.
 */
export async function checkProject(options: CheckOptions): Promise<CheckResult> {
  const dir = makeTempDir('lectern-check-');
  try {
    const { deck } = await loadDeck({ ...options, outDir: dir });
    let findings: Problem[] = [];
    const built = await buildDeck(deck, {
      outDir: join(dir, 'dist'),
      templatesDir: options.templatesDir,
      assets: options.assets,
      theme: options.theme,
      pdf: false,
      browserPath: options.browserPath,
      timeoutMs: options.timeoutMs,
      check: true,
      onFindings: (f) => void (findings = f),
    });
    return { slides: built.slides, fitted: built.fitted ?? [], findings };
  } finally {
    await removeTempDir(dir);
  }
}
