// `lectern theme new NAME`: writes NAME.css, a commented starting theme with every property.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { Command } from 'commander';
import { LecternError } from '../../core/errors.js';
import { DEFAULT_THEME, findTheme } from '../../render/theme-catalog.js';
import { isThemeName, starterTheme, themeProperties } from '../../render/theme-starter.js';
import { BUILTIN_THEMES, builtinCss } from '../../render/themes.js';
import { output } from '../output.js';

export function writeStarterTheme(name: string, options: { extends: string; dir: string }): string {
  const bare = name.replace(/\.css$/i, '');
  if (!isThemeName(bare)) {
    throw new LecternError(
      `"${name}" is not a theme name; use letters, digits, - and _ (e.g. \`lectern theme new brand\`)`,
    );
  }
  if (!findTheme(options.extends)) {
    throw new LecternError(
      `cannot extend "${options.extends}": not a built-in theme; known themes: ${BUILTIN_THEMES.join(', ')}`,
    );
  }
  const file = resolve(options.dir, `${bare}.css`);
  if (existsSync(file)) {
    throw new LecternError(`${file} exists already; pick another name or edit that file`);
  }
  const sheets = builtinCss(findTheme(options.extends)!).map((css) => readFileSync(css, 'utf8'));
  const values = themeProperties(sheets);
  writeFileSync(file, starterTheme({ name: bare, extendsTheme: options.extends, values }), 'utf8');
  return file;
}

export function createThemeCommand(): Command {
  const theme = new Command('theme').description('make a theme of your own');
  theme
    .command('new')
    .description('write NAME.css: a commented starting theme with every property')
    .argument('<name>', 'theme name (the file is NAME.css)')
    .option('--extends <theme>', 'built-in theme to layer it over', DEFAULT_THEME)
    // Beside the content by default: a `theme:` path in the front matter is read from there.
    .option(
      '-d, --dir <dir>',
      'folder to write it in (default: content/ when there is one, else this folder)',
    )
    .action((name: string, options: { extends: string; dir?: string }) => {
      const dir = options.dir ?? (existsSync('content') ? 'content' : '.');
      const file = writeStarterTheme(name, { extends: options.extends, dir });
      const css = `${name.replace(/\.css$/i, '')}.css`;
      output.out(`${file}\n`);
      output.err(
        `lectern: wrote ${file}; use it with \`theme: ${css}\` in the front matter of a content ` +
          `file in ${relative('.', dir) || '.'}/, or \`lectern build --theme ${relative('.', file)}\`\n`,
      );
    });
  return theme;
}
