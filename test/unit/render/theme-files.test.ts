// The theme CSS a user never sees break: every import resolves to a file we ship or install,
// and nothing points off the machine.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { THEME_CATALOG } from '../../../src/render/theme-catalog.js';
import { THEMES_DIR, resolveTheme } from '../../../src/render/themes.js';

const require = createRequire(import.meta.url);

function cssFilesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? cssFilesUnder(join(dir, entry.name))
      : entry.name.endsWith('.css')
        ? [join(dir, entry.name)]
        : [],
  );
}

const withoutDataUrls = (css: string) => css.replace(/url\(data:[^)]*\)/g, 'url()');

describe('templates/themes', () => {
  const files = cssFilesUnder(THEMES_DIR);

  it.each(files)('%s imports only files that exist', (file) => {
    const css = readFileSync(file, 'utf8');
    for (const [, spec] of css.matchAll(/@import\s+['"]([^'"]+)['"]/g)) {
      const target = spec!.startsWith('.') ? join(dirname(file), spec!) : require.resolve(spec!);
      expect(existsSync(target), `${file}: ${spec}`).toBe(true);
    }
  });

  it.each(files)('%s refers to nothing on the network', (file) => {
    expect(withoutDataUrls(readFileSync(file, 'utf8'))).not.toMatch(/https?:\/\//);
  });

  it.each(THEME_CATALOG.map((t) => t.name))('%s: every file of the theme exists', (name) => {
    for (const file of resolveTheme(name, '/').css) expect(existsSync(file), file).toBe(true);
  });

  it.each(THEME_CATALOG.map((t) => t.name))('%s keeps the CJK fallback font', (name) => {
    const own = readFileSync(join(THEMES_DIR, `${name}.css`), 'utf8');
    expect(own).toContain("@import './fonts/noto-sans-kr.css'");
  });
});
