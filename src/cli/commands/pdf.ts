// `lectern pdf [dir]`: exports the slides PDF, the audience handout and the speaker script from a
// built deck folder (its index.html and lectern.json).
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
import { LecternError } from '../../core/errors.js';
import type { Deck } from '../../core/deck.js';
import { exportPdfs, type ExportSummary } from '../../pdf/index.js';
import { output, logger } from '../output.js';
import { HANDOUT_LAYOUTS, type HandoutLayout, type Paper } from '../../pdf/handout-layout.js';

export interface PdfOptions {
  browser?: string;
  paper: Paper;
  handoutLayout: HandoutLayout;
  pdfFragments: boolean;
  timeout: number;
  json: boolean;
}

export interface OldNames {
  handout?: HandoutLayout;
  fragments?: boolean;
}

/**
 * `--handout` and `--fragments`, the names used before they matched `lectern build`'s, are hidden
 * aliases. Folds them into the new names (an old name given wins over a default).
 */
export function withOldNames(options: PdfOptions & OldNames): PdfOptions {
  const { handout, fragments, ...rest } = options;
  return {
    ...rest,
    handoutLayout: handout ?? rest.handoutLayout,
    pdfFragments: rest.pdfFragments || fragments === true,
  };
}

export function parsePaper(value: string): Paper {
  const paper = value.toLowerCase();
  if (paper === 'a4' || paper === 'letter') return paper;
  throw new InvalidArgumentError('use a4 or letter.');
}

export function parseLayout(value: string): HandoutLayout {
  const n = Number(value);
  if ((HANDOUT_LAYOUTS as readonly number[]).includes(n)) return n as HandoutLayout;
  throw new InvalidArgumentError('use 1, 2, 3 or 6 slides per page.');
}

export function parseSeconds(value: string): number {
  const n = Number(value);
  if (Number.isFinite(n) && n > 0) return n;
  throw new InvalidArgumentError('give a number of seconds greater than 0.');
}

/** Reads the Deck JSON the build wrote beside the deck. */
export function readDeck(dir: string): Deck {
  const file = join(dir, 'lectern.json');
  if (!existsSync(file) || !existsSync(join(dir, 'index.html'))) {
    throw new LecternError(
      `${file}: no built deck here. Run \`lectern build\` first (or name the folder: lectern pdf <dir>).`,
    );
  }
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Deck;
  } catch (error) {
    throw new LecternError(
      `${file}: not valid JSON (${(error as Error).message}). Rebuild with \`lectern build\`.`,
    );
  }
}

export function formatSummary(summary: ExportSummary): string {
  const lines = summary.files.map(
    (f) =>
      `${relative(process.cwd(), f.path) || f.path}  ${f.pages} pages, ${Math.round(f.bytes / 1024)} KB`,
  );
  lines.push(`PDFs written in ${(summary.ms / 1000).toFixed(1)} s.`);
  if (summary.blockedRequests.length > 0) {
    lines.push(
      `Blocked ${summary.blockedRequests.length} request(s) leaving this machine: ${summary.blockedRequests.join(', ')}`,
    );
  }
  return lines.join('\n');
}

export async function runPdf(dir: string, options: PdfOptions): Promise<ExportSummary> {
  const deck = readDeck(dir);
  const summary = await exportPdfs({
    distDir: dir,
    deck,
    browserPath: options.browser,
    paper: options.paper,
    handoutLayout: options.handoutLayout,
    fragments: options.pdfFragments,
    timeoutMs: options.timeout * 1000,
    log: logger().info,
  });
  output.out(
    options.json ? `${JSON.stringify(summary, null, 2)}\n` : `${formatSummary(summary)}\n`,
  );
  return summary;
}

/** The PDF options `lectern build` and `lectern pdf` share, with the same names and defaults. */
export function withPdfOptions(command: Command): Command {
  return command
    .option(
      '--browser <path>',
      'Chrome/Chromium executable (else LECTERN_BROWSER, CHROME_PATH, installed ones)',
    )
    .option('--paper <size>', 'handout and script paper: a4 or letter', parsePaper, 'a4' as Paper)
    .option(
      '--handout-layout <n>',
      'slides per handout page: 1, 2, 3 or 6',
      parseLayout,
      3 as HandoutLayout,
    )
    .option(
      '--pdf-fragments',
      'one slides-PDF page per fragment step (else each slide once, fully revealed)',
      false,
    )
    .option('--timeout <seconds>', 'limit for each step the browser waits for', parseSeconds, 60);
}

/** A fresh command each call: commander keeps parsed option values on the instance. */
export function createPdfCommand(): Command {
  return withPdfOptions(
    new Command('pdf')
      .description('export the slides PDF, audience handout and speaker script from a built deck')
      .argument('[dir]', 'built deck folder (with index.html and lectern.json)', 'dist'),
  )
    .addOption(new Option('--handout <n>').argParser(parseLayout).hideHelp())
    .addOption(new Option('--fragments').hideHelp())
    .option('--json', 'print the summary as JSON', false)
    .action(async (dir: string, options: PdfOptions & OldNames) => {
      await runPdf(dir, withOldNames(options));
    });
}
