// `lectern pptx [dir]`: writes `<name>.pptx` again from a built deck folder (its index.html and
// lectern.json), with the deck's layout, theme and notes.
import { relative } from 'node:path';
import { Command } from 'commander';
import { formatBytes } from '../../pipeline/summary.js';
import { exportPptx, type PptxSummary } from '../../pptx/index.js';
import { logger, output } from '../output.js';
import { parseSeconds, readDeck } from './pdf.js';

export interface PptxCliOptions {
  browser?: string;
  timeout: number;
  json: boolean;
}

export async function runPptx(dir: string, options: PptxCliOptions): Promise<PptxSummary> {
  const deck = readDeck(dir);
  const summary = await exportPptx({
    distDir: dir,
    deck,
    browserPath: options.browser,
    timeoutMs: options.timeout * 1000,
    log: logger({ quiet: options.json }).info,
  });
  const shown = relative(process.cwd(), summary.path) || summary.path;
  output.out(
    options.json
      ? `${JSON.stringify(summary, null, 2)}\n`
      : `${shown}  ${summary.slides} slides, ${formatBytes(summary.bytes)}\n` +
          `fonts it uses (install them where it is shown): ${summary.fonts.join(', ')}\n`,
  );
  return summary;
}

/** A fresh command each call: commander keeps parsed option values on the instance. */
export function createPptxCommand(): Command {
  return new Command('pptx')
    .description('export the editable PowerPoint (<name>.pptx) from a built deck')
    .argument('[dir]', 'built deck folder (with index.html and lectern.json)', 'dist')
    .option(
      '--browser <path>',
      'Chrome/Chromium executable (else LECTERN_BROWSER, CHROME_PATH, installed ones)',
    )
    .option('--timeout <seconds>', 'limit for each step the browser waits for', parseSeconds, 60)
    .option('--json', 'print the summary as JSON', false)
    .action(async (dir: string, options: PptxCliOptions) => {
      await runPptx(dir, options);
    });
}
