// `lectern build [input]`: content → dist/ with the deck, lectern.json and (unless --no-pdf) PDFs.
import { existsSync } from 'node:fs';
import { Command, InvalidArgumentError } from 'commander';
import { LecternError } from '../../core/errors.js';
import type { HandoutLayout, Paper } from '../../pdf/handout-layout.js';
import { logger, output } from '../output.js';
import { withPdfOptions } from './pdf.js';

export const DEFAULT_INPUT = 'content/address.md';

export interface BuildCliOptions {
  out: string;
  pdf: boolean;
  pptx: boolean;
  templates?: string;
  assets: string[];
  theme?: string;
  quiet: boolean;
  json: boolean;
  wpm?: number;
  browser?: string;
  paper: Paper;
  handoutLayout: HandoutLayout;
  pdfFragments: boolean;
  timeout: number;
  strict: boolean;
}

export function parseWpm(value: string): number {
  const n = Number(value);
  if (Number.isInteger(n) && n >= 60 && n <= 300) return n;
  throw new InvalidArgumentError('give words per minute as a whole number from 60 to 300.');
}

/** `--assets DIR`, as often as needed: folders a deck may also take images and theme files from. */
export function withAssetsOption(command: Command): Command {
  return command.option(
    '--assets <dir>',
    'a folder images, logo and theme files may also come from (repeatable)',
    (dir: string, dirs: string[]) => [...dirs, dir],
    [] as string[],
  );
}

export async function runBuild(input: string, options: BuildCliOptions): Promise<void> {
  if (!existsSync(input)) {
    const hint =
      input === DEFAULT_INPUT
        ? ' (write it, or `lectern import speech.txt -o content/address.md`)'
        : ' (give the path of the address in Markdown; a plain-text one needs `lectern import` first)';
    throw new LecternError(`${input}: no such file${hint}`);
  }
  const { buildProject, formatSummary } = await import('../../pipeline/build.js');
  const log = logger({ quiet: options.quiet || options.json });
  // --json keeps warnings visible on stderr; --quiet hides everything but errors.
  const jsonLog = options.json && !options.quiet ? logger({}) : log;
  const summary = await buildProject({
    input,
    outDir: options.out,
    pdf: options.pdf,
    pptx: options.pptx,
    pdfOptions: {
      browserPath: options.browser,
      paper: options.paper,
      handoutLayout: options.handoutLayout,
      fragments: options.pdfFragments,
      timeoutMs: options.timeout * 1000,
    },
    templatesDir: options.templates,
    assets: options.assets,
    theme: options.theme,
    wordsPerMinute: options.wpm,
    strict: options.strict,
    log: { info: log.info, warn: jsonLog.warn },
  });
  if (options.json) output.out(`${JSON.stringify(summary, null, 2)}\n`);
  else if (!options.quiet) output.out(`${formatSummary(summary).join('\n')}\n`);
}

export function createBuildCommand(): Command {
  return withPdfOptions(
    withAssetsOption(new Command('build'))
      .description('build the deck (and its PDFs) into a folder')
      .argument('[input]', 'the address in Markdown', DEFAULT_INPUT)
      .option('-o, --out <dir>', 'output folder (replaced only when the build succeeds)', 'dist')
      .option('--no-pdf', 'skip the PDFs and the PowerPoint (no browser needed)')
      .option('--no-pptx', 'skip the PowerPoint (<name>.pptx)')
      .option('--templates <dir>', 'folder of .hbs files overriding the built-in templates by name')
      .option(
        '--theme <name|path>',
        'built-in theme name or a .css file (overrides the front matter)',
      )
      .option('--wpm <n>', 'speaking rate for timing (overrides the front matter)', parseWpm)
      .option('--strict', 'treat warnings (content, planning, legibility) as errors', false)
      .option('-q, --quiet', 'print only errors', false)
      .option('--json', 'print the build summary as JSON on stdout', false),
  ).action(async (input: string, options: BuildCliOptions) => {
    if (options.quiet && options.json) {
      throw new LecternError(
        '--quiet and --json cannot be combined; --json already keeps stdout clean',
      );
    }
    await runBuild(input, options);
  });
}
