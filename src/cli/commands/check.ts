// `lectern check [input]`: is the deck stage-ready? Builds into a temporary folder (dist/ is not
// touched), then runs the overflow guard, the accessibility checks and the theme's contrast check.
// Exit 1 when any of them finds an error.
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { formatProblem, LecternError } from '../../errors.js';
import type { Deck, Problem } from '../../model.js';
import { slidesOf } from '../../model.js';
import { logger, output } from '../output.js';
import { DEFAULT_INPUT } from './build.js';
import { parseSeconds } from './pdf.js';

export interface CheckCliOptions {
  theme?: string;
  templates?: string;
  browser?: string;
  timeout: number;
  quiet: boolean;
}

export async function runCheck(input: string, options: CheckCliOptions): Promise<void> {
  if (!existsSync(input)) throw new LecternError(`${input}: no such file`);
  const { buildDeck, loadDeck } = await import('../../build/index.js');
  const { collectAssets } = await import('../../build/assets.js');
  const { renderDeck } = await import('../../render/index.js');
  const { stageReady } = await import('../../export/stage-ready.js');
  const log = logger({ quiet: options.quiet });
  const dir = await mkdtemp(join(tmpdir(), 'lectern-check-'));
  try {
    const { deck } = await loadDeck({ input, outDir: dir, templatesDir: options.templates, log });
    const dist = join(dir, 'dist');
    // The build fits what it can and stops, naming slide and line, on what it cannot.
    const built = await buildDeck(deck, {
      outDir: dist,
      templatesDir: options.templates,
      theme: options.theme,
      pdf: false,
    });
    const fitted = JSON.parse(await readFile(join(dist, 'lectern.json'), 'utf8')) as Deck;
    const report = await stageReady(fitted, {
      distDir: dist,
      render: (d) =>
        renderDeck(d, { templatesDir: options.templates, assetUrl: collectAssets(d).assetUrl }),
      contrastTheme: built.theme,
      browserPath: options.browser,
      timeoutMs: options.timeout * 1000,
    });
    const problems: Problem[] = [...report.a11y, ...report.contrast];
    for (const p of problems.filter((q) => q.severity === 'warning')) log.warn(formatProblem(p));
    const errors = problems.filter((p) => p.severity === 'error');
    const fits = fitLines(deck, fitted);
    if (errors.length > 0) {
      throw new LecternError(
        `check failed: ${errors.length} error${errors.length === 1 ? '' : 's'}`,
        { problems: errors },
      );
    }
    output.err(
      `lectern: check passed: ${slidesOf(fitted).length} slides fit${fits.length ? ` (${fits.length} fitted)` : ''}, ` +
        `no accessibility or contrast errors\n`,
    );
    for (const line of fits) log.info(`  ${line}`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** What the build's overflow guard changed, seen from outside: slides shrunk, slides added by a split. */
function fitLines(before: Deck, after: Deck): string[] {
  const known = new Set(slidesOf(before).map((s) => s.id));
  return slidesOf(after).flatMap((s) => [
    ...(known.has(s.id) ? [] : [`slide ${s.id} (line ${s.line}) split off to fit`]),
    ...(s.scale !== undefined && s.scale < 1
      ? [`slide ${s.id} (line ${s.line}) shrunk to ${Math.round(s.scale * 100)}%`]
      : []),
  ]);
}

export function createCheckCommand(): Command {
  return new Command('check')
    .description(
      'check the deck is stage-ready (overflow, accessibility, contrast) without writing dist/',
    )
    .argument('[input]', 'the address in Markdown', DEFAULT_INPUT)
    .option(
      '--theme <name|path>',
      'built-in theme name or a .css file (overrides the front matter)',
    )
    .option('--templates <dir>', 'folder of .hbs files overriding the built-in templates by name')
    .option(
      '--browser <path>',
      'Chrome/Chromium to check in (else LECTERN_BROWSER, CHROME_PATH, installed ones)',
    )
    .option('--timeout <seconds>', 'limit for each step the browser waits for', parseSeconds, 60)
    .option('-q, --quiet', 'print only problems', false)
    .action(async (input: string, options: CheckCliOptions) => {
      await runCheck(input, options);
    });
}
