// Finds the deck's templates: the built-in ones in templates/, each overridable by a file of the
// same name in the user's --templates folder (a missing file falls back to the built-in one).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LecternError } from '../core/errors.js';
import { checkTemplatesOffline } from './template-checks.js';

/** templates/ at the package root; the same relative path from src/render and lib/render. */
export const BUILTIN_TEMPLATES_DIR = fileURLToPath(new URL('../../templates/', import.meta.url));

export interface TemplateSet {
  layout: string;
  /** Partial name (file name without `.hbs`) → source. */
  partials: Record<string, string>;
  /** Where each template was read from, for error messages. */
  files: Record<string, string>;
}

function hbsFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.hbs'))
    .sort()
    .map((f) => join(dir, f));
}

/** Reads the built-in templates, then lays the user's folder over them. */
export function loadTemplates(templatesDir?: string): TemplateSet {
  const set: TemplateSet = { layout: '', partials: {}, files: {} };
  const read = (file: string) => {
    const name = basename(file, '.hbs');
    const source = readFileSync(file, 'utf8');
    set.files[name] = file;
    if (name === 'deck') set.layout = source;
    else set.partials[name] = source;
  };
  // Only deck.hbs from the top folder: the PDF templates (handout, script) live there too.
  read(join(BUILTIN_TEMPLATES_DIR, 'deck.hbs'));
  hbsFiles(join(BUILTIN_TEMPLATES_DIR, 'partials')).forEach(read);
  if (templatesDir !== undefined) {
    const dir = resolve(templatesDir);
    if (!existsSync(dir) || !statSync(dir).isDirectory()) {
      throw new LecternError(`templates folder not found: ${templatesDir}`, {
        problems: [],
      });
    }
    checkTemplatesOffline(dir);
    // Flat files first, then partials/: a file in partials/ wins over a flat one of the same name.
    hbsFiles(dir).forEach(read);
    hbsFiles(join(dir, 'partials')).forEach(read);
  }
  return set;
}

/** The files `lectern dev` watches for template changes. */
export function templateWatchPaths(templatesDir?: string): string[] {
  const dirs = [BUILTIN_TEMPLATES_DIR, join(BUILTIN_TEMPLATES_DIR, 'partials')];
  if (templatesDir !== undefined)
    dirs.push(resolve(templatesDir), join(resolve(templatesDir), 'partials'));
  return dirs;
}
