// The settings a command runs with, in one place: a command-line flag over the front matter over
// the defaults. Flags are validated and their paths resolved against the working folder (where the
// user typed them) once, before the content is read; the front matter's paths are resolved by the
// content stage against the content file. A front-matter value a flag overrides is not checked.
import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { LecternError } from '../core/errors.js';
import type { Deck } from '../core/deck.js';
import { looksLikePath } from '../render/themes.js';

/** What the command line gave; undefined where it said nothing. */
export interface SettingFlags {
  /** Theme name or CSS path (a path is relative to the working folder). */
  theme?: string;
  templatesDir?: string;
  /** Folders images, logo and theme files may also come from (--assets), beside `assets:`. */
  assets?: string[];
  /** Speaking rate (--wpm). */
  wordsPerMinute?: number;
}

/** The flags, checked, with the folders they allow as absolute paths. */
export interface ResolvedFlags extends SettingFlags {
  /** The folders the command line allows files from: --assets, --templates, a --theme file's. */
  allowedDirs: string[];
}

/** The theme a deck is built in, and the folder a path names it relative to. */
export interface ThemeSetting {
  nameOrPath: string;
  baseDir: string;
}

function checkFolders(dirs: string[]): void {
  for (const dir of dirs) {
    if (!existsSync(dir) || !statSync(dir).isDirectory()) {
      throw new LecternError(
        `--assets ${dir}: no such folder; give a folder of images or theme files`,
      );
    }
  }
}

/** Validates the flags once and resolves the folders they allow against the working folder. */
export function resolveFlags(flags: SettingFlags): ResolvedFlags {
  checkFolders(flags.assets ?? []);
  const allowedDirs = (flags.assets ?? []).map((dir) => resolve(dir));
  if (flags.templatesDir) allowedDirs.push(resolve(flags.templatesDir));
  if (flags.theme && looksLikePath(flags.theme)) allowedDirs.push(dirname(resolve(flags.theme)));
  return { ...flags, allowedDirs };
}

/** The address's settings with the flags laid over them (the speaking rate). */
export function metaWithFlags<M extends { wordsPerMinute: number }>(
  meta: M,
  flags: SettingFlags,
): M {
  return flags.wordsPerMinute !== undefined
    ? { ...meta, wordsPerMinute: flags.wordsPerMinute }
    : meta;
}

/**
 * The theme: --theme (relative to `cwd`, where it was typed) over the front matter's (which the
 * content stage made absolute, or a built-in name) over the default the content stage filled in.
 */
export function themeSetting(
  flags: Pick<SettingFlags, 'theme'>,
  deck: Deck,
  cwd = process.cwd(),
): ThemeSetting {
  return flags.theme
    ? { nameOrPath: flags.theme, baseDir: cwd }
    : { nameOrPath: deck.meta.theme, baseDir: dirname(resolve(deck.file)) };
}
