import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.js';
import { captureOutput } from '../../../src/cli/output.js';
import { resolveTheme } from '../../../src/render/themes.js';
import { tempDir } from '../../helpers/temp-dir.js';

let out = '';
let err = '';
let restore: () => void;

beforeEach(() => {
  out = '';
  err = '';
  restore = captureOutput({ out: (t) => void (out += t), err: (t) => void (err += t) });
});
afterEach(() => restore());

describe('lectern themes', () => {
  it('lists every theme with light/dark and its fonts, the default marked', async () => {
    expect(await main(['themes'])).toBe(0);
    expect(out).toMatch(/^address\*\s+light\s+Source Serif 4\s/m);
    expect(out).toMatch(/^plenary\s+dark\s+Inter\s/m);
    expect(out).toMatch(/^league\s+dark\s+League Gothic \/ Lato\s/m);
    expect(out.match(/^\S+\s+(light|dark)\s/gm)).toHaveLength(16);
  });

  it('prints JSON with --json', async () => {
    expect(await main(['themes', '--json'])).toBe(0);
    const list = JSON.parse(out) as { name: string; dark: boolean }[];
    expect(list.find((t) => t.name === 'moon')?.dark).toBe(true);
  });
});

describe('lectern theme new', () => {
  it('writes a commented starting theme that resolves over address', async () => {
    const dir = tempDir('lectern-theme-new-');
    expect(await main(['theme', 'new', 'brand', '--dir', dir])).toBe(0);
    const file = join(dir, 'brand.css');
    const css = readFileSync(file, 'utf8');
    expect(css.split('\n')[0]).toBe('/* lectern-theme: extends address */');
    for (const prop of [
      '--lectern-accent',
      '--lectern-bg',
      '--lectern-heading-font',
      '--lectern-min-scale',
    ]) {
      expect(css).toContain(prop);
    }
    expect(resolveTheme('brand.css', dir)).toMatchObject({ name: 'brand', extends: 'address' });
  });

  it('layers over another theme with --extends', async () => {
    const dir = tempDir('lectern-theme-new-');
    expect(await main(['theme', 'new', 'night-brand', '--extends', 'plenary', '--dir', dir])).toBe(
      0,
    );
    expect(resolveTheme('night-brand.css', dir).extends).toBe('plenary');
  });

  it('shows the values of the theme it extends, reveal.js variables resolved, the accent kept', async () => {
    const dir = tempDir('lectern-theme-new-');
    expect(await main(['theme', 'new', 'gala', '--extends', 'night', '--dir', dir])).toBe(0);
    const css = readFileSync(join(dir, 'gala.css'), 'utf8');
    const value = (prop: string) => new RegExp(`/\\* ${prop}: ([^;]+);`).exec(css)?.[1];
    // reveal.js night: #111 background, #e7ad52 links; Lectern's layer: #b0b0b0 muted.
    expect(value('--lectern-bg')).toBe('#111');
    expect(value('--lectern-accent')).toBe('#e7ad52');
    expect(value('--lectern-muted')).toBe('#b0b0b0');
    expect(value('--lectern-marker')).toBe('var(--lectern-accent)');
    expect(value('--lectern-heading-font')).toBe(
      `"Montserrat", Impact, sans-serif, 'Noto Sans KR'`,
    );
    expect(value('--lectern-margin-x')).toBe('88px');
  });

  it('refuses to overwrite a file', async () => {
    const dir = tempDir('lectern-theme-new-');
    await main(['theme', 'new', 'brand', '--dir', dir]);
    const before = readFileSync(join(dir, 'brand.css'), 'utf8');
    err = '';
    expect(await main(['theme', 'new', 'brand', '--dir', dir])).toBe(1);
    expect(err).toContain('brand.css exists already');
    expect(readFileSync(join(dir, 'brand.css'), 'utf8')).toBe(before);
  });

  it('refuses a name that is not a file name, and an unknown parent', async () => {
    const dir = tempDir('lectern-theme-new-');
    expect(await main(['theme', 'new', '../up', '--dir', dir])).toBe(1);
    expect(err).toContain('not a theme name');
    expect(await main(['theme', 'new', 'x', '--extends', 'glitter', '--dir', dir])).toBe(1);
    expect(err).toContain('known themes: address, plenary');
    expect(existsSync(join(dir, 'x.css'))).toBe(false);
  });
});
