// `lectern themes`: lists the built-in themes (name, light/dark, fonts);
// `--preview` also draws the title and a quote slide of the address in every theme.
import { Command } from 'commander';
import { THEME_CATALOG, DEFAULT_THEME, type ThemeInfo } from '../../render/theme-catalog.js';
import { logger, output } from '../output.js';
import { DEFAULT_INPUT } from './build.js';

export function formatThemeList(themes: ThemeInfo[] = THEME_CATALOG): string {
  const width = Math.max(...themes.map((t) => t.name.length)) + 2;
  const rows = themes.map((t) => {
    const fonts =
      t.fonts.heading === t.fonts.body ? t.fonts.body : `${t.fonts.heading} / ${t.fonts.body}`;
    const name = `${t.name}${t.name === DEFAULT_THEME ? '*' : ''}`.padEnd(width);
    return `${name}${(t.dark ? 'dark' : 'light').padEnd(7)}${fonts.padEnd(32)}${t.description}`;
  });
  return [
    ...rows,
    '',
    '* default. A theme file of your own: `lectern theme new NAME`, then `theme: NAME.css`.',
    '',
  ].join('\n');
}

interface ThemesOptions {
  json: boolean;
  preview: boolean;
  input: string;
  out: string;
  browser?: string;
  quiet: boolean;
}

export function createThemesCommand(): Command {
  return new Command('themes')
    .description('list the built-in themes; --preview draws the address in each')
    .option('--json', 'print the list as JSON', false)
    .option(
      '--preview',
      'write <out>/themes/index.html with the title and a quote slide in every theme',
      false,
    )
    .option('-i, --input <file>', 'content file for the preview', DEFAULT_INPUT)
    .option('-o, --out <dir>', 'output folder for the preview', 'dist')
    .option('--browser <path>', 'Chromium-based browser for the preview')
    .option('-q, --quiet', 'no progress messages', false)
    .action(async (options: ThemesOptions) => {
      if (options.json) output.out(`${JSON.stringify(THEME_CATALOG, null, 2)}\n`);
      else output.out(formatThemeList());
      if (!options.preview) return;
      const { previewThemes } = await import('../../pipeline/theme-preview.js');
      const log = logger({ quiet: options.quiet });
      const page = await previewThemes({
        input: options.input,
        outDir: options.out,
        browserPath: options.browser,
        log: (message) => log.info(message),
      });
      output.err(`lectern: theme preview: ${page}\n`);
    });
}
