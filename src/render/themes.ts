// Resolves a theme name or path to the CSS files the deck imports, after reveal.js's reset.css and
// reveal.css, in order. Built-in: templates/themes/. Custom: a CSS file layered over a built-in one.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, extname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LecternError } from '../core/errors.js';
import { closest } from '../core/did-you-mean.js';
import { DEFAULT_THEME, THEME_CATALOG, findTheme, type ThemeInfo } from './theme-catalog.js';
import { checkThemeCss } from './theme-checks.js';
import type { FileBoundary } from '../core/file-boundary.js';

export interface ResolvedTheme {
  /** Built-in name, or the file's base name for a custom theme. */
  name: string;
  builtin: boolean;
  /** Absolute CSS files, imported in this order by the deck (after reveal's reset.css and reveal.css). */
  css: string[];
  dark: boolean;
  /** Font families of headings and body text ('' when a standalone custom theme does not say). */
  fonts: { heading: string; body: string };
  /** A custom theme's file (absolute). */
  file?: string;
  /** The built-in theme a custom file is layered over; undefined for `extends none`. */
  extends?: string;
}

export const BUILTIN_THEMES: string[] = THEME_CATALOG.map((theme) => theme.name);

/** templates/themes/ of this installation (this file is src/render/ or lib/render/). */
export const THEMES_DIR = fileURLToPath(new URL('../../templates/themes/', import.meta.url));

const require = createRequire(import.meta.url);

/** `/* lectern-theme: extends NAME *\/` on a custom theme's first line; `none` for a whole stylesheet. */
const HEADER = /^\s*\/\*\s*lectern-theme:\s*extends\s+([\w.-]+)\s*\*\//;

export function builtinCss(theme: ThemeInfo, themesDir = THEMES_DIR): string[] {
  const own = join(themesDir, `${theme.name}.css`);
  const base = join(themesDir, 'base.css');
  if (theme.origin === 'lectern') return [base, own];
  // Absolute paths, so a build whose entry lives outside this package still finds them.
  const revealCss =
    theme.reveal === 'derived'
      ? join(themesDir, 'reveal', `${theme.name}.css`)
      : require.resolve(theme.reveal!);
  return [revealCss, base, join(themesDir, 'reveal-bridge.css'), own];
}

function knownList(): string {
  return BUILTIN_THEMES.join(', ');
}

/**
 * The likely meaning of an unknown theme name: `brand` when brand.css sits where the theme is
 * looked for, or in content/ (where `lectern theme new` writes it); else the nearest built-in.
 */
function themeGuess(name: string, baseDir: string): string {
  for (const file of [resolve(baseDir, `${name}.css`), resolve(baseDir, 'content', `${name}.css`)])
    if (existsSync(file)) return ` (did you mean ${relative(baseDir, file)}?)`;
  const builtin = closest(name, BUILTIN_THEMES);
  return builtin ? ` (did you mean ${builtin}?)` : '';
}

function resolveBuiltin(name: string, baseDir: string, themesDir: string): ResolvedTheme {
  const theme = findTheme(name);
  if (!theme) {
    throw new LecternError(
      `unknown theme "${name}"${themeGuess(name, baseDir)}; built-in themes: ${knownList()} — or ` +
        'give the path of a .css file (`lectern theme new NAME` writes one)',
    );
  }
  return {
    name,
    builtin: true,
    css: builtinCss(theme, themesDir),
    dark: theme.dark,
    fonts: { ...theme.fonts },
  };
}

/** A name has no path separator and no `.css` ending; anything else is a file. */
export function looksLikePath(nameOrPath: string): boolean {
  return /[\\/]/.test(nameOrPath) || extname(nameOrPath).toLowerCase() === '.css';
}

/** What the first line of a custom theme says it extends: a built-in name, `none`, or the default. */
export function themeExtends(css: string): string {
  return HEADER.exec(css)?.[1] ?? DEFAULT_THEME;
}

function readThemeFile(file: string, shown: string, baseDir: string): string {
  if (!existsSync(file)) {
    const from = relative(process.cwd(), baseDir) || 'the current folder';
    throw new LecternError(
      `theme file ${shown} not found (looked at ${file}); fix the path, which is relative to ` +
        `${from}, or run \`lectern theme new NAME\` to create one`,
    );
  }
  if (!statSync(file).isFile()) {
    throw new LecternError(`theme ${shown} is a folder, not a CSS file; name the .css file itself`);
  }
  return readFileSync(file, 'utf8');
}

function resolveCustom(
  nameOrPath: string,
  baseDir: string,
  themesDir: string,
  allowed?: FileBoundary,
): ResolvedTheme {
  const file = isAbsolute(nameOrPath) ? nameOrPath : resolve(baseDir, nameOrPath);
  const shown = relative(process.cwd(), file) || file;
  const css = readThemeFile(file, shown, baseDir);
  checkThemeCss(css, file, shown, allowed);
  const parent = themeExtends(css);
  const name = basename(file, extname(file));
  if (parent === 'none') {
    return {
      name,
      builtin: false,
      css: [file],
      dark: false,
      fonts: { heading: '', body: '' },
      file,
    };
  }
  const theme = findTheme(parent);
  if (!theme) {
    throw new LecternError(
      `${shown}:1: the theme extends "${parent}", which is not a built-in theme; use one of ` +
        `${knownList()}, or "none" for a whole stylesheet of your own`,
    );
  }
  return {
    name,
    builtin: false,
    css: [...builtinCss(theme, themesDir), file],
    dark: theme.dark,
    fonts: { ...theme.fonts },
    file,
    extends: parent,
  };
}

/**
 * `allowed`: the folders a custom theme's url()s may point into besides the theme's own (the
 * content file's, --templates, --assets and `assets:`); default Lectern's own only.
 */
export function resolveTheme(
  nameOrPath: string,
  baseDir: string,
  themesDir: string = THEMES_DIR,
  allowed?: FileBoundary,
): ResolvedTheme {
  const wanted = nameOrPath.trim() || DEFAULT_THEME;
  return looksLikePath(wanted)
    ? resolveCustom(wanted, baseDir, themesDir, allowed)
    : resolveBuiltin(wanted, baseDir, themesDir);
}
