// `lectern check [input]`: is the deck stage-ready? Builds into a temporary folder (dist/ is not
// touched) and, in one browser pass, runs the overflow guard, the accessibility checks and the
// theme's legibility check. Exit 1 on any error, a failing contrast pair, or (--strict) a warning.
import { existsSync } from 'node:fs';
import { Command } from 'commander';
import { formatProblem, hasErrors, LecternError } from '../../core/errors.js';
import { logger, output } from '../output.js';
import { DEFAULT_INPUT, withAssetsOption } from './build.js';
import { parseSeconds } from './pdf.js';

export interface CheckCliOptions {
  theme?: string;
  templates?: string;
  assets: string[];
  browser?: string;
  timeout: number;
  quiet: boolean;
  strict: boolean;
}

export async function runCheck(input: string, options: CheckCliOptions): Promise<void> {
  if (!existsSync(input))
    throw new LecternError(`${input}: no such file (give the path of the address in Markdown)`);
  const { checkProject } = await import('../../pipeline/check-deck.js');
  const log = logger({ quiet: options.quiet });
  // One pass in the browser: the overflow guard fits what it can and stops, naming slide and
  // line, on what it cannot; then axe, reduced motion and the theme's legibility check.
  const { findings, slides, fitted } = await checkProject({
    input,
    templatesDir: options.templates,
    assets: options.assets,
    theme: options.theme,
    browserPath: options.browser,
    timeoutMs: options.timeout * 1000,
    strict: options.strict,
    log,
  });
  const fatal = findings.filter((p) => options.strict || p.severity === 'error');
  for (const p of findings.filter((q) => !fatal.includes(q))) log.warn(formatProblem(p));
  if (fatal.length > 0) {
    const what = hasErrors(fatal) ? 'error' : 'warning';
    const n = fatal.length;
    throw new LecternError(
      `check failed: ${n} ${what}${n === 1 ? '' : 's'}${what === 'warning' ? ' (--strict)' : ''}`,
      { problems: fatal },
    );
  }
  output.err(
    `lectern: check passed: ${slides} slides fit${fitted.length ? ` (${fitted.length} fitted)` : ''}, ` +
      `no accessibility or contrast errors\n`,
  );
  for (const line of fitted) log.info(`  ${line}`);
}

export function createCheckCommand(): Command {
  return withAssetsOption(new Command('check'))
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
    .option('--strict', 'treat warnings (an image without alt text, say) as errors', false)
    .option('-q, --quiet', 'print only problems', false)
    .action(async (input: string, options: CheckCliOptions) => {
      await runCheck(input, options);
    });
}
