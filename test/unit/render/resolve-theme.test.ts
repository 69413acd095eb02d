import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LecternError } from '../../../src/core/errors.js';
import {
  BUILTIN_THEMES,
  THEMES_DIR,
  resolveTheme,
  themeExtends,
} from '../../../src/render/themes.js';
import { tempDir } from '../../helpers/temp-dir.js';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/themes/custom');
const inThemes = (...parts: string[]) => join(THEMES_DIR, ...parts);

function errorOf(fn: () => unknown): LecternError {
  try {
    fn();
  } catch (error) {
    if (error instanceof LecternError) return error;
    throw error;
  }
  throw new Error('expected a LecternError');
}

describe('resolveTheme: built-in names', () => {
  it('knows reveal.js 6 themes and ours, address first', () => {
    expect(BUILTIN_THEMES).toEqual([
      'address',
      'plenary',
      'beige',
      'black',
      'black-contrast',
      'blood',
      'dracula',
      'league',
      'moon',
      'night',
      'serif',
      'simple',
      'sky',
      'solarized',
      'white',
      'white-contrast',
    ]);
  });

  it('gives our own themes as base stylesheet + theme file', () => {
    const theme = resolveTheme('address', '/anywhere');
    expect(theme).toMatchObject({ name: 'address', builtin: true, dark: false });
    expect(theme.css).toEqual([inThemes('base.css'), inThemes('address.css')]);
    expect(resolveTheme('plenary', '/').dark).toBe(true);
  });

  it('uses the offline copy of a reveal theme that imports Google Fonts', () => {
    const theme = resolveTheme('solarized', '/');
    expect(theme.css).toEqual([
      inThemes('reveal', 'solarized.css'),
      inThemes('base.css'),
      inThemes('reveal-bridge.css'),
      inThemes('solarized.css'),
    ]);
    expect(theme.fonts).toEqual({ heading: 'League Gothic', body: 'Lato' });
  });

  it("uses reveal's own file where it is offline already", () => {
    expect(resolveTheme('black', '/').css[0]).toMatch(
      /node_modules\/reveal\.js\/dist\/theme\/black\.css$/,
    );
  });

  it('defaults an empty name to address', () => {
    expect(resolveTheme('  ', '/').name).toBe('address');
  });

  it('lists the known themes when the name is unknown', () => {
    const error = errorOf(() => resolveTheme('glitter', '/'));
    expect(error.message).toContain('unknown theme "glitter"');
    expect(error.message).toContain('address, plenary, beige');
    expect(error.message).toContain('white-contrast');
    expect(error.message).not.toContain('did you mean');
  });

  it('suggests the nearest built-in for a misspelt name', () => {
    expect(errorOf(() => resolveTheme('plenery', '/')).message).toContain(
      'unknown theme "plenery" (did you mean plenary?)',
    );
  });
});

describe('resolveTheme: theme files', () => {
  it('suggests NAME.css when a bare name matches a file beside the content', () => {
    const error = errorOf(() => resolveTheme('green', fixtures));
    expect(error.message).toContain('unknown theme "green" (did you mean green.css?)');
  });

  it('suggests content/NAME.css, where `lectern theme new` writes, for a name given on the command line', () => {
    const project = tempDir('lectern-theme-guess-');
    mkdirSync(join(project, 'content'));
    writeFileSync(join(project, 'content', 'brand.css'), '/* lectern-theme: extends address */\n');
    expect(errorOf(() => resolveTheme('brand', project)).message).toContain(
      'unknown theme "brand" (did you mean content/brand.css?)',
    );
  });

  it('says which folder a missing theme file is looked for from', () => {
    const error = errorOf(() => resolveTheme('nosuch.css', fixtures));
    expect(error.message).toContain(`relative to ${relative(process.cwd(), fixtures)}`);
  });

  it('layers a file over address by default, resolved against the content folder', () => {
    const theme = resolveTheme('green.css', fixtures);
    expect(theme).toMatchObject({ name: 'green', builtin: false, extends: 'address' });
    expect(theme.css).toEqual([
      inThemes('base.css'),
      inThemes('address.css'),
      join(fixtures, 'green.css'),
    ]);
  });

  it('layers over the theme its first line names', () => {
    const theme = resolveTheme('./teal.css', fixtures);
    expect(theme).toMatchObject({ extends: 'plenary', dark: true });
    expect(theme.css.at(-2)).toBe(inThemes('plenary.css'));
  });

  it('takes a whole stylesheet alone with "extends none"', () => {
    const theme = resolveTheme(join(fixtures, 'whole.css'), '/elsewhere');
    expect(theme.css).toEqual([join(fixtures, 'whole.css')]);
    expect(theme.extends).toBeUndefined();
  });

  it('names the missing file and what to do', () => {
    const error = errorOf(() => resolveTheme('brand/missing.css', fixtures));
    expect(error.message).toContain('missing.css not found');
    expect(error.message).toContain(join(fixtures, 'brand/missing.css'));
    expect(error.message).toContain('lectern theme new');
  });

  it('refuses a folder', () => {
    const dir = tempDir('lectern-theme-dir-');
    mkdirSync(join(dir, 'look.css'));
    expect(errorOf(() => resolveTheme('look.css', dir)).message).toContain('is a folder');
  });

  it('names the line of an unknown parent theme', () => {
    const error = errorOf(() => resolveTheme('bad-parent.css', fixtures));
    expect(error.message).toMatch(/bad-parent\.css:1: the theme extends "glitter"/);
    expect(error.message).toContain('"none"');
  });

  it('reads the header only from the first line', () => {
    expect(themeExtends('/* lectern-theme: extends sky */\n:root{}')).toBe('sky');
    expect(themeExtends(':root{}\n/* lectern-theme: extends sky */')).toBe('address');
  });
});
